//! The customer portfolio page: the two axes' weights, the bubble chart with its
//! quadrants, the accounts per quadrant with the standard strategy, and the table.

use leptos::prelude::*;

use crate::charts::portfolio::{portfolio_option, quadrant_index, Bubble, PortfolioTexts};
use crate::charts::{Chart, ChartClick, ChartTable};
use crate::domain::value_model::{axis_weights, quadrant, AxisWeight, Quadrant};
use crate::domain::{AbcClass, AccountId};
use crate::i18n::tr;
use crate::i18n::{fill, value::V, Lang};
use crate::state::analyses::{axis_scores, rated_accounts};
use crate::state::browser::navigate;
use crate::state::{use_app, Route};
use crate::ui::format::criterion_name;
use crate::ui::lazy::lazy_page;
use crate::ui::widgets::{EmptyState, NumberField, WeightEditor, WeightRow};

lazy_page!(portfolio, portfolio_page, preload_portfolio, () => {
    PortfolioPage().into_any()
});

const QUADRANT_TEXTS: [(V, V); 4] = [
    (V::Star, V::StrategyStar),
    (V::QuestionMark, V::StrategyQuestion),
    (V::Cash, V::StrategyCash),
    (V::TakeAlong, V::StrategyTakeAlong),
];

fn texts(lang: Lang) -> PortfolioTexts {
    let t = |k| lang.t(k).to_string();
    let class = |c: &str| fill(lang.t(V::ClassSeries), &[("class", c)]);
    PortfolioTexts {
        attractiveness: t(V::Attractiveness),
        position: t(V::Position),
        quadrants: QUADRANT_TEXTS.map(|(q, _)| t(q)),
        classes: [class("A"), class("B"), class("C")],
        largest: t(V::Largest),
        quadrant_series: t(V::QuadrantSeries),
    }
}

/// Every rated account with both axis scores complete; key accounts only unless "show
/// all" is on. Also the number left out for incomplete ratings.
pub fn placed_bubbles(app: crate::state::AppState) -> Memo<(Vec<Bubble>, usize)> {
    let portfolio = app.store.portfolio;
    let rated = rated_accounts(app);
    let axes = axis_scores(app, rated);
    Memo::new(move |_| {
        let show_all = portfolio.with(|p| p.show_all);
        axes.with(|(sa, sp)| {
            rated.with(|r| {
                let mut bubbles = Vec::new();
                let mut missing = 0;
                for i in 0..r.ids.len() {
                    if !(show_all || r.key[i]) {
                        continue;
                    }
                    match (sa[i].value, sp[i].value) {
                        (Some(y), Some(x)) => bubbles.push(Bubble {
                            id: r.ids[i],
                            name: r.names[i].clone(),
                            attractiveness: y,
                            position: x,
                            revenue: r.revenue[i],
                            class: r.class[i].unwrap_or(AbcClass::C),
                        }),
                        _ => missing += 1,
                    }
                }
                (bubbles, missing)
            })
        })
    })
}

