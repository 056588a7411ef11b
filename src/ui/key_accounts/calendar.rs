//! "Add to calendar": downloads the dated items of one key account (its plan page) or of
//! all key accounts (the overview) as an .ics file; says so when there is nothing.

use leptos::prelude::*;

use crate::domain::calendar::{file_name, ical_stamp, items, write_calendar};
use crate::domain::AccountId;
use crate::i18n::calendar::{events, CAL};
use crate::i18n::{fill, tr};
use crate::state::analyses::today;
use crate::state::use_app;

/// The button and, under it, a line saying what it does; `only` is the one account, or all.
#[component]
pub fn CalendarExport(#[prop(optional)] only: Option<AccountId>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let export = move |_| {
        let l = lang.get_untracked();
        let found = app.store.accounts.with_untracked(|accounts| {
            app.store
                .key_accounts
                .with_untracked(|k| items(accounts, k, only))
        });
        if found.is_empty() {
            app.notify(l.t(CAL::Nothing));
            return;
        }
        let now = crate::state::browser::now_iso();
        let stamp = ical_stamp(&now).unwrap_or_else(|| "19700101T000000Z".into());
        let text = write_calendar(&events(l, &found), &stamp);
        let name = only.and_then(|_| found.first().map(|i| i.account_name.clone()));
        let file = file_name(name.as_deref(), today());
        let _ = crate::state::browser::download(&file, &text, "text/calendar");
        let n = found.len().to_string();
        app.notify(fill(l.t(CAL::Downloaded), &[("n", &n), ("file", &file)]));
    };
    let label = if only.is_some() {
        CAL::AddToCalendar
    } else {
        CAL::AddAllToCalendar
    };
    view! {
        // The hint under the button, not beside it: a long German line wrapped badly on
        // a phone.
        <div class="calendar-export">
            <div class="actions">
                <button type="button" aria-describedby="calendar-hint" on:click=export>{tr(lang, label)}</button>
            </div>
            <p id="calendar-hint" class="hint">{tr(lang, CAL::Hint)}</p>
        </div>
    }
}
