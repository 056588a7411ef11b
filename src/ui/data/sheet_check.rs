//! The second half of a spreadsheet import (`#/import`): every row checked with the
//! chosen mapping, the rows with problems to fix or skip, merge or replace with what
//! each does, and the confirmation. A chunk of its own, so that neither half of the
//! import page exceeds its size budget.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::spreadsheet::{
    apply_import, Cell, Checked, Fixes, ImportMode, ImportPlan, ReadSettings,
};
use crate::i18n::fill;
use crate::i18n::sheet::{problem_text, SH};
use crate::i18n::tr;
use crate::state::{use_app, Route};
use crate::ui::data::batch_run::BatchProgress;
use crate::ui::data::sheet_check_run::CheckRun;
use crate::ui::lazy::lazy_part;

lazy_part!(sheet_check, sheet_check, preload_sheet_check,
    /// The checks and the confirmation of a spreadsheet import, from their chunk.
    LazySheetCheck(rows: RwSignal<std::sync::Arc<crate::domain::spreadsheet::Rows>>,
     settings: Memo<crate::domain::spreadsheet::ReadSettings>,
     column_names: Memo<Vec<String>>, file_name: RwSignal<String>) => {
    view! { <SheetCheck rows=rows settings=settings column_names=column_names file_name=file_name/> }.into_any()
});

/// Plain digits ("-1234.5") to a number with Rust's parser: 40,000 calls of the
/// browser's `parseFloat` (a string copied to JavaScript each time) made the check of a
/// 20,000-row file a long task; the parser's tables cost this chunk a few KB.
fn parse_plain(s: &str) -> Option<f64> {
    s.parse().ok()
}

/// Problems listed at most (the rest are counted; "Skip all" handles them).
const MAX_LISTED: usize = 50;

