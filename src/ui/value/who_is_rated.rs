//! Which accounts the value model rates: the A or A and B accounts, accounts added by
//! name, and the cut-off score for a key-account proposal.

use leptos::prelude::*;

use crate::domain::value_model::Scope;
use crate::i18n::tr;
use crate::i18n::{fill, value::V};
use crate::state::analyses::Rated;
use crate::state::AppState;
use crate::ui::widgets::NumberField;

#[component]
pub fn WhoIsRated(app: AppState, rated: Memo<Rated>) -> impl IntoView {
    let lang = app.lang;
    let model = app.store.value_model;
    let search = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let add = move || {
        let wanted = search.get_untracked().trim().to_lowercase();
        let found = app.store.accounts.with_untracked(|a| {
            a.iter()
                .find(|a| a.name.to_lowercase() == wanted)
                .map(|a| a.id)
        });
        match found {
            Some(id) => {
                model.update(|m| {
                    if !m.added.contains(&id) {
                        m.added.push(id)
                    }
                });
                search.set(String::new());
                message.set(None);
            }
            None => message.set(Some(fill(
                lang.get_untracked().t(V::AccountUnknown),
                &[("name", &search.get_untracked())],
            ))),
        }
    };
    let scope_radio = move |scope: Scope, text: V| {
        view! {
            <label class="radio">
                <input type="radio" name="scope" prop:checked=move || model.with(|m| m.scope == scope)
                    on:change=move |_| model.update(|m| m.scope = scope)/>
                {tr(lang, text)}
            </label>
        }
    };
    view! {
        <div class="who">
            <h2>{tr(lang, V::WhoTitle)}</h2>
            <fieldset>
                <legend class="visually-hidden">{tr(lang, V::WhoTitle)}</legend>
                {scope_radio(Scope::A, V::ScopeA)}
                {scope_radio(Scope::AB, V::ScopeAB)}
            </fieldset>
            <form class="inline" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <label for="add-account">{tr(lang, V::AddAccount)}</label>
                <input id="add-account" type="text" list="account-names" prop:value=search
                    on:input=move |ev| search.set(event_target_value(&ev))/>
                <datalist id="account-names">
                    {move || {
                        let q = search.get().trim().to_lowercase();
                        if q.len() < 2 { return Vec::new(); }
                        app.store.accounts.with(|a| a.iter()
                            .filter(|a| a.name.to_lowercase().contains(&q))
                            .take(20)
                            .map(|a| view! { <option value=a.name.clone()></option> })
                            .collect::<Vec<_>>())
                    }}
                </datalist>
                <button type="submit">{tr(lang, V::AddAccountButton)}</button>
            </form>
            {move || message.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
            <ul class="added">
                {move || model.with(|m| m.added.clone()).into_iter().map(|id| {
                    let name = app.store.accounts.with_untracked(|a| a.account(id).map(|a| a.name.clone())).unwrap_or_default();
                    let label = fill(lang.get().t(V::RemoveAdded), &[("name", &name)]);
                    view! {
                        <li>{name.clone()}" "
                            <button type="button" class="link" on:click=move |_| model.update(|m| m.added.retain(|a| *a != id))>
                                <span aria-hidden="true">"×"</span><span class="visually-hidden">{label}</span></button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p role="status">{move || fill(lang.get().t(V::RatedCount), &[("count", &lang.get().count(rated.with(|r| r.ids.len())))])}</p>
            <NumberField id="cut-off" label=Signal::derive(move || lang.get().t(V::CutOff).to_string())
                value=Signal::derive(move || model.with(|m| Some(m.cut_off)))
                on_commit=Callback::new(move |v: Option<f64>| model.update(|m| m.cut_off = v.unwrap_or(60.0).clamp(0.0, 100.0)))/>
        </div>
    }
}
