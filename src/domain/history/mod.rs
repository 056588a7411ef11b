//! Sales history: revenue (and margin) per customer, period and offering, and the
//! figures of "Development over time" (docs/methods.md, "Development over time").
//!
//! This is the pure core that the history pages build on: the types a history row is
//! made of, the yearly totals every figure starts from, and the figures themselves
//! ([`development`], [`migration`], [`growth`], [`whitespace`], [`penetration`]).

pub mod development;
pub mod growth;
pub mod import;
pub mod import_columns;
pub mod import_merge;
pub mod import_reader;
pub mod migration;
pub mod overview;
pub mod penetration;
mod period;
mod section;
pub mod thin_years;
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

impl SalesRecord {
    /// A row without offering, unit or margin.
    pub fn new(account: AccountId, period: Period, revenue: f64) -> SalesRecord {
        SalesRecord {
            account,
            period,
            offering: None,
            unit: None,
            revenue,
            margin: None,
        }
    }

    /// A row of a whole year without offering, unit or margin.
    pub fn of_year(account: AccountId, year: i32, revenue: f64) -> SalesRecord {
        SalesRecord::new(account, Period::Year(year), revenue)
    }

    /// The same row for `offering` in `unit` (`None`: the customer as a whole).
    pub fn sold(self, offering: OfferingId, unit: Option<UnitId>) -> SalesRecord {
        SalesRecord {
            offering: Some(offering),
            unit,
            ..self
        }
    }
}

/// Revenue per customer and year, summed over periods, offerings and units: what every
/// figure of the development starts from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Yearly {
    by_account: BTreeMap<AccountId, BTreeMap<i32, f64>>,
    /// Every year with a row (revenue finite or not), ascending: what
    /// [`SalesHistory::years`] gives, without another pass over the rows.
    years: Vec<i32>,
}

impl Yearly {
    /// Sums the records by customer and year (credits included). One pass; a run of
    /// rows of the same customer (an export's usual order) looks the customer up once,
    /// and each sum adds its rows in their order, so the figures are those of adding
    /// row by row.
    pub fn from_records(records: &[SalesRecord]) -> Yearly {
        let mut by_account: BTreeMap<AccountId, BTreeMap<i32, f64>> = BTreeMap::new();
        let mut years = std::collections::BTreeSet::new();
        let mut rest = records;
        while let Some(first) = rest.first() {
            let account = first.account;
            let run = rest.iter().take_while(|r| r.account == account).count();
            let (same, after) = rest.split_at(run);
            rest = after;
            let mut last_year = None;
            for year in same.iter().map(|r| r.period.year()) {
                if last_year != Some(year) {
                    years.insert(year);
                    last_year = Some(year);
                }
            }
            let mut finite = same.iter().filter(|r| r.revenue.is_finite()).peekable();
            if finite.peek().is_some() {
                let sums = by_account.entry(account).or_default();
                for r in finite {
                    *sums.entry(r.period.year()).or_default() += r.revenue;
                }
            }
        }
        Yearly {
            by_account,
            years: years.into_iter().collect(),
        }
    }

    /// Every year with a row, ascending (as [`SalesHistory::years`]; rows whose revenue
    /// is not a number count too).
    pub fn row_years(&self) -> &[i32] {
        &self.years
    }

