//! Decoding a workspace stored in IndexedDB in batches, so that a returning visit with
//! 20,000 customers and 600,000 history rows is not one long task. The accounts and the
//! history are already cut into chunk records ([`super::layout::CHUNKED`]): the envelope
//! and the other sections are read first, then one chunk at a time (parse, check the
//! JSON types, deserialize, tidy) with a pause between them, then the rules across
//! sections on the whole workspace.
//!
//! The result is the one-pass decode's ([`super::from_json`] of the records put
//! together): every step is the one-pass decode's own code, run on a part of the data.
//! Whatever the batches cannot decide alike — an older schema version (its migration
//! takes the whole `data`), a chunk that does not parse, any problem at all — falls back
//! to the one-pass decode of the whole text, so that an error names the same line,
//! item and field as before (a history still stored as one record, as before the
//! chunks, goes that way too, once: the next save writes it in chunks). Only the
//! chunked sections are special: every other section (the ones a newer version adds
//! too) is read with the envelope.

use serde_json::{Map, Value};

use super::envelope::{self, open, ImportError, Loaded, MAX_FILE_BYTES, SCHEMA_VERSION};
use super::{from_json, layout, FORMAT_NAME};
use crate::domain::history::SalesHistory;
use crate::domain::{Account, Accounts, Section, Workspace};

/// A stored workspace as its records hold it ([`super::layout`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoredRecords {
    /// The `meta` record: the envelope with an empty `data`.
    pub meta: String,
    /// Each section's record by [`Section::index`] (`None`: no record); a chunked
    /// section's record holds the number of chunks.
    pub sections: Vec<Option<String>>,
    /// Each chunked section's chunk records in name order, by position in
    /// [`layout::CHUNKED`] (missing at the end: none).
    pub chunks: Vec<Vec<String>>,
}

impl StoredRecords {
    /// The record of `section`, if there is one.
    fn section(&self, section: Section) -> Option<&str> {
        self.sections
            .get(section.index())
            .and_then(|r| r.as_deref())
    }

