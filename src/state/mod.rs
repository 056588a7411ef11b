//! The reactive store: the workspace and UI state as signals, provided through context,
//! and the one place that talks to local storage.
//!
//! Rules this module keeps (see README "Storage"):
//! - a stored workspace that cannot be read is never overwritten: its text is copied to
//!   a backup key and saving stays off until the user decides;
//! - every failed write is shown, and the data stays in memory for export;
//! - a save counter in storage tells a tab that another tab wrote newer data; it then
//!   reloads (if it has nothing unsaved) or asks.

pub mod browser;
pub mod route;

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::sample::sample_workspace;
use crate::domain::{abc_analysis, AbcResult, Account, Workspace};
use crate::i18n::{accounts::A, common::C, data::D, fill, Lang};
use crate::persist::storage::{self, StorageFailure};
use crate::persist::{self as files};
use crate::APP_VERSION;
pub use route::Route;

/// How long after the last change the workspace is written.
const SAVE_DELAY: Duration = Duration::from_millis(400);
const TOAST_TIME: Duration = Duration::from_secs(8);

#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Saved,
    Pending,
    Failed(StorageFailure),
}

/// The stored workspace could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadFailure {
    /// What is wrong with it; shown in the UI language.
    pub error: files::ImportError,
    pub raw: String,
    /// Whether the raw text was copied to the backup key.
    pub backed_up: bool,
}

/// What an undo puts back.
#[derive(Debug, Clone, PartialEq)]
pub enum Undo {
    RestoreAccount(usize, Box<Account>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub text: String,
    pub undo: Option<Undo>,
    id: u64,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub save_status: RwSignal<SaveStatus>,
    pub load_failure: RwSignal<Option<LoadFailure>>,
    pub conflict: RwSignal<bool>,
    pub toast: RwSignal<Option<Toast>>,
    /// The workspace before the last replacement (import, sample, clear).
    pub backup: RwSignal<Option<Workspace>>,
    /// The ABC analysis with the workspace's settings; shared by the register and the
    /// Pareto page.
    pub abc: Memo<AbcResult>,
    known_revision: StoredValue<u64>,
    dirty: StoredValue<bool>,
    /// Bumped on every change; a delayed save only runs if nothing changed since.
    generation: StoredValue<u64>,
    /// The workspace as just loaded from storage: the next autosave run skips writing
    /// it back if nothing changed since (a change made before that run is still saved).
    loaded: StoredValue<Option<Workspace>>,
}

/// `prefix-2026-11-21.json`, dated today.
fn dated_file_name(prefix: &str) -> String {
    let now = browser::now_iso();
    format!("{prefix}-{}.json", now.get(..10).unwrap_or(&now))
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

fn read_stored_workspace() -> Result<Option<files::Loaded>, LoadFailure> {
    match storage::read(storage::KEY_WORKSPACE) {
        Ok(None) => Ok(None),
        Ok(Some(raw)) => match files::from_json(&raw) {
            Ok(loaded) => Ok(Some(loaded)),
            Err(e) => {
                // Keep the unreadable text under its own key before anything else runs.
                let backed_up = match storage::read(storage::KEY_UNREADABLE) {
                    Ok(Some(existing)) if existing == raw => true,
                    _ => storage::write(storage::KEY_UNREADABLE, &raw).is_ok(),
                };
                Err(LoadFailure {
                    error: e,
                    raw,
                    backed_up,
                })
            }
        },
        Err(_) => Ok(None),
    }
}

impl AppState {
    /// Loads what is stored and wires saving, other tabs and routing. Call once, at the
    /// root, inside a reactive owner.
    pub fn init() -> AppState {
        let lang = storage::read(storage::KEY_LANG)
            .ok()
            .flatten()
            .and_then(|c| Lang::from_code(&c))
            .or_else(|| Lang::from_code(&browser::browser_language()))
            .unwrap_or_default();
        let (workspace, load_failure) = match read_stored_workspace() {
            Ok(Some(l)) => (l.workspace, None),
            Ok(None) => (Workspace::default(), None),
            Err(f) => (Workspace::default(), Some(f)),
        };
        // What `save_now` compares with: the counter in storage as this tab found it.
        let revision = storage::stored_revision();
        let backup = storage::read(storage::KEY_PREVIOUS)
            .ok()
            .flatten()
            .and_then(|raw| files::from_json(&raw).ok())
            .map(|l| l.workspace);
        let loaded = StoredValue::new(Some(workspace.clone()));
        let workspace = RwSignal::new(workspace);
        let abc = Memo::new(move |_| {
            workspace.with(|ws| {
                abc_analysis(
                    &ws.accounts,
                    ws.settings.abc.measure,
                    ws.settings.abc.thresholds(),
                )
            })
        });
        let state = AppState {
            workspace,
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::parse(&browser::current_hash())),
            save_status: RwSignal::new(SaveStatus::Saved),
            load_failure: RwSignal::new(load_failure),
            conflict: RwSignal::new(false),
            toast: RwSignal::new(None),
            backup: RwSignal::new(backup),
            abc,
            known_revision: StoredValue::new(revision),
            dirty: StoredValue::new(false),
            generation: StoredValue::new(0),
            loaded,
        };
        provide_context(state);
        provide_context(state.lang);
        state.wire();
        state
    }

    fn wire(self) {
        // Autosave: every change schedules a save; only the last one in a burst writes.
        Effect::new(move |_| {
            self.workspace.track();
            if let Some(loaded) = self.loaded.try_update_value(Option::take).flatten() {
                if self.workspace.with_untracked(|ws| *ws == loaded) {
                    return;
                }
            }
            self.dirty.set_value(true);
            self.save_status.set(SaveStatus::Pending);
            let generation = self.generation.get_value() + 1;
            self.generation.set_value(generation);
            set_timeout(
                move || {
                    // try_: the owner may be gone (tests, unmount) by the time it fires.
                    if self.generation.try_get_value() == Some(generation) {
                        self.save_now();
                    }
                },
                SAVE_DELAY,
            );
        });
        Effect::new(move |_| {
            let lang = self.lang.get();
            let _ = storage::write(storage::KEY_LANG, lang.code());
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.set_attribute("lang", lang.code());
            }
        });
        let on_hash = window_event_listener_untyped("hashchange", move |_| {
            self.route.set(Route::parse(&browser::current_hash()));
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        });
        // Closing or reloading the tab must not lose the last keystrokes.
        let on_hide = window_event_listener_untyped("pagehide", move |_| {
            if self.dirty.get_value() {
                self.save_now();
            }
        });
        let on_storage = window_event_listener(leptos::ev::storage, move |e| {
            if e.key().as_deref() == Some(storage::KEY_REVISION) {
                self.other_tab_saved();
            }
        });
        on_cleanup(move || {
            on_hash.remove();
            on_hide.remove();
            on_storage.remove();
        });
    }

