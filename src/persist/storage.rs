//! The local-storage adapter. Raw strings only: parsing and validation live in
//! `envelope`, so that a value that cannot be read is never lost on the way.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

pub const KEY_WORKSPACE: &str = "keystone.workspace";
/// Save counter, written after the workspace: other tabs compare it with what they loaded.
pub const KEY_REVISION: &str = "keystone.workspace.revision";
/// The raw text of a stored workspace that could not be read.
pub const KEY_UNREADABLE: &str = "keystone.workspace.unreadable";
/// The workspace as it was before the last import, clear or sample load.
pub const KEY_PREVIOUS: &str = "keystone.workspace.previous";
pub const KEY_LANG: &str = "keystone.lang";
/// The spreadsheet import's remembered column mapping (`state::sheet_mapping`): a
/// preference of this browser, not part of the workspace.
pub const KEY_SHEET_MAPPING: &str = "keystone.sheet-mapping";

/// Why a storage operation failed.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageFailure {
    /// The browser's quota for this site is used up.
    Quota,
    /// Storage is switched off or blocked (private mode, privacy settings).
    Blocked,
    Other(String),
    /// Not written: the workspace holds a number JSON cannot hold (NaN, infinity), so
    /// the stored copy would not read back (`persist::storable`). The stored copy stays
    /// as it was.
    NotStorable(Box<crate::domain::Problem>),
}

/// Maps a DOMException name to a failure. Chromium and Safari say
/// `QuotaExceededError`, Firefox `NS_ERROR_DOM_QUOTA_REACHED`.
pub fn classify_error(name: &str, message: &str) -> StorageFailure {
    match name {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageFailure::Quota,
        "SecurityError" | "NS_ERROR_FILE_ACCESS_DENIED" => StorageFailure::Blocked,
        _ if message.to_ascii_lowercase().contains("quota") => StorageFailure::Quota,
        _ => StorageFailure::Other(format!("{name}: {message}")),
    }
}

/// A thrown DOMException's `name` and `message` (empty where missing).
pub fn error_name_and_message(err: &JsValue) -> (String, String) {
    let field = |k: &str| {
        js_sys::Reflect::get(err, &JsValue::from_str(k))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    (field("name"), field("message"))
}

fn failure(err: &JsValue) -> StorageFailure {
    let (name, message) = error_name_and_message(err);
    classify_error(&name, &message)
}

/// The storage, if the browser lets us have it. gloo's `raw()` panics when storage is
/// blocked, so availability is checked first.
fn storage() -> Result<web_sys::Storage, StorageFailure> {
    let window = web_sys::window().ok_or(StorageFailure::Blocked)?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err(StorageFailure::Blocked),
        Err(e) => Err(failure(&e)),
    }
}

pub fn read(key: &str) -> Result<Option<String>, StorageFailure> {
    storage()?.get_item(key).map_err(|e| failure(&e))
}

pub fn write(key: &str, value: &str) -> Result<(), StorageFailure> {
    storage()?.set_item(key, value).map_err(|e| failure(&e))
}

pub fn remove(key: &str) -> Result<(), StorageFailure> {
    storage()?.remove_item(key).map_err(|e| failure(&e))
}

/// Removes the workspace and its backup where versions before IndexedDB kept them,
/// once IndexedDB holds them (removing what is not there does nothing).
pub fn remove_old_layout() {
    let _ = remove(KEY_WORKSPACE);
    let _ = remove(KEY_PREVIOUS);
}

/// A value stored as JSON under `key`; `None` if absent, unreadable or blocked.
pub fn read_json<T: serde::de::DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&read(key).ok()??).ok()
}

/// Stores `value` as JSON under `key`.
pub fn write_json<T: serde::Serialize>(key: &str, value: &T) -> Result<(), StorageFailure> {
    let text = serde_json::to_string(value).map_err(|e| StorageFailure::Other(e.to_string()))?;
    write(key, &text)
}

/// The save counter other tabs left in storage (0 if none).
pub fn stored_revision() -> u64 {
    LocalStorage::get::<u64>(KEY_REVISION).unwrap_or(0)
}

pub fn write_revision(revision: u64) -> Result<(), StorageFailure> {
    write(KEY_REVISION, &revision.to_string())
}