    /// The chunk records of the chunked section at `position` in [`layout::CHUNKED`].
    fn chunks_at(&self, position: usize) -> Vec<&str> {
        self.chunks
            .get(position)
            .map(|c| c.iter().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// Whether a chunked section is stored as one record, as versions before its chunks
    /// kept it: the next save writes it in chunks.
    pub fn old_layout(&self) -> bool {
        layout::CHUNKED
            .iter()
            .any(|c| self.section(c.section).is_some_and(layout::is_whole_member))
    }

    /// The workspace in the file format: what the one-pass decode reads, and what is
    /// kept when it cannot be read.
    pub fn text(&self) -> String {
        let parts: Vec<String> = Section::ALL
            .iter()
            .map(|&s| {
                let record = self.section(s);
                let position = layout::CHUNKED.iter().position(|c| c.section == s);
                match (position, record) {
                    (Some(p), Some(count)) => layout::CHUNKED[p].member(count, &self.chunks_at(p)),
                    (_, record) => record.unwrap_or("").to_string(),
                }
            })
            .collect();
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        layout::assemble(&self.meta, &parts)
    }
}

/// Decodes `records` as [`from_json`] decodes their text, awaiting `between(())` before
/// each chunk (accounts, then history) and before the rules across sections (the browser pauses
/// there; tests pass `std::future::ready`).
pub async fn decode_in_batches<F, Fut>(
    records: &StoredRecords,
    mut between: F,
) -> Result<Loaded, ImportError>
where
    F: FnMut(()) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    match try_batched(records, &mut between).await {
        Some(loaded) => Ok(loaded),
        None => {
            between(()).await;
            from_json(&records.text())
        }
    }
}

/// The batched decode; `None` wherever it could differ from the one-pass decode (the
/// caller decodes in one pass then: the records put together, or the file they came
/// from, [`super::file_records`]).
pub async fn try_batched<F, Fut>(records: &StoredRecords, mut between: F) -> Option<Loaded>
where
    F: FnMut(()) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    // As `layout::Chunked::member` puts each chunked section together.
    let mut chunked: Vec<Vec<&str>> = Vec::with_capacity(layout::CHUNKED.len());
    for (p, c) in layout::CHUNKED.iter().enumerate() {
        let count = match records.section(c.section) {
            None => 0,
            Some(count) => count.trim().parse::<usize>().ok()?,
        };
        let chunks = records.chunks_at(p);
        chunked.push(
            chunks
                .into_iter()
                .take(count)
                .filter(|c| !c.is_empty())
                .collect(),
        );
    }
    // The rest of the workspace: the envelope and every section not chunked.
    let rest: Vec<&str> = Section::ALL
        .iter()
        .map(|&s| match layout::chunked(s) {
            Some(_) => "",
            None => records.section(s).unwrap_or(""),
        })
        .collect();
    let head = layout::assemble(&records.meta, &rest);
    // A text near the size limit is left to the one-pass decode, which measures it.
    let size = head.len() + chunked.iter().flatten().map(|c| c.len() + 1).sum::<usize>() + 64;
    if size > MAX_FILE_BYTES {
        return None;
    }
    let mut opened = open(&head, FORMAT_NAME, SCHEMA_VERSION).ok()?;
    let data = std::mem::take(&mut opened.data);
    let in_head = layout::CHUNKED
        .iter()
        .any(|c| data.contains_key(c.section.key()));
    if opened.version != SCHEMA_VERSION || in_head {
        return None;
    }
    let mut workspace = envelope::read_sections(data).ok()?;
    let mut accounts = Vec::with_capacity(chunked[0].len() * layout::ACCOUNTS_CHUNK);
    let mut history = Vec::with_capacity(chunked[1].len() * layout::HISTORY_CHUNK);
    for (c, chunks) in layout::CHUNKED.iter().zip(&chunked) {
        for chunk in chunks {
            between(()).await;
            let mut part = read_chunk(c.section, chunk)?;
            match c.section {
                Section::Accounts => accounts.append(&mut part.accounts.0),
                _ => history.append(&mut part.history.0),
            }
        }
    }
    between(()).await;
    workspace.accounts = Accounts(accounts);
    workspace.history = SalesHistory(history);
    let workspace = envelope::complete(workspace).ok()?;
    Some(envelope::loaded(&opened, workspace))
}

/// One chunk of a chunked section (the only section of the workspace returned), checked
/// and tidied as the one-pass decode reads it.
fn read_chunk(section: Section, chunk: &str) -> Option<Workspace> {
    let text = format!("[{chunk}]");
    if section == Section::Accounts {
        if let Some(accounts) = typed_accounts(&text) {
            return Some(Workspace {
                accounts: Accounts(accounts),
                ..Workspace::default()
            });
        }
    }
    let items: Vec<Value> = serde_json::from_str(&text).ok()?;
    // Blank text between two commas would not parse in the whole text.
    if items.is_empty() {
        return None;
    }
    let mut data = Map::new();
    data.insert(section.key().to_string(), Value::Array(items));
    envelope::read_sections(data).ok()
}

/// A chunk of accounts read straight into the domain type, tidied: five times faster
/// than the checked way (a tree of JSON values, the type of every field checked, then
/// converted), which took 400 ms of a returning visit with 100,000 customers. It gives
/// the checked way's accounts whenever it reads at all: every field the checks allow
/// absent has a default, a `null` the checks drop reads as `None`, and whatever the
/// checks name as wrong (a missing name, text for a number, `null` where it is not a
/// value, a duplicate field) fails here too, and the chunk is read the checked way.
fn typed_accounts(text: &str) -> Option<Vec<Account>> {
    let mut accounts: Vec<Account> = serde_json::from_str(text).ok()?;
    if accounts.is_empty() {
        return None;
    }
    accounts.iter_mut().for_each(Account::tidy);
    Some(accounts)
}