#[component]
pub fn SheetCheck(
    rows: RwSignal<Arc<Vec<Vec<Cell>>>>,
    settings: Memo<ReadSettings>,
    column_names: Memo<Vec<String>>,
    file_name: RwSignal<String>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let fixes = RwSignal::new(Fixes::new());
    let skip = RwSignal::new(HashSet::<usize>::new());
    let mode = RwSignal::new(ImportMode::Merge);
    // Corrections belong to the rows they were typed for.
    Effect::new(move |_| {
        rows.track();
        fixes.set(Fixes::new());
        skip.set(HashSet::new());
    });
    let run = CheckRun::start(rows, settings, fixes, skip, parse_plain);
    let CheckRun { checked, plan, .. } = run;
    let unresolved = move || checked.with(|c| c.problem_rows().len());
    // Every row skipped, empty or a total: an import would change nothing (or, as a
    // replacement, empty the register).
    let nothing = move || checked.with(|c| c.rows.is_empty());
    // Once imported, a second click (a double click before the register opens) does
    // nothing: the rows are gone, and importing them twice would add them twice.
    let imported = StoredValue::new(false);
    let confirm = move |_: leptos::ev::MouseEvent| {
        if !run.ready() || imported.get_value() {
            return;
        }
        imported.set_value(true);
        let l = lang.get_untracked();
        let (new, changed) = plan.with_untracked(|p| (p.new.len(), p.changed.len()));
        crate::ui::data::sheet_import::remember(
            &column_names.get_untracked(),
            &settings.get_untracked().mapping,
        );
        let ws = app.replace_workspace_with(|ws| {
            checked.with_untracked(|c| {
                plan.with_untracked(|p| apply_import(ws, &c.rows, p, mode.get_untracked()))
            })
        });
        let done = fill(
            l.t(SH::Done),
            &[
                ("file", &file_name.get_untracked()),
                ("new", &l.count(new)),
                ("changed", &l.count(changed)),
            ],
        );
        // Undo puts back the workspace as it was (the import becomes the backup); not
        // "restore backup", which after an import into an empty workspace would bring
        // back an older one.
        app.toasts.notify_with_undo(done, move || {
            app.replace_workspace(crate::domain::Workspace::clone(&ws))
        });
        // The file's rows and their check (100,000 accounts) are dropped in a task of
        // their own, not with the page: the page's end and the register's first sort
        // were one long task. Taken without a notice, so nothing is drawn from them.
        let read = (
            rows.try_update_untracked(std::mem::take),
            checked.try_update_untracked(std::mem::take),
            plan.try_update_untracked(std::mem::take),
        );
        leptos::task::spawn_local(async move {
            crate::state::browser::pause().await;
            drop(read);
        });
        crate::state::browser::navigate(&Route::Accounts.href());
    };

    // The import keeps the workspace as the backup only when it holds something (the
    // rule of `AppState::replace_workspace`: `Workspace::is_empty`); the note says
    // which, so that it never promises a backup the data page cannot show.
    let backed_up = move || {
        !(app.store.accounts.with(|a| a.is_empty()) && app.store.assessments.with(|a| a.is_empty()))
    };

    let mode_radio = move |value: ImportMode, key: SH| {
        view! {
            <label class="radio">
                <input type="radio" name="import-mode" checked=move || mode.get() == value
                    on:change=move |_| mode.set(value)/>
                {move || lang.get().t(key)}
            </label>
        }
    };

    view! {
        <h2>{tr(lang, SH::StepProblems)}</h2>
        <BatchProgress run=run.batch
            label=Signal::derive(move || lang.get().t(SH::StepProblems).to_string())
            text=Signal::derive(move || {
                let l = lang.get();
                let pct = run.batch.progress.get().unwrap_or(0);
                fill(l.t(SH::Checking), &[("rows", &l.count(rows.with(|r| r.len()))), ("percent", &pct.to_string())])
            })/>
        <Problems checked=checked column_names=column_names fixes=fixes skip=skip
            busy=Signal::derive(move || run.batch.progress.get().is_some())/>
        <h2>{tr(lang, SH::StepImport)}</h2>
        <fieldset class="import-mode">
            <legend>{tr(lang, SH::Mode)}</legend>
            {mode_radio(ImportMode::Merge, SH::Merge)}
            {mode_radio(ImportMode::Replace, SH::Replace)}
        </fieldset>
        // No verdict while the check runs: its counts are those of the rows so far
        // (a file of 100,000 rows said "No row is left to import" for a second).
        {move || run.batch.ready().then(|| view! { <ImportSummary checked=checked plan=plan mode=mode/> })}
        {move || (run.batch.ready() && unresolved() > 0).then(|| view! {
            <p class="error">{fill(lang.get().t(SH::Unresolved), &[("count", &lang.get().count(unresolved()))])}</p>
        })}
        {move || (run.batch.ready() && unresolved() == 0 && nothing()).then(|| view! {
            <p class="error">{tr(lang, SH::NothingToImport)}</p>
        })}
        <p class="muted">{move || lang.get().t(if backed_up() { SH::BackupNote } else { SH::NoBackupNote })}</p>
        <div class="actions">
            <button class="primary" disabled=move || { !run.ready() || unresolved() > 0 || nothing() } on:click=confirm>
                {move || fill(lang.get().t(SH::Confirm), &[("count", &lang.get().count(checked.with(|c| c.rows.len())))])}
            </button>
        </div>
    }
}

