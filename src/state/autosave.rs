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

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::store::Section;
use super::{browser, AppState, SaveStatus};
use crate::domain::Workspace;
use crate::i18n::{common::C, data::D};
use crate::persist::storage::{self, StorageFailure};
use crate::persist::{self as files, idb, layout};
use crate::APP_VERSION;

/// How long after the last change the workspace is written.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// Autosave's bookkeeping, kept outside the reactive graph.
#[derive(Clone, Copy)]
pub struct Autosave {
    /// Each section's JSON as last serialized (by `Section::index`); cleared when the
    /// section changes.
    cache: StoredValue<[Option<String>; Section::ALL.len()]>,
    /// Sections set from storage (load, reload) whose effect has not run since: their
    /// next run compares with `baseline` and saves only if something else changed.
    quiet: StoredValue<Vec<Section>>,
    /// The workspace as set from storage, until every section's effect has seen it.
    baseline: StoredValue<Option<Workspace>>,
    pub(super) known_revision: StoredValue<u64>,
    pub(super) dirty: StoredValue<bool>,
    /// Bumped on every change; a delayed save only runs if nothing changed since.
    pub(super) generation: StoredValue<u64>,
    /// Sections IndexedDB does not hold as they are in memory (by `Section::index`).
    unsaved: StoredValue<[bool; Section::ALL.len()]>,
    /// The backup of a replaced workspace, written with the next save.
    pub(super) pending_backup: StoredValue<Option<String>>,
    /// The workspace was read from local storage (an earlier version's place): the
    /// next successful save has moved it, and then the old keys are removed.
    pub(super) move_from_local: StoredValue<bool>,
    /// Writes started and not finished; the number of the last one started.
    in_flight: StoredValue<u32>,
    last_write: StoredValue<u64>,
}

impl Autosave {
    /// `in_idb`: whether IndexedDB holds `loaded` (else every section is unsaved).
    pub fn new(revision: u64, loaded: Workspace, in_idb: bool) -> Autosave {
        Autosave {
            unsaved: StoredValue::new([!in_idb; Section::ALL.len()]),
            pending_backup: StoredValue::new(None),
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
            self.baseline.set_value(None);
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
                if autosave.is_load(section, |ws| !store.differs(section, ws)) {
                    return;
                }
                autosave.unsaved.update_value(|u| u[section.index()] = true);
                self.schedule_save();
            });
        }
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
    fn refresh_cache(self, use_cache: bool) {
        let store = self.store;
        self.autosave.cache.update_value(|cache| {
            for section in Section::ALL {
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

    /// Writes the workspace now, unless saving is paused (unreadable storage, conflict).
    /// Writes every section: a change made in the same tick may not have reached its
    /// section's effect yet, so neither the cache nor the unsaved marks are trusted.
    pub fn save_now(self) {
        self.save(false);
    }

    /// Resolves once no write is under way (tests; the status shows the outcome).
    pub async fn writes_done(self) {
        while self.autosave.in_flight.try_get_value().unwrap_or(0) > 0 {
            browser::pause().await;
        }
    }

    fn save(self, use_cache: bool) {
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
        self.refresh_cache(use_cache);
        self.compare_with_file();
        let unsaved = autosave.unsaved.get_value();
        let sections: Vec<Section> = Section::ALL
            .into_iter()
            .filter(|s| !use_cache || unsaved[s.index()])
            .collect();
        let meta = self.store.envelope.with_value(|envelope| {
            layout::meta_text(envelope, APP_VERSION, &browser::now_iso(), revision)
        });
        let mut puts: Vec<(&'static str, JsValue)> = autosave.cache.with_value(|cache| {
            sections
                .iter()
                .map(|s| {
                    let text = cache[s.index()].as_deref().unwrap_or("");
                    (layout::record(*s), JsValue::from_str(text))
                })
                .collect()
        });
        puts.push((layout::META, JsValue::from_str(&meta)));
        let backup = autosave.pending_backup.get_value();
        if let Some(text) = &backup {
            puts.push((layout::PREVIOUS, JsValue::from_str(text)));
        }
        // The workspace matters more than the backup of an older one: if the quota is
        // the problem, the stored backup makes room (it stays in this tab's memory).
        let mut started = idb::write(&puts, &[]);
        if started == Err(StorageFailure::Quota) {
            puts.retain(|(name, _)| *name != layout::PREVIOUS);
            started = idb::write(&puts, &[layout::PREVIOUS]);
            if started.is_ok() {
                self.toasts.notify(self.t(D::BackupNotStored));
            }
        }
        let tx = match started {
            Ok(tx) => tx,
            // Refused at once: nothing was handed over, everything stays unsaved.
            Err(f) => {
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
                puts.retain(|(name, _)| *name != layout::PREVIOUS);
                result = match idb::write(&puts, &[layout::PREVIOUS]) {
                    Ok(tx) => idb::finished(tx).await,
                    Err(f) => Err(f),
                };
                if result.is_ok() {
                    self.toasts.notify(self.t(D::BackupNotStored));
                }
            }
            self.write_finished(write, &sections, backup, result);
        });
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
                    let _ = storage::remove(storage::KEY_WORKSPACE);
                    let _ = storage::remove(storage::KEY_PREVIOUS);
                }
                let latest = autosave.last_write.get_value() == write;
                if latest && !autosave.dirty.get_value() {
                    self.save_status.set(SaveStatus::Saved);
                }
            }
            Err(f) => {
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
    fn compare_with_file(self) {
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
        if autosave.dirty.get_value() || self.load_failure.with_untracked(Option::is_some) {
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
