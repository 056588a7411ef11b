//! The customer portfolio page: the two axes' weights, the bubble chart with its
//! quadrants, the accounts per quadrant with the standard strategy, and the table.
//! Sections: [`chart`] (the bubble chart, its tooltip and table), [`quadrants`] (the
//! accounts per quadrant), [`axes`] (the weights of each axis).

mod axes;
mod chart;
mod quadrants;

use leptos::prelude::*;

use crate::charts::matrix::{
    placed_bubbles, portfolio_texts as texts, ClassLegend, QUADRANT_TEXTS,
};
use crate::charts::portfolio::Bubble;
use crate::domain::value_model::{quadrant, Quadrant};
use crate::i18n::tr;
use crate::i18n::{fill, value::V};
use crate::state::{use_app, Route};
use crate::ui::lazy::lazy_page;
use crate::ui::widgets::{EmptyState, NumberField};

lazy_page!(portfolio, portfolio_page, preload_portfolio, () => {
    PortfolioPage().into_any()
});

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
