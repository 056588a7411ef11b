//! A workspace file cut into the records the stored workspace is made of
//! ([`super::layout`]), so that importing a file of 100,000 customers is decoded in
//! batches as a returning visit is ([`super::batched`]) instead of in one long task.
//!
//! The file is only scanned here (serde_json's `RawValue`: each member's text, not
//! its values); everything is decided by the decoder. A file whose shape is not the
//! plain one — a member twice, `data` or a chunked section that is no object or list —
//! is not cut, and is decoded in one pass, so that its error names the line and column
//! of the user's file.

use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use super::batched::{self, StoredRecords};
use super::envelope::{ImportError, Loaded};
use super::{from_json, layout};
use crate::domain::Section;

/// An object's members in their order, each value as its text; `None` if a key is there
/// twice (serde_json keeps the last, the records would keep both).
struct Members<'a>(Option<Vec<(String, &'a RawValue)>>);

impl<'de: 'a, 'a> serde::Deserialize<'de> for Members<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Each;
        impl<'de> Visitor<'de> for Each {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members: Vec<(String, &'de RawValue)> = Vec::new();
                let mut twice = false;
                while let Some((key, value)) = map.next_entry::<String, &'de RawValue>()? {
                    twice |= members.iter().any(|(k, _)| *k == key);
                    members.push((key, value));
                }
                Ok(Members((!twice).then_some(members)))
            }
        }
        d.deserialize_map(Each)
    }
}

/// The records of a workspace file, if it has the plain shape.
pub fn records_of_file(text: &str) -> Option<StoredRecords> {
    let Members(top) = serde_json::from_str(text).ok()?;
    let top = top?;
    let mut envelope = Vec::with_capacity(top.len());
    let mut data = None;
    for (key, value) in top {
        if key == "data" {
            data = Some(value);
        } else {
            envelope.push(format!(
                "{}:{}",
                serde_json::to_string(&key).ok()?,
                value.get()
            ));
        }
    }
    let Members(data) = serde_json::from_str(data?.get()).ok()?;
    envelope.push("\"data\":{}".to_string());
    let meta = format!("{{{}}}", envelope.join(","));
    let mut sections: Vec<Option<String>> = vec![None; Section::ALL.len()];
    let mut chunks: Vec<Vec<String>> = vec![Vec::new(); layout::CHUNKED.len()];
    let mut unknown = Vec::new();
    for (key, value) in data? {
        let key_text = serde_json::to_string(&key).ok()?;
        let Some(&section) = Section::ALL
            .iter()
            .find(|s| **s != Section::Unknown && s.key() == key)
        else {
            unknown.push(format!("{key_text}:{}", value.get()));
            continue;
        };
        match layout::CHUNKED.iter().position(|c| c.section == section) {
            Some(p) => {
                let items: Vec<&RawValue> = serde_json::from_str(value.get()).ok()?;
                let size = match section {
                    Section::Accounts => layout::ACCOUNTS_CHUNK,
                    _ => layout::HISTORY_CHUNK,
                };
                chunks[p] = items
                    .chunks(size)
                    .map(|c| c.iter().map(|i| i.get()).collect::<Vec<_>>().join(","))
                    .collect();
                sections[section.index()] = Some(chunks[p].len().to_string());
            }
            None => sections[section.index()] = Some(format!("{key_text}:{}", value.get())),
        }
    }
    sections[Section::Unknown.index()] = (!unknown.is_empty()).then(|| unknown.join(","));
    Some(StoredRecords {
        meta,
        sections,
        chunks,
    })
}

/// Decodes a workspace file in batches where it can, pausing with `between`; gives
/// what [`from_json`] gives for the file, errors naming the file's own lines.
pub async fn decode_file_in_batches<F, Fut>(text: &str, between: F) -> Result<Loaded, ImportError>
where
    F: FnMut(()) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    match records_of_file(text) {
        Some(records) => match batched::try_batched(&records, between).await {
            Some(loaded) => Ok(loaded),
            None => from_json(text),
        },
        None => from_json(text),
    }
}