    /// Writes the workspace now, unless saving is paused (unreadable storage, conflict).
    pub fn save_now(self) {
        if self.load_failure.with_untracked(Option::is_some) || self.conflict.get_untracked() {
            return;
        }
        let stored = storage::stored_revision();
        if stored != self.known_revision.get_value() {
            self.conflict.set(true);
            return;
        }
        let revision = stored + 1;
        let text = self
            .workspace
            .with_untracked(|ws| files::to_json(ws, APP_VERSION, &browser::now_iso(), revision));
        let mut result = storage::write(storage::KEY_WORKSPACE, &text);
        // The workspace matters more than the backup of an older one: if the quota is
        // the problem, the stored backup makes room (it stays in this tab's memory).
        if result == Err(StorageFailure::Quota)
            && matches!(storage::read(storage::KEY_PREVIOUS), Ok(Some(_)))
            && storage::remove(storage::KEY_PREVIOUS).is_ok()
        {
            self.notify(self.t(D::BackupNotStored).into(), None);
            result = storage::write(storage::KEY_WORKSPACE, &text);
        }
        let result = result.and_then(|_| storage::write_revision(revision));
        match result {
            Ok(()) => {
                self.known_revision.set_value(revision);
                self.dirty.set_value(false);
                self.save_status.set(SaveStatus::Saved);
            }
            Err(f) => self.save_status.set(SaveStatus::Failed(f)),
        }
    }

    fn other_tab_saved(self) {
        if storage::stored_revision() == self.known_revision.get_value() {
            return;
        }
        if self.dirty.get_value() || self.load_failure.with_untracked(Option::is_some) {
            self.conflict.set(true);
        } else if self.reload_from_storage() {
            self.notify(self.t(C::ReloadedFromOtherTab).into(), None);
        }
    }

