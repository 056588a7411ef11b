//! The workspace as signals, one per section. Analyses read only the sections they use
//! (through memos), so a keystroke in one section does not recompute another's
//! analyses; autosave re-serializes only the sections that changed.

use leptos::prelude::*;
use serde_json::{Map, Value};

use crate::domain::assessment::AssessmentsJson;
use crate::domain::key_account::KeyAccountsJson;
use crate::domain::{Accounts, Portfolio, Settings, ValueModel, Workspace};

/// The sections (one list, in the domain): a feature that adds a section adds a field
/// of [`Store`] and its arms in the methods below.
pub use crate::domain::Section;

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
        fn member(section: Section, value: &impl serde::Serialize) -> String {
            let value = serde_json::to_string(value).expect("a section always serializes");
            format!("\"{}\":{value}", section.key())
        }
        let s = section;
        match section {
            Section::Accounts => self.accounts.with_untracked(|v| member(s, v)),
            Section::Settings => self.settings.with_untracked(|v| member(s, v)),
            Section::ValueModel => self.value_model.with_untracked(|v| member(s, v)),
            Section::Portfolio => self.portfolio.with_untracked(|v| member(s, v)),
            Section::KeyAccounts => self.key_accounts.with_untracked(|v| member(s, v)),
            Section::Assessments => self.assessments.with_untracked(|v| member(s, v)),
            Section::Unknown => self.unknown.with_untracked(|m| {
                let text = serde_json::to_string(m).expect("JSON values always serialize");
                text[1..text.len() - 1].to_string()
            }),
        }
    }

    /// Subscribes the running effect to one section's signal.
    pub fn track(&self, section: Section) {
        match section {
            Section::Accounts => self.accounts.track(),
            Section::Settings => self.settings.track(),
            Section::ValueModel => self.value_model.track(),
            Section::Portfolio => self.portfolio.track(),
            Section::KeyAccounts => self.key_accounts.track(),
            Section::Assessments => self.assessments.track(),
            Section::Unknown => self.unknown.track(),
        }
    }

    /// Whether one section differs from that of `ws` (untracked). The unknown sections
    /// include the envelope's unknown members.
    pub fn differs(&self, section: Section, ws: &Workspace) -> bool {
        match section {
            Section::Accounts => self.accounts.with_untracked(|v| *v != ws.accounts),
            Section::Settings => self.settings.with_untracked(|v| *v != ws.settings),
            Section::ValueModel => self.value_model.with_untracked(|v| *v != ws.value_model),
            Section::Portfolio => self.portfolio.with_untracked(|v| *v != ws.portfolio),
            Section::KeyAccounts => self.key_accounts.with_untracked(|v| *v != ws.key_accounts),
            Section::Assessments => self.assessments.with_untracked(|v| *v != ws.assessments),
            Section::Unknown => {
                self.unknown.with_untracked(|v| *v != ws.extra)
                    || self.envelope.with_value(|e| *e != ws.envelope)
            }
        }
    }
}
