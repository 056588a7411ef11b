//! Account / Kunde: one customer of the user's company.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::problem::{FieldProblem, ProblemKind};

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
    /// The customer number in the user's ERP (Kundennummer); matches spreadsheet rows
    /// to accounts on import. Since schema version 7.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub customer_number: String,
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
            customer_number: String::new(),
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
    /// `None` when the potential is unknown, zero or negative (there is no wallet to
    /// share then, shown as "–"). A net credit (revenue below 0) is a share of 0 %: the
    /// customer bought nothing from us net. Above 100 % stays as computed (the potential
    /// is set too low, which the user should see).
    pub fn share_of_wallet(&self) -> Option<f64> {
        share_of_wallet(self.revenue, self.potential)
    }

    /// Every rule a stored account must satisfy, by field; empty when it is valid. The
    /// form and the importer both use it, so they cannot disagree.
    pub fn validate(&self) -> Vec<FieldProblem> {
        let mut found = Vec::new();
        let mut problem = |field, kind| found.push(FieldProblem::new(field, kind));
        if self.id == 0 {
            problem("id", ProblemKind::NotAnId);
        }
        if self.name.trim().is_empty() {
            problem("name", ProblemKind::Empty);
        }
        let numbers = [
            ("revenue", Some(self.revenue)),
            ("contribution_margin", self.contribution_margin),
            ("potential", self.potential),
        ];
        for (field, value) in numbers {
            if value.is_some_and(|v| !v.is_finite()) {
                problem(field, ProblemKind::NotANumber);
            }
        }
        if self.potential.is_some_and(|p| p < 0.0) {
            problem("potential", ProblemKind::Negative);
        }
        if self
            .relationship_since
            .is_some_and(|y| !(MIN_YEAR..=MAX_YEAR).contains(&y))
        {
            problem("relationship_since", ProblemKind::NotAYear);
        }
        found
    }

    /// Small repairs both the form and the importer make: trimmed name, customer
    /// number, industry and region; tags trimmed, without blanks and duplicates.
    pub fn tidy(&mut self) {
        for text in [
            &mut self.name,
            &mut self.customer_number,
            &mut self.industry,
            &mut self.region,
        ] {
            let trimmed = text.trim();
            if trimmed.len() != text.len() {
                *text = trimmed.to_string();
            }
        }
        let mut tags: Vec<String> = Vec::with_capacity(self.tags.len());
        for tag in self.tags.iter().map(|t| t.trim()) {
            if !tag.is_empty() && !tags.iter().any(|t| t == tag) {
                tags.push(tag.to_string());
            }
        }
        self.tags = tags;
    }
}

/// [`Account::share_of_wallet`] of figures not yet stored: the form shows it while the
/// user types, and must say what the register will.
pub fn share_of_wallet(revenue: f64, potential: Option<f64>) -> Option<f64> {
    match potential {
        Some(p) if p > 0.0 && p.is_finite() && revenue.is_finite() => {
            Some(revenue.max(0.0) / p * 100.0)
        }
        _ => None,
    }
}