#[component]
pub fn PortfolioPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let model = app.store.value_model;
    let portfolio = app.store.portfolio;
    let placed = placed_bubbles(app);
    let splits = move || portfolio.with(|p| (p.split_attractiveness, p.split_position));
    let quadrant_of = move |b: &Bubble| {
        let (sa, sp) = splits();
        quadrant(b.attractiveness, b.position, sa, sp)
    };
    let chart = Memo::new(move |_| {
        let (sa, sp) = splits();
        placed.with(|(b, _)| {
            let (chart, ids) = portfolio_option(b, sa, sp, &texts(lang.get()));
            (chart, ids)
        })
    });
    let option = Signal::derive(move || chart.with(|c| c.0.clone()));
    let bubble_at = move |click: ChartClick| -> Option<Bubble> {
        let id = chart.with(|c| {
            c.1.get(click.series)
                .and_then(|s| s.get(click.item))
                .copied()
        })?;
        placed.with(|(b, _)| b.iter().find(|b| b.id == id).cloned())
    };
    let on_click = Callback::new(move |click: ChartClick| {
        if let Some(b) = bubble_at(click) {
            navigate(&Route::Account(b.id).href());
        }
    });
    let tooltip = Callback::new(move |click: ChartClick| -> Vec<String> {
        let l = lang.get_untracked();
        let line = |what: V, value: String| {
            fill(
                l.t(V::TooltipScores),
                &[("what", l.t(what)), ("value", &value)],
            )
        };
        match bubble_at(click) {
            Some(b) => vec![
                b.name.clone(),
                line(V::Attractiveness, l.number(b.attractiveness, 1)),
                line(V::Position, l.number(b.position, 1)),
                line(V::ColRevenue, l.number(b.revenue, 0)),
            ],
            None => {
                // A quadrant's name: its standard strategy.
                let series_count = chart.with(|c| c.1.len());
                match (click.series + 1 == series_count)
                    .then_some(click.item)
                    .and_then(|i| QUADRANT_TEXTS.get(i))
                {
                    Some((q, s)) => vec![l.t(*q).to_string(), l.t(*s).to_string()],
                    None => Vec::new(),
                }
            }
        }
    });
    let table = Signal::derive(move || {
        let l = lang.get();
        let t = |k| l.t(k).to_string();
        placed.with(|(b, _)| ChartTable {
            columns: vec![
                t(V::ColAccount),
                t(V::Attractiveness),
                t(V::Position),
                t(V::ColRevenue),
                t(V::ColQuadrant),
                t(V::ColClass),
            ],
            numeric: vec![false, true, true, true, false, false],
            rows: b
                .iter()
                .map(|b| {
                    vec![
                        b.name.clone(),
                        l.number(b.attractiveness, 1),
                        l.number(b.position, 1),
                        l.number(b.revenue, 0),
                        l.t(QUADRANT_TEXTS[quadrant_index(quadrant_of(b))].0)
                            .to_string(),
                        b.class.letter().to_string(),
                    ]
                })
                .collect(),
        })
    });
    let axis_editor = move |axis: &'static str, label: V| {
        let rows = Signal::derive(move || {
            let l = lang.get();
            let weights = portfolio.with(|p| {
                if axis == "a" {
                    p.attractiveness.clone()
                } else {
                    p.position.clone()
                }
            });
            model.with(|m| {
                let w = axis_weights(m, &weights);
                m.criteria
                    .iter()
                    .zip(w)
                    .map(|(c, weight)| WeightRow {
                        key: format!("{axis}-{}", c.id),
                        name: criterion_name(c, l),
                        weight,
                    })
                    .collect::<Vec<_>>()
            })
        });
        let on_change = Callback::new(move |weights: Vec<f64>| {
            let chosen: Vec<(String, f64)> = model.with_untracked(|m| {
                m.criteria
                    .iter()
                    .zip(weights)
                    .filter(|(_, w)| *w > 0.0)
                    .map(|(c, weight)| (c.id.clone(), weight))
                    .collect()
            });
            portfolio.update(|p| {
                let old = if axis == "a" {
                    &mut p.attractiveness
                } else {
                    &mut p.position
                };
                // An entry's unknown fields (from a newer version) stay with its criterion.
                let extra = |id: &str| {
                    old.iter()
                        .find(|w| w.criterion == id)
                        .map(|w| w.extra.clone())
                        .unwrap_or_default()
                };
                let list: Vec<AxisWeight> = chosen
                    .into_iter()
                    .map(|(criterion, weight)| AxisWeight {
                        extra: extra(&criterion),
                        criterion,
                        weight,
                    })
                    .collect();
                *old = list;
            });
        });
        view! {
            <WeightEditor label=Signal::derive(move || lang.get().t(label).to_string()) rows=rows on_change=on_change/>
        }
    };
    view! {
        <section class="page">
            <h1>{tr(lang, V::PortfolioTitle)}</h1>
            <p class="intro">{tr(lang, V::PortfolioIntro)}</p>
            <div class="controls">
                <NumberField id="split-a" label=Signal::derive(move || lang.get().t(V::SplitAttractiveness).to_string())
                    value=Signal::derive(move || Some(splits().0))
                    on_commit=Callback::new(move |v: Option<f64>| portfolio.update(|p| p.split_attractiveness = v.unwrap_or(50.0).clamp(0.0, 100.0)))/>
                <NumberField id="split-p" label=Signal::derive(move || lang.get().t(V::SplitPosition).to_string())
                    value=Signal::derive(move || Some(splits().1))
                    on_commit=Callback::new(move |v: Option<f64>| portfolio.update(|p| p.split_position = v.unwrap_or(50.0).clamp(0.0, 100.0)))/>
                <div class="field checkbox">
                    <input id="show-all" type="checkbox" prop:checked=move || portfolio.with(|p| p.show_all)
                        on:change=move |ev| portfolio.update(|p| p.show_all = event_target_checked(&ev))/>
                    <label for="show-all">{tr(lang, V::ShowAll)}</label>
                </div>
            </div>
            <Show
                when=move || placed.with(|(b, _)| !b.is_empty())
                fallback=move || view! {
                    <EmptyState title=Signal::derive(move || lang.get().t(V::NoBubblesTitle).to_string())
                        text=Signal::derive(move || lang.get().t(V::NoBubblesText).to_string())>
                        <a class="button" href=Route::ValueModel.href()>{tr(lang, crate::i18n::common::C::NavValue)}</a>
                    </EmptyState>
                }
            >
                <div class="portfolio-layout">
                    <div class="portfolio-chart">
                        <ClassLegend/>
                        <Chart
                            option=option
                            label=Signal::derive(move || fill(lang.get().t(V::PortfolioChart), &[("count", &lang.get().count(placed.with(|(b, _)| b.len())))]))
                            table=table
                            on_click=on_click
                            tooltip=tooltip
                            height="520px"
                        />
                    </div>
                    <div class="quadrants">
                        <h2>{tr(lang, V::QuadrantsTitle)}</h2>
                        {Quadrant::ALL.into_iter().map(|q| {
                            let (name, strategy) = QUADRANT_TEXTS[quadrant_index(q)];
                            view! {
                                <h3>{tr(lang, name)}</h3>
                                <p class="hint">{tr(lang, strategy)}</p>
                                <ul>
                                    {move || {
                                        let list: Vec<(AccountId, String)> = placed.with(|(b, _)| b.iter()
                                            .filter(|b| quadrant_of(b) == q)
                                            .map(|b| (b.id, b.name.clone())).collect());
                                        if list.is_empty() {
                                            view! { <li class="muted">{tr(lang, V::NoneInQuadrant)}</li> }.into_any()
                                        } else {
                                            list.into_iter().map(|(id, name)| view! {
                                                <li><a href=Route::Account(id).href()>{name}</a></li>
                                            }).collect_view().into_any()
                                        }
                                    }}
                                </ul>
                            }
                        }).collect_view()}
                    </div>
                </div>
            </Show>
            {move || {
                let missing = placed.with(|(_, m)| *m);
                (missing > 0).then(|| view! { <p class="hint">{fill(lang.get().t(V::NotPlaced), &[("count", &lang.get().count(missing))])}</p> })
            }}
            <div class="value-layout">
                {axis_editor("a", V::AttractivenessWeights)}
                {axis_editor("p", V::PositionWeights)}
            </div>
        </section>
    }
}

