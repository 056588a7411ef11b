//! Saving the sales history in chunk records (docs/storage.md): 600,000 rows serialize
//! in far more than 50 ms, so autosave serializes them one chunk per task, with a pause
//! between, before the save's one transaction starts (a transaction cannot wait for
//! pauses: it commits when a task ends with nothing left to do). Only the chunks whose
//! text differs from what IndexedDB holds (compared by hash) are put.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::store::Section;
use super::{browser, AppState};
use crate::domain::history::SalesRecord;
use crate::persist::layout::{self, HISTORY};

/// The history serialized chunk by chunk, ready for a save's transaction.
#[derive(Debug, Clone, Default)]
pub struct PreparedChunks {
    pub texts: Vec<String>,
    /// The hash of each text (what the next save compares with).
    pub hashes: Vec<u64>,
}

impl PreparedChunks {
    fn push(&mut self, text: String) {
        self.hashes
            .push(super::file::content_hash(std::iter::once(text.as_str())));
        self.texts.push(text);
    }
}

/// The rows of chunk `index` of `history`.
fn chunk(history: &[SalesRecord], index: usize) -> &[SalesRecord] {
    let start = (index * HISTORY.size).min(history.len());
    &history[start..(start + HISTORY.size).min(history.len())]
}

impl AppState {
    /// Whether the history must be serialized in batches before the save can write:
    /// not yet prepared, and more than one chunk (one is serialized with the save, so a
    /// small history saves as soon as before).
    pub(super) fn history_not_ready(self) -> bool {
        self.autosave.history_prepared.with_value(Option::is_none)
            && self
                .store
                .history
                .with_untracked(|h| h.len() > HISTORY.size)
    }

    /// Serializes the history one chunk per task, then saves. An edit of the history
    /// meanwhile starts it over (the chunks must be one version of it). A second call
    /// while one runs does nothing: the running one saves when done.
    pub(super) fn prepare_history_then_save(self) {
        let autosave = self.autosave;
        if autosave.history_preparing.get_value() {
            return;
        }
        autosave.history_preparing.set_value(true);
        let history = self.store.history;
        leptos::task::spawn_local(async move {
            'again: loop {
                let Some(edits) = autosave.history_edits.try_get_value() else {
                    return;
                };
                let count = history.with_untracked(|h| h.len().div_ceil(HISTORY.size));
                let mut prepared = PreparedChunks::default();
                for index in 0..count {
                    // A chunk in parts, one task each (a whole chunk is ~50 ms).
                    let mut text = String::new();
                    let Some(len) = history.try_with_untracked(|h| chunk(h, index).len()) else {
                        return;
                    };
                    for part in 0..len.div_ceil(layout::HISTORY_PART) {
                        browser::pause().await;
                        if autosave.history_edits.try_get_value() != Some(edits) {
                            continue 'again;
                        }
                        let Some(()) = history.try_with_untracked(|h| {
                            let rows = chunk(h, index);
                            let start = (part * layout::HISTORY_PART).min(rows.len());
                            let end = (start + layout::HISTORY_PART).min(rows.len());
                            layout::add_part(&mut text, &rows[start..end]);
                        }) else {
                            return;
                        };
                    }
                    prepared.push(text);
                }
                autosave.history_prepared.set_value(Some(prepared));
                break;
            }
            autosave.history_preparing.set_value(false);
            // try_: the owner may be gone (tests, unmount) by now.
            if autosave.dirty.try_get_value() == Some(true) {
                self.save(true);
            }
        });
    }

    /// Adds the history's count record and its changed chunks to a save, and deletes
    /// the chunks a shorter history left over. With `use_cache`, the chunks prepared in
    /// batches are used; otherwise (a direct save) they are serialized now.
    pub(super) fn history_chunks(
        self,
        use_cache: bool,
        puts: &mut Vec<(String, JsValue)>,
        deletes: &mut Vec<String>,
    ) {
        let autosave = self.autosave;
        let prepared = autosave
            .history_prepared
            .try_update_value(Option::take)
            .flatten()
            .filter(|_| use_cache);
        let mut prepared = prepared.unwrap_or_else(|| {
            self.store.history.with_untracked(|h| {
                let mut p = PreparedChunks::default();
                (0..h.len().div_ceil(HISTORY.size))
                    .for_each(|i| p.push(layout::chunk_text(chunk(h, i))));
                p
            })
        });
        let stored = autosave
            .history_written
            .try_update_value(Option::take)
            .flatten();
        let (write, gone) = layout::chunks_to_write(stored.as_deref(), &prepared.hashes);
        puts.push((
            layout::record(Section::History).to_string(),
            JsValue::from_str(&prepared.hashes.len().to_string()),
        ));
        for i in write {
            let text = std::mem::take(&mut prepared.texts[i]);
            puts.push((HISTORY.record(i), JsValue::from_str(&text)));
        }
        deletes.extend(gone.into_iter().map(|i| HISTORY.record(i)));
        autosave.history_written.set_value(Some(prepared.hashes));
    }
}
