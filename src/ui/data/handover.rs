//! A file picked or dropped on the wrong import goes to the page that reads it: a
//! spreadsheet given to the data page's workspace import opens on the customer-list
//! import, a workspace file given to the customer-list import opens on the data page.
//! The file waits here while the other page's chunk loads.

use std::cell::RefCell;

use crate::domain::spreadsheet::{file_kind, FileKind};
use crate::i18n::fill;
use crate::state::{AppState, Route};

thread_local! {
    static HANDED: RefCell<Option<(Route, web_sys::File)>> = const { RefCell::new(None) };
}

/// If `file`'s name says it is `kind`, keeps it for the page at `route`, goes there
/// and shows `notice` (its `{file}` filled in): then `None`. Else gives `file` back.
pub fn hand_over(
    app: AppState,
    file: web_sys::File,
    kind: FileKind,
    route: Route,
    notice: &str,
) -> Option<web_sys::File> {
    let name = file.name();
    if file_kind(&name) != kind {
        return Some(file);
    }
    app.notify(fill(notice, &[("file", &name)]));
    HANDED.set(Some((route, file)));
    crate::state::browser::navigate(&route.href());
    None
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
