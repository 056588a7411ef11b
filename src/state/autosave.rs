//! Saving to IndexedDB, and what keeps it safe (see docs/storage.md):
//! - each section is watched on its own; a change invalidates only that section's
//!   cached JSON, marks it unsaved and schedules one save 0.4 s after the last change;
//! - a save writes the unsaved sections and the envelope (`meta`) in one transaction,
//!   so a quota error or a crash never leaves a mix of old and new sections; a
//!   replacement writes every section and the backup of the old workspace in the same
//!   transaction;
//! - a stored workspace that cannot be read is never overwritten;
//! - a save counter in local storage tells a tab that another tab wrote newer data
//!   (its `storage` event reaches the other tabs; IndexedDB has no such event).
//!
//! The write itself (records, transaction, outcome) is in `save.rs`.

use std::time::Duration;

use leptos::prelude::*;

use super::save::chunks_of;
use super::store::Section;
use super::{browser, AppState, SaveStatus};
use crate::domain::{Account, Workspace};
use crate::i18n::common::C;
use crate::persist::storage;
use crate::persist::{self as files};
use crate::APP_VERSION;

/// How long after the last change the workspace is written.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// Autosave's bookkeeping, kept outside the reactive graph.
#[derive(Clone, Copy)]
pub struct Autosave {
    /// Each section's JSON as last serialized (by `Section::index`); cleared when the
    /// section changes.
    pub(super) cache: StoredValue<[Option<String>; Section::ALL.len()]>,
    /// Sections set from storage (load, reload) whose effect has not run since: their
    /// next run compares with `baseline` and saves only if something else changed.
    pub(super) quiet: StoredValue<Vec<Section>>,
    /// The workspace as set from storage, until every section's effect has seen it.
    pub(super) baseline: StoredValue<Option<Workspace>>,
    pub(super) known_revision: StoredValue<u64>,
    pub(super) dirty: StoredValue<bool>,
    /// Bumped on every change; a delayed save only runs if nothing changed since.
    pub(super) generation: StoredValue<u64>,
    /// Sections IndexedDB does not hold as they are in memory (by `Section::index`).
    pub(super) unsaved: StoredValue<[bool; Section::ALL.len()]>,
    /// The backup of a replaced workspace, written with the next save.
    pub(super) pending_backup: StoredValue<Option<String>>,
    /// A replacement kept the old workspace (`AppState::backup`) and its text is not
    /// made yet: the next save serializes it into `pending_backup` first.
    pub(super) backup_unwritten: StoredValue<bool>,
    /// The accounts' records serialized in batches for the next save (cleared by an
    /// edit of the accounts).
    pub(super) accounts_prepared: StoredValue<Option<super::save_prepare::PreparedAccounts>>,
    /// Counts the accounts' edits: preparing them in batches starts over after one.
    pub(super) accounts_edits: StoredValue<u64>,
    /// The backup and the accounts are being serialized in batches.
    pub(super) accounts_preparing: StoredValue<bool>,
    /// The workspace was read from local storage (an earlier version's place): the
    /// next successful save has moved it, and then the old keys are removed.
    pub(super) move_from_local: StoredValue<bool>,
    /// The accounts as IndexedDB holds them, chunk by chunk (`None`: not known, so the
    /// next save writes every chunk). A save writes only the chunks that differ.
    pub(super) written_chunks: StoredValue<Option<Vec<Vec<Account>>>>,
    /// The hashes of the history's chunk records as IndexedDB holds them (`None`: not
    /// known, so the next save writes every chunk).
    pub(super) history_written: StoredValue<Option<Vec<u64>>>,
    /// The history serialized in batches for the next save (cleared by an edit).
    pub(super) history_prepared: StoredValue<Option<super::save_history::PreparedChunks>>,
    /// Counts the history's edits: serializing it in batches starts over after one.
    pub(super) history_edits: StoredValue<u64>,
    /// The history is being serialized in batches.
    pub(super) history_preparing: StoredValue<bool>,
    /// IndexedDB holds `baseline`: once every section has seen it, its accounts become
    /// `written_chunks`.
    chunks_from_baseline: StoredValue<bool>,
    /// Writes started and not finished; the number of the last one started.
    pub(super) in_flight: StoredValue<u32>,
    pub(super) last_write: StoredValue<u64>,
}

