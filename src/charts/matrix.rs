//! The portfolio matrix as the portfolio page and the portfolio report show it: the
//! accounts placed on it ([`placed_bubbles`]), its texts, the legend of the ABC
//! classes, and the chart alone for paper ([`PortfolioMatrix`]).

use leptos::prelude::*;

use super::pareto::class_color;
use super::portfolio::{portfolio_option, Bubble, PortfolioTexts};
use super::{Chart, ChartTable};
use crate::domain::AbcClass;
use crate::i18n::{fill, value::V, Lang};
use crate::state::analyses::{axis_scores, rated_accounts};
use crate::state::{use_app, AppState};

/// Each quadrant's name and standard strategy, in `PortfolioTexts::quadrants` order
/// (see `portfolio::quadrant_index`).
pub const QUADRANT_TEXTS: [(V, V); 4] = [
    (V::Star, V::StrategyStar),
    (V::QuestionMark, V::StrategyQuestion),
    (V::Cash, V::StrategyCash),
    (V::TakeAlong, V::StrategyTakeAlong),
];

/// The texts of the portfolio chart in the UI language.
pub fn portfolio_texts(lang: Lang) -> PortfolioTexts {
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
pub fn placed_bubbles(app: AppState) -> Memo<(Vec<Bubble>, usize)> {
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
        placed.with(|(b, _)| portfolio_option(b, sa, sp, &portfolio_texts(lang.get())).0)
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
pub fn ClassLegend() -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <ul class="legend" aria-hidden="true">
            {[AbcClass::A, AbcClass::B, AbcClass::C].into_iter().map(|c| view! {
                <li><span class="swatch" style=format!("background:{}", class_color(c))></span>
                    {move || fill(lang.get().t(V::ClassSeries), &[("class", c.letter())])}</li>
            }).collect_view()}
        </ul>
    }
}
