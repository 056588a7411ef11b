//! The value model section: its criteria, the ratings, the scope and the cut-off.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{percent_range, points_range, Criterion, Direction, RatingRule, Source};
use super::{DEFAULT_CUT_OFF, MAX_POINTS};
use crate::domain::account::AccountId;
use crate::domain::problem::{Problem, ProblemKind, Section};

/// Which accounts the value model rates besides the key accounts and those added by
/// hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The A accounts of the current ABC analysis.
    #[default]
    A,
    /// A and B accounts.
    AB,
}

/// The value model section of the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueModel {
    pub criteria: Vec<Criterion>,
    /// Qualitative ratings, 0-10: account → criterion id → points.
    #[serde(default)]
    pub ratings: BTreeMap<AccountId, BTreeMap<String, u8>>,
    #[serde(default)]
    pub scope: Scope,
    /// Accounts rated although outside the scope and not key accounts.
    #[serde(default)]
    pub added: Vec<AccountId>,
    /// Score from which an account is proposed as key account.
    #[serde(default = "default_cut_off")]
    pub cut_off: f64,
    /// Proposals the user rejected; not proposed again until taken back.
    #[serde(default)]
    pub rejected: Vec<AccountId>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn default_cut_off() -> f64 {
    DEFAULT_CUT_OFF
}

impl Default for ValueModel {
    /// The default criteria (docs/methods.md, "Customer value model") with weights that sum to 100;
    /// plus criteria the portfolio's axes can use (weight 0 here): three qualitative
    /// ones and the fulfilment of the requirement profile, 0-100 read as 0-10 points.
    fn default() -> Self {
        use Source as S;
        let q = Criterion::quantitative;
        let r = Criterion::qualitative;
        let mut barriers = r("barriers", 5.0);
        barriers.direction = Direction::Negative;
        ValueModel {
            criteria: vec![
                q("revenue", S::Revenue, 20.0),
                q("margin", S::ContributionMargin, 15.0),
                q("growth", S::UntappedPotential, 15.0),
                q("wallet", S::ShareOfWallet, 5.0),
                q("loyalty", S::RelationshipYears, 5.0),
                r("capacity", 5.0),
                r("fit", 10.0),
                r("reference", 5.0),
                r("innovation", 5.0),
                r("culture", 5.0),
                r("openness", 5.0),
                barriers,
                r("price", 0.0),
                r("satisfaction", 0.0),
                r("depth", 0.0),
                Criterion {
                    rule: RatingRule::Linear {
                        low: 0.0,
                        high: 100.0,
                    },
                    ..q("fulfilment", S::ProfileFulfilment, 0.0)
                },
            ],
            ratings: BTreeMap::new(),
            scope: Scope::A,
            added: Vec::new(),
            cut_off: DEFAULT_CUT_OFF,
            rejected: Vec::new(),
            extra: Map::new(),
        }
    }
}

impl ValueModel {
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// A fresh id for an added criterion ("c1", "c2", …).
    pub fn next_criterion_id(&self) -> String {
        (1..)
            .map(|n| format!("c{n}"))
            .find(|id| self.criterion(id).is_none())
            .expect("an unused id exists")
    }

    pub fn rating(&self, account: AccountId, criterion: &str) -> Option<u8> {
        self.ratings.get(&account)?.get(criterion).copied()
    }

    /// Sets (`Some`) or clears (`None`) a rating; points above 10 are capped.
    pub fn set_rating(&mut self, account: AccountId, criterion: &str, points: Option<u8>) {
        match points {
            Some(p) => {
                let row = self.ratings.entry(account).or_default();
                row.insert(criterion.to_string(), p.min(MAX_POINTS as u8));
            }
            None => {
                if let Some(row) = self.ratings.get_mut(&account) {
                    row.remove(criterion);
                    if row.is_empty() {
                        self.ratings.remove(&account);
                    }
                }
            }
        }
    }

    /// Forgets everything about an account (it was deleted); returns what was removed,
    /// so that undo can put it back with [`ValueModel::restore_account`].
    pub fn remove_account(&mut self, account: AccountId) -> AccountTraces {
        let was_added = self.added.contains(&account);
        let was_rejected = self.rejected.contains(&account);
        self.added.retain(|&a| a != account);
        self.rejected.retain(|&a| a != account);
        AccountTraces {
            ratings: self.ratings.remove(&account),
            added: was_added,
            rejected: was_rejected,
        }
    }

    pub fn restore_account(&mut self, account: AccountId, traces: AccountTraces) {
        if let Some(r) = traces.ratings {
            self.ratings.insert(account, r);
        }
        if traces.added && !self.added.contains(&account) {
            self.added.push(account);
        }
        if traces.rejected && !self.rejected.contains(&account) {
            self.rejected.push(account);
        }
    }

    /// Removes a criterion and its ratings.
    pub fn remove_criterion(&mut self, id: &str) {
        self.criteria.retain(|c| c.id != id);
        for row in self.ratings.values_mut() {
            row.remove(id);
        }
        self.ratings.retain(|_, row| !row.is_empty());
    }

    /// Every problem, by criterion and rating. `accounts` are the ids that exist.
    pub fn validate(&self, accounts: &dyn Fn(AccountId) -> bool) -> Vec<Problem> {
        let mut found = Vec::new();
        let section = Section::ValueModel;
        for (i, c) in self.criteria.iter().enumerate() {
            let name = if c.name.is_empty() { &c.id } else { &c.name };
            found.extend(Problem::locate(section, Some(i + 1), name, c.validate()));
            if let Some(first) = self.criteria[..i].iter().position(|o| o.id == c.id) {
                let kind = ProblemKind::Duplicate {
                    value: c.id.clone(),
                    first: first + 1,
                };
                found.push(Problem::item(section, i + 1, name, kind).with_field("id"));
            }
        }
        let at = |field: String, kind| Problem::section(section, kind).with_field(field);
        for (&account, row) in &self.ratings {
            if !accounts(account) {
                let value = account.to_string();
                found.push(at(
                    format!("ratings.{account}"),
                    ProblemKind::Unknown { value },
                ));
            }
            for (criterion, &points) in row {
                let field = format!("ratings.{account}.{criterion}");
                if self.criterion(criterion).is_none() {
                    let value = criterion.clone();
                    found.push(at(field, ProblemKind::Unknown { value }));
                } else if f64::from(points) > MAX_POINTS {
                    found.push(at(field, points_range()));
                }
            }
        }
        for (list, key) in [(&self.added, "added"), (&self.rejected, "rejected")] {
            for &account in list.iter().filter(|&&a| !accounts(a)) {
                let value = account.to_string();
                found.push(at(key.to_string(), ProblemKind::Unknown { value }));
            }
        }
        if !self.cut_off.is_finite() || !(0.0..=100.0).contains(&self.cut_off) {
            found.push(at("cut_off".into(), percent_range()));
        }
        found
    }
}

/// What deleting an account removed from the value model, for undo.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountTraces {
    pub ratings: Option<BTreeMap<String, u8>>,
    pub added: bool,
    pub rejected: bool,
}