impl Autosave {
    /// `in_idb`: whether IndexedDB holds `loaded` (else every section is unsaved).
    pub fn new(revision: u64, loaded: Workspace, in_idb: bool) -> Autosave {
        Autosave {
            unsaved: StoredValue::new([!in_idb; Section::ALL.len()]),
            written_chunks: StoredValue::new(None),
            history_written: StoredValue::new(None),
            history_prepared: StoredValue::new(None),
            history_edits: StoredValue::new(0),
            history_preparing: StoredValue::new(false),
            chunks_from_baseline: StoredValue::new(in_idb),
            pending_backup: StoredValue::new(None),
            backup_unwritten: StoredValue::new(false),
            accounts_prepared: StoredValue::new(None),
            accounts_edits: StoredValue::new(0),
            accounts_preparing: StoredValue::new(false),
            move_from_local: StoredValue::new(false),
            in_flight: StoredValue::new(0),
            last_write: StoredValue::new(0),
            cache: StoredValue::new(Default::default()),
            quiet: StoredValue::new(Section::ALL.to_vec()),
            baseline: StoredValue::new(Some(loaded)),
            known_revision: StoredValue::new(revision),
            dirty: StoredValue::new(false),
            generation: StoredValue::new(0),
        }
    }

    /// The next change notification of every section comes from storage, not the user.
    pub(super) fn expect_load(self, loaded: Workspace) {
        self.quiet.set_value(Section::ALL.to_vec());
        self.baseline.set_value(Some(loaded));
        self.cache.set_value(Default::default());
        self.unsaved.set_value(Default::default());
        self.pending_backup.set_value(None);
        self.backup_unwritten.set_value(false);
        self.accounts_prepared.set_value(None);
        self.written_chunks.set_value(None);
        self.history_written.set_value(None);
        self.history_prepared.set_value(None);
        self.chunks_from_baseline.set_value(true);
    }

    /// Whether this run of `section`'s effect only reflects what storage set.
    fn is_load(self, section: Section, unchanged: impl Fn(&Workspace) -> bool) -> bool {
        let was_quiet = self
            .quiet
            .try_update_value(|q| {
                let before = q.len();
                q.retain(|s| *s != section);
                (q.len() != before, q.is_empty())
            })
            .unwrap_or((false, false));
        let (was_quiet, all_seen) = was_quiet;
        let same = was_quiet
            && self
                .baseline
                .with_value(|b| b.as_ref().is_some_and(&unchanged));
        if all_seen {
            // What storage holds, now no longer needed for comparing: its accounts
            // become the stored chunks (moved, not copied; a save before this writes
            // every chunk).
            let loaded = self.baseline.try_update_value(Option::take).flatten();
            if let Some(ws) = loaded.filter(|_| self.chunks_from_baseline.get_value()) {
                self.written_chunks
                    .set_value(Some(chunks_of(ws.accounts.0)));
            }
            self.chunks_from_baseline.set_value(false);
        }
        same
    }
}

impl AppState {
    /// One effect per section: a change marks the section for re-serialization and
    /// schedules a save.
    pub(super) fn watch_sections(self) {
        let store = self.store;
        for section in Section::ALL {
            Effect::new(move |_| {
                store.track(section);
                let autosave = self.autosave;
                autosave.cache.update_value(|c| c[section.index()] = None);
                if section == Section::History {
                    autosave.history_prepared.set_value(None);
                    autosave.history_edits.update_value(|n| *n += 1);
                }
                if section == Section::Accounts {
                    autosave.accounts_prepared.set_value(None);
                    autosave.accounts_edits.update_value(|n| *n += 1);
                }
                if autosave.is_load(section, |ws| !store.differs(section, ws)) {
                    return;
                }
                autosave.unsaved.update_value(|u| u[section.index()] = true);
                self.schedule_save();
            });
        }
    }

