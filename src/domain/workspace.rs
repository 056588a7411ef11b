//! Workspace: everything the user has, as one value made of sections (accounts,
//! settings, and the sections later features add). The UI holds each section in its own
//! signal, so a change in one section neither recomputes analyses of another nor
//! re-serializes it.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::account::{Account, AccountId};
use super::pareto::{AbcThresholds, Measure, ThresholdError};
use super::problem::{FieldProblem, Problem, ProblemKind, Section};
use super::value_model::{Portfolio, ValueModel};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AbcSettings {
    #[serde(default)]
    pub measure: Measure,
    /// Upper cumulative share of class A, in percent.
    pub a_threshold: f64,
    /// Upper cumulative share of class B, in percent.
    pub b_threshold: f64,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for AbcSettings {
    fn default() -> Self {
        let t = AbcThresholds::default();
        AbcSettings {
            measure: Measure::Revenue,
            a_threshold: t.a(),
            b_threshold: t.b(),
            extra: Map::new(),
        }
    }
}

impl AbcSettings {
    /// The thresholds, or the defaults when the stored pair is invalid.
    pub fn thresholds(&self) -> AbcThresholds {
        AbcThresholds::new(self.a_threshold, self.b_threshold).unwrap_or_default()
    }
}

impl super::json_area::WithExtra for Settings {
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
    fn extra_mut(&mut self) -> &mut Map<String, Value> {
        &mut self.extra
    }
}

impl Settings {
    /// The workspace's currency code (`EUR` unless chosen).
    pub fn currency(&self) -> &str {
        self.currency.as_deref().unwrap_or(super::currency::DEFAULT)
    }

    /// Every problem with the settings, by field (`abc.a_threshold`).
    pub fn validate(&self) -> Vec<FieldProblem> {
        let (a, b) = ("abc.a_threshold", "abc.b_threshold");
        let percent = ProblemKind::OutOfRange {
            min: 0.0,
            max: 100.0,
        };
        let problem = match AbcThresholds::new(self.abc.a_threshold, self.abc.b_threshold) {
            Ok(_) => return Vec::new(),
            Err(ThresholdError::NotANumber) if !self.abc.a_threshold.is_finite() => {
                FieldProblem::new(a, ProblemKind::NotANumber)
            }
            Err(ThresholdError::NotANumber) => FieldProblem::new(b, ProblemKind::NotANumber),
            Err(ThresholdError::AOutOfRange) => FieldProblem::new(a, percent),
            Err(ThresholdError::BOutOfRange) => FieldProblem::new(b, percent),
            Err(ThresholdError::BBelowA) => FieldProblem::new(b, ProblemKind::Below { other: a }),
        };
        vec![problem]
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Settings {
    /// What the user calls this workspace (a client's name, say); shown on the data page
    /// and in printed reports.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default)]
    pub abc: AbcSettings,
    /// The ISO 4217 code of every amount; `None`: [`super::currency::DEFAULT`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The accounts section: every customer, in the user's order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Accounts(pub Vec<Account>);

impl std::ops::Deref for Accounts {
    type Target = Vec<Account>;
    fn deref(&self) -> &Vec<Account> {
        &self.0
    }
}

impl std::ops::DerefMut for Accounts {
    fn deref_mut(&mut self) -> &mut Vec<Account> {
        &mut self.0
    }
}

impl From<Vec<Account>> for Accounts {
    fn from(list: Vec<Account>) -> Self {
        Accounts(list)
    }
}

impl Accounts {
    /// The next free id: one above the largest in use, so ids are never reused while
    /// an account holding them exists.
    pub fn next_id(&self) -> AccountId {
        self.iter().map(|a| a.id).max().unwrap_or(0) + 1
    }

    pub fn account(&self, id: AccountId) -> Option<&Account> {
        self.iter().find(|a| a.id == id)
    }

    /// Adds an account under a fresh id and returns that id.
    pub fn add_account(&mut self, mut account: Account) -> AccountId {
        account.id = self.next_id();
        let id = account.id;
        self.push(account);
        id
    }

    /// Replaces the account with the same id; false if there is none.
    pub fn update_account(&mut self, account: Account) -> bool {
        match self.iter_mut().find(|a| a.id == account.id) {
            Some(slot) => {
                *slot = account;
                true
            }
            None => false,
        }
    }

    /// Removes an account and returns it with its position, so that it can be undone.
    pub fn remove_account(&mut self, id: AccountId) -> Option<(usize, Account)> {
        let index = self.iter().position(|a| a.id == id)?;
        Some((index, self.remove(index)))
    }

    /// Puts a removed account back where it was (undo). If its id was taken meanwhile,
    /// it gets a fresh one rather than creating a duplicate.
    pub fn restore_account(&mut self, index: usize, mut account: Account) -> AccountId {
        if self.account(account.id).is_some() {
            account.id = self.next_id();
        }
        let id = account.id;
        let index = index.min(self.len());
        self.insert(index, account);
        id
    }

    pub fn set_key_account(&mut self, id: AccountId, key: bool) -> bool {
        match self.iter_mut().find(|a| a.id == id) {
            Some(a) => {
                a.key_account = key;
                true
            }
            None => false,
        }
    }

    pub fn key_account_count(&self) -> usize {
        self.iter().filter(|a| a.key_account).count()
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Workspace {
    #[serde(default)]
    pub accounts: Accounts,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub value_model: ValueModel,
    #[serde(default)]
    pub portfolio: Portfolio,
    /// Per key account: role and selling histories (and what later features add).
    #[serde(default)]
    pub key_accounts: super::key_account::KeyAccountsJson,
    /// KAM self-assessments (on their own or in workshops).
    #[serde(default)]
    pub assessments: super::assessment::AssessmentsJson,
    /// The offerings the history is broken down by.
    #[serde(default)]
    pub offerings: super::history::Offerings,
    /// The sales history: revenue per customer, period and offering.
    #[serde(default)]
    pub history: super::history::SalesHistory,
    /// Sections written by newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
    /// Members of the file's envelope (beside `format`, `schema_version`, `data`, …)
    /// that this version does not know: not part of `data`, written back around it.
    #[serde(skip)]
    pub envelope: Map<String, Value>,
}

impl std::ops::Deref for Workspace {
    type Target = Accounts;
    /// The account helpers (`ws.account(id)`, `ws.add_account(…)`) work on a workspace.
    fn deref(&self) -> &Accounts {
        &self.accounts
    }
}

impl std::ops::DerefMut for Workspace {
    fn deref_mut(&mut self) -> &mut Accounts {
        &mut self.accounts
    }
}

impl Workspace {
    /// A copy with other accounts (the rest copied, the accounts not: 100,000 of them
    /// are worth copying only once). Every field is named, so a new one is not missed.
    pub fn with_accounts(&self, accounts: Accounts) -> Workspace {
        Workspace {
            accounts,
            settings: self.settings.clone(),
            value_model: self.value_model.clone(),
            portfolio: self.portfolio.clone(),
            key_accounts: self.key_accounts.clone(),
            assessments: self.assessments.clone(),
            offerings: self.offerings.clone(),
            history: self.history.clone(),
            extra: self.extra.clone(),
            envelope: self.envelope.clone(),
        }
    }

    /// No accounts and no self-assessments: nothing worth a backup.
    pub fn is_empty(&self) -> bool {
        self.accounts.is_empty() && self.assessments.is_empty()
    }

    /// Every problem in the workspace: each account's, ids used twice, the settings'.
    pub fn validate(&self) -> Vec<Problem> {
        let mut found = Vec::new();
        // Fast hashing: with 100,000 accounts std's SipHash made this most of a
        // returning visit's check of the workspace.
        let mut first_with_id = rustc_hash::FxHashMap::with_capacity_and_hasher(
            self.accounts.len(),
            Default::default(),
        );
        for (i, account) in self.accounts.iter().enumerate() {
            let index = Some(i + 1);
            let own = account.validate();
            found.extend(Problem::locate(
                Section::Accounts,
                index,
                &account.name,
                own,
            ));
            let first = *first_with_id.entry(account.id).or_insert(i + 1);
            if first != i + 1 {
                let kind = ProblemKind::Duplicate {
                    value: account.id.to_string(),
                    first,
                };
                let fp = vec![FieldProblem::new("id", kind)];
                found.extend(Problem::locate(Section::Accounts, index, &account.name, fp));
            }
        }
        let settings = self.settings.validate();
        found.extend(Problem::locate(Section::Settings, None, "", settings));
        let exists = |id| first_with_id.contains_key(&id);
        found.extend(self.value_model.validate(&exists));
        found.extend(self.portfolio.validate(&self.value_model));
        let unknown = |id: &String| id.parse().map_or(true, |id| !exists(id));
        for id in self.key_accounts.keys().filter(|id| unknown(id)) {
            let kind = ProblemKind::Unknown { value: id.clone() };
            found.push(Problem::section(Section::KeyAccounts, kind).with_field("account"));
        }
        let units_of = |id: AccountId| {
            let units = self
                .key_accounts
                .get(&id.to_string())
                .and_then(|k| k.get("units"));
            let ids = units.and_then(Value::as_array).into_iter().flatten();
            ids.filter_map(|u| u.get("id")?.as_u64()?.try_into().ok())
                .collect()
        };
        found.extend(super::history::validate(
            &self.offerings,
            &self.history,
            &exists,
            &units_of,
        ));
        let mut first_assessment = std::collections::HashMap::new();
        for (i, a) in self.assessments.iter().enumerate() {
            let Some(id) = a.get("id").and_then(Value::as_u64) else {
                continue;
            };
            let first = *first_assessment.entry(id).or_insert(i + 1);
            if first != i + 1 {
                let kind = ProblemKind::Duplicate {
                    value: id.to_string(),
                    first,
                };
                let name = a.get("respondent").and_then(Value::as_str).unwrap_or("");
                let p = Problem::item(Section::Assessments, i + 1, name, kind);
                found.push(p.with_field("id"));
            }
        }
        found
    }
}
