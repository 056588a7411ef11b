//! The customer portfolio page: the two axes' weights, the bubble chart with its
//! quadrants, the accounts per quadrant with the standard strategy, and the table.
//! Sections: [`chart`] (the bubble chart, its tooltip and table), [`quadrants`] (the
//! accounts per quadrant), [`axes`] (the weights of each axis).

mod axes;
mod chart;
mod quadrants;

use leptos::prelude::*;

use crate::charts::portfolio::{portfolio_option, Bubble, PortfolioTexts};
use crate::charts::{Chart, ChartTable};
use crate::domain::value_model::{quadrant, Quadrant};
use crate::domain::AbcClass;
use crate::i18n::tr;
use crate::i18n::{fill, value::V, Lang};
use crate::state::analyses::{axis_scores, rated_accounts};
use crate::state::{use_app, Route};
use crate::ui::lazy::lazy_page;
use crate::ui::widgets::{EmptyState, NumberField};

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

/// Where the quadrant lines split each axis: (attractiveness, position).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Splits {
    attractiveness: f64,
    position: f64,
}

impl Splits {
    fn of(app: crate::state::AppState) -> Signal<Splits> {
        let portfolio = app.store.portfolio;
        Signal::derive(move || {
            portfolio.with(|p| Splits {
                attractiveness: p.split_attractiveness,
                position: p.split_position,
            })
        })
    }

    fn quadrant_of(self, b: &Bubble) -> Quadrant {
        quadrant(
            b.attractiveness,
            b.position,
            self.attractiveness,
            self.position,
        )
    }
}

#[component]
pub fn PortfolioPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let portfolio = app.store.portfolio;
    let placed = placed_bubbles(app);
    let splits = Splits::of(app);
    view! {
        <section class="page">
            <h1>{tr(lang, V::PortfolioTitle)}</h1>
            <p class="intro">{tr(lang, V::PortfolioIntro)}</p>
            <div class="controls">
                <NumberField id="split-a" label=Signal::derive(move || lang.get().t(V::SplitAttractiveness).to_string())
                    value=Signal::derive(move || Some(splits.get().attractiveness))
                    on_commit=Callback::new(move |v: Option<f64>| portfolio.update(|p| p.split_attractiveness = v.unwrap_or(50.0).clamp(0.0, 100.0)))/>
                <NumberField id="split-p" label=Signal::derive(move || lang.get().t(V::SplitPosition).to_string())
                    value=Signal::derive(move || Some(splits.get().position))
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
                        <chart::PortfolioChart placed=placed splits=splits/>
                    </div>
                    <quadrants::Quadrants placed=placed splits=splits/>
                </div>
            </Show>
            {move || {
                let missing = placed.with(|(_, m)| *m);
                (missing > 0).then(|| view! { <p class="hint">{fill(lang.get().t(V::NotPlaced), &[("count", &lang.get().count(missing))])}</p> })
            }}
            <div class="value-layout">
                <axes::AxisEditor axis=axes::Axis::Attractiveness label=V::AttractivenessWeights/>
                <axes::AxisEditor axis=axes::Axis::Position label=V::PositionWeights/>
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