    /// The chunked sections were stored as one record each (an older layout): the next
    /// save writes them in chunks.
    pub(super) fn rewrite_chunked(self) {
        self.autosave.unsaved.update_value(|u| {
            crate::persist::layout::CHUNKED
                .iter()
                .for_each(|c| u[c.section.index()] = true)
        });
        self.schedule_save();
    }

    fn schedule_save(self) {
        let autosave = self.autosave;
        autosave.dirty.set_value(true);
        self.save_status.set(SaveStatus::Pending);
        let generation = autosave.generation.get_value() + 1;
        autosave.generation.set_value(generation);
        set_timeout(
            move || {
                // try_: the owner may be gone (tests, unmount) by the time it fires.
                if autosave.generation.try_get_value() == Some(generation) {
                    // Every section effect has run by now (effects run before timers),
                    // so the cached JSON is current.
                    self.save(true);
                }
            },
            SAVE_DELAY,
        );
    }

    /// The sections whose JSON is cached (not re-serialized by the next save).
    pub fn cached_sections(self) -> Vec<Section> {
        self.autosave.cache.with_value(|c| {
            Section::ALL
                .into_iter()
                .filter(|s| c[s.index()].is_some())
                .collect()
        })
    }

    /// Brings the cache up to date: with `use_cache`, only sections without cached
    /// JSON are serialized; without, every section is.
    pub(super) fn refresh_cache(self, use_cache: bool) {
        self.refresh_sections(&Section::ALL, use_cache);
    }

    /// [`refresh_cache`](Self::refresh_cache) for some sections.
    pub(super) fn refresh_sections(self, sections: &[Section], use_cache: bool) {
        let store = self.store;
        self.autosave.cache.update_value(|cache| {
            for &section in sections {
                let slot = &mut cache[section.index()];
                if !use_cache || slot.is_none() {
                    *slot = Some(store.section_json(section));
                }
            }
        });
    }

    /// The workspace in the file format, every section serialized now.
    fn stored_text(self, revision: u64) -> String {
        self.refresh_cache(false);
        let store = self.store;
        self.autosave.cache.with_value(|cache| {
            let parts: Vec<&str> = cache.iter().map(|p| p.as_deref().unwrap_or("")).collect();
            store.envelope.with_value(|envelope| {
                let now = browser::now_iso();
                files::to_json_from_parts_with(&parts, envelope, APP_VERSION, &now, revision)
            })
        })
    }

    /// The workspace as a file (export, Save): the envelope, indented. Serializes
    /// every section now.
    pub fn workspace_file(self) -> String {
        // Compact from Rust, indented by the browser: a second (pretty) serializer of
        // every section would cost the main module ~3 KB gzip.
        browser::indent_json(&self.stored_text(0))
    }

    /// [`workspace_file`](Self::workspace_file) and its
    /// [`content_hash`](super::file::content_hash), for Save.
    pub fn file_text(self) -> (String, u64) {
        let text = self.workspace_file();
        (text, self.cached_content_hash())
    }

    fn cached_content_hash(self) -> u64 {
        self.autosave
            .cache
            .with_value(|c| super::file::content_hash(c.iter().map(|p| p.as_deref().unwrap_or(""))))
    }

    /// Whether the workspace still matches the linked file (run at every save, when
    /// the cache holds every section).
    pub(super) fn compare_with_file(self) {
        let Some(saved) = self.file.with_untracked(|f| f.as_ref().map(|f| f.content)) else {
            return;
        };
        let changed = self.cached_content_hash() != saved;
        if self.file.with_untracked(|f| f.as_ref().map(|f| f.changed)) != Some(changed) {
            self.file.update(|f| {
                if let Some(f) = f {
                    f.changed = changed;
                    let _ = storage::write(super::file::KEY_FILE, &f.stored_text());
                }
            });
        }
    }

