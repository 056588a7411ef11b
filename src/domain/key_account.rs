//! The data kept per key account (the aggregate of roles, selling stages, profiles,
//! scorecard, plan and stakeholders), and how it is read from and written to the
//! workspace's JSON section.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::json_area::JsonArea;
use super::roles::{History, SellingStage, SupplierRole};
use super::AccountId;

/// The data kept per key account; later features (profiles, scorecards, plans,
/// stakeholders) add their fields here.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct KeyAccountData {
    #[serde(default)]
    pub roles: History<SupplierRole>,
    #[serde(default)]
    pub selling: History<SellingStage>,
    /// Requirement and performance profiles, one per procurement segment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<crate::domain::profile::Segment>,
    /// The balanced scorecard's KPIs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scorecard: Vec<crate::domain::scorecard::Kpi>,
    /// The account plan of the current period.
    #[serde(default, skip_serializing_if = "crate::domain::plan::Plan::is_empty")]
    pub plan: crate::domain::plan::Plan,
    /// Plans of earlier periods, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan_versions: Vec<crate::domain::plan::PlanVersion>,
    /// The buying center: people at the customer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stakeholders: Vec<crate::domain::stakeholders::Stakeholder>,
    /// What the user calls the customer's units ("Werk", "country"); empty: "unit".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit_kind: String,
    /// The customer's units (plants, sites, divisions, countries), as a tree.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<crate::domain::history::Unit>,
    /// What the user set on the whitespace matrix's cells.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub whitespace: Vec<crate::domain::history::CellMark>,
    /// Fields of newer versions: kept on round trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Per key account, by account id (typed).
pub type KeyAccounts = BTreeMap<AccountId, KeyAccountData>;

/// The key-account section as the workspace holds it: a JSON object by account id.
///
/// Untyped on purpose: the main module (storage, autosave, the register) only stores and
/// copies it, so the code to read, write, compare and copy every per-key-account type
/// (histories now; profiles, scorecards, plans later) lives in the chunks of the pages
/// that use it, not in every first visit. The importer has checked its shape; the
/// pages read it with [`key_account`] and write it with [`set_key_account`].
pub type KeyAccountsJson = Map<String, Value>;

/// One key account's data (empty if there is none or it cannot be read).
pub fn key_account(section: &KeyAccountsJson, id: AccountId) -> KeyAccountData {
    section
        .get(&id.to_string())
        .and_then(|v| KeyAccountData::deserialize(v).ok())
        .unwrap_or_default()
}

/// Stores one key account's data (removes the entry when it is empty).
pub fn set_key_account(section: &mut KeyAccountsJson, id: AccountId, data: &KeyAccountData) {
    if *data == KeyAccountData::default() {
        section.remove(&id.to_string());
    } else if let Ok(v) = serde_json::to_value(data) {
        section.insert(id.to_string(), v);
    }
}

/// One key account's data in the section, as a [`JsonArea`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyAccountOf(pub AccountId);

impl JsonArea<KeyAccountsJson> for KeyAccountOf {
    type Value = KeyAccountData;
    fn read(self, section: &KeyAccountsJson) -> KeyAccountData {
        key_account(section, self.0)
    }
    fn write(self, section: &mut KeyAccountsJson, data: &KeyAccountData) {
        set_key_account(section, self.0, data);
    }
}

/// Every key account's data, typed; the first entry that cannot be read is an error.
pub fn read_key_accounts(section: &KeyAccountsJson) -> Result<KeyAccounts, String> {
    section
        .iter()
        .map(|(id, v)| {
            let id: AccountId = id.parse().map_err(|_| format!("{id}: not an account id"))?;
            let data = KeyAccountData::deserialize(v).map_err(|e| format!("{id}: {e}"))?;
            Ok((id, data))
        })
        .collect()
}

/// The typed data as the section.
pub fn key_accounts_json(all: &KeyAccounts) -> KeyAccountsJson {
    let mut section = KeyAccountsJson::new();
    for (&id, data) in all {
        set_key_account(&mut section, id, data);
    }
    section
}
