//! Decoding a workspace stored in IndexedDB in batches, so that a returning visit with
//! 20,000 customers is not one long task. The accounts are already cut into chunk
//! records ([`super::layout`]): the envelope and the other sections are read first, then
//! one chunk at a time (parse, check the JSON types, deserialize, tidy) with a pause
//! between them, then the rules across sections on the whole workspace.
//!
//! The result is the one-pass decode's ([`super::from_json`] of the records put
//! together): every step is the one-pass decode's own code, run on a part of the data.
//! Whatever the batches cannot decide alike — an older schema version (its migration
//! takes the whole `data`), a chunk that does not parse, any problem at all — falls back
//! to the one-pass decode of the whole text, so that an error names the same line,
//! item and field as before. Only the accounts are special: every other section (the
//! ones a newer version adds too) is read with the envelope.

use serde_json::{Map, Value};

use super::envelope::{self, open, ImportError, Loaded, MAX_FILE_BYTES, SCHEMA_VERSION};
use super::{from_json, layout, FORMAT_NAME};
use crate::domain::{Account, Accounts, Section};

/// A stored workspace as its records hold it ([`super::layout`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoredRecords {
    /// The `meta` record: the envelope with an empty `data`.
    pub meta: String,
    /// Each section's record by [`Section::index`] (`None`: no record); the accounts'
    /// record holds the number of chunks.
    pub sections: Vec<Option<String>>,
    /// The accounts' chunk records, in name order.
    pub chunks: Vec<String>,
}

impl StoredRecords {
    /// The record of `section`, if there is one.
    fn section(&self, section: Section) -> Option<&str> {
        self.sections
            .get(section.index())
            .and_then(|r| r.as_deref())
    }

    /// The workspace in the file format: what the one-pass decode reads, and what is
    /// kept when it cannot be read.
    pub fn text(&self) -> String {
        let chunks: Vec<&str> = self.chunks.iter().map(String::as_str).collect();
        let parts: Vec<String> = Section::ALL
            .iter()
            .map(|&s| match (s, self.section(s)) {
                (Section::Accounts, Some(count)) => layout::accounts_member(count, &chunks),
                (_, record) => record.unwrap_or("").to_string(),
            })
            .collect();
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        layout::assemble(&self.meta, &parts)
    }
}

/// Decodes `records` as [`from_json`] decodes their text, awaiting `between(())` before
/// each chunk of accounts and before the rules across sections (the browser pauses
/// there; tests pass `std::future::ready`).
pub async fn decode_in_batches<F, Fut>(
    records: &StoredRecords,
    mut between: F,
) -> Result<Loaded, ImportError>
where
    F: FnMut(()) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    match batched(records, &mut between).await {
        Some(loaded) => Ok(loaded),
        None => {
            between(()).await;
            from_json(&records.text())
        }
    }
}

/// The batched decode; `None` wherever it could differ from the one-pass decode.
async fn batched<F, Fut>(records: &StoredRecords, between: &mut F) -> Option<Loaded>
where
    F: FnMut(()) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    // As `layout::accounts_member` puts the accounts together.
    let count = match records.section(Section::Accounts) {
        None => 0,
        Some(count) => count.trim().parse::<usize>().ok()?,
    };
    let chunks: Vec<&str> = records
        .chunks
        .iter()
        .take(count)
        .map(String::as_str)
        .filter(|c| !c.is_empty())
        .collect();
    // The rest of the workspace: the envelope and every section but the accounts.
    let rest: Vec<&str> = Section::ALL
        .iter()
        .map(|&s| match s {
            Section::Accounts => "",
            s => records.section(s).unwrap_or(""),
        })
        .collect();
    let head = layout::assemble(&records.meta, &rest);
    // A text near the size limit is left to the one-pass decode, which measures it.
    let size = head.len() + chunks.iter().map(|c| c.len() + 1).sum::<usize>() + 32;
    if size > MAX_FILE_BYTES {
        return None;
    }
    let mut opened = open(&head, FORMAT_NAME, SCHEMA_VERSION).ok()?;
    let data = std::mem::take(&mut opened.data);
    if opened.version != SCHEMA_VERSION || data.contains_key(Section::Accounts.key()) {
        return None;
    }
    let mut workspace = envelope::read_sections(data).ok()?;
    let mut accounts: Vec<Account> = Vec::with_capacity(chunks.len() * layout::ACCOUNTS_CHUNK);
    for chunk in chunks {
        between(()).await;
        accounts.extend(read_chunk(chunk)?);
    }
    between(()).await;
    workspace.accounts = Accounts(accounts);
    let workspace = envelope::complete(workspace).ok()?;
    Some(envelope::loaded(&opened, workspace))
}

/// One chunk's accounts, checked and tidied as the one-pass decode reads them.
fn read_chunk(chunk: &str) -> Option<Vec<Account>> {
    let items: Vec<Value> = serde_json::from_str(&format!("[{chunk}]")).ok()?;
    // Blank text between two commas would not parse in the whole text.
    if items.is_empty() {
        return None;
    }
    let mut data = Map::new();
    data.insert(Section::Accounts.key().to_string(), Value::Array(items));
    Some(envelope::read_sections(data).ok()?.accounts.0)
}
