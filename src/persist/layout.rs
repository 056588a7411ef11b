//! How the workspace lies in IndexedDB (docs/storage.md): one record per section, so
//! an edit writes only the sections it changed, and a `meta` record with the envelope
//! (format, schema version, revision, unknown members). The accounts, the one section
//! that grows to 100,000 items, are cut into chunks of [`ACCOUNTS_CHUNK`]: their record
//! holds the number of chunks, and `accounts.00000`, `accounts.00001`, … the accounts
//! themselves, so an edit of one account writes one chunk. Loading puts the records back
//! together into the file format, which the decoder reads as it reads any file, so a
//! stored workspace and an exported one are checked and migrated alike.

use serde_json::{Map, Value};

use super::envelope::to_json_from_parts_with;
use crate::domain::{Account, Section, Workspace};

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

/// Accounts per chunk record: small enough to serialize in a few milliseconds.
pub const ACCOUNTS_CHUNK: usize = 2000;
/// The name of every chunk record starts with this (and only theirs).
pub const CHUNK_PREFIX: &str = "accounts.";

/// The record of the accounts' chunk `index`: zero-padded, so that the records sort
/// in their order.
pub fn chunk_record(index: usize) -> String {
    format!("{CHUNK_PREFIX}{index:05}")
}

/// One chunk of accounts as its record holds it: the array's items without brackets.
pub fn chunk_text(accounts: &[Account]) -> String {
    let text = serde_json::to_string(accounts).expect("accounts always serialize");
    text[1..text.len() - 1].to_string()
}

/// The accounts' member of `data` from the text of the count record and the chunk
/// records in order. A count that is not a number is passed on as the value, so the
/// decoder names the problem.
pub fn accounts_member(count: &str, chunks: &[&str]) -> String {
    let Ok(n) = count.trim().parse::<usize>() else {
        return format!("\"accounts\":{count}");
    };
    let items: Vec<&str> = chunks
        .iter()
        .take(n)
        .copied()
        .filter(|c| !c.is_empty())
        .collect();
    format!("\"accounts\":[{}]", items.join(","))
}

/// Every record of a workspace but `meta` (name, text): the count and chunks of the
/// accounts and one record for every other section.
pub fn workspace_records_of(ws: &Workspace) -> Vec<(String, String)> {
    let parts = section_parts(ws);
    let chunks: Vec<&[Account]> = ws.accounts.chunks(ACCOUNTS_CHUNK).collect();
    let mut records = vec![(
        record(Section::Accounts).to_string(),
        chunks.len().to_string(),
    )];
    records.extend(
        chunks
            .iter()
            .enumerate()
            .map(|(i, c)| (chunk_record(i), chunk_text(c))),
    );
    records.extend(
        Section::ALL
            .iter()
            .filter(|&&s| s != Section::Accounts)
            .map(|&s| (record(s).to_string(), parts[s.index()].clone())),
    );
    records
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
