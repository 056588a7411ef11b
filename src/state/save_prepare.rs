//! Saving after a replacement (an import of 100,000 customers, the sample over them)
//! without a long task (docs/storage.md): the backup of the old workspace and the
//! accounts' chunk records that differ from what IndexedDB holds are serialized in
//! batches, pausing before a task grows long, before the save's one transaction
//! starts (a transaction cannot wait for pauses: it commits when a task ends with
//! nothing left to do). An edit of one account still saves at once: only a save that
//! writes more than one chunk of accounts, or a backup, is prepared so.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;

use super::store::Section;
use super::{browser, AppState};
use crate::domain::Account;
use crate::persist::layout::{self, ACCOUNTS, ACCOUNTS_CHUNK};
use crate::APP_VERSION;

/// The accounts' records for a save, made in batches.
pub struct PreparedAccounts {
    /// `Autosave::accounts_edits` when they were made: stale after an edit.
    edits: u64,
    /// The count record and the chunks that differ from what IndexedDB held.
    puts: Vec<(String, SendWrapper<JsValue>)>,
    /// Chunks a shorter list left over.
    deletes: Vec<String>,
    /// The accounts as IndexedDB holds them once the save is written.
    next: Vec<Vec<Account>>,
}

impl AppState {
    /// Whether the save must first serialize the backup or the accounts in batches:
    /// a backup not yet serialized (a save of the accounts only with more than one
    /// chunk to write, not prepared since the last edit).
    pub(super) fn accounts_not_ready(self, accounts_unsaved: bool) -> bool {
        let autosave = self.autosave;
        if autosave.backup_unwritten.get_value() {
            return true;
        }
        if !accounts_unsaved || self.prepared_accounts_current() {
            return false;
        }
        let differing = autosave.written_chunks.with_value(|old| {
            self.store.accounts.with_untracked(|accounts| {
                accounts
                    .chunks(ACCOUNTS_CHUNK)
                    .enumerate()
                    .filter(|(i, chunk)| {
                        old.as_ref()
                            .and_then(|o| o.get(*i))
                            .is_none_or(|same| same.as_slice() != *chunk)
                    })
                    .take(2)
                    .count()
            })
        });
        differing > 1
    }

    fn prepared_accounts_current(self) -> bool {
        let autosave = self.autosave;
        let edits = autosave.accounts_edits.get_value();
        autosave
            .accounts_prepared
            .with_value(|p| p.as_ref().is_some_and(|p| p.edits == edits))
    }

    /// Serializes the backup (if one is waiting) and the accounts in batches, then
    /// saves. An edit of the accounts meanwhile starts their part over. A second call
    /// while one runs does nothing: the running one saves when done.
    pub(super) fn prepare_accounts_then_save(self) {
        let autosave = self.autosave;
        if autosave.accounts_preparing.get_value() {
            return;
        }
        autosave.accounts_preparing.set_value(true);
        leptos::task::spawn_local(async move {
            let pacer = browser::Pacer::new();
            browser::pause().await;
            if autosave.backup_unwritten.try_get_value() == Some(true) {
                match self.backup.try_get_untracked() {
                    // The owner is gone (tests, unmount).
                    None => return,
                    Some(None) => autosave.backup_unwritten.set_value(false),
                    Some(Some(backup)) => {
                        let now = browser::now_iso();
                        let text = layout::file_text_in_parts(&backup, APP_VERSION, &now, |_| {
                            pacer.step()
                        })
                        .await;
                        // Still the backup to write (another replacement meanwhile made
                        // another one; a direct save may have written it).
                        let same = self.backup.try_with_untracked(|b| {
                            b.as_ref()
                                .is_some_and(|b| std::sync::Arc::ptr_eq(b, &backup))
                        });
                        if same == Some(true) && autosave.backup_unwritten.get_value() {
                            autosave.pending_backup.set_value(Some(text));
                            autosave.backup_unwritten.set_value(false);
                        }
                    }
                }
            }
            let unsaved = move || {
                autosave
                    .unsaved
                    .try_with_value(|u| u[Section::Accounts.index()])
            };
            // An edit meanwhile gives no records: the loop starts over (and ends once
            // the owner is gone).
            while unsaved() == Some(true) && !self.prepared_accounts_current() {
                let Some(prepared) = self.accounts_in_batches(&pacer).await else {
                    continue;
                };
                autosave.accounts_prepared.set_value(Some(prepared));
            }
            // try_: the owner may be gone (tests, unmount) by now.
            if autosave
                .accounts_preparing
                .try_update_value(|p| *p = false)
                .is_some()
                && autosave.dirty.get_value()
            {
                self.save(true);
            }
        });
    }

    /// The accounts' records compared with what IndexedDB holds, one chunk per step;
    /// `None` if an edit came in between or the owner is gone.
    async fn accounts_in_batches(self, pacer: &browser::Pacer) -> Option<PreparedAccounts> {
        let autosave = self.autosave;
        let accounts = self.store.accounts;
        let edits = autosave.accounts_edits.try_get_value()?;
        let count = accounts.try_with_untracked(|a| a.len().div_ceil(ACCOUNTS_CHUNK))?;
        let mut prepared = PreparedAccounts {
            edits,
            puts: vec![(
                layout::record(Section::Accounts).to_string(),
                SendWrapper::new(JsValue::from_str(&count.to_string())),
            )],
            deletes: Vec::new(),
            next: Vec::with_capacity(count),
        };
        if let Some(Some(old)) = autosave
            .written_chunks
            .try_with_value(|o| o.as_ref().map(Vec::len))
        {
            prepared.deletes = (count..old).map(|i| ACCOUNTS.record(i)).collect();
        }
        for i in 0..count {
            pacer.step().await;
            if autosave.accounts_edits.try_get_value()? != edits {
                return None;
            }
            // `None` also if the list is shorter than counted (an edit not yet counted).
            let (same, chunk) = accounts.try_with_untracked(|a| {
                let chunk = a.chunks(ACCOUNTS_CHUNK).nth(i)?;
                let same = autosave.written_chunks.with_value(|o| {
                    o.as_ref()
                        .and_then(|o| o.get(i))
                        .is_some_and(|same| same.as_slice() == chunk)
                });
                Some((same, chunk.to_vec()))
            })??;
            if !same {
                let text = layout::chunk_text(&chunk);
                prepared.puts.push((
                    ACCOUNTS.record(i),
                    SendWrapper::new(JsValue::from_str(&text)),
                ));
            }
            prepared.next.push(chunk);
        }
        Some(prepared)
    }

    /// The prepared accounts' records for this save, if they are current; what they
    /// write becomes what IndexedDB is taken to hold.
    pub(super) fn take_prepared_accounts(
        self,
        puts: &mut Vec<(String, JsValue)>,
        deletes: &mut Vec<String>,
    ) -> bool {
        let autosave = self.autosave;
        if !self.prepared_accounts_current() {
            return false;
        }
        let Some(prepared) = autosave
            .accounts_prepared
            .try_update_value(Option::take)
            .flatten()
        else {
            return false;
        };
        puts.extend(prepared.puts.into_iter().map(|(k, v)| (k, v.take())));
        deletes.extend(prepared.deletes);
        autosave.written_chunks.set_value(Some(prepared.next));
        true
    }
}
