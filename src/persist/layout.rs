//! How the workspace lies in IndexedDB (docs/storage.md): one record per section, so
//! an edit writes only the sections it changed, and a `meta` record with the envelope
//! (format, schema version, revision, unknown members). The sections that grow large —
//! the accounts (up to 100,000) and the sales history (600,000 rows and more) — are cut
//! into chunks ([`Chunked`]): their record holds the number of chunks, and
//! `accounts.00000`, … / `history.00000`, … the items themselves, so an edit of one
//! account writes one chunk. Loading puts the records back
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

/// Accounts per chunk record: small enough to serialize in a few milliseconds.
pub const ACCOUNTS_CHUNK: usize = 2000;
/// History rows per chunk record: six short values each, so ten times the accounts'.
pub const HISTORY_CHUNK: usize = 20_000;

/// A section stored in chunks: its own record holds the number of chunks, and
/// `<prefix>00000`, `<prefix>00001`, … the items, so an edit writes only the chunks it
/// changed and a returning visit decodes one chunk per task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunked {
    pub section: Section,
    /// Items per chunk record.
    pub size: usize,
    /// The name of every chunk record of the section starts with this (and only theirs).
    pub prefix: &'static str,
}

/// The accounts, in chunks of [`ACCOUNTS_CHUNK`].
pub const ACCOUNTS: Chunked = Chunked {
    section: Section::Accounts,
    size: ACCOUNTS_CHUNK,
    prefix: "accounts.",
};
/// The sales history, in chunks of [`HISTORY_CHUNK`] rows.
pub const HISTORY: Chunked = Chunked {
    section: Section::History,
    size: HISTORY_CHUNK,
    prefix: "history.",
};
/// Every section stored in chunks.
pub const CHUNKED: [Chunked; 2] = [ACCOUNTS, HISTORY];
/// The accounts' chunk prefix (the name of every accounts chunk record starts with it).
pub const CHUNK_PREFIX: &str = ACCOUNTS.prefix;

/// How `section` is chunked, if it is.
pub fn chunked(section: Section) -> Option<Chunked> {
    CHUNKED.iter().copied().find(|c| c.section == section)
}

impl Chunked {
    /// The record of chunk `index`: zero-padded, so that the records sort in their order.
    pub fn record(self, index: usize) -> String {
        format!("{}{index:05}", self.prefix)
    }

    /// The section's member of `data` from the text of its count record and its chunk
    /// records in order. A record that is no count is either the whole section as a
    /// member (`"history":[…]`, as versions before the chunks stored it), passed on as
    /// it is, or a damaged count, passed on as the value, so the decoder names it.
    pub fn member(self, count: &str, chunks: &[&str]) -> String {
        let key = self.section.key();
        let Ok(n) = count.trim().parse::<usize>() else {
            return if is_whole_member(count) {
                count.to_string()
            } else {
                format!("\"{key}\":{count}")
            };
        };
        let items: Vec<&str> = chunks
            .iter()
            .take(n)
            .copied()
            .filter(|c| !c.is_empty())
            .collect();
        format!("\"{key}\":[{}]", items.join(","))
    }

    /// The count record and every chunk record of `items` (name, text).
    pub fn records_of<T: serde::Serialize>(self, items: &[T]) -> Vec<(String, String)> {
        let chunks: Vec<&[T]> = items.chunks(self.size).collect();
        std::iter::once((record(self.section).to_string(), chunks.len().to_string()))
            .chain(
                chunks
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (self.record(i), chunk_text(c))),
            )
            .collect()
    }
}

/// Whether a section record holds the whole section as a member (`"key":value`): the
/// layout before a section was cut into chunks. A count is a bare number.
pub fn is_whole_member(record: &str) -> bool {
    record.trim_start().starts_with('"')
}

/// The record of the accounts' chunk `index`.
pub fn chunk_record(index: usize) -> String {
    ACCOUNTS.record(index)
}

