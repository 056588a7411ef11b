//! Writing to IndexedDB (see docs/storage.md and [`super::autosave`]): one transaction
//! per save with the unsaved sections (the accounts and the history by chunk), `meta` and a pending
//! backup; the status once the browser has committed it; after a failure the sections
//! are unsaved again. If the quota is the problem, the stored backup makes room.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::store::Section;
use super::{browser, AppState, SaveStatus};
use crate::domain::Account;
use crate::i18n::data::D;
use crate::persist::storage::{self, StorageFailure};
use crate::persist::{self as files, idb, layout};
use crate::APP_VERSION;

impl AppState {
    /// Writes the workspace now, unless saving is paused (unreadable storage, conflict).
    /// Writes every section: a change made in the same tick may not have reached its
    /// section's effect yet, so neither the cache nor the unsaved marks are trusted.
    pub fn save_now(self) {
        self.save(false);
    }

    /// Resolves once no write is under way, nor the history being serialized for one
    /// (tests; the status shows the outcome).
    pub async fn writes_done(self) {
        let autosave = self.autosave;
        while autosave.in_flight.try_get_value().unwrap_or(0) > 0
            || autosave.history_preparing.try_get_value() == Some(true)
            || autosave.accounts_preparing.try_get_value() == Some(true)
        {
            browser::pause().await;
        }
    }

    pub(super) fn save(self, use_cache: bool) {
        if self.load_failure.with_untracked(Option::is_some) || self.conflict.get_untracked() {
            return;
        }
        let autosave = self.autosave;
        let stored = storage::stored_revision();
        if stored != autosave.known_revision.get_value() {
            self.conflict.set(true);
            return;
        }
        // Never write what the next start could not read back.
        if let Some(problem) = self.unstorable() {
            let failure = StorageFailure::NotStorable(Box::new(problem));
            self.save_status.set(SaveStatus::Failed(failure));
            return;
        }
        let revision = stored + 1;
        let unsaved = autosave.unsaved.get_value();
        let sections: Vec<Section> = Section::ALL
            .into_iter()
            .filter(|s| !use_cache || unsaved[s.index()])
            .collect();
        // A backup, or many chunks of accounts, are serialized in batches first; that
        // ends in this save. So is a changed history.
        if use_cache && self.accounts_not_ready(sections.contains(&Section::Accounts)) {
            self.prepare_accounts_then_save();
            return;
        }
        if autosave.backup_unwritten.get_value() {
            // A direct save: the backup is serialized now, in this task.
            if let Some(backup) = self.backup.get_untracked() {
                let text = files::to_json(&backup, APP_VERSION, &browser::now_iso(), 0);
                autosave.pending_backup.set_value(Some(text));
            }
            autosave.backup_unwritten.set_value(false);
        }
        if use_cache && sections.contains(&Section::History) && self.history_not_ready() {
            self.prepare_history_then_save();
            return;
        }
        // The whole workspace is serialized only to compare it with a linked file; the
        // accounts and the history are otherwise written chunk by chunk, the other
        // sections whole.
        let others: Vec<Section> = sections
            .iter()
            .copied()
            .filter(|s| layout::chunked(*s).is_none())
            .collect();
        if self.file.with_untracked(Option::is_some) {
            self.refresh_cache(use_cache);
            self.compare_with_file();
        } else {
            self.refresh_sections(&others, use_cache);
        }
        let mut puts: Vec<(String, JsValue)> = Vec::new();
        let mut deletes: Vec<String> = Vec::new();
        if sections.contains(&Section::Accounts)
            && !(use_cache && self.take_prepared_accounts(&mut puts, &mut deletes))
        {
            self.account_chunks(&mut puts, &mut deletes);
        }
        if sections.contains(&Section::History) {
            self.history_chunks(use_cache, &mut puts, &mut deletes);
        }
        autosave.cache.with_value(|cache| {
            for s in &others {
                let text = cache[s.index()].as_deref().unwrap_or("");
                puts.push((layout::record(*s).to_string(), JsValue::from_str(text)));
            }
        });
        let meta = self.store.envelope.with_value(|envelope| {
            layout::meta_text(envelope, APP_VERSION, &browser::now_iso(), revision)
        });
        puts.push((layout::META.to_string(), JsValue::from_str(&meta)));
        let backup = autosave.pending_backup.get_value();
        if let Some(text) = &backup {
            puts.push((layout::PREVIOUS.to_string(), JsValue::from_str(text)));
        }
        let names: Vec<&str> = deletes.iter().map(String::as_str).collect();
        let mut started = idb::write(&puts, &names);
        if started == Err(StorageFailure::Quota) {
            started = self.write_without_backup(&mut puts, &deletes);
        }
        let tx = match started {
            Ok(tx) => tx,
            // Refused at once: nothing was handed over, everything stays unsaved.
            Err(f) => {
                autosave.written_chunks.set_value(None);
                autosave.history_written.set_value(None);
                self.save_status.set(SaveStatus::Failed(f));
                return;
            }
        };
        // Handed to the browser: what is in memory is on its way to storage.
        autosave
            .unsaved
            .update_value(|u| sections.iter().for_each(|s| u[s.index()] = false));
        autosave.pending_backup.set_value(None);
        autosave.dirty.set_value(false);
        if storage::write_revision(revision).is_ok() {
            autosave.known_revision.set_value(revision);
        }
        let write = autosave.last_write.get_value() + 1;
        autosave.last_write.set_value(write);
        autosave.in_flight.update_value(|n| *n += 1);
        leptos::task::spawn_local(async move {
            let mut result = idb::finished(tx).await;
            // The quota may also be found only when the transaction commits.
            if result == Err(StorageFailure::Quota) {
                result = match self.write_without_backup(&mut puts, &deletes) {
                    Ok(tx) => idb::finished(tx).await,
                    Err(f) => Err(f),
                };
            }
            self.write_finished(write, &sections, backup, result);
        });
    }

