//! The form to add a person to a buying center: the fields that matter most; the rest
//! are set in the person's editor.

use leptos::prelude::*;

use super::choices::{choice_field, influence_field};
use crate::domain::stakeholders::{Attitude, BuyingRole, Contact, Level, Stakeholder};
use crate::domain::AccountId;
use crate::i18n::buying_center::{attitude_text, level_text, role_text, BC};
use crate::i18n::fill;
use crate::i18n::tr;
use crate::state::key_accounts::update_key_account;
use crate::state::use_app;
use crate::ui::widgets::{indexed_choice, indexed_options, required_text};

/// What the form holds while the user fills it in.
#[derive(Clone, Copy)]
struct NewPerson {
    name: RwSignal<String>,
    function: RwSignal<String>,
    level: RwSignal<Level>,
    attitude: RwSignal<Attitude>,
    influence: RwSignal<u8>,
    role: RwSignal<Option<BuyingRole>>,
    /// Why the person cannot be added (no name).
    error: RwSignal<Option<String>>,
}

impl NewPerson {
    fn new() -> NewPerson {
        NewPerson {
            name: RwSignal::new(String::new()),
            function: RwSignal::new(String::new()),
            level: RwSignal::new(Level::Operational),
            attitude: RwSignal::new(Attitude::Neutral),
            influence: RwSignal::new(3u8),
            role: RwSignal::new(None::<BuyingRole>),
            error: RwSignal::new(None::<String>),
        }
    }
}

/// The form to add a person: the fields that matter most; the rest in the row's editor.
#[component]
pub fn AddPerson(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let form = NewPerson::new();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = lang.get_untracked();
        let Some(n) = required_text(l, form.name, form.error, BC::NameMissing) else {
            return;
        };
        let added = n.clone();
        let (f, lv, at, inf, r) = (
            form.function.get_untracked().trim().to_string(),
            form.level.get_untracked(),
            form.attitude.get_untracked(),
            form.influence.get_untracked(),
            form.role.get_untracked(),
        );
        update_key_account(app, id, move |d| {
            let next = d
                .stakeholders
                .iter()
                .map(|p| p.id)
                .max()
                .map_or(1, |m| m + 1);
            d.stakeholders.push(Stakeholder {
                extra: Default::default(),
                id: next,
                name: n,
                function: f,
                level: lv,
                roles: r.into_iter().collect(),
                attitude: at,
                influence: inf,
                reports_to: None,
                contact: Contact::None,
                last_contact: None,
                counterpart: String::new(),
                note: String::new(),
            });
        });
        form.name.set(String::new());
        form.function.set(String::new());
        app.notify(fill(l.t(BC::PersonAdded), &[("name", &added)]));
    };
    view! {
        <form class="add-person" on:submit=add aria-labelledby="add-person-title">
            <h3 id="add-person-title">{tr(lang, BC::AddPerson)}</h3>
            <NewPersonFields form=form/>
            <button type="submit" class="primary">{tr(lang, BC::AddPerson)}</button>
        </form>
    }
}

/// The fields of the form to add a person.
#[component]
fn NewPersonFields(form: NewPerson) -> impl IntoView {
    let lang = use_app().lang;
    let NewPerson {
        name,
        function,
        level,
        attitude,
        influence,
        role,
        error,
    } = form;
    view! {
        <div class="field-row">
            <div class="field">
                <label for="new-person-name">{tr(lang, BC::Name)}</label>
                <input id="new-person-name" type="text" prop:value=move || name.get()
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby="new-person-error"
                    on:input=move |ev| name.set(event_target_value(&ev))/>
                <p class="field-error" id="new-person-error">{move || error.get()}</p>
            </div>
            <div class="field">
                <label for="new-person-function">{tr(lang, BC::Function)}</label>
                <input id="new-person-function" type="text" prop:value=move || function.get()
                    on:input=move |ev| function.set(event_target_value(&ev))/>
            </div>
            {choice_field(lang, "new-person-level".into(), BC::Level, &Level::ALL, level_text, move || Some(level.get()), move |v| level.set(v))}
            <div class="field">
                <label for="new-person-role">{tr(lang, BC::Roles)}</label>
                <select id="new-person-role" on:change=move |ev| role.set(indexed_choice(&BuyingRole::ALL, &ev))>
                    <option value="" selected=move || role.get().is_none()>"–"</option>
                    {move || indexed_options(lang.get(), &BuyingRole::ALL, role.get(), role_text)}
                </select>
            </div>
            {choice_field(lang, "new-person-attitude".into(), BC::Attitude, &Attitude::ALL, attitude_text, move || Some(attitude.get()), move |v| attitude.set(v))}
            {influence_field(lang, "new-person-influence".into(), move || Some(influence.get()), move |v| influence.set(v))}
        </div>
    }
}
