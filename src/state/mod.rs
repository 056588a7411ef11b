//! Application state: the workspace store (one signal per section), autosave, toasts,
//! shared analyses and the route, provided through context at the root.
//!
//! - `store`: the sections as signals;
//! - `autosave`, `save`, `stored`: saving to and reading from IndexedDB, and the rules
//!   that keep it safe;
//! - `toasts`: notices with an optional undo closure;
//! - `route`, `browser`: hash routes and small browser helpers.

pub mod analyses;
pub mod assessments;
pub mod autosave;
pub mod browser;
pub mod file;
pub mod file_access;
pub mod key_accounts;
pub mod route;
mod save;
mod save_history;
mod save_prepare;
pub mod sheet_mapping;
pub mod storage_info;
pub mod store;
pub mod stored;
pub mod toasts;
pub mod typed;

use leptos::prelude::*;

use crate::domain::sample::sample_workspace;
use crate::domain::{AbcBasis, AbcResult, AbcSettings, AccountId, Workspace};
use crate::i18n::{accounts::A, common::C, fill, Lang, Text};
use crate::persist::storage::{self, StorageFailure};
use autosave::Autosave;
pub use file::FileLink;
pub use route::Route;
pub use store::{Section, Store};
pub use stored::{ChunkFailed, Stored};
pub use toasts::Toasts;

#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    Saved,
    Pending,
    Failed(StorageFailure),
}

/// The stored workspace could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadFailure {
    /// What is wrong with it, in every UI language (described where it was decoded, so
    /// the messages of every import problem stay out of the main module).
    pub problem: stored::Described,
    pub raw: String,
    /// Whether the raw text was copied to the backup key.
    pub backed_up: bool,
    /// Where that copy is (shown to the user).
    pub kept_under: &'static str,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub store: Store,
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub save_status: RwSignal<SaveStatus>,
    pub load_failure: RwSignal<Option<LoadFailure>>,
    pub conflict: RwSignal<bool>,
    pub toasts: Toasts,
    /// The workspace before the last replacement (import, sample, clear).
    pub backup: RwSignal<Option<std::sync::Arc<Workspace>>>,
    /// The ABC analysis with the workspace's settings; shared by the register and the
    /// Pareto page. Reads the accounts and only the ABC part of the settings.
    pub abc: Memo<AbcResult>,
    /// The memo of [`AppState::yearly`], made on its first call.
    yearly: StoredValue<Option<Memo<std::sync::Arc<crate::domain::history::Yearly>>>>,
    /// The app's owner: what lives as long as the app is made under it.
    root: StoredValue<Option<Owner>>,
    /// The user's own file the workspace is linked to (Open file…, Save, Save as…).
    pub file: RwSignal<Option<FileLink>>,
    /// The last export or file save, as stored under [`file::KEY_LAST_COPY`].
    pub last_copy: RwSignal<Option<String>>,
    autosave: Autosave,
}

