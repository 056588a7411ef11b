//! The spreadsheet imports' remembered column mappings (customer list, sales history): a preference of this browser,
//! not part of the workspace, kept in local storage through `persist::storage`.

use std::collections::HashMap;

use crate::domain::history::{
    self,
    import_columns::{HistoryField, HistoryMapping, RememberedHistory},
};
use crate::domain::spreadsheet::{normalize_header, Field, Mapping};
use crate::persist::storage;

/// The mapping remembered from earlier imports: normalised header → field (`None`:
/// the column was ignored).
pub fn remembered() -> HashMap<String, Option<Field>> {
    stored()
        .into_iter()
        .map(|(h, f)| (h, Field::from_key(&f)))
        .collect()
}

/// Remembers the field chosen for each header, beside the headers remembered before.
pub fn remember(headers: &[String], mapping: &Mapping) {
    let mut stored = stored();
    for (h, f) in headers.iter().zip(mapping) {
        if !h.trim().is_empty() {
            stored.insert(normalize_header(h), f.map_or("", |f| f.key()).to_string());
        }
    }
    // A preference: if it cannot be stored, the next import recognises the headers again.
    let _ = storage::write_json(storage::KEY_SHEET_MAPPING, &stored);
}

/// Normalised header → field key ("" = ignored), as stored.
fn stored() -> HashMap<String, String> {
    storage::read_json(storage::KEY_SHEET_MAPPING).unwrap_or_default()
}

/// Where the sales-history import's choices are kept (a preference too, beside the
/// customer list's: the same header can mean another field in a history export).
const KEY_HISTORY_MAPPING: &str = "keystone.history-mapping";

/// The history mapping remembered from earlier imports: normalised header → field.
pub fn remembered_history() -> RememberedHistory {
    storage::read_json::<HashMap<String, String>>(KEY_HISTORY_MAPPING)
        .unwrap_or_default()
        .into_iter()
        .map(|(h, f)| (h, HistoryField::from_key(&f)))
        .collect()
}

/// Remembers the field chosen for each header of a history import.
pub fn remember_history(headers: &[String], mapping: &HistoryMapping) {
    let mut choices = remembered_history();
    history::import_columns::remember_history(&mut choices, headers, mapping);
    let stored: HashMap<&String, String> = choices
        .iter()
        .map(|(h, f)| (h, f.map_or_else(String::new, |f| f.key())))
        .collect();
    // A preference: if it cannot be stored, the next import recognises the headers again.
    let _ = storage::write_json(KEY_HISTORY_MAPPING, &stored);
}
