//! A year with revenue for only a few customers (docs/methods.md, "Development over
//! time"): an ERP export of the current year for two customers, imported into a history
//! of two hundred, makes the other 198 look lost in that year. The import preview and
//! the register say so instead of letting −100 % speak for itself.

use std::collections::{BTreeSet, HashMap};

use super::import_merge::HistoryMode;
use super::{SalesRecord, Yearly};
use crate::domain::account::AccountId;
use crate::domain::precision::snap;

/// A year with buyers (net revenue above zero) for fewer than half the buyers of the
/// year before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThinYear {
    pub year: i32,
    /// Customers with revenue above zero in `year`.
    pub customers: usize,
    /// Customers with revenue above zero in the year before.
    pub before: usize,
}

/// Whether `customers` buyers after `before` buyers make a thin year: fewer than half.
pub fn is_thin(customers: usize, before: usize) -> bool {
    customers * 2 < before
}

/// `year` in `yearly`, if it is thin against the year before.
pub fn thin_year(yearly: &Yearly, year: i32) -> Option<ThinYear> {
    let (customers, before) = (yearly.buyers(year), yearly.buyers(year - 1));
    is_thin(customers, before).then_some(ThinYear {
        year,
        customers,
        before,
    })
}

/// The years an import brings that the stored history does not have (every year, when
/// it replaces the history) and that are thin against the year before as the history
/// will be after it: the stored buyers of that year (when merging) and the imported
/// ones. In year order.
pub fn thin_new_years(
    stored: &Yearly,
    imported: &[SalesRecord],
    mode: HistoryMode,
) -> Vec<ThinYear> {
    let kept = mode == HistoryMode::Merge;
    let stored_years = if kept {
        stored.years()
    } else {
        BTreeSet::new()
    };
    let new_years: BTreeSet<i32> = imported
        .iter()
        .map(|r| r.period.year())
        .filter(|y| !stored_years.contains(y))
        .collect();
    // Net revenue per customer in the new years and the years before them only.
    let mut sums: HashMap<(AccountId, i32), f64> = HashMap::new();
    for r in imported.iter().filter(|r| r.revenue.is_finite()) {
        let y = r.period.year();
        if new_years.contains(&y) || new_years.contains(&(y + 1)) {
            *sums.entry((r.account, y)).or_default() += r.revenue;
        }
    }
    let buyers_in = |year: i32| -> BTreeSet<AccountId> {
        sums.iter()
            .filter(|((_, y), v)| *y == year && snap(**v) > 0.0)
            .map(|((a, _), _)| *a)
            .collect()
    };
    new_years
        .into_iter()
        .filter_map(|year| {
            let customers = buyers_in(year).len();
            let mut before = buyers_in(year - 1);
            if kept {
                before.extend(stored.accounts().filter(|a| stored.active(*a, year - 1)));
            }
            is_thin(customers, before.len()).then_some(ThinYear {
                year,
                customers,
                before: before.len(),
            })
        })
        .collect()
}
