//! Typed values kept as JSON inside the workspace: the key-account section, the
//! self-assessments and the entries of the settings' unknown fields (the selling center,
//! the gap rules, the client-copy marks). Kept as JSON so that only the pages that use
//! them carry the code to read them; read and written only through these shapes.
//!
//! A leaf of the domain: it names no other domain module, so that any of them (the
//! workspace, the stakeholders, the client copy) can use it without a circle.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// Unknown fields kept on round trips.
pub type Extra = Map<String, Value>;

/// Something with a map of unknown fields (the settings): the place where entries kept
/// as raw JSON live, named without naming their owner.
pub trait WithExtra {
    fn extra(&self) -> &Extra;
    fn extra_mut(&mut self) -> &mut Extra;
}

/// The entry `key` of the unknown fields, typed (`None` if absent or unreadable).
pub fn read_entry<T: DeserializeOwned>(extra: &Extra, key: &str) -> Option<T> {
    extra.get(key).and_then(|v| T::deserialize(v).ok())
}

/// Stores `value` as the entry `key`, or removes the entry when `value` is what an
/// absent entry means (`absent`), so an untouched workspace stays as it was.
pub fn write_entry<T: Serialize + ?Sized>(extra: &mut Extra, key: &str, value: &T, absent: bool) {
    if absent {
        extra.remove(key);
    } else if let Ok(v) = serde_json::to_value(value) {
        extra.insert(key.into(), v);
    }
}

/// A typed value kept in the JSON `J`: where it is (a key account's id, a settings key)
/// and how it is read and written back. Reading never fails (what cannot be read is
/// the default); writing keeps what the type does not know. The state layer gives
/// pages one reactive shape over every area (`state::typed::Typed`).
pub trait JsonArea<J>: Copy {
    type Value;
    fn read(self, json: &J) -> Self::Value;
    fn write(self, json: &mut J, value: &Self::Value);
}
