//! How the workspace lies in IndexedDB (docs/storage.md): one record per section, so
//! an edit writes only the sections it changed, and a `meta` record with the envelope
//! (format, schema version, revision, unknown members). Loading puts the records back
//! together into the file format, which the decoder reads as it reads any file, so a
//! stored workspace and an exported one are checked and migrated alike.

use serde_json::{Map, Value};

use super::envelope::to_json_from_parts_with;
use crate::domain::{Section, Workspace};

/// The envelope without the data.
pub const META: &str = "meta";
/// The workspace before the last replacement (import, sample, clear), in the file format.
pub const PREVIOUS: &str = "previous";
/// A stored workspace that could not be read, kept as it was.
pub const UNREADABLE: &str = "unreadable";

/// The record of one section.
pub fn record(section: Section) -> &'static str {
    match section {
        Section::Unknown => "unknown",
        s => s.key(),
    }
}

/// The records a workspace is made of: the envelope, then every section in file order.
pub fn workspace_records() -> Vec<&'static str> {
    std::iter::once(META)
        .chain(Section::ALL.iter().map(|&s| record(s)))
        .collect()
}

/// One section as it stands in the file's `data`: `"key":value`.
pub fn member(section: Section, value: &impl serde::Serialize) -> String {
    let value = serde_json::to_string(value).expect("a section always serializes");
    format!("\"{}\":{value}", section.key())
}

/// The unknown sections as members of `data` (`"a":1,"b":2`, possibly empty).
pub fn unknown_members(extra: &Map<String, Value>) -> String {
    let text = serde_json::to_string(extra).expect("JSON values always serialize");
    text[1..text.len() - 1].to_string()
}

/// Builds [`section_parts`] from the list of sections.
macro_rules! parts {
    ($($(#[$doc:meta])* $variant:ident $field:ident: $ty:ty,)*) => {
        /// Every section of `ws` as its record holds it, by [`Section::index`].
        pub fn section_parts(ws: &Workspace) -> Vec<String> {
            Section::ALL
                .iter()
                .map(|&s| match s {
                    $(Section::$variant => member(s, &ws.$field),)*
                    Section::Unknown => unknown_members(&ws.extra),
                })
                .collect()
        }
    };
}

crate::domain::problem::workspace_sections!(parts);

/// The `meta` record: the envelope with an empty `data`, which always ends the text.
pub fn meta_text(
    envelope: &Map<String, Value>,
    app_version: &str,
    saved_at: &str,
    revision: u64,
) -> String {
    to_json_from_parts_with(&[], envelope, app_version, saved_at, revision)
}

/// The workspace in the file format from its `meta` record and section records. A
/// `meta` that does not end in the empty `data` is returned as it is, so the decoder
/// names what is wrong with it.
pub fn assemble(meta: &str, parts: &[&str]) -> String {
    let Some(head) = meta.strip_suffix("{}}") else {
        return meta.to_string();
    };
    let data: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    let mut out =
        String::with_capacity(head.len() + data.iter().map(|p| p.len() + 1).sum::<usize>() + 2);
    out.push_str(head);
    out.push('{');
    out.push_str(&data.join(","));
    out.push_str("}}");
    out
}