/// The rows with problems, each to fix or skip, and "Skip all".
#[component]
fn Problems(
    checked: RwSignal<Checked>,
    column_names: Memo<Vec<String>>,
    fixes: RwSignal<Fixes>,
    skip: RwSignal<HashSet<usize>>,
    /// The check is running: no verdict yet.
    busy: Signal<bool>,
) -> impl IntoView {
    let lang = use_app().lang;
    // Only the problems, not the 20,000 checked accounts, are copied for the list.
    let listed = Memo::new(move |_| checked.with(|c| (c.problems.clone(), c.problem_rows())));
    move || {
        let l = lang.get();
        let names = column_names.get();
        let (problems, rows_with) = listed.get();
        if problems.is_empty() {
            if busy.get() {
                return ().into_any();
            }
            return view! { <p>{l.t(SH::NoProblems)}</p> }.into_any();
        }
        // Rows listed, skipped ones included (problems come in row order).
        let mut listed_rows: Vec<usize> = problems.iter().map(|p| p.row).collect();
        listed_rows.dedup();
        let listed = problems.iter().take(MAX_LISTED).map(|p| {
            let (row, column) = (p.row, p.column);
            let col_name = names.get(column).cloned().unwrap_or_default();
            let fix_label = fill(l.t(SH::FixLabel), &[("row", &row.to_string()), ("column", &col_name)]);
            let skip_label = fill(l.t(SH::SkipLabel), &[("row", &row.to_string())]);
            let initial = fixes.with_untracked(|f| f.get(&(row, column)).cloned()).unwrap_or_else(|| p.value.clone());
            view! {
                <tr>
                    <th scope="row">{row}</th>
                    <td>{col_name.clone()}</td>
                    <td>{problem_text(&p.problem, &p.value, l)}</td>
                    <td>
                        <input type="text" aria-label=fix_label prop:value=initial
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                fixes.update(|f| { f.insert((row, column), v); });
                            }/>
                    </td>
                    <td>
                        <input type="checkbox" aria-label=skip_label prop:checked=p.skipped
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                skip.update(|s| { if on { s.insert(row); } else { s.remove(&row); } });
                            }/>
                    </td>
                </tr>
            }
        }).collect_view();
        let more = problems.len().saturating_sub(MAX_LISTED);
        view! {
            <p>{fill(l.t(SH::ProblemsIntro), &[("count", &l.count(listed_rows.len()))])}</p>
            <div class="table-wrap">
                <table class="data-table sheet-problems">
                    <thead><tr>
                        <th scope="col">{l.t(SH::Row)}</th>
                        <th scope="col">{l.t(SH::ColumnHeader)}</th>
                        <th scope="col">{l.t(SH::Problem)}</th>
                        <th scope="col">{l.t(SH::Value)}</th>
                        <th scope="col">{l.t(SH::Skip)}</th>
                    </tr></thead>
                    <tbody>{listed}</tbody>
                </table>
            </div>
            {(more > 0).then(|| view! { <p class="muted">{fill(l.t(SH::MoreProblems), &[("count", &l.count(more))])}</p> })}
            <button on:click=move |_| skip.update(|s| s.extend(rows_with.iter().copied()))>{l.t(SH::SkipAll)}</button>
        }
        .into_any()
    }
}

/// What the import does: the rows left out, the new, changed and unchanged accounts,
/// those not in the file (kept or removed) and the changed names.
#[component]
fn ImportSummary(
    checked: RwSignal<Checked>,
    plan: RwSignal<ImportPlan>,
    mode: RwSignal<ImportMode>,
) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        // Counts and the first changed names only: the plan holds every row.
        let (empty, totals, skipped) = checked.with(|c| (c.empty, c.totals.len(), c.skipped));
        let new = plan.with(|p| p.new.len());
        let changed_count = plan.with(|p| p.changed.len());
        let unchanged = plan.with(|p| p.unchanged.len());
        let not_in_file = plan.with(|p| p.not_in_file.len());
        let changed_names: Vec<String> = plan.with(|p| {
            p.changed
                .iter()
                .take(20)
                .map(|(_, a)| a.name.clone())
                .collect()
        });
        let left_out = fill(
            l.t(SH::LeftOut),
            &[
                ("empty", &l.count(empty)),
                ("totals", &l.count(totals)),
                ("skipped", &l.count(skipped)),
            ],
        );
        let counts = fill(
            l.t(SH::Summary),
            &[
                ("new", &l.count(new)),
                ("changed", &l.count(changed_count)),
                ("unchanged", &l.count(unchanged)),
            ],
        );
        let others = (not_in_file > 0).then(|| {
            let key = if mode.get() == ImportMode::Replace {
                SH::Removed
            } else {
                SH::Kept
            };
            fill(l.t(key), &[("removed", &l.count(not_in_file))])
        });
        let changed = (!changed_names.is_empty()).then(|| {
            let names = changed_names
                .into_iter()
                .map(|name| view! { <li>{name}</li> })
                .collect_view();
            view! { <details><summary>{l.t(SH::ChangedList)}</summary><ul>{names}</ul></details> }
        });
        view! {
            <p class="muted">{left_out}</p>
            <p class="import-counts" role="status">{counts}</p>
            {others.map(|t| view! { <p>{t}</p> })}
            {changed}
        }
    }
}
