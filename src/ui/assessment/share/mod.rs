//! Sharing without a server (docs/features.md, "Sharing"): a result as a link and the
//! page that shows one (`shared`), a workshop invitation and the page it opens
//! (`invite`, `join`), sharing one's own result and sending answers (`panel`),
//! pasting result links into a workshop (`paste`). The format is
//! `domain::assessment::share_link`, packing `persist::share_link`.
//!
//! Two chunks: `assessment_share` (the pages, the panel, pasting) and
//! `assessment_invite` (the invitation with the QR library), fetched where used.

mod invite;
mod join;
mod panel;
mod paste;
mod shared;

pub use invite::qr_side_px;
use leptos::prelude::*;

use crate::domain::assessment::share_link::LinkError;
use crate::i18n::assessment_share::{link_error_text, SL};
use crate::i18n::tr;
use crate::state::{browser, use_app};
use crate::ui::lazy::{lazy_page, lazy_part};

lazy_page!(assessment_share, shared_page, preload_share, () => {
    view! { <shared::SharedPage/> }.into_any()
});
lazy_page!(assessment_share, join_page, preload_join, () => {
    view! { <join::JoinPage/> }.into_any()
});
lazy_part!(assessment_share, share_panel, preload_share_panel,
    /// Share one's result as a link and send the answers, from its chunk.
    LazySharePanel(id: u64) => view! { <panel::SharePanel id=id/> }.into_any());
lazy_part!(assessment_share, paste_links, preload_paste_links,
    /// The box for result links on the workshop page, from its chunk.
    LazyPasteLinks(workshop: Signal<Option<String>>) => view! { <paste::PasteLinks workshop=workshop/> }.into_any());
lazy_part!(assessment_invite, invite_panel, preload_invite,
    /// The invitation of a workshop (link and QR code), from its chunk.
    LazyInvitePanel(workshop: Signal<Option<String>>) => view! { <invite::InvitePanel workshop=workshop/> }.into_any());

/// The code in the address (`#/assessment/<kind>/<code>`), followed as the address
/// changes: opening a second link while the first is shown keeps the same route.
fn code_in_address(kind: &'static str) -> ReadSignal<String> {
    let read = move || {
        let hash = browser::current_hash();
        let prefix = format!("#/assessment/{kind}/");
        hash.strip_prefix(&prefix)
            .map(|c| c.trim_end_matches('/').to_string())
            .unwrap_or_default()
    };
    let (code, set_code) = signal(read());
    let on_hash = window_event_listener_untyped("hashchange", move |_| {
        let now = read();
        // Leaving the page: nothing to read.
        if !now.is_empty() {
            set_code.set(now);
        }
    });
    on_cleanup(move || on_hash.remove());
    code
}

/// The whole link to `#/assessment/<kind>/<code>` at this site's address.
fn link_to(kind: &str, code: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| crate::persist::js::property(&w.location(), "href").as_string())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#/assessment/{kind}/{code}")
}

/// A link that cannot be opened: what is wrong, and that nothing changed.
#[component]
fn LinkProblem(error: LinkError, invitation_expected: bool) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <div class="banner banner-error" role="alert">
            <h2>{tr(lang, SL::CannotOpen)}</h2>
            <p>{move || link_error_text(lang.get(), &error, invitation_expected)}</p>
            <p>{tr(lang, SL::NothingChanged)}</p>
        </div>
    }
}
