//! The register's "Delete" for one customer. A customer with key-account work (plan,
//! scorecard, buying center, …) is deleted only after a question that names what goes
//! with it; any delete can be undone from the notice that follows.

use leptos::prelude::*;

use crate::domain::deletion::{GoesWith, Part};
use crate::domain::AccountId;
use crate::i18n::{accounts::A, common::C, fill, Lang};
use crate::state::use_app;
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

#[component]
pub fn DeleteAccountButton(id: AccountId, name: String, label: String) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let asking = RwSignal::new(false);
    let question = RwSignal::new(String::new());
    // The row goes; the focus must not pass to the next row's "Delete".
    let delete = move |id| {
        app.delete_account(id);
        crate::ui::shell::title::focus_page_heading();
    };
    let on_click = move |_| {
        let goes = app
            .store
            .key_accounts
            .with_untracked(|k| GoesWith::of_json(k.get(&id.to_string())));
        if goes.is_empty() {
            delete(id);
            return;
        }
        let l = lang.get_untracked();
        question.set(fill(
            l.t(A::DeleteKeyTitle),
            &[("name", &name), ("parts", &parts_text(l, &goes))],
        ));
        asking.set(true);
    };
    view! {
        <button class="link danger" aria-label=label on:click=on_click>
            {move || lang.get().t(C::Delete)}
        </button>
        <ConfirmDialog
            open=asking
            text=Signal::derive(move || question.get())
            confirm_label=Signal::derive(move || lang.get().t(A::DeleteForGood).to_string())
            on_confirm=Callback::new(move |_| delete(id))
        />
    }
}
