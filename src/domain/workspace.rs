//! Workspace: everything the user has (accounts and settings), as one value.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::account::{Account, AccountId};
use super::pareto::{AbcThresholds, Measure};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AbcSettings {
    #[serde(default)]
    pub measure: Measure,
    /// Upper cumulative share of class A, in percent.
    pub a_threshold: f64,
    /// Upper cumulative share of class B, in percent.
    pub b_threshold: f64,
}

impl Default for AbcSettings {
    fn default() -> Self {
        let t = AbcThresholds::default();
        AbcSettings {
            measure: Measure::Revenue,
            a_threshold: t.a(),
            b_threshold: t.b(),
        }
    }
}

impl AbcSettings {
    /// The thresholds, or the defaults when the stored pair is invalid.
    pub fn thresholds(&self) -> AbcThresholds {
        AbcThresholds::new(self.a_threshold, self.b_threshold).unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Settings {
    #[serde(default)]
    pub abc: AbcSettings,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Workspace {
    #[serde(default)]
    pub accounts: Vec<Account>,
    #[serde(default)]
    pub settings: Settings,
    /// Sections written by newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Workspace {
    pub fn is_empty(&self) -> bool {
        self.accounts.is_empty()
    }

    /// The next free id: one above the largest in use, so ids are never reused while
    /// an account holding them exists.
    pub fn next_id(&self) -> AccountId {
        self.accounts.iter().map(|a| a.id).max().unwrap_or(0) + 1
    }

    pub fn account(&self, id: AccountId) -> Option<&Account> {
        self.accounts.iter().find(|a| a.id == id)
    }

    /// Adds an account under a fresh id and returns that id.
    pub fn add_account(&mut self, mut account: Account) -> AccountId {
        account.id = self.next_id();
        let id = account.id;
        self.accounts.push(account);
        id
    }

    /// Replaces the account with the same id; false if there is none.
    pub fn update_account(&mut self, account: Account) -> bool {
        match self.accounts.iter_mut().find(|a| a.id == account.id) {
            Some(slot) => {
                *slot = account;
                true
            }
            None => false,
        }
    }

    /// Removes an account and returns it with its position, so that it can be undone.
    pub fn remove_account(&mut self, id: AccountId) -> Option<(usize, Account)> {
        let index = self.accounts.iter().position(|a| a.id == id)?;
        Some((index, self.accounts.remove(index)))
    }

    /// Puts a removed account back where it was (undo). If its id was taken meanwhile,
    /// it gets a fresh one rather than creating a duplicate.
    pub fn restore_account(&mut self, index: usize, mut account: Account) -> AccountId {
        if self.account(account.id).is_some() {
            account.id = self.next_id();
        }
        let id = account.id;
        let index = index.min(self.accounts.len());
        self.accounts.insert(index, account);
        id
    }

    pub fn set_key_account(&mut self, id: AccountId, key: bool) -> bool {
        match self.accounts.iter_mut().find(|a| a.id == id) {
            Some(a) => {
                a.key_account = key;
                true
            }
            None => false,
        }
    }

    pub fn key_account_count(&self) -> usize {
        self.accounts.iter().filter(|a| a.key_account).count()
    }
}