    /// Replaces the in-memory workspace with the stored one. False if it is unreadable.
    fn reload_from_storage(self) -> bool {
        match read_stored_workspace() {
            Ok(loaded) => {
                let ws = loaded.map(|l| l.workspace).unwrap_or_default();
                // Cancel a save still pending from the edits this replaces.
                self.generation.update_value(|g| *g += 1);
                self.loaded.set_value(Some(ws.clone()));
                self.known_revision.set_value(storage::stored_revision());
                self.workspace.set(ws);
                self.dirty.set_value(false);
                self.save_status.set(SaveStatus::Saved);
                true
            }
            Err(f) => {
                self.load_failure.set(Some(f));
                false
            }
        }
    }

    /// Conflict: take the other tab's data.
    pub fn take_other_tab(self) {
        self.conflict.set(false);
        self.reload_from_storage();
    }

    /// Conflict: keep this tab's data and write it over the other tab's.
    pub fn keep_this_tab(self) {
        self.known_revision.set_value(storage::stored_revision());
        self.conflict.set(false);
        self.save_now();
    }

    /// After an unreadable stored workspace: go on with an empty one. The unreadable
    /// text stays under its backup key.
    pub fn start_fresh(self) {
        self.load_failure.set(None);
        self.known_revision.set_value(storage::stored_revision());
        self.workspace.set(Workspace::default());
        self.save_now();
    }

    pub fn t(self, key: impl crate::i18n::Text) -> &'static str {
        self.lang.get_untracked().t(key)
    }

    pub fn notify(self, text: String, undo: Option<Undo>) {
        let id = self
            .toast
            .with_untracked(|t| t.as_ref().map_or(0, |t| t.id))
            + 1;
        self.toast.set(Some(Toast { text, undo, id }));
        set_timeout(
            move || {
                if self.toast.try_with_untracked(|t| t.as_ref().map(|t| t.id)) == Some(Some(id)) {
                    self.toast.set(None);
                }
            },
            TOAST_TIME,
        );
    }

    pub fn undo(self) {
        let Some(Toast {
            undo: Some(undo), ..
        }) = self.toast.get_untracked()
        else {
            return;
        };
        self.toast.set(None);
        match undo {
            Undo::RestoreAccount(index, account) => {
                self.workspace.update(|ws| {
                    ws.restore_account(index, *account);
                });
            }
        }
    }

    pub fn delete_account(self, id: crate::domain::AccountId) {
        let removed = self
            .workspace
            .try_update(|ws| ws.remove_account(id))
            .flatten();
        if let Some((index, account)) = removed {
            let text = fill(self.t(A::Deleted), &[("name", &account.name)]);
            self.notify(text, Some(Undo::RestoreAccount(index, Box::new(account))));
        }
    }

    /// Replaces the whole workspace, keeping the current one as the backup (in memory
    /// and, if it fits, in storage) unless it is empty.
    pub fn replace_workspace(self, new: Workspace) {
        let current = self.workspace.get_untracked();
        if !current.is_empty() {
            let text = files::to_json(&current, APP_VERSION, &browser::now_iso(), 0);
            if storage::write(storage::KEY_PREVIOUS, &text).is_err() {
                self.notify(self.t(D::BackupNotStored).into(), None);
            }
            self.backup.set(Some(current));
        }
        self.workspace.set(new);
    }

    /// Swaps the workspace and the backup.
    pub fn restore_backup(self) {
        if let Some(previous) = self.backup.get_untracked() {
            self.replace_workspace(previous);
        }
    }

    pub fn load_sample(self) {
        self.replace_workspace(sample_workspace());
        self.notify(self.t(C::SampleLoaded).into(), None);
    }

    /// The workspace as a pretty JSON file, named with the date.
    pub fn export(self) {
        let text = self
            .workspace
            .with_untracked(|ws| files::to_pretty_json(ws, APP_VERSION, &browser::now_iso()));
        let _ = browser::download(
            &dated_file_name("keystone-workspace"),
            &text,
            "application/json",
        );
    }

    /// The raw text of an unreadable stored workspace, for the user to keep.
    pub fn download_unreadable(self) {
        if let Some(f) = self.load_failure.get_untracked() {
            let name = dated_file_name("keystone-unreadable");
            let _ = browser::download(&name, &f.raw, "application/json");
        }
    }
}
