//! Lists keyed by id: a row stays while others are added or removed, and finds its
//! current position (for its numbering and its fields' ids) by its item's id.

use leptos::prelude::*;

/// The position of the item `key` among `ids` (tracked); the end while it is gone.
pub fn row_position(ids: Memo<Vec<u32>>, key: u32) -> Memo<usize> {
    Memo::new(move |_| ids.with(|v| v.iter().position(|x| *x == key).unwrap_or(v.len())))
}

/// The id `<prefix>-<position>-<what>` of one field of a row, following its position.
pub fn row_field(prefix: &'static str, at: Memo<usize>, what: &'static str) -> Signal<String> {
    Signal::derive(move || format!("{prefix}-{}-{what}", at.get()))
}
