//! Account / Kunde: one customer of the user's company.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Stable identifier of an account inside one workspace (used in links: `#/accounts/42`).
pub type AccountId = u64;

/// Earliest and latest relationship start year we accept; anything outside is a typo.
pub const MIN_YEAR: i32 = 1800;
pub const MAX_YEAR: i32 = 2200;

/// Empty fields are left out when serialized: a list of 20,000 customers must fit in
/// the browser's local storage (about 5 MB) together with its backup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub id: AccountId,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub industry: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub region: String,
    /// Annual revenue (Umsatz). Negative values are credits and are allowed.
    #[serde(default)]
    pub revenue: f64,
    /// Contribution margin (Deckungsbeitrag); may be unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contribution_margin: Option<f64>,
    /// The customer's total spend in our category (Potenzial), for share of wallet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub potential: Option<f64>,
    /// Year the relationship started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship_since: Option<i32>,
    /// Flagged as key account (Schlüsselkunde).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub key_account: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Fields written by newer versions or other tools: kept as they are on round trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Account {
    pub fn new(id: AccountId, name: impl Into<String>, revenue: f64) -> Self {
        Account {
            id,
            name: name.into(),
            industry: String::new(),
            region: String::new(),
            revenue,
            contribution_margin: None,
            potential: None,
            relationship_since: None,
            key_account: false,
            tags: Vec::new(),
            notes: String::new(),
            extra: Map::new(),
        }
    }

    /// Share of wallet in percent: our revenue / the customer's category spend × 100.
    /// `None` when the potential is unknown or not positive (the share is undefined then).
    pub fn share_of_wallet(&self) -> Option<f64> {
        match self.potential {
            Some(p) if p > 0.0 && p.is_finite() && self.revenue.is_finite() => {
                Some(self.revenue / p * 100.0)
            }
            _ => None,
        }
    }

    /// Checks the invariants a stored account must hold. Returns the first problem.
    pub fn validate(&self) -> Result<(), AccountProblem> {
        if self.name.trim().is_empty() {
            return Err(AccountProblem::EmptyName);
        }
        if !self.revenue.is_finite() {
            return Err(AccountProblem::NotFinite("revenue"));
        }
        if let Some(cm) = self.contribution_margin {
            if !cm.is_finite() {
                return Err(AccountProblem::NotFinite("contribution_margin"));
            }
        }
        if let Some(p) = self.potential {
            if !p.is_finite() {
                return Err(AccountProblem::NotFinite("potential"));
            }
            if p < 0.0 {
                return Err(AccountProblem::NegativePotential);
            }
        }
        if let Some(y) = self.relationship_since {
            if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
                return Err(AccountProblem::YearOutOfRange(y));
            }
        }
        Ok(())
    }
}

/// Why an account is not valid; the UI and the importer turn it into a message.
#[derive(Debug, Clone, PartialEq)]
pub enum AccountProblem {
    EmptyName,
    NotFinite(&'static str),
    NegativePotential,
    YearOutOfRange(i32),
}