    /// Links the workspace to a file whose content is the workspace as it is now
    /// (just opened, or just written), and remembers the link for a reload.
    pub fn link_file(self, name: String, handle: Option<wasm_bindgen::JsValue>, content: u64) {
        let link = super::FileLink {
            name,
            handle: handle.map(send_wrapper::SendWrapper::new),
            content,
            changed: false,
        };
        let _ = storage::write(super::file::KEY_FILE, &link.stored_text());
        self.file.set(Some(link));
    }

    /// Forgets the linked file: the workspace was replaced by something else (an
    /// import, the sample, clearing, the backup), and Save must not write that over it.
    pub fn unlink_file(self) {
        if self.file.with_untracked(Option::is_some) {
            let _ = storage::remove(super::file::KEY_FILE);
            self.file.set(None);
        }
    }

    /// The content hash of the workspace as it is now (after a replacement, before
    /// autosave has serialized it).
    pub fn current_content_hash(self) -> u64 {
        let store = self.store;
        let parts: Vec<String> = Section::ALL
            .iter()
            .map(|&s| store.section_json(s))
            .collect();
        super::file::content_hash(parts.iter().map(String::as_str))
    }

    pub(super) fn other_tab_saved(self) {
        let autosave = self.autosave;
        if storage::stored_revision() == autosave.known_revision.get_value() {
            return;
        }
        // A field being typed in holds text not yet in the workspace: reloading would
        // wipe it, so the user is asked as for unsaved changes.
        if autosave.dirty.get_value()
            || self.load_failure.with_untracked(Option::is_some)
            || browser::typing()
        {
            self.conflict.set(true);
        } else {
            self.reload_from_storage(true);
        }
    }

    /// Replaces the in-memory workspace with the stored one (decoded in its chunk, so
    /// asynchronously); an unreadable one is reported instead. `tell` says so in a toast.
    fn reload_from_storage(self, tell: bool) {
        // Cancel a save still pending from the edits this replaces.
        self.autosave.generation.update_value(|g| *g += 1);
        let generation = self.autosave.generation.get_value();
        leptos::task::spawn_local(async move {
            let Ok(read) = super::Stored::read_workspace().await else {
                self.toasts.notify(self.t(C::ChunkFailed));
                return;
            };
            let autosave = self.autosave;
            // An edit made while the chunk loaded (it schedules a save, a new generation)
            // is not dropped silently: the conflict banner offers both.
            if autosave.generation.get_value() != generation {
                self.conflict.set(true);
                return;
            }
            match read {
                Ok(loaded) => {
                    let ws = loaded.map(|l| l.workspace).unwrap_or_default();
                    autosave.expect_load(ws.clone());
                    autosave
                        .known_revision
                        .set_value(storage::stored_revision());
                    self.store.replace(ws);
                    autosave.dirty.set_value(false);
                    self.save_status.set(SaveStatus::Saved);
                    if tell {
                        self.toasts.notify(self.t(C::ReloadedFromOtherTab));
                    }
                }
                Err(f) => self.load_failure.set(Some(f)),
            }
        });
    }

    /// Conflict: take the other tab's data.
    pub fn take_other_tab(self) {
        self.conflict.set(false);
        self.reload_from_storage(false);
    }

    /// Conflict: keep this tab's data and write it over the other tab's.
    pub fn keep_this_tab(self) {
        self.autosave
            .known_revision
            .set_value(storage::stored_revision());
        self.conflict.set(false);
        self.save_now();
    }

    /// After an unreadable stored workspace: go on with an empty one. The unreadable
    /// text stays under its backup key.
    pub fn start_fresh(self) {
        self.load_failure.set(None);
        self.autosave
            .known_revision
            .set_value(storage::stored_revision());
        self.store.replace(Default::default());
        self.save_now();
    }
}