    /// A write refused for the quota, tried once more without the backup and deleting
    /// the stored one: the workspace matters more than the backup of an older one (it
    /// stays in this tab's memory, and a notice says so).
    fn write_without_backup(
        self,
        puts: &mut Vec<(String, JsValue)>,
        deletes: &[String],
    ) -> Result<web_sys::IdbTransaction, StorageFailure> {
        puts.retain(|(name, _)| name != layout::PREVIOUS);
        let mut names: Vec<&str> = deletes.iter().map(String::as_str).collect();
        names.push(layout::PREVIOUS);
        let started = idb::write(puts, &names);
        if started.is_ok() {
            self.toasts.notify(self.t(D::BackupNotStored));
        }
        started
    }

    /// The accounts' count record and the chunks that differ from what IndexedDB holds
    /// (all of them when that is not known), and the chunks a shorter list left over.
    /// What is written becomes what IndexedDB is taken to hold.
    fn account_chunks(self, puts: &mut Vec<(String, JsValue)>, deletes: &mut Vec<String>) {
        let autosave = self.autosave;
        let old = autosave
            .written_chunks
            .try_update_value(Option::take)
            .flatten();
        let next = self.store.accounts.with_untracked(|accounts| {
            let chunks: Vec<&[Account]> = accounts.chunks(layout::ACCOUNTS_CHUNK).collect();
            puts.push((
                layout::record(Section::Accounts).to_string(),
                JsValue::from_str(&chunks.len().to_string()),
            ));
            let mut old = old.map(|o| o.into_iter().map(Some).collect::<Vec<_>>());
            if let Some(old) = &old {
                deletes.extend((chunks.len()..old.len()).map(|i| layout::ACCOUNTS.record(i)));
            }
            chunks
                .iter()
                .enumerate()
                .map(|(i, chunk)| {
                    let kept = old
                        .as_mut()
                        .and_then(|o| o.get_mut(i))
                        .and_then(Option::take);
                    match kept {
                        Some(same) if same.as_slice() == *chunk => same,
                        _ => {
                            let text = layout::chunk_text(chunk);
                            puts.push((layout::ACCOUNTS.record(i), JsValue::from_str(&text)));
                            chunk.to_vec()
                        }
                    }
                })
                .collect()
        });
        autosave.written_chunks.set_value(Some(next));
    }

    /// The outcome of a write: the status, and after a failure the sections (and the
    /// backup) are unsaved again, so the next save writes them.
    fn write_finished(
        self,
        write: u64,
        sections: &[Section],
        backup: Option<String>,
        result: Result<(), StorageFailure>,
    ) {
        let autosave = self.autosave;
        // try_: the owner may be gone (tests, unmount) by the time a write ends.
        if autosave.in_flight.try_update_value(|n| *n -= 1).is_none() {
            return;
        }
        match result {
            Ok(()) => {
                if autosave.move_from_local.get_value() {
                    autosave.move_from_local.set_value(false);
                    storage::remove_old_layout();
                }
                let latest = autosave.last_write.get_value() == write;
                if latest && !autosave.dirty.get_value() {
                    self.save_status.set(SaveStatus::Saved);
                }
            }
            Err(f) => {
                autosave.written_chunks.set_value(None);
                autosave.history_written.set_value(None);
                autosave
                    .unsaved
                    .update_value(|u| sections.iter().for_each(|s| u[s.index()] = true));
                if backup.is_some() && autosave.pending_backup.with_value(Option::is_none) {
                    autosave.pending_backup.set_value(backup);
                }
                autosave.dirty.set_value(true);
                self.save_status.set(SaveStatus::Failed(f));
            }
        }
    }

    /// The first number of the workspace that JSON cannot hold (see
    /// `persist::storable`), if any.
    fn unstorable(self) -> Option<crate::domain::Problem> {
        let store = self.store;
        store
            .accounts
            .with_untracked(|a| files::storable::accounts_problem(a))
            .or_else(|| {
                store.settings.with_untracked(|s| {
                    store.value_model.with_untracked(|v| {
                        store
                            .portfolio
                            .with_untracked(|p| files::storable::settings_problem(s, v, p))
                    })
                })
            })
    }
}

/// The accounts cut as IndexedDB stores them (each account moved once).
pub(super) fn chunks_of(accounts: Vec<Account>) -> Vec<Vec<Account>> {
    let mut rest = accounts.into_iter();
    std::iter::from_fn(|| {
        let chunk: Vec<Account> = rest.by_ref().take(layout::ACCOUNTS_CHUNK).collect();
        (!chunk.is_empty()).then_some(chunk)
    })
    .collect()
}