/// The portfolio chart alone (for the management report): the bubbles placed now, the
/// quadrant lines, a legend; drawn at twice the resolution for print.
#[component]
pub fn PortfolioMatrix() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let portfolio = app.store.portfolio;
    let placed = placed_bubbles(app);
    let option = Signal::derive(move || {
        let (sa, sp) = portfolio.with(|p| (p.split_attractiveness, p.split_position));
        placed.with(|(b, _)| portfolio_option(b, sa, sp, &texts(lang.get())).0)
    });
    let label = Signal::derive(move || {
        fill(
            lang.get().t(V::PortfolioChart),
            &[("count", &lang.get().count(placed.with(|(b, _)| b.len())))],
        )
    });
    view! {
        <ClassLegend/>
        <div class="report-chart">
            <Chart option=option label=label table=ChartTable::default() height="460px" compact=true pixel_ratio=2.0/>
        </div>
    }
}

/// The colours of the ABC classes, for the portfolio chart (drawn in HTML: ECharts'
/// legend component is not in the vendored bundle).
#[component]
fn ClassLegend() -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <ul class="legend" aria-hidden="true">
            {[AbcClass::A, AbcClass::B, AbcClass::C].into_iter().map(|c| view! {
                <li><span class="swatch" style=format!("background:{}", crate::charts::pareto::class_color(c))></span>
                    {move || fill(lang.get().t(V::ClassSeries), &[("class", c.letter())])}</li>
            }).collect_view()}
        </ul>
    }
}
