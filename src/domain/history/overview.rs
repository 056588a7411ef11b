//! What the "Development over time" page starts from: its default years, the sentence
//! above the migration matrix (slipped and lost customers) and the growth table's rows
//! in the order the user asks for (docs/methods.md, "Development over time").

use std::cmp::Ordering;
use std::collections::HashMap;

use super::growth::{growth_of, Growth};
use super::migration::{Migration, Standing};
use super::{SalesHistory, Yearly};
use crate::domain::account::AccountId;
use crate::domain::pareto::AbcClass;

/// The whole history up to the latest full year: `(first year, latest full year)`.
/// `None` without history. A history that starts after `today_year` (typed ahead)
/// still gives its own years.
pub fn default_span(history: &SalesHistory, today_year: i32) -> Option<(i32, i32)> {
    let first = *history.years().first()?;
    let to = history.latest_full_year(today_year)?;
    Some((first.min(to), to))
}

/// [`default_span`] from the yearly sums (their years are the history's): no pass over
/// the rows.
pub fn default_span_of(yearly: &Yearly, today_year: i32) -> Option<(i32, i32)> {
    let first = *yearly.row_years().first()?;
    let to = yearly.latest_full_year(today_year)?;
    Some((first.min(to), to))
}

/// The migration's default years: the year before the latest full year → the latest
/// full year; with a single year of history, that year twice.
pub fn default_migration_years(history: &SalesHistory, today_year: i32) -> Option<(i32, i32)> {
    let (first, to) = default_span(history, today_year)?;
    Some(((to - 1).max(first), to))
}

/// [`default_migration_years`] from the yearly sums.
pub fn default_migration_years_of(yearly: &Yearly, today_year: i32) -> Option<(i32, i32)> {
    let (first, to) = default_span_of(yearly, today_year)?;
    Some(((to - 1).max(first), to))
}

/// A number of customers and their revenue in the earlier year.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Moved {
    pub count: usize,
    pub revenue_from: f64,
    pub revenue_to: f64,
}

impl Migration {
    fn sum(&self, cells: &[(Standing, Standing)]) -> Moved {
        cells.iter().fold(Moved::default(), |acc, (from, to)| {
            let c = self.cell(*from, *to);
            Moved {
                count: acc.count + c.accounts.len(),
                revenue_from: acc.revenue_from + c.revenue_from,
                revenue_to: acc.revenue_to + c.revenue_to,
            }
        })
    }

    /// A customers of the earlier year that are B or C in the later one (still buying,
    /// but less than the A class takes).
    pub fn slipped(&self) -> Moved {
        let a = Standing::Class(AbcClass::A);
        self.sum(&[
            (a, Standing::Class(AbcClass::B)),
            (a, Standing::Class(AbcClass::C)),
        ])
    }

    /// Customers with revenue in the earlier year and none in the later one, of every
    /// class.
    pub fn lost(&self) -> Moved {
        let cells: Vec<_> = Standing::ALL[..3]
            .iter()
            .map(|from| (*from, Standing::NoRevenue))
            .collect();
        self.sum(&cells)
    }
}

/// A column of the growth table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GrowthColumn {
    Name,
    LastYear,
    YearOverYear,
    Cagr,
    YearsWithRevenue,
    Variation,
}

/// One row of the growth table: a customer's growth and stability with its name and
/// its revenue in the span's last year.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthRow {
    pub name: String,
    pub last_year: f64,
    pub growth: Growth,
}

impl GrowthRow {
    pub fn account(&self) -> AccountId {
        self.growth.account
    }

    fn value(&self, column: GrowthColumn) -> Option<f64> {
        let g = &self.growth;
        match column {
            GrowthColumn::Name => None,
            GrowthColumn::LastYear => Some(self.last_year),
            GrowthColumn::YearOverYear => g.year_over_year,
            GrowthColumn::Cagr => g.cagr,
            GrowthColumn::YearsWithRevenue => Some(g.years_with_revenue as f64),
            GrowthColumn::Variation => g.variation,
        }
    }
}

/// The growth table from `from` to `to`: every customer with any revenue (or credit)
/// in the span, named by `name_of`; customers without a record in the span are left
/// out. In id order; see [`sort_growth`].
pub fn growth_rows(
    yearly: &Yearly,
    from: i32,
    to: i32,
    name_of: &dyn Fn(AccountId) -> String,
) -> Vec<GrowthRow> {
    if to < from {
        return Vec::new();
    }
    yearly
        .accounts()
        .filter(|id| (from..=to).any(|y| yearly.revenue(*id, y) != 0.0))
        .map(|id| GrowthRow {
            name: name_of(id),
            last_year: yearly.revenue(id, to),
            growth: growth_of(yearly, id, from, to),
        })
        .collect()
}

/// Sorts the growth table by `column`. Empty figures (`None`: no rate defined) come
/// last in both directions; ties go by name (ignoring case), then by id.
pub fn sort_growth(rows: &mut [GrowthRow], column: GrowthColumn, ascending: bool) {
    let by_name = |a: &GrowthRow, b: &GrowthRow| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then_with(|| a.account().cmp(&b.account()))
    };
    rows.sort_by(|a, b| {
        let primary = if column == GrowthColumn::Name {
            by_name(a, b)
        } else {
            match (a.value(column), b.value(column)) {
                (Some(x), Some(y)) => crate::domain::precision::cmp(x, y),
                (Some(_), None) => return Ordering::Less,
                (None, Some(_)) => return Ordering::Greater,
                (None, None) => Ordering::Equal,
            }
        };
        let primary = if ascending {
            primary
        } else {
            primary.reverse()
        };
        primary.then_with(|| by_name(a, b))
    });
}

/// A customer of a migration cell with its revenue in both years.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CellCustomer {
    pub account: AccountId,
    pub revenue_from: f64,
    pub revenue_to: f64,
}

/// The customers of the cell `from` → `to`, largest first: by the later year's revenue,
/// then by the earlier year's (lost customers all have none later), then by id.
pub fn cell_customers(
    yearly: &Yearly,
    m: &Migration,
    from: Standing,
    to: Standing,
) -> Vec<CellCustomer> {
    let mut list: Vec<CellCustomer> = m
        .cell(from, to)
        .accounts
        .iter()
        .map(|id| CellCustomer {
            account: *id,
            revenue_from: yearly.revenue(*id, m.from_year),
            revenue_to: yearly.revenue(*id, m.to_year),
        })
        .collect();
    list.sort_by(|a, b| {
        use crate::domain::precision::cmp;
        cmp(b.revenue_to, a.revenue_to)
            .then_with(|| cmp(b.revenue_from, a.revenue_from))
            .then_with(|| a.account.cmp(&b.account))
    });
    list
}

/// Growth (CAGR, percent) and stability (coefficient of variation, percent) of every
/// customer with a history, over the whole history up to the latest full year: what
/// the value model's criteria `Source::Growth` and `Source::Stability` rate. Empty
/// without history.
pub fn value_figures(
    history: &SalesHistory,
    today_year: i32,
) -> HashMap<AccountId, (Option<f64>, Option<f64>)> {
    let yearly = Yearly::from_records(history);
    let Some((from, to)) = default_span_of(&yearly, today_year) else {
        return HashMap::new();
    };
    yearly
        .accounts()
        .map(|id| {
            let g = growth_of(&yearly, id, from, to);
            (id, (g.cagr, g.variation))
        })
        .collect()
}
