//! What changes with the page besides the page: the document title (browser tab,
//! history, screen readers) and the keyboard focus, which moves to the new page's
//! heading so that switching a tab or a page does not drop it to `<body>`.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::{use_app, Route};
use crate::ui::shell::titles::{page_title, Shown};

/// Keeps `document.title` and the focus in step with the route. Renders nothing.
#[component]
pub fn PageChange() -> impl IntoView {
    let app = use_app();
    Effect::new(move |_| {
        let route = app.route.get();
        let lang = app.lang.get();
        let shown = account_of(route).and_then(|id| {
            app.store
                .accounts
                .with(|a| a.account(id).map(|a| (a.name.clone(), a.key_account)))
        });
        let shown = shown.as_ref().map(|(name, key_account)| Shown {
            name,
            key_account: *key_account,
        });
        if let Some(doc) = document() {
            doc.set_title(&page_title(route, shown, lang));
        }
    });
    Effect::new(move |previous: Option<Route>| {
        let route = app.route.get();
        if previous.is_some_and(|p| p != route) {
            let followed = document().and_then(|d| d.active_element());
            focus_heading(100, 0, followed);
        }
        route
    });
}

fn account_of(route: Route) -> Option<crate::domain::AccountId> {
    match route {
        Route::Account(id) | Route::AccountSection(id, _) | Route::Report(id, _) => Some(id),
        _ => None,
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Puts the focus on the page's heading now: after the element that had it is gone (a
/// deleted row), so that the next key press cannot act on whatever took its place.
pub fn focus_page_heading() {
    if let Some(h) = heading() {
        let _ = h.set_attribute("tabindex", "-1");
        let _ = h.focus();
    }
}

fn heading() -> Option<web_sys::HtmlElement> {
    document()?
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// Puts the focus on the page's `<h1>` while it is lost (on `<body>`, on a removed
/// element or on the navigation link that was followed). Pages load in chunks and
/// replace a placeholder, so this checks for a while, until the heading has kept the
/// focus for a moment; it stops at once when the user has moved the focus elsewhere,
/// another navigation link included (only the one followed counts as lost).
fn focus_heading(tries: u32, settled: u32, followed: Option<web_sys::Element>) {
    set_timeout(
        move || {
            let Some(doc) = document() else { return };
            let active = doc.active_element();
            let current = heading();
            let on_heading = active.is_some() && active == current.clone().map(Into::into);
            let lost = active.is_none_or(|e| {
                doc.body().is_some_and(|b| e == *b.as_ref())
                    || !e.is_connected()
                    || (followed.as_ref() == Some(&e) && e.closest("nav").ok().flatten().is_some())
            });
            let settled = match (on_heading, lost, current) {
                (true, _, _) => settled + 1,
                (false, true, Some(h)) => {
                    let _ = h.set_attribute("tabindex", "-1");
                    let _ = h.focus();
                    0
                }
                (false, true, None) => 0,
                (false, false, _) => return,
            };
            if tries > 0 && settled < 6 {
                focus_heading(tries - 1, settled, followed);
            }
        },
        Duration::from_millis(50),
    );
}
