//! The "Development over time" page (`#/development`): the yearly figures with their
//! chart and definitions, the class migration between two years, growth per customer
//! (docs/methods.md, "Development over time"). The figures are
//! `domain::history`'s; this page only chooses the years and shows them.

mod growth;
mod migration;
mod yearly;

use leptos::prelude::*;

use crate::domain::history::overview::default_span_of;
use crate::domain::history::Yearly;
use crate::i18n::development::DV;
use crate::i18n::{common::C, tr};
use crate::state::analyses::current_year;
use crate::state::{browser, use_app, Route};
use crate::ui::lazy::lazy_page;
use crate::ui::widgets::EmptyState;
use std::sync::Arc;

lazy_page!(development, development_page, preload_development, () => {
    DevelopmentPage().into_any()
});

/// What the sections share: the yearly revenue of every customer and the years the
/// user may choose from.
#[derive(Clone, Copy)]
pub(crate) struct History {
    pub yearly: Memo<Arc<Yearly>>,
    /// Every year from the first to the last with a row (gaps included).
    pub years: Memo<Vec<i32>>,
}

#[component]
pub fn DevelopmentPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let has_history = Memo::new(move |_| app.store.history.with(|h| !h.is_empty()));
    view! {
        <section class="page development">
            <h1>{tr(lang, C::DevelopmentTitle)}</h1>
            <Show when=move || has_history.get() fallback=NoHistory>
                <p class="muted">{tr(lang, DV::Intro)}</p>
                <Sections/>
            </Show>
        </section>
    }
}

#[component]
fn Sections() -> impl IntoView {
    let app = use_app();
    let yearly = app.yearly();
    let history = History {
        yearly,
        // From the shared yearly sums, not the 600,000 rows (issue 27's budget).
        years: Memo::new(move |_| {
            yearly.with(|y| match (y.row_years().first(), y.row_years().last()) {
                (Some(lo), Some(hi)) => (*lo..=*hi).collect(),
                _ => Vec::new(),
            })
        }),
    };
    let default = Memo::new(move |_| yearly.with(|y| default_span_of(y, current_year())));
    // The user's choice; `None` follows the default (which moves with imports).
    let from = RwSignal::new(None::<i32>);
    let to = RwSignal::new(None::<i32>);
    let span = picked_years(history, default, from, to);
    let lang = app.lang;
    // With 600,000 history rows the yearly sums and each section's figures take tens
    // of ms each; computed together they were one task of 300-600 ms. So the page
    // builds up: the yearly sums in a task of their own, then one section per task.
    let stage = RwSignal::new(0u8);
    leptos::task::spawn_local(async move {
        browser::pause().await;
        if yearly.try_with_untracked(|_| ()).is_none() {
            return;
        }
        for next in 1..=3 {
            browser::pause().await;
            if stage.try_set(next).is_some() {
                return;
            }
        }
    });
    let from_value = Signal::derive(move || span.get().map(|s| s.0));
    let to_value = Signal::derive(move || span.get().map(|s| s.1));
    view! {
        <Show when=move || { stage.get() < 3 }>
            <p class="page-loading" role="status">{tr(lang, C::PageLoading)}</p>
        </Show>
        <Show when=move || { stage.get() >= 1 }>
        <fieldset class="filters year-span">
            <legend>{tr(lang, DV::SpanLabel)}</legend>
            <YearSelect label=DV::FromYear value=from_value years=history.years
                on_pick=Callback::new(move |y: i32| {
                    // A span never runs backwards: the other end follows.
                    let before = span.get_untracked();
                    from.set(Some(y));
                    if before.is_some_and(|(_, t)| y > t) { to.set(Some(y)); }
                })/>
            <YearSelect label=DV::ToYear value=to_value years=history.years
                on_pick=Callback::new(move |y: i32| {
                    let before = span.get_untracked();
                    to.set(Some(y));
                    if before.is_some_and(|(f, _)| y < f) { from.set(Some(y)); }
                })/>
        </fieldset>
        <yearly::Years history=history span=span/>
        </Show>
        <Show when=move || { stage.get() >= 2 }>
            <migration::ClassMigration history=history/>
        </Show>
        <Show when=move || { stage.get() >= 3 }>
            <growth::GrowthTable history=history span=span/>
        </Show>
    }
}

/// A labelled select of the history's years.
#[component]
pub(crate) fn YearSelect(
    label: DV,
    #[prop(into)] value: Signal<Option<i32>>,
    years: Memo<Vec<i32>>,
    on_pick: Callback<i32>,
) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <label>
            {tr(lang, label)}
            <select
                prop:value=move || value.get().map(|y| y.to_string()).unwrap_or_default()
                on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                        on_pick.run(y);
                    }
                    // A pick the page reads otherwise (two years put in order) may leave
                    // the shown year as it was: the select shows that, not the pick.
                    let shown = value.get_untracked().map(|y| y.to_string()).unwrap_or_default();
                    event_target::<web_sys::HtmlSelectElement>(&ev).set_value(&shown);
                }
            >
                {move || years.get().into_iter().map(|y| view! {
                    <option value=y.to_string() selected=move || value.get() == Some(y)>{y.to_string()}</option>
                }).collect_view()}
            </select>
        </label>
    }
}

/// Two years the user picks (`None`: the default's, which moves with imports), each
/// only while the history has it, read in order: picked the wrong way round, the
/// earlier is the first, and the selects show so.
pub(crate) fn picked_years(
    history: History,
    default: Memo<Option<(i32, i32)>>,
    from: RwSignal<Option<i32>>,
    to: RwSignal<Option<i32>>,
) -> Memo<Option<(i32, i32)>> {
    Memo::new(move |_| {
        let (lo, hi) = default.get()?;
        let valid = |y: Option<i32>| y.filter(|y| history.years.with(|ys| ys.contains(y)));
        let (f, t) = (
            valid(from.get()).unwrap_or(lo),
            valid(to.get()).unwrap_or(hi),
        );
        Some((f.min(t), t.max(f)))
    })
}

/// Without history: what the page shows and how to get history.
#[component]
fn NoHistory() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    view! {
        <EmptyState
            title=Signal::derive(move || lang.get().t(DV::EmptyTitle).to_string())
            text=Signal::derive(move || lang.get().t(DV::EmptyText).to_string())
        >
            <a class="button primary" href=Route::Data.href()>{tr(lang, DV::GoToImport)}</a>
            <Show when=move || app.store.is_empty()>
                <button on:click=move |_| app.load_sample()>{tr(lang, C::LoadSample)}</button>
            </Show>
        </EmptyState>
    }
}
