//! What the import will do, before it does it: rows read and left out, the problems by
//! row and column, new offerings, customers not in the list (added on request), merge
//! or replace, and the import with Undo.

use leptos::prelude::*;

use crate::domain::account::AccountId;
use crate::domain::history::import::add_customers;
use crate::domain::history::import_columns::mapping_gaps;
use crate::domain::history::import_merge::{merge_history, replaced_count, HistoryMode};
use crate::domain::history::thin_years::thin_new_years;
use crate::i18n::history_import::{
    customers_added_text, field_text, import_button_text, imported_text, problem_text,
    summary_text, thin_year_text, HI,
};
use crate::i18n::{fill, tr};
use crate::ui::data::batch_run::BatchProgress;

use super::HistoryState;

/// Problems listed at most; the rest are counted.
const MAX_LISTED: usize = 30;

#[component]
pub fn HistoryPreview(state: HistoryState) -> impl IntoView {
    let app = state.reader.app;
    let lang = app.lang;
    let mode = RwSignal::new(HistoryMode::Merge);
    let result = state.result;
    let run = state.run;
    let ready = move || state.mapping.with(|m| mapping_gaps(m).is_empty());
    let progress_text = Signal::derive(move || {
        let l = lang.get();
        let (done, total) = run.done.get();
        let pct = run.batch.progress.get().unwrap_or(0);
        fill(
            l.t(HI::Reading),
            &[
                ("done", &l.count(done)),
                ("total", &l.count(total)),
                ("percent", &pct.to_string()),
            ],
        )
    });

    let summary = move || {
        let l = lang.get();
        result.get().map(|r| {
            let mut bad: Vec<usize> = r.problems.iter().map(|p| p.row).collect();
            bad.dedup();
            summary_text(l, r.records.len(), r.rows_read, bad.len())
        })
    };
    let problems = move || {
        let l = lang.get();
        let r = result.get()?;
        let headers = state.headers.get();
        let items = r
            .problems
            .iter()
            .take(MAX_LISTED)
            .map(|p| {
                let column = headers
                    .get(p.column)
                    .filter(|h| !h.is_empty())
                    .cloned()
                    .unwrap_or_else(|| field_text(p.field, l));
                let text = fill(
                    l.t(HI::ProblemRow),
                    &[
                        ("row", &p.row.to_string()),
                        ("column", &column),
                        ("problem", &problem_text(&p.problem, &p.value, l)),
                    ],
                );
                view! { <li>{text}</li> }
            })
            .collect_view();
        let more = r.problems.len().saturating_sub(MAX_LISTED);
        (!r.problems.is_empty()).then(|| {
            view! {
                <ul class="history-problems">{items}</ul>
                {(more > 0).then(|| view! { <p class="muted">{fill(l.t(HI::MoreProblems), &[("count", &l.count(more))])}</p> })}
            }
        })
    };
    let offerings = move || {
        let l = lang.get();
        let r = result.get()?;
        (!r.new_offerings.is_empty()).then(|| {
            view! { <p>{fill(l.t(HI::NewOfferings), &[("names", &r.new_offerings.join(", "))])}</p> }
        })
    };
    // The customers added for this file: the import's Undo takes them back too, since
    // the import's notice replaces the one whose Undo would have.
    let added = StoredValue::new(Vec::<AccountId>::new());
    let remove = move |ids: &[AccountId]| {
        app.store.accounts.update(|a| {
            for id in ids {
                a.remove_account(*id);
            }
        });
        // The page may be gone by the time of the Undo (the notice outlives it).
        let _ = added.try_update_value(|a| a.retain(|id| !ids.contains(id)));
    };
    let add = move |_| {
        let Some(r) = result.get_untracked() else {
            return;
        };
        let mut ids = Vec::new();
        app.store
            .accounts
            .update(|a| ids = add_customers(a, &r.unknown));
        added.update_value(|a| a.extend(&ids));
        let l = lang.get_untracked();
        let text = customers_added_text(l, ids.len());
        app.toasts.notify_with_undo(text, move || remove(&ids));
    };
    let unknown = move || {
        let l = lang.get();
        let r = result.get()?;
        (!r.unknown.is_empty()).then(|| {
            let names: Vec<String> = r.unknown.iter().map(|u| u.label()).collect();
            view! {
                <p role="status">{fill(l.t(if names.len() == 1 { HI::UnknownCustomer } else { HI::UnknownCustomers }), &[
                    ("count", &l.count(names.len())),
                    ("names", &names.join(", ")),
                ])}</p>
                <button on:click=add>{l.t(HI::AddCustomers)}</button>
            }
        })
    };
    let import = move |_| {
        let Some(r) = result.get_untracked() else {
            return;
        };
        let l = lang.get_untracked();
        let (offerings_before, history_before) = (
            app.store.offerings.get_untracked(),
            app.store.history.get_untracked(),
        );
        let (merged, count) = merge_history(&history_before, &r.records, mode.get_untracked());
        // The choices for these headers come back with the next file that has them.
        crate::state::sheet_mapping::remember_history(
            &state.headers.get_untracked(),
            &state.mapping.get_untracked(),
        );
        app.store.offerings.set(r.offerings.clone());
        app.store.history.set(merged);
        let file = state.reader.file_name.get_untracked();
        let text = imported_text(l, count.added, count.replaced, &file);
        let customers = added.get_value();
        // Undo puts both sections back (a new offering without rows would stay behind),
        // and the customers added for this file.
        app.toasts.notify_with_undo(text, move || {
            app.store.offerings.set(offerings_before.clone());
            app.store.history.set(history_before.clone());
            remove(&customers);
        });
        state.reader.loaded.set(false);
    };
    let count = move || result.with(|r| r.as_ref().map_or(0, |r| r.records.len()));
    // What the import will overwrite, said before it is confirmed (Undo is after).
    let replaced = Memo::new(move |_| {
        let r = result.get()?;
        let mode = mode.get();
        Some(
            app.store
                .history
                .with(|h| replaced_count(h, &r.records, mode)),
        )
    });
    let replaced_text = move || {
        let l = lang.get();
        replaced.get().map(|n| match n {
            0 => l.t(HI::WillReplaceNone).to_string(),
            1 => l.t(HI::WillReplaceOne).to_string(),
            n => fill(l.t(HI::WillReplace), &[("count", &l.count(n))]),
        })
    };
    // A new year for a few customers makes the others look lost: said before, not after.
    let thin = Memo::new(move |_| {
        let r = result.get()?;
        let mode = mode.get();
        Some(app.yearly().with(|y| thin_new_years(y, &r.records, mode)))
    });
    let thin_text = move || {
        let l = lang.get();
        let years = thin.get().unwrap_or_default();
        years
            .into_iter()
            .map(|t| {
                let text = thin_year_text(l, l.t(HI::ThinNewYear), &t);
                view! { <p class="banner banner-warn">{text}</p> }
            })
            .collect_view()
    };
    let radio = move |value: HistoryMode, key: HI| {
        view! {
            <label class="radio">
                <input type="radio" name="history-mode" checked=move || mode.get() == value
                    on:change=move |_| mode.set(value)/>
                {tr(lang, key)}
            </label>
        }
    };

    view! {
        <Show when=ready>
            <p role="status">{summary}</p>
            {problems}
            {offerings}
            {unknown}
            <fieldset class="import-mode">
                <legend>{tr(lang, HI::ModeLabel)}</legend>
                {radio(HistoryMode::Merge, HI::Merge)}
                {radio(HistoryMode::Replace, HI::Replace)}
            </fieldset>
            <p class="muted" aria-live="polite">{replaced_text}</p>
            <div aria-live="polite">{thin_text}</div>
            <BatchProgress run=run.batch
                label=Signal::derive(move || lang.get().t(HI::ReadingLabel).to_string())
                text=progress_text
                cancel_label=Signal::derive(move || lang.get().t(HI::CancelReading).to_string())/>
            {move || (run.batch.ready() && count() == 0).then(|| view! { <p class="muted">{tr(lang, HI::Nothing)}</p> })}
            <div class="actions">
                <button class="primary" on:click=import disabled=move || { !run.batch.ready() || count() == 0 }>
                    {move || import_button_text(lang.get(), count())}
                </button>
            </div>
        </Show>
    }
}
