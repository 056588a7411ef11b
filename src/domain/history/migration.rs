//! Class migration between two years: the ABC class of every customer in each year
//! (the Pareto analysis of that year's revenue), counted as a matrix (docs/methods.md,
//! "Development over time").

use std::collections::HashMap;

use super::Yearly;
use crate::domain::account::{Account, AccountId};
use crate::domain::pareto::{abc_analysis, AbcClass, AbcThresholds, Measure};

/// Where a customer stands in a year: its ABC class, or no revenue at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Standing {
    Class(AbcClass),
    /// No revenue above zero that year (not yet a customer, or lost).
    NoRevenue,
}

impl Standing {
    /// The rows and columns of the matrix, in order.
    pub const ALL: [Standing; 4] = [
        Standing::Class(AbcClass::A),
        Standing::Class(AbcClass::B),
        Standing::Class(AbcClass::C),
        Standing::NoRevenue,
    ];

    fn index(self) -> usize {
        match self {
            Standing::Class(c) => c.index(),
            Standing::NoRevenue => 3,
        }
    }
}

/// One cell of the matrix: the customers that went from one standing to another.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MigrationCell {
    /// In the order of the later year's revenue, largest first.
    pub accounts: Vec<AccountId>,
    /// Their revenue in the earlier and in the later year.
    pub revenue_from: f64,
    pub revenue_to: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Migration {
    pub from_year: i32,
    pub to_year: i32,
    /// `cells[from][to]` in the order of [`Standing::ALL`].
    pub cells: [[MigrationCell; 4]; 4],
}

impl Migration {
    pub fn cell(&self, from: Standing, to: Standing) -> &MigrationCell {
        &self.cells[from.index()][to.index()]
    }
}

/// The customers that bought in `year` (net revenue above zero), each with that year's
/// revenue and its name from `accounts`: what the Pareto analysis of a year ranks.
pub fn accounts_of_year(yearly: &Yearly, accounts: &[Account], year: i32) -> Vec<Account> {
    let names: HashMap<AccountId, &str> =
        accounts.iter().map(|a| (a.id, a.name.as_str())).collect();
    yearly
        .accounts()
        .filter(|id| yearly.active(*id, year))
        .map(|id| {
            let name = names.get(&id).copied().unwrap_or_default();
            Account::new(id, name, yearly.revenue(id, year))
        })
        .collect()
}

/// The class of every customer in `year` (customers without revenue that year have
/// none). `accounts` gives the names that break ties, as on the Pareto page.
pub fn standings(
    yearly: &Yearly,
    accounts: &[Account],
    year: i32,
    thresholds: AbcThresholds,
) -> HashMap<AccountId, Standing> {
    let result = abc_analysis(
        &accounts_of_year(yearly, accounts, year),
        Measure::Revenue,
        thresholds,
    );
    yearly
        .accounts()
        .map(|id| (id, Standing::NoRevenue))
        .chain(result.rows.iter().map(|r| (r.id, Standing::Class(r.class))))
        .collect()
}

/// How the customers with a history moved between `from_year` and `to_year`. Customers
/// without revenue in both years are left out.
pub fn migration(
    yearly: &Yearly,
    accounts: &[Account],
    from_year: i32,
    to_year: i32,
    thresholds: AbcThresholds,
) -> Migration {
    let before = standings(yearly, accounts, from_year, thresholds);
    let after = standings(yearly, accounts, to_year, thresholds);
    let mut cells: [[MigrationCell; 4]; 4] = Default::default();
    // Each revenue looked up once, not in every comparison of the sort.
    let mut ids: Vec<(AccountId, f64)> = yearly
        .accounts()
        .map(|id| (id, yearly.revenue(id, to_year)))
        .collect();
    ids.sort_by(|(a, ra), (b, rb)| crate::domain::precision::cmp(*rb, *ra).then_with(|| a.cmp(b)));
    for (id, _) in ids {
        let (from, to) = (before[&id], after[&id]);
        if from == Standing::NoRevenue && to == Standing::NoRevenue {
            continue;
        }
        let cell = &mut cells[from.index()][to.index()];
        cell.accounts.push(id);
        cell.revenue_from += yearly.revenue(id, from_year);
        cell.revenue_to += yearly.revenue(id, to_year);
    }
    Migration {
        from_year,
        to_year,
        cells,
    }
}
