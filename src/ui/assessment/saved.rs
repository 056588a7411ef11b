//! The saved assessments (open, remove with Undo) and the page's actions at its top
//! (new, next participant, export, print, import).

use leptos::prelude::*;

use crate::state::assessments::{assessments, update_assessments, List};

use super::{export_assessments, new_assessment, print_page, respondent_name, ImportAssessments};
use crate::domain::assessment::{maturity, Assessment};
use crate::i18n::assessment::AS;
use crate::i18n::key_accounts::day_text;
use crate::i18n::tr;
use crate::i18n::{fill, Lang};
use crate::state::{use_app, AppState, Route};
use crate::ui::widgets::{RemoveButton, TitledSection};

/// New assessment, next participant, export, print and import: at the top of the
/// page, reachable without scrolling on a phone too.
#[component]
pub fn AssessmentActions(current: RwSignal<Option<u64>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let list = assessments(app);
    let export_current = move |_| {
        let one: Vec<Assessment> = current
            .get_untracked()
            .and_then(|id| list.with_untracked(|l| l.get(id).cloned()))
            .into_iter()
            .collect();
        if !one.is_empty() {
            export_assessments(&one, None);
        }
    };
    let has_current = move || {
        current
            .get()
            .is_some_and(|id| list.with(|l| l.get(id).is_some()))
    };
    view! {
        <div class="actions assessment-actions no-print">
            <button type="button" class="primary" on:click=move |_| new_assessment(app, String::new())>{tr(lang, AS::NewAssessment)}</button>
            <Show when=move || !workshop_of(list, current).is_empty()>
                <button type="button" on:click=move |_| new_assessment(app, untrack(|| workshop_of(list, current)))>
                    {tr(lang, AS::NextParticipant)}
                </button>
            </Show>
            <button type="button" disabled=move || !has_current() on:click=export_current>{tr(lang, AS::ExportJson)}</button>
            <button type="button" disabled=move || !has_current() on:click=move |_| print_page()>{tr(lang, AS::Print)}</button>
            <ImportAssessments workshop=Signal::derive(|| None::<String>)/>
        </div>
    }
}

/// Every saved assessment: open (the user's own marked), remove (with undo).
#[component]
pub fn SavedAssessments(
    current: RwSignal<Option<u64>>,
    own: RwSignal<Option<u64>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let list = assessments(app);
    // One entry per assessment, newest first; a row is rebuilt only when what it shows
    // changes, so removing or adding one leaves the others (and the focus) in place.
    let rows = move || {
        let l = lang.get();
        let now = current.get();
        let mine = own.get();
        list.with(|all| {
            all.iter()
                .rev()
                .map(|a| SavedRow::of(l, a, now == Some(a.id), mine == Some(a.id)))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <TitledSection id="as-saved" title=AS::Saved class="saved-assessments no-print">
            <p class="hint">{tr(lang, AS::SavedHint)}</p>
            <Show when=move || list.with(|l| !l.is_empty())>
                <div class="table-wrap">
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{tr(lang, AS::Respondent)}</th>
                        <th scope="col">{tr(lang, AS::TabWorkshop)}</th>
                        <th scope="col">{tr(lang, AS::Date)}</th>
                        <th scope="col" class="num">{tr(lang, AS::Answered)}</th>
                        <th scope="col" class="num">{tr(lang, AS::Overall)}</th>
                        <th scope="col" class="no-print"><span class="visually-hidden">{tr(lang, AS::RemoveCol)}</span></th>
                    </tr></thead>
                    <tbody>
                        <For each=rows key=|row| row.clone() children=move |row| saved_row(app, row)/>
                    </tbody>
                </table>
                </div>
            </Show>
        </TitledSection>
    }
}

/// What one row of the saved assessments shows.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct SavedRow {
    id: u64,
    name: String,
    workshop: String,
    date: String,
    answered: usize,
    overall: String,
    /// "yours", "current" or both, in the UI language.
    notes: String,
    is_current: bool,
    remove_label: String,
}

impl SavedRow {
    fn of(l: Lang, a: &Assessment, is_current: bool, is_own: bool) -> SavedRow {
        let name = respondent_name(l, a);
        let date = day_text(l, a.date);
        let notes = [(is_own, AS::Yours), (is_current, AS::Current)]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, key)| l.t(key))
            .collect::<Vec<_>>()
            .join(", ");
        SavedRow {
            id: a.id,
            remove_label: fill(l.t(AS::RemoveOne), &[("name", &name), ("date", &date)]),
            overall: maturity(a)
                .map(|m| l.number(m.average, 1))
                .unwrap_or_else(|| "–".into()),
            workshop: a.workshop.clone(),
            answered: a.answered(),
            name,
            date,
            notes,
            is_current,
        }
    }
}

fn saved_row(app: AppState, row: SavedRow) -> impl IntoView {
    let SavedRow {
        id,
        name,
        workshop,
        date,
        answered,
        overall,
        notes,
        is_current,
        remove_label,
    } = row;
    view! {
        <tr class:current=is_current>
            <td>
                <a href=Route::Assessment(Some(id)).href() aria-current=is_current.then_some("page")>{name.clone()}</a>
                {(!notes.is_empty()).then(|| view! { " (" {notes} ")" })}
            </td>
            <td>{workshop}</td>
            <td>{date}</td>
            <td class="num">{format!("{answered} / 12")}</td>
            <td class="num">{overall}</td>
            <td class="no-print">
                <RemoveButton label=remove_label on_remove=move || remove_assessment(app, id, name.clone())/>
            </td>
        </tr>
    }
}

/// The workshop of the shown assessment (blank if none).
fn workshop_of(list: List, current: RwSignal<Option<u64>>) -> String {
    current
        .get()
        .and_then(|id| list.with(|l| l.get(id).map(|a| a.workshop.trim().to_string())))
        .unwrap_or_default()
}

fn remove_assessment(app: AppState, id: u64, name: String) {
    let json = app.store.assessments;
    if let Some((index, gone)) = update_assessments(json, |l| l.remove(id)) {
        let text = fill(app.t(AS::Removed), &[("name", &name)]);
        app.toasts.notify_with_undo(text, move || {
            update_assessments(json, |l| l.restore(index, gone.clone()));
        });
    }
}
