//! Sales history: revenue (and margin) per customer, period and offering, and the
//! figures of "Development over time" (docs/methods.md, "Development over time").
//!
//! This is the pure core that the history pages build on: the types a history row is
//! made of, the yearly totals every figure starts from, and the figures themselves
//! ([`development`], [`migration`], [`growth`], [`whitespace`], [`penetration`]).

pub mod development;
pub mod growth;
pub mod migration;
pub mod penetration;
mod period;
mod section;
pub mod units;
pub mod whitespace;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::account::AccountId;
pub use period::Period;
pub use section::{validate, Offerings, SalesHistory};
pub use units::{CellMark, CellRef, Unit};

/// Identifier of an offering (product group) inside one workspace.
pub type OfferingId = u32;
/// Identifier of one of a key account's units (plant, site, division, country).
pub type UnitId = u32;

/// Something the supplier sells: a product group, a service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Offering {
    pub id: OfferingId,
    pub name: String,
    /// An optional grouping of offerings ("Antriebe", "Service").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub group: String,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One row of an ERP export: what a customer bought in a period. Stored as a
/// six-value array (see [`section::Row`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "section::Row", into = "section::Row")]
pub struct SalesRecord {
    pub account: AccountId,
    pub period: Period,
    pub offering: Option<OfferingId>,
    pub unit: Option<UnitId>,
    /// Negative for a credit.
    pub revenue: f64,
    pub margin: Option<f64>,
}

/// Revenue per customer and year, summed over periods, offerings and units: what every
/// figure of the development starts from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Yearly {
    by_account: BTreeMap<AccountId, BTreeMap<i32, f64>>,
}

impl Yearly {
    /// Sums the records by customer and year (credits included).
    pub fn from_records(records: &[SalesRecord]) -> Yearly {
        let mut by_account: BTreeMap<AccountId, BTreeMap<i32, f64>> = BTreeMap::new();
        for r in records.iter().filter(|r| r.revenue.is_finite()) {
            *by_account
                .entry(r.account)
                .or_default()
                .entry(r.period.year())
                .or_default() += r.revenue;
        }
        Yearly { by_account }
    }

    /// The revenue of `account` in `year` (0 without a record).
    pub fn revenue(&self, account: AccountId, year: i32) -> f64 {
        self.by_account
            .get(&account)
            .and_then(|years| years.get(&year))
            .copied()
            .unwrap_or(0.0)
    }

    /// A customer "buys" in a year when its net revenue that year is above zero (at the
    /// stated precision: a credit that cancels an invoice leaves nothing).
    pub fn active(&self, account: AccountId, year: i32) -> bool {
        super::precision::snap(self.revenue(account, year)) > 0.0
    }

    /// Every customer with a history, in id order.
    pub fn accounts(&self) -> impl Iterator<Item = AccountId> + '_ {
        self.by_account.keys().copied()
    }

    /// The first and the last year with any record.
    pub fn span(&self) -> Option<(i32, i32)> {
        let years = self.by_account.values().flat_map(|y| y.keys().copied());
        years.fold(None, |acc, y| match acc {
            None => Some((y, y)),
            Some((lo, hi)) => Some((lo.min(y), hi.max(y))),
        })
    }

    /// The first year in which `account` bought (net revenue above zero).
    pub fn first_active_year(&self, account: AccountId) -> Option<i32> {
        let years = self.by_account.get(&account)?;
        years
            .iter()
            .find(|(_, v)| super::precision::snap(**v) > 0.0)
            .map(|(y, _)| *y)
    }
}

/// `part / whole × 100`, or `None` when the base is not above zero.
pub(crate) fn percent(part: f64, whole: f64) -> Option<f64> {
    (super::precision::snap(whole) > 0.0).then(|| part / whole * 100.0)
}
