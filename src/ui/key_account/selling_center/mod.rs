//! The workspace's selling center (docs/methods.md, "Buying center and selling
//! center"): our people who are the counterparts of the buying centers' people, over
//! every key account. Shown on each key account's stakeholders page, from the
//! stakeholder-editing chunk.

mod members;

use leptos::prelude::*;

use crate::domain::stakeholders::{selling_center, set_selling_center, TeamMember};
use crate::i18n::buying_center::BC;
use crate::i18n::fill;
use crate::i18n::tr;
use crate::state::{use_app, AppState};
use crate::ui::lazy::lazy_part;
use crate::ui::widgets::{required_text, TitledSection};
use members::TeamTable;

lazy_part!(stakeholder_editor, team_editor, preload_team_editor,
    /// The selling-center editor, from the stakeholder-editing chunk.
    LazyTeamEditor() => {
    view! { <TeamEditor/> }.into_any()
});

/// Stores the selling center's members in the workspace's settings.
fn save_team(app: AppState, members: Vec<TeamMember>) {
    app.store
        .settings
        .update(|s| set_selling_center(s, &members));
}

/// The workspace's selling center: add, rename, remove members.
#[component]
pub fn TeamEditor() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let team = Memo::new(move |_| app.store.settings.with(selling_center));
    let name = RwSignal::new(String::new());
    let function = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let save = move |members: Vec<TeamMember>| save_team(app, members);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = lang.get_untracked();
        let Some(n) = required_text(l, name, error, BC::NameMissing) else {
            return;
        };
        let mut members = team.get_untracked();
        if members.iter().any(|m| m.name == n) {
            error.set(Some(fill(l.t(BC::MemberExists), &[("name", &n)])));
            return;
        }
        members.push(TeamMember {
            extra: Default::default(),
            name: n,
            function: function.get_untracked().trim().to_string(),
        });
        save(members);
        name.set(String::new());
        function.set(String::new());
    };
    view! {
        <TitledSection id="team-title" title=BC::Team class="team">
            <p class="muted">{tr(lang, BC::TeamIntro)}</p>
            <TeamTable team=team/>
            <form class="inline-form" on:submit=add>
                <div class="field">
                    <label for="new-member-name">{tr(lang, BC::MemberName)}</label>
                    <input id="new-member-name" type="text" prop:value=move || name.get()
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby="new-member-error"
                        on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="new-member-function">{tr(lang, BC::MemberFunction)}</label>
                    <input id="new-member-function" type="text" prop:value=move || function.get()
                        on:input=move |ev| function.set(event_target_value(&ev))/>
                </div>
                <button type="submit">{tr(lang, BC::AddMember)}</button>
            </form>
            <p class="field-error" id="new-member-error">{move || error.get()}</p>
        </TitledSection>
    }
}
