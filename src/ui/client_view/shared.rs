//! The actions and the people shared with the customer: an action's status and due
//! date, a person's function can be changed; nothing else of the supplier's plan or
//! buying-center analysis is shown.

use leptos::prelude::*;

use crate::domain::day::Day;
use crate::domain::key_account::key_account;
use crate::domain::plan::ActionStatus;
use crate::domain::AccountId;
use crate::i18n::client_view::CV;
use crate::i18n::fill;
use crate::i18n::plan::status_text;
use crate::i18n::tr;
use crate::state::use_app;
use crate::ui::widgets::{indexed_choice, indexed_options, TextField, TitledSection};

use super::edit;

#[component]
pub fn Actions(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let count = Memo::new(move |_| {
        app.store
            .key_accounts
            .with(|k| key_account(k, id).plan.actions.len())
    });
    view! {
        <TitledSection id="actions-title" title=CV::ActionsTitle class="client-actions">
            {move || match count.get() {
                0 => view! { <p class="muted">{tr(lang, CV::NoActions)}</p> }.into_any(),
                n => view! {
                    <ul class="client-cards">{(0..n).map(|a| view! { <ActionCard id=id a=a/> }).collect_view()}</ul>
                }
                .into_any(),
            }}
        </TitledSection>
    }
}

#[component]
fn ActionCard(id: AccountId, a: usize) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let action = Memo::new(move |_| {
        app.store
            .key_accounts
            .with(|k| key_account(k, id).plan.actions.get(a).cloned())
    });
    let text = move || action.with(|x| x.as_ref().map(|x| x.text.clone()).unwrap_or_default());
    let owner = move || {
        let owner = action.with(|x| x.as_ref().map(|x| x.owner.clone()).unwrap_or_default());
        (!owner.trim().is_empty()).then(|| {
            view! {
                <p class="muted">{move || fill(lang.get().t(CV::Who), &[("owner", &owner)])}</p>
            }
        })
    };
    let named = move |k: CV| fill(lang.get().t(k), &[("action", &text())]);
    let (due_id, status_id) = (format!("client-due-{a}"), format!("client-status-{a}"));
    view! {
        <li class="client-card">
            <p class="card-title">{text}</p>
            {owner}
            <div class="card-fields">
                <label for=due_id.clone()>{tr(lang, CV::DueShort)}</label>
                <input id=due_id type="date" aria-label=move || named(CV::Due)
                    prop:value=move || action.with(|x| x.as_ref().and_then(|x| x.due).map(|d| d.iso()).unwrap_or_default())
                    on:change=move |ev| {
                        let d = Day::parse(&event_target_value(&ev));
                        edit(app, id, |k| if let Some(x) = k.plan.actions.get_mut(a) { x.due = d; });
                    }/>
                <label for=status_id.clone()>{tr(lang, CV::StatusShort)}</label>
                <select id=status_id aria-label=move || named(CV::Status) on:change=move |ev| {
                    if let Some(s) = indexed_choice(&ActionStatus::ALL, &ev) {
                        edit(app, id, |k| if let Some(x) = k.plan.actions.get_mut(a) { x.status = s; });
                    }
                }>
                    {move || {
                        let now = action.with(|x| x.as_ref().map(|x| x.status));
                        indexed_options(lang.get(), &ActionStatus::ALL, now, status_text)
                    }}
                </select>
            </div>
        </li>
    }
}

#[component]
pub fn People(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let count = Memo::new(move |_| {
        app.store
            .key_accounts
            .with(|k| key_account(k, id).stakeholders.len())
    });
    view! {
        <TitledSection id="people-title" title=CV::PeopleTitle class="client-people">
            {move || match count.get() {
                0 => view! { <p class="muted">{tr(lang, CV::NoPeople)}</p> }.into_any(),
                n => view! {
                    <ul class="client-cards">{(0..n).map(|p| view! { <PersonCard id=id p=p/> }).collect_view()}</ul>
                }
                .into_any(),
            }}
        </TitledSection>
    }
}

#[component]
fn PersonCard(id: AccountId, p: usize) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let person = app
        .store
        .key_accounts
        .with_untracked(|k| key_account(k, id).stakeholders.get(p).cloned());
    let Some(person) = person else {
        return ().into_any();
    };
    let name = person.name.clone();
    let function = RwSignal::new(person.function.clone());
    let contact = person.counterpart.trim().to_string();
    view! {
        <li class="client-card">
            <p class="card-title">{person.name.clone()}</p>
            <TextField
                id=format!("client-function-{p}")
                label=Signal::derive(move || fill(lang.get().t(CV::FunctionOf), &[("name", &name)]))
                value=function
                on_change=Callback::new(move |text: String| {
                    let text = text.trim().to_string();
                    edit(app, id, |k| if let Some(x) = k.stakeholders.get_mut(p) { x.function = text; });
                })
            />
            {(!contact.is_empty()).then(|| view! {
                <p class="muted">{tr(lang, CV::Contact)}": "{contact.clone()}</p>
            })}
        </li>
    }
    .into_any()
}