    /// As [`SalesHistory::latest_full_year`]: the latest year before `today_year` with
    /// rows, else the latest year with rows.
    pub fn latest_full_year(&self, today_year: i32) -> Option<i32> {
        let years = self.row_years();
        years
            .iter()
            .rev()
            .find(|&&y| y < today_year)
            .or(years.last())
            .copied()
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

    /// Every customer with a history, in id order, with its revenue by year: for passes
    /// over all customers that would otherwise look each one up per year.
    pub(crate) fn each(&self) -> impl Iterator<Item = (AccountId, &BTreeMap<i32, f64>)> + '_ {
        self.by_account.iter().map(|(id, years)| (*id, years))
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

impl Yearly {
    /// The change of `account`'s revenue from `year - 1` to `year`, in percent; `None`
    /// when the year before had no revenue above zero (growth from nothing is not a
    /// percentage).
    pub fn change(&self, account: AccountId, year: i32) -> Option<f64> {
        percent(
            self.revenue(account, year) - self.revenue(account, year - 1),
            self.revenue(account, year - 1),
        )
    }

    /// The revenue of `account` in each year of `from..=to` (0 without a record): what
    /// a trend line of the customer draws.
    pub fn series(&self, account: AccountId, from: i32, to: i32) -> Vec<f64> {
        (from..=to).map(|y| self.revenue(account, y)).collect()
    }

    /// How many customers bought in `year` (net revenue above zero).
    pub fn buyers(&self, year: i32) -> usize {
        self.accounts().filter(|a| self.active(*a, year)).count()
    }

    /// Every year with a record of any customer.
    pub fn years(&self) -> std::collections::BTreeSet<i32> {
        self.by_account
            .values()
            .flat_map(|y| y.keys().copied())
            .collect()
    }

    /// Whether `account` has any record.
    pub fn has(&self, account: AccountId) -> bool {
        self.by_account.contains_key(&account)
    }
}

/// The points of a sparkline in a `width` × `height` box: one per value, spread
/// evenly, zero (or the lowest value, if below zero) at the bottom, the highest at the
/// top; a series of zeros is drawn in the middle.
pub fn sparkline_points(values: &[f64], width: f64, height: f64) -> Vec<(f64, f64)> {
    let finite = values.iter().copied().filter(|v| v.is_finite());
    let lo = finite.clone().fold(0.0_f64, f64::min);
    let hi = finite.fold(f64::NEG_INFINITY, f64::max);
    let step = if values.len() > 1 {
        width / (values.len() - 1) as f64
    } else {
        0.0
    };
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let v = if v.is_finite() { *v } else { 0.0 };
            let y = if super::precision::snap(hi - lo) > 0.0 {
                height - (v - lo) / (hi - lo) * height
            } else {
                height / 2.0
            };
            (i as f64 * step, y)
        })
        .collect()
}

/// An offering (`None`: rows without one) and its revenue per year.
pub type OfferingSeries = (Option<OfferingId>, Vec<f64>);

/// One customer's revenue per year and offering, for its trend: the years from its first
/// to its last record, and for every offering it has rows of (`None`: rows without an
/// offering) the revenue per year, in the order of `offerings` (unknown ids, then no
/// offering, last).
pub fn by_offering(
    records: &[SalesRecord],
    offerings: &[Offering],
    account: AccountId,
) -> (Vec<i32>, Vec<OfferingSeries>) {
    let mut sums: BTreeMap<(Option<OfferingId>, i32), f64> = BTreeMap::new();
    for r in records.iter().filter(|r| r.account == account) {
        *sums.entry((r.offering, r.period.year())).or_default() += r.revenue;
    }
    let years = sums.keys().map(|k| k.1);
    let (Some(first), Some(last)) = (years.clone().min(), years.max()) else {
        return (Vec::new(), Vec::new());
    };
    let years: Vec<i32> = (first..=last).collect();
    let mut keys: Vec<Option<OfferingId>> = sums.keys().map(|k| k.0).collect();
    keys.dedup();
    let position = |k: &Option<OfferingId>| match k {
        Some(o) => offerings
            .iter()
            .position(|x| x.id == *o)
            .unwrap_or(usize::MAX - 1),
        None => usize::MAX,
    };
    keys.sort_by_key(position);
    let series = keys
        .into_iter()
        .map(|k| {
            let values = years
                .iter()
                .map(|y| sums.get(&(k, *y)).copied().unwrap_or(0.0))
                .collect();
            (k, values)
        })
        .collect();
    (years, series)
}