/// One chunk as its record holds it: the array's items without brackets.
pub fn chunk_text<T: serde::Serialize>(items: &[T]) -> String {
    let text = serde_json::to_string(items).expect("sections always serialize");
    text[1..text.len() - 1].to_string()
}

/// Rows serialized per task when a chunk of the history is prepared for a save: a
/// chunk of 20,000 rows took 43-53 ms in one task (profile of issue 27's import).
pub const HISTORY_PART: usize = 5_000;

/// [`chunk_text`] of `items`, made of parts of `part` items serialized one by one (each
/// part may be its own task): the same text, as the items of a JSON array are joined
/// by commas.
pub fn add_part<T: serde::Serialize>(text: &mut String, items: &[T]) {
    if items.is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push(',');
    }
    text.push_str(&chunk_text(items));
}

/// The accounts' member of `data` (see [`Chunked::member`]).
pub fn accounts_member(count: &str, chunks: &[&str]) -> String {
    ACCOUNTS.member(count, chunks)
}

/// Which chunk records a save writes and which it deletes, from the hashes of the
/// chunks' texts as stored (`None`: not known, so every chunk is written and none is
/// known to be left over) and as they are now.
pub fn chunks_to_write(stored: Option<&[u64]>, now: &[u64]) -> (Vec<usize>, Vec<usize>) {
    let Some(stored) = stored else {
        return ((0..now.len()).collect(), Vec::new());
    };
    let write = (0..now.len())
        .filter(|&i| stored.get(i) != Some(&now[i]))
        .collect();
    (write, (now.len()..stored.len().max(now.len())).collect())
}

/// Every record of a workspace but `meta` (name, text): the count and chunks of each
/// chunked section and one record for every other section.
pub fn workspace_records_of(ws: &Workspace) -> Vec<(String, String)> {
    let parts = section_parts(ws);
    let mut records = ACCOUNTS.records_of(&ws.accounts.0);
    records.extend(
        Section::ALL
            .iter()
            .filter(|&&s| s != Section::Accounts)
            .flat_map(|&s| match s {
                Section::History => HISTORY.records_of(&ws.history.0),
                s => vec![(record(s).to_string(), parts[s.index()].clone())],
            }),
    );
    records
}

/// Builds [`section_parts`] from the list of sections.
macro_rules! parts {
    ($($(#[$doc:meta])* $variant:ident $field:ident: $ty:ty,)*) => {
        /// Every section of `ws` as its record holds it, by [`Section::index`].
        pub fn section_parts(ws: &Workspace) -> Vec<String> {
            Section::ALL.iter().map(|&s| section_part(ws, s)).collect()
        }

        /// One section of `ws` as its record holds it.
        pub fn section_part(ws: &Workspace, section: Section) -> String {
            match section {
                $(Section::$variant => member(section, &ws.$field),)*
                Section::Unknown => unknown_members(&ws.extra),
            }
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

/// The workspace as a file's compact text (what [`super::to_json`] gives), serialized
/// in parts: the accounts chunk by chunk and the history part by part, `between`
/// called after each (100,000 accounts were one task of 90 ms and more).
pub async fn file_text_in_parts<F, Fut>(
    ws: &Workspace,
    app_version: &str,
    exported_at: &str,
    mut between: F,
) -> String
where
    F: FnMut(()) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let mut parts = Vec::with_capacity(Section::ALL.len());
    for section in Section::ALL {
        let mut items = String::new();
        match section {
            Section::Accounts => {
                for chunk in ws.accounts.0.chunks(ACCOUNTS_CHUNK) {
                    add_part(&mut items, chunk);
                    between(()).await;
                }
            }
            Section::History => {
                for part in ws.history.0.chunks(HISTORY_PART) {
                    add_part(&mut items, part);
                    between(()).await;
                }
            }
            s => {
                parts.push(section_part(ws, s));
                continue;
            }
        }
        parts.push(format!("\"{}\":[{items}]", section.key()));
    }
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    to_json_from_parts_with(&parts, &ws.envelope, app_version, exported_at, 0)
}
