//! Development over time: per year the customers, revenue, new and lost customers,
//! revenue churn and net revenue retention (docs/methods.md, "Development over time").

use super::{percent, Yearly};
use crate::domain::precision::snap;

/// The figures of one year.
#[derive(Debug, Clone, PartialEq)]
pub struct YearFigures {
    pub year: i32,
    /// Customers with net revenue above zero in the year.
    pub customers: usize,
    /// Net revenue of all customers in the year (credits included).
    pub revenue: f64,
    /// Customers whose first year with revenue is this one. `None` for the first year
    /// of the history: without an earlier year nobody can be told apart as new.
    pub new_customers: Option<usize>,
    /// Customers with revenue the year before and none this year (`None` in the first
    /// year of the history).
    pub lost_customers: Option<usize>,
    /// The lost customers' revenue of the year before, in percent of the revenue of all
    /// customers who bought the year before.
    pub churn_rate: Option<f64>,
    /// This year's revenue of last year's customers, in percent of their revenue last
    /// year: above 100 % they grew more than the lost ones took away.
    pub net_revenue_retention: Option<f64>,
}

/// The figures for every year from `from` to `to` (inclusive; empty when `to < from`).
pub fn development(yearly: &Yearly, from: i32, to: i32) -> Vec<YearFigures> {
    let first_year = yearly.span().map(|(lo, _)| lo);
    let sums = |years: &std::collections::BTreeMap<i32, f64>, year: i32| {
        years.get(&year).copied().unwrap_or(0.0)
    };
    let active = |revenue: f64| snap(revenue) > 0.0;
    // Each customer's years and first year with revenue, looked up once (not once per
    // customer and year: 20,000 customers × 5 years were most of the page's task).
    let customers: Vec<_> = yearly
        .each()
        .map(|(_, years)| {
            let first = years.iter().find(|(_, v)| active(**v)).map(|(y, _)| *y);
            (years, first)
        })
        .collect();
    (from..=to)
        .map(|year| {
            let mut fig = YearFigures {
                year,
                customers: 0,
                revenue: 0.0,
                new_customers: None,
                lost_customers: None,
                churn_rate: None,
                net_revenue_retention: None,
            };
            // Comparisons with the year before need that year inside the history.
            let has_before = first_year.is_some_and(|first| year > first);
            let (mut new, mut lost) = (0usize, 0usize);
            let (mut base, mut lost_base, mut kept) = (0.0, 0.0, 0.0);
            for (years, first_active) in &customers {
                let now = sums(years, year);
                fig.revenue += now;
                let is_active = active(now);
                fig.customers += usize::from(is_active);
                if !has_before {
                    continue;
                }
                if is_active && *first_active == Some(year) {
                    new += 1;
                }
                let before = sums(years, year - 1);
                if active(before) {
                    base += before;
                    kept += now;
                    if !is_active {
                        lost += 1;
                        lost_base += before;
                    }
                }
            }
            if has_before {
                fig.new_customers = Some(new);
                fig.lost_customers = Some(lost);
                fig.churn_rate = percent(lost_base, base);
                fig.net_revenue_retention = percent(kept, base);
            }
            fig
        })
        .collect()
}
