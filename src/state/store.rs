//! The workspace as signals, one per section. Analyses read only the sections they use
//! (through memos), so a keystroke in one section does not recompute another's
//! analyses; autosave re-serializes only the sections that changed.

use leptos::prelude::*;
use serde_json::{Map, Value};

use crate::domain::assessment::AssessmentsJson;
use crate::domain::key_account::KeyAccountsJson;
use crate::domain::{Accounts, Portfolio, Settings, ValueModel, Workspace};

/// A section of the workspace: a key in the file's `data` object, a signal here.
/// A feature that adds a section adds a variant, a field of [`Store`] and a line in
/// [`Store::section_json`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Accounts,
    Settings,
    ValueModel,
    Portfolio,
    KeyAccounts,
    Assessments,
    /// Sections this version does not know (written by a newer one): kept as they are.
    Unknown,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Accounts,
        Section::Settings,
        Section::ValueModel,
        Section::Portfolio,
        Section::KeyAccounts,
        Section::Assessments,
        Section::Unknown,
    ];

    /// Position in [`Section::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

#[derive(Clone, Copy)]
pub struct Store {
    pub accounts: RwSignal<Accounts>,
    pub settings: RwSignal<Settings>,
    pub value_model: RwSignal<ValueModel>,
    pub portfolio: RwSignal<Portfolio>,
    pub key_accounts: RwSignal<KeyAccountsJson>,
    pub assessments: RwSignal<AssessmentsJson>,
    pub unknown: RwSignal<Map<String, Value>>,
    /// The file envelope's unknown members (`Workspace::envelope`): written back
    /// beside `data` at every save; only a replacement changes them.
    pub envelope: StoredValue<Map<String, Value>>,
}

impl Store {
    pub fn new(ws: Workspace) -> Store {
        Store {
            accounts: RwSignal::new(ws.accounts),
            settings: RwSignal::new(ws.settings),
            value_model: RwSignal::new(ws.value_model),
            portfolio: RwSignal::new(ws.portfolio),
            key_accounts: RwSignal::new(ws.key_accounts),
            assessments: RwSignal::new(ws.assessments),
            unknown: RwSignal::new(ws.extra),
            envelope: StoredValue::new(ws.envelope),
        }
    }

    /// The whole workspace, copied (for export and backups).
    pub fn snapshot(&self) -> Workspace {
        Workspace {
            accounts: self.accounts.get_untracked(),
            settings: self.settings.get_untracked(),
            value_model: self.value_model.get_untracked(),
            portfolio: self.portfolio.get_untracked(),
            key_accounts: self.key_accounts.get_untracked(),
            assessments: self.assessments.get_untracked(),
            extra: self.unknown.get_untracked(),
            envelope: self.envelope.get_value(),
        }
    }

    /// Replaces every section.
    pub fn replace(&self, ws: Workspace) {
        self.accounts.set(ws.accounts);
        self.settings.set(ws.settings);
        self.value_model.set(ws.value_model);
        self.portfolio.set(ws.portfolio);
        self.key_accounts.set(ws.key_accounts);
        self.assessments.set(ws.assessments);
        // Before `unknown`: its watcher compares both with what was loaded.
        self.envelope.set_value(ws.envelope);
        self.unknown.set(ws.extra);
    }

    /// Whether there are no accounts (tracked).
    pub fn is_empty(&self) -> bool {
        self.accounts.with(|a| a.is_empty())
    }

    /// One section as JSON: for the unknown sections, the members of `data` they
    /// stand for (`"key":value,…`, possibly empty); otherwise `"key":value`.
    pub fn section_json(&self, section: Section) -> String {
        fn member(key: &str, value: &impl serde::Serialize) -> String {
            let value = serde_json::to_string(value).expect("a section always serializes");
            format!("\"{key}\":{value}")
        }
        match section {
            Section::Accounts => self.accounts.with_untracked(|a| member("accounts", a)),
            Section::Settings => self.settings.with_untracked(|s| member("settings", s)),
            Section::ValueModel => self
                .value_model
                .with_untracked(|v| member("value_model", v)),
            Section::Portfolio => self.portfolio.with_untracked(|p| member("portfolio", p)),
            Section::KeyAccounts => self
                .key_accounts
                .with_untracked(|k| member("key_accounts", k)),
            Section::Assessments => self
                .assessments
                .with_untracked(|a| member("assessments", a)),
            Section::Unknown => self.unknown.with_untracked(|m| {
                let text = serde_json::to_string(m).expect("JSON values always serialize");
                text[1..text.len() - 1].to_string()
            }),
        }
    }
}