/// `prefix-2026-11-21.json`, dated today.
pub fn dated_file_name(prefix: &str) -> String {
    let now = browser::now_iso();
    format!("{prefix}-{}.json", now.get(..10).unwrap_or(&now))
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

#[cfg(not(feature = "eager-pages"))]
#[leptos::wasm_split::wasm_split(sample, wasm_split_path = ::leptos::wasm_split, fallible)]
fn sample(english: bool) -> Result<Workspace, ChunkFailed> {
    Ok(sample_in(english))
}

#[cfg(feature = "eager-pages")]
async fn sample(english: bool) -> Result<Workspace, ChunkFailed> {
    Ok(sample_in(english))
}

/// The sample in the UI language at the moment it is loaded (German is its source).
fn sample_in(english: bool) -> Workspace {
    let ws = sample_workspace();
    if english {
        crate::domain::sample::in_english(ws)
    } else {
        ws
    }
}

/// The language chosen before, else the browser's, else English.
pub fn startup_lang() -> Lang {
    storage::read(storage::KEY_LANG)
        .ok()
        .flatten()
        .and_then(|c| Lang::from_code(&c))
        .or_else(|| Lang::from_code(&browser::browser_language()))
        .unwrap_or_default()
}

impl AppState {
    /// Starts from what storage held ([`Stored::read`]) and wires saving, other tabs and
    /// routing. Call once, at the root, inside a reactive owner.
    pub fn init(stored: Stored) -> AppState {
        let lang = startup_lang();
        let readable = matches!(stored.workspace, Ok(Some(_)));
        let (workspace, load_failure) = match stored.workspace {
            Ok(Some(l)) => (l.workspace, None),
            Ok(None) => (Workspace::default(), None),
            Err(f) => (Workspace::default(), Some(f)),
        };
        // What `save_now` compares with: the counter in storage as this tab found it.
        let revision = storage::stored_revision();
        let backup = stored.backup;
        let in_idb = readable && !stored.from_local;
        let autosave = Autosave::new(revision, workspace.clone(), in_idb);
        let store = Store::new(workspace);
        let abc_settings: Memo<AbcSettings> =
            Memo::new(move |_| store.settings.with(|s| s.abc.clone()));
        // What the analysis reads of the accounts (ids, names, values), compared in
        // place on every change of the accounts: ticking a key account or editing an
        // industry leaves it unchanged, so the ranking of 100,000 accounts does not
        // run again.
        let abc_basis = Memo::new_owning(move |old: Option<AbcBasis>| {
            let measure = abc_settings.with(|s| s.measure);
            store.accounts.with(|a| match old {
                Some(basis) if basis.matches(a, measure) => (basis, false),
                _ => (AbcBasis::of(a, measure), true),
            })
        });
        let abc = Memo::new(move |_| {
            let thresholds = abc_settings.with(|s| s.thresholds());
            abc_basis.with(|b| b.analyse(thresholds))
        });
        let state = AppState {
            store,
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::parse(&browser::current_hash())),
            save_status: RwSignal::new(SaveStatus::Saved),
            load_failure: RwSignal::new(load_failure),
            conflict: RwSignal::new(false),
            toasts: Toasts::default(),
            backup: RwSignal::new(backup.map(std::sync::Arc::new)),
            abc,
            yearly: StoredValue::new(None),
            root: StoredValue::new(Owner::current()),
            file: RwSignal::new(
                storage::read(file::KEY_FILE)
                    .ok()
                    .flatten()
                    .and_then(|t| FileLink::from_stored(&t)),
            ),
            last_copy: RwSignal::new(storage::read(file::KEY_LAST_COPY).ok().flatten()),
            autosave,
        };
        provide_context(state);
        provide_context(state.lang);
        provide_context(state.toasts);
        state.wire();
        if readable && stored.from_local {
            // Stored by a version before IndexedDB: moved now, in one write with its
            // backup; the old keys go once it has landed.
            autosave.pending_backup.set_value(stored.backup_text);
            autosave.move_from_local.set_value(true);
            state.save_now();
        } else if readable && stored.old_layout {
            // A section stored as one record before it was chunked: rewritten in chunks.
            state.rewrite_chunked();
        }
        state
    }

    fn wire(self) {
        self.watch_sections();
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
            if self.autosave.dirty.get_value() {
                self.save_now();
            }
        });
        // Closing the tab asks first only if the changes would be lost: not in storage
        // (saving failed or is paused) and not in the linked file either.
        let on_leave = window_event_listener_untyped("beforeunload", move |e| {
            if self.autosave.dirty.get_value() {
                self.save_now();
            }
            let in_file = self
                .file
                .with_untracked(|f| f.as_ref().is_some_and(|f| !f.changed));
            if self.autosave.dirty.get_value() && !in_file {
                e.prevent_default();
                // Older browsers read the question from here.
                let _ = js_sys::Reflect::set(&e, &"returnValue".into(), &"".into());
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
            on_leave.remove();
            on_storage.remove();
        });
    }

    pub fn t(self, key: impl Text) -> &'static str {
        self.lang.get_untracked().t(key)
    }

    pub fn notify(self, text: impl Into<String>) {
        self.toasts.notify(text);
    }

    /// Deletes an account, offering to undo it.
    pub fn delete_account(self, id: AccountId) {
        let accounts = self.store.accounts;
        let model = self.store.value_model;
        let key_data = self.store.key_accounts;
        let removed = accounts.try_update(|a| a.remove_account(id)).flatten();
        if let Some((index, account)) = removed {
            // Its ratings, key-account data and sales history go with it (a later account
            // may get the same id), and come back with undo, under the id it gets back.
            let traces = model
                .try_update(|m| m.remove_account(id))
                .unwrap_or_default();
            let histories = key_data.try_update(|k| k.remove(&id.to_string())).flatten();
            let sales = self.store.history;
            // Untouched when it has none: a change of the history saves all its rows.
            let has_rows = sales.with_untracked(|h| h.iter().any(|r| r.account == id));
            let rows = if has_rows {
                sales.try_update(|h| h.take_account(id)).unwrap_or_default()
            } else {
                Vec::new()
            };
            let text = fill(self.t(A::Deleted), &[("name", &account.name)]);
            self.toasts.notify_with_undo(text, move || {
                let back = accounts.try_update(|a| a.restore_account(index, account.clone()));
                if let Some(back) = back {
                    model.update(|m| m.restore_account(back, traces.clone()));
                    if let Some(h) = histories.clone() {
                        key_data.update(|k| {
                            k.insert(back.to_string(), h);
                        });
                    }
                    if !rows.is_empty() {
                        sales.update(|h| h.restore_account(back, rows.clone()));
                    }
                }
            });
        }
    }

    /// Replaces the whole workspace, keeping the current one as the backup (in memory
    /// and, if it fits, in storage) unless it is empty. The next save writes the new
    /// workspace and the backup in one transaction: storage then holds the old
    /// workspace or the new one with its backup, never a mix.
    pub fn replace_workspace(self, new: Workspace) {
        self.replace_workspace_with(|_| new);
    }

    /// [`replace_workspace`](Self::replace_workspace) with the new workspace made from
    /// the current one, which is moved aside, not copied (100,000 accounts); gives the
    /// replaced workspace back, shared with the backup if it became one.
    pub fn replace_workspace_with(
        self,
        make: impl FnOnce(&Workspace) -> Workspace,
    ) -> std::sync::Arc<Workspace> {
        // Taken out and put back in one task: the sections change once, as with `set`.
        let current = std::sync::Arc::new(self.store.take_untracked());
        self.store.replace(make(&current));
        if !current.is_empty() {
            // Serialized in parts before the next save (`save_prepare`).
            self.autosave.backup_unwritten.set_value(true);
            self.autosave.pending_backup.set_value(None);
            self.backup.set(Some(current.clone()));
        }
        current
    }

    /// Swaps the workspace and the backup.
    pub fn restore_backup(self) {
        if let Some(previous) = self.backup.get_untracked() {
            self.replace_workspace(std::sync::Arc::unwrap_or_clone(previous));
        }
    }

    /// Replaces the workspace with the sample, built in its own chunk (most visits never
    /// need it).
    /// Revenue per customer and year from the sales history, shared by the register,
    /// the Pareto basis, the development and the whitespace pages: made on the first
    /// call, under the app's owner, and built on its first read. Shared, so a page that
    /// keeps it holds a handle, not a copy of every customer. Only pages in chunks call
    /// it, so the yearly sums' code is not in the start page's module.
    pub fn yearly(self) -> Memo<std::sync::Arc<crate::domain::history::Yearly>> {
        if let Some(memo) = self.yearly.get_value() {
            return memo;
        }
        let history = self.store.history;
        let make = move || {
            Memo::new(move |_| {
                history
                    .with(|h| std::sync::Arc::new(crate::domain::history::Yearly::from_records(h)))
            })
        };
        let memo = match self.root.get_value() {
            Some(owner) => owner.with(make),
            None => make(),
        };
        self.yearly.set_value(Some(memo));
        memo
    }

    pub fn load_sample(self) {
        let english = self.lang.get_untracked() == Lang::En;
        leptos::task::spawn_local(async move {
            match sample(english).await {
                Ok(ws) => {
                    self.replace_workspace(ws);
                    self.notify(self.t(C::SampleLoaded));
                }
                Err(ChunkFailed) => self.notify(self.t(C::PageLoadFailed)),
            }
        });
    }

    /// The workspace as a pretty JSON file, named with the date.
    pub fn export(self) {
        let text = self.workspace_file();
        let name = dated_file_name("keystone-workspace");
        if browser::download(&name, &text, "application/json").is_ok() {
            self.record_copy(&name);
        }
    }

    /// Notes when and under which name a copy of the workspace left the browser (an
    /// export or a save to a file), for the data page.
    pub fn record_copy(self, name: &str) {
        let text = format!("{}\t{name}", browser::now_iso());
        let _ = storage::write(file::KEY_LAST_COPY, &text);
        self.last_copy.set(Some(text));
    }

    /// The raw text of an unreadable stored workspace, for the user to keep.
    pub fn download_unreadable(self) {
        if let Some(f) = self.load_failure.get_untracked() {
            let name = dated_file_name("keystone-unreadable");
            let _ = browser::download(&name, &f.raw, "application/json");
        }
    }
}
