//! The customer value model page: criteria and weights, which accounts are rated, the
//! rating grid (keyboard first) and the ranking with key-account proposals.
//!
//! Parts: [`criteria`] (the criteria editor), [`who_is_rated`] (the scope, added
//! accounts and cut-off), [`grid`] (the rating grid), [`ranking`] (the ranking and its
//! proposals).

pub mod criteria;
pub mod grid;
pub mod ranking;
pub mod who_is_rated;

use leptos::prelude::*;

use crate::domain::value_model::{directions, model_weights, scores};
use crate::i18n::tr;
use crate::i18n::value::V;
use crate::state::analyses::rated_accounts;
use crate::state::{use_app, Route};
use crate::ui::format::criterion_name;
use crate::ui::lazy::{lazy_page, lazy_part};
use crate::ui::widgets::{EmptyState, Pager, WeightEditor, WeightRow};

pub use criteria::CriteriaEditor;
use grid::RatingGrid;
use ranking::Ranking;
pub use who_is_rated::WhoIsRated;

lazy_page!(value_model, value_page, preload_value, () => {
    ValuePage().into_any()
});
// The set-up of the value model (criteria, who is rated): done once, so a chunk of its
// own that keeps the value-model chunk small.
lazy_part!(value_criteria, criteria_editor, preload_criteria,
    /// The criteria editor of the value-model page, from its own chunk.
    LazyCriteriaEditor() => {
    view! { <CriteriaEditor app=use_app()/> }.into_any()
});
lazy_part!(value_criteria, who_is_rated, preload_who_is_rated,
    /// Which accounts the value model rates, from the set-up chunk.
    LazyWhoIsRated(rated: Memo<crate::state::analyses::Rated>) => {
    view! { <WhoIsRated app=use_app() rated=rated/> }.into_any()
});

/// Rows on a page of the rating grid and of the ranking.
const GRID_PAGE: usize = 25;

/// The page shown of a table of the rated accounts (`GRID_PAGE` rows a page) and how
/// many pages there are, for its pager.
#[derive(Clone, Copy)]
struct Paging {
    page: RwSignal<usize>,
    pages: Signal<usize>,
}

impl Paging {
    fn of(rows: impl Fn() -> usize + Send + Sync + 'static) -> Paging {
        Paging {
            page: RwSignal::new(0),
            pages: Signal::derive(move || rows().div_ceil(GRID_PAGE).max(1)),
        }
    }
}

/// A table of the rated accounts in its scrolling wrapper, with the pager under it.
#[component]
fn PagedTable(paging: Paging, children: Children) -> impl IntoView {
    view! {
        <div class="table-wrap">{children()}</div>
        <Pager page=paging.page pages=paging.pages/>
    }
}

/// The rated accounts and their scores (in the same order), which the rating grid and
/// the ranking show.
#[derive(Clone, Copy)]
pub struct Scored {
    pub rated: Memo<crate::state::analyses::Rated>,
    pub scores: Memo<Vec<crate::domain::value_model::Score>>,
}

#[component]
pub fn ValuePage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let model = app.store.value_model;
    let rated = rated_accounts(app);
    // Weighted sums only: re-run on a weight or direction change, cheap.
    let score_list = Memo::new(move |_| {
        let (w, d) = model.with(|m| (model_weights(m), directions(m)));
        rated.with(|r| scores(&r.points, &w, &d))
    });

    let scored = Scored {
        rated,
        scores: score_list,
    };
    view! {
        <section class="page">
            <h1>{tr(lang, V::ValueTitle)}</h1>
            <p class="intro">{tr(lang, V::ValueIntro)}</p>
            <div class="value-layout">
                <LazyCriteriaEditor/>
                <WeightEditor
                    label=Signal::derive(move || lang.get().t(V::WeightsTitle).to_string())
                    rows=Signal::derive(move || {
                        let l = lang.get();
                        model.with(|m| m.criteria.iter().map(|c| WeightRow {
                            key: format!("v-{}", c.id),
                            name: criterion_name(c, l),
                            weight: c.weight,
                        }).collect())
                    })
                    on_change=Callback::new(move |weights: Vec<f64>| model.update(|m| {
                        for (c, w) in m.criteria.iter_mut().zip(weights) {
                            c.weight = w;
                        }
                    }))
                />
            </div>
            <LazyWhoIsRated rated=rated/>
            <Show
                when=move || rated.with(|r| !r.ids.is_empty())
                fallback=move || view! {
                    <EmptyState title=Signal::derive(move || lang.get().t(V::NoAccountsTitle).to_string())
                        text=Signal::derive(move || lang.get().t(V::NoAccountsText).to_string())>
                        <a class="button" href=Route::Accounts.href()>{tr(lang, crate::i18n::common::C::NavAccounts)}</a>
                    </EmptyState>
                }
            >
                <RatingGrid app=app scored=scored/>
                <Ranking app=app scored=scored/>
            </Show>
        </section>
    }
}
