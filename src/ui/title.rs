//! What changes with the page besides the page: the document title (browser tab,
//! history, screen readers) and the keyboard focus, which moves to the new page's
//! heading so that switching a tab or a page does not drop it to `<body>`.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::titles::page_title;
use crate::state::{use_app, Route};

/// Keeps `document.title` and the focus in step with the route. Renders nothing.
#[component]
pub fn PageChange() -> impl IntoView {
    let app = use_app();
    Effect::new(move |_| {
        let route = app.route.get();
        let lang = app.lang.get();
        let name = account_of(route).and_then(|id| {
            app.store
                .accounts
                .with(|a| a.account(id).map(|a| a.name.clone()))
        });
        if let Some(doc) = document() {
            doc.set_title(&page_title(route, name.as_deref(), lang));
        }
    });
    Effect::new(move |previous: Option<Route>| {
        let route = app.route.get();
        if previous.is_some_and(|p| p != route) {
            let old = heading();
            focus_heading(old, 30);
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

fn heading() -> Option<web_sys::HtmlElement> {
    document()?
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// Focuses the new page's `<h1>` once it is on screen (pages load in chunks), unless
/// the user has already put the focus somewhere on the new page.
fn focus_heading(old: Option<web_sys::HtmlElement>, tries: u32) {
    set_timeout(
        move || {
            let Some(doc) = document() else { return };
            let focus_lost = doc.active_element().is_none_or(|e| {
                e == doc.body().map(Into::into).unwrap_or(e.clone())
                    || !e.is_connected()
                    || e.closest("nav").ok().flatten().is_some()
            });
            if !focus_lost {
                return;
            }
            match heading() {
                Some(h) if old.as_ref() != Some(&h) && h.is_connected() => {
                    let _ = h.set_attribute("tabindex", "-1");
                    let _ = h.focus();
                }
                _ if tries > 0 => focus_heading(old, tries - 1),
                _ => {}
            }
        },
        Duration::from_millis(50),
    );
}
