//! The register's "Delete" for one customer. A customer with key-account work (plan,
//! scorecard, buying center, …) is deleted only after a question that names what goes
//! with it; any delete can be undone from the notice that follows.

use leptos::prelude::*;

use crate::domain::deletion::{GoesWith, Part};
use crate::domain::AccountId;
use crate::i18n::{accounts::A, common::C, fill, Lang};
use crate::state::{use_app, AppState};
use crate::ui::widgets::ConfirmDialog;

/// "plan goals (2), actions (3)" in the UI language.
pub fn parts_text(lang: Lang, goes: &GoesWith) -> String {
    goes.parts()
        .into_iter()
        .map(|(part, n)| {
            let key = match part {
                Part::RoleSteps => A::PartRoleSteps,
                Part::Profiles => A::PartProfiles,
                Part::Kpis => A::PartKpis,
                Part::Goals => A::PartGoals,
                Part::Actions => A::PartActions,
                Part::PlanNotes => A::PartPlanNotes,
                Part::Stakeholders => A::PartStakeholders,
            };
            fill(lang.t(key), &[("n", &lang.count(n))])
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The register's one question before deleting a customer with key-account work: one
/// dialog for the whole page, not one per row (a sort redraws 50 rows at 100,000
/// customers, and each row's dialog with its effect made that slower).
#[derive(Clone, Copy)]
pub struct DeleteQuestion {
    asking: RwSignal<bool>,
    /// The customer asked about: id, name and what goes with it. The question is
    /// worded from them in the UI language of the moment (it may change meanwhile).
    id: RwSignal<Option<AccountId>>,
    name: RwSignal<String>,
    goes: RwSignal<GoesWith>,
}

impl Default for DeleteQuestion {
    fn default() -> Self {
        DeleteQuestion {
            asking: RwSignal::new(false),
            id: RwSignal::new(None),
            name: RwSignal::new(String::new()),
            goes: RwSignal::new(GoesWith::default()),
        }
    }
}

/// Deletes `id`; the row goes, and the focus must not pass to the next row's "Delete".
fn delete(app: AppState, id: AccountId) {
    app.delete_account(id);
    crate::ui::shell::title::focus_page_heading();
}

/// A row's "Delete": at once for a plain customer (the notice offers Undo), after the
/// question for one with key-account work.
#[component]
pub fn DeleteAccountButton(
    id: AccountId,
    name: String,
    label: String,
    ask: DeleteQuestion,
    lang: Lang,
) -> impl IntoView {
    let app = use_app();
    let on_click = move |_| {
        let goes = app
            .store
            .key_accounts
            .with_untracked(|k| GoesWith::of_json(k.get(&id.to_string())));
        if goes.is_empty() {
            delete(app, id);
            return;
        }
        ask.name.set(name.clone());
        ask.goes.set(goes);
        ask.id.set(Some(id));
        ask.asking.set(true);
    };
    view! {
        <button class="link danger" aria-label=label on:click=on_click>
            {lang.t(C::Delete)}
        </button>
    }
}

/// The dialog of [`DeleteQuestion`], once per register.
#[component]
pub fn DeleteDialog(ask: DeleteQuestion) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let question = move || {
        let l = lang.get();
        let goes = ask.goes.get();
        ask.name.with(|name| {
            fill(
                l.t(A::DeleteKeyTitle),
                &[("name", name), ("parts", &parts_text(l, &goes))],
            )
        })
    };
    view! {
        <ConfirmDialog
            open=ask.asking
            text=Signal::derive(question)
            confirm_label=Signal::derive(move || lang.get().t(A::DeleteForGood).to_string())
            on_confirm=Callback::new(move |_| {
                if let Some(id) = ask.id.get_untracked() {
                    delete(app, id);
                }
            })
        />
    }
}
