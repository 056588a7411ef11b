//! The client's own view of a client copy: shown instead of the supplier's tool while
//! the workspace is a client copy the customer opened ("Open as the client" on the data
//! page). Only what the customer is meant to see and change — their requirement
//! weights and ratings of us, the actions and people shared with them — and the export
//! of the file to send back. No navigation, no analyses, no supplier wording.
//!
//! - `requirements`: weights and ratings per procurement segment;
//! - `shared`: the actions and the people.
//!
//! The data page's offer to open a copy as the client is `ui::data::open_as_client`.

mod requirements;
mod shared;

use leptos::prelude::*;

use crate::domain::client_copy::{info_of, CopyInfo};
use crate::domain::key_account::KeyAccountData;
use crate::domain::AccountId;
use crate::i18n::client_view::CV;
use crate::i18n::fill;
use crate::i18n::tr;
use crate::state::{use_app, AppState};
use crate::ui::widgets::{ConfirmDialog, TitledSection};

use crate::ui::lazy::lazy_part;

// Only customers who opened a client copy need it: never prefetched.
lazy_part!(client_view, client_view_page, preload_client_view,
    /// The client's own view of a client copy, from its chunk (instead of every page).
    LazyClientView() => {
    ClientView().into_any()
});

/// Whether the workspace is a client copy (tracked): the shell then shows this view.
pub fn is_client_copy(app: AppState) -> bool {
    app.store.unknown.with(|m| info_of(m).is_some())
}

/// Changes the copy's key account and stores it (autosave does the rest).
fn edit(app: AppState, id: AccountId, f: impl FnOnce(&mut KeyAccountData)) {
    crate::state::key_accounts::update_key_account(app, id, f);
}

/// The client view: both companies in the title, one sentence on what to do, the parts
/// the customer may change, and the export of the file to send back.
#[component]
pub fn ClientView() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let info = Memo::new(move |_| app.store.unknown.with(info_of));
    let Some(CopyInfo { account: id, .. }) = info.get_untracked() else {
        return ().into_any();
    };
    let customer = Memo::new(move |_| {
        let stored = app
            .store
            .accounts
            .with(|a| a.account(id).map(|a| a.name.clone()));
        stored.unwrap_or_else(|| {
            info.with(|i| i.as_ref().map(|i| i.name.clone()).unwrap_or_default())
        })
    });
    let supplier = Memo::new(move |_| {
        info.with(|i| i.as_ref().map(|i| i.supplier.clone()).unwrap_or_default())
    });
    let title = move || {
        let l = lang.get();
        let (s, c) = (supplier.get(), customer.get());
        if s.is_empty() {
            c
        } else {
            fill(l.t(CV::Title), &[("supplier", &s), ("customer", &c)])
        }
    };
    Effect::new(move |_| {
        let l = lang.get();
        let (s, c) = (supplier.get(), customer.get());
        let text = if s.is_empty() {
            format!("{c} – Keystone")
        } else {
            fill(l.t(CV::DocTitle), &[("supplier", &s), ("customer", &c)])
        };
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(&text);
        }
    });
    let lead = move || {
        let l = lang.get();
        let date = info
            .with(|i| {
                i.as_ref()
                    .map(|i| crate::i18n::key_accounts::day_text(l, i.created))
            })
            .unwrap_or_default();
        let s = supplier.get();
        if s.is_empty() {
            fill(l.t(CV::LeadAnon), &[("date", &date)])
        } else {
            fill(l.t(CV::Lead), &[("supplier", &s), ("date", &date)])
        }
    };
    view! {
        <section class="page narrow client-view" aria-labelledby="client-title">
            <p class="kicker">{tr(lang, CV::Kicker)}</p>
            <h1 id="client-title">{title}</h1>
            <p>{lead}</p>
            <p class="instruction">{tr(lang, CV::Instruction)}</p>
            <p class="muted">{tr(lang, CV::KeptHere)}</p>
            <requirements::Requirements id=id/>
            <shared::Actions id=id/>
            <shared::People id=id/>
            <SendBack customer=customer/>
        </section>
    }
    .into_any()
}

/// The export of the file to send back, and closing the copy in this browser.
#[component]
fn SendBack(customer: Memo<String>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let send = move |_| {
        let now = crate::state::browser::now_iso();
        let text = crate::persist::client_file::client_file(
            &app.store.snapshot(),
            crate::APP_VERSION,
            &now,
        );
        let file =
            crate::ui::format::client_copy_file(&customer.get_untracked(), &now, "-returned");
        if crate::state::browser::download(&file, &text, "application/json").is_ok() {
            app.notify(fill(app.t(CV::Sent), &[("file", &file)]));
        }
    };
    let confirm_open = RwSignal::new(false);
    let confirm_text =
        Signal::derive(move || fill(lang.get().t(CV::CloseConfirm), &[("name", &customer.get())]));
    let close = Callback::new(move |_| {
        // Nothing is lost: the copy becomes the backup (Import / export, "Restore").
        if app.backup.with_untracked(Option::is_some) {
            app.restore_backup();
        } else {
            app.replace_workspace(Default::default());
        }
        app.notify(app.t(CV::Closed));
        crate::state::browser::navigate("#/accounts");
    });
    view! {
        <TitledSection id="send-title" title=CV::SendTitle class="client-send">
            <button type="button" class="primary" on:click=send>{tr(lang, CV::SendButton)}</button>
            <p class="muted">{tr(lang, CV::CloseText)}</p>
            <button type="button" on:click=move |_| confirm_open.set(true)>{tr(lang, CV::CloseButton)}</button>
            <ConfirmDialog open=confirm_open text=confirm_text
                confirm_label=Signal::derive(move || lang.get().t(CV::CloseButton).to_string()) on_confirm=close/>
        </TitledSection>
    }
}
