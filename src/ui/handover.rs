//! A file picked or dropped on the wrong import goes to the page that reads it: a
//! spreadsheet given to the data page's workspace import opens on the customer-list
//! import, a workspace file given to the customer-list import opens on the data page.
//! The file waits here while the other page's chunk loads.

use std::cell::RefCell;

use crate::state::Route;

thread_local! {
    static HANDED: RefCell<Option<(Route, web_sys::File)>> = const { RefCell::new(None) };
}

/// Keeps `file` for the page at `route` and goes there.
pub fn hand_over(route: Route, file: web_sys::File) {
    HANDED.set(Some((route, file)));
    crate::state::browser::navigate(&route.href());
}

/// The file handed to the page at `route`, once.
pub fn take(route: Route) -> Option<web_sys::File> {
    HANDED.with_borrow_mut(|handed| match handed.take() {
        Some((to, file)) if to == route => Some(file),
        other => {
            *handed = other;
            None
        }
    })
}
