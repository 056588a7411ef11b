//! The workspace's currency in the UI: the choice on the data page, and the code in the
//! headers of amount columns ("Revenue (EUR)"). Amounts themselves stay plain numbers
//! ([`crate::i18n::Lang::amount`]); the code is said once per column or figure.

use leptos::prelude::*;

use crate::domain::currency;
use crate::i18n::data::D;
use crate::i18n::tr;
use crate::state::use_app;
use crate::ui::format::use_currency;

/// The data page's choice of currency.
#[component]
pub fn CurrencyField() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let code = use_currency();
    view! {
        <div class="field">
            <label for="ws-currency">{tr(lang, D::Currency)}</label>
            <select
                id="ws-currency"
                aria-describedby="ws-currency-hint"
                prop:value=move || code.get()
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    if currency::is_code(&chosen) {
                        app.store.settings.update(|s| s.currency = Some(chosen));
                    }
                }
            >
                {move || {
                    let current = code.get();
                    let options: Vec<String> =
                        currency::choices(&current).into_iter().map(String::from).collect();
                    options
                        .into_iter()
                        .map(|c| {
                            let selected = c == current;
                            let value = c.clone();
                            view! { <option value=value selected=selected>{c}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <p class="hint" id="ws-currency-hint">{tr(lang, D::CurrencyHint)}</p>
        </div>
    }
}
