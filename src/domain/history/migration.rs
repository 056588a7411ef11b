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
    named_accounts_of_year(yearly, &names(accounts), year)
}

/// Names by id.
fn names(accounts: &[Account]) -> HashMap<AccountId, &str> {
    accounts.iter().map(|a| (a.id, a.name.as_str())).collect()
}

fn named_accounts_of_year(
    yearly: &Yearly,
    names: &HashMap<AccountId, &str>,
    year: i32,
) -> Vec<Account> {
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
    let ids: Vec<AccountId> = yearly.accounts().collect();
    let list = standing_list(yearly, &ids, &names(accounts), year, thresholds);
    ids.into_iter().zip(list).collect()
}

/// [`standings`] as a list in the order of `ids` (every customer with a history, in id
/// order): a search of the sorted ids instead of a hash per customer.
fn standing_list(
    yearly: &Yearly,
    ids: &[AccountId],
    names: &HashMap<AccountId, &str>,
    year: i32,
    thresholds: AbcThresholds,
) -> Vec<Standing> {
    let result = abc_analysis(
        &named_accounts_of_year(yearly, names, year),
        Measure::Revenue,
        thresholds,
    );
    let mut list = vec![Standing::NoRevenue; ids.len()];
    for r in &result.rows {
        if let Ok(i) = ids.binary_search(&r.id) {
            list[i] = Standing::Class(r.class);
        }
    }
    list
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
    let ids: Vec<AccountId> = yearly.accounts().collect();
    let names = names(accounts);
    let before = standing_list(yearly, &ids, &names, from_year, thresholds);
    let after = standing_list(yearly, &ids, &names, to_year, thresholds);
    let mut cells: [[MigrationCell; 4]; 4] = Default::default();
    // Each revenue looked up once, not in every comparison of the sort.
    let mut order: Vec<(usize, f64)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (i, yearly.revenue(*id, to_year)))
        .collect();
    order.sort_by(|(a, ra), (b, rb)| {
        crate::domain::precision::cmp(*rb, *ra).then_with(|| ids[*a].cmp(&ids[*b]))
    });
    for (i, revenue_to) in order {
        let (from, to) = (before[i], after[i]);
        if from == Standing::NoRevenue && to == Standing::NoRevenue {
            continue;
        }
        let id = ids[i];
        let cell = &mut cells[from.index()][to.index()];
        cell.accounts.push(id);
        cell.revenue_from += yearly.revenue(id, from_year);
        cell.revenue_to += revenue_to;
    }
    Migration {
        from_year,
        to_year,
        cells,
    }
}
