//! Growth and stability per customer over a span of years (docs/methods.md,
//! "Development over time"): both are quantitative criteria of the value model.

use super::{percent, Yearly};
use crate::domain::account::AccountId;
use crate::domain::precision::snap;

#[derive(Debug, Clone, PartialEq)]
pub struct Growth {
    pub account: AccountId,
    /// Change of the last year of the span against the year before, in percent
    /// (`None` when the year before had no revenue above zero).
    pub year_over_year: Option<f64>,
    /// Compound annual growth rate from the first to the last year of the span, in
    /// percent (`None` when the span is one year, the first year has no revenue above
    /// zero, or the last year is a net credit).
    pub cagr: Option<f64>,
    /// Years of the span with revenue above zero.
    pub years_with_revenue: usize,
    /// Years in the span.
    pub span_years: usize,
    /// Standard deviation of the yearly revenue over its mean, in percent (a year
    /// without revenue counts as 0; `None` when the mean is not above zero or the span
    /// is one year: one value cannot vary, and 0 % would read as "perfectly steady").
    pub variation: Option<f64>,
}

/// Growth and stability of every customer with a history, from `from` to `to`.
pub fn growth(yearly: &Yearly, from: i32, to: i32) -> Vec<Growth> {
    if to < from {
        return Vec::new();
    }
    yearly
        .accounts()
        .map(|account| growth_of(yearly, account, from, to))
        .collect()
}

/// Growth and stability of one customer.
pub fn growth_of(yearly: &Yearly, account: AccountId, from: i32, to: i32) -> Growth {
    let values: Vec<f64> = (from..=to).map(|y| yearly.revenue(account, y)).collect();
    let n = values.len();
    let last = values.last().copied().unwrap_or(0.0);
    let year_over_year = if n >= 2 {
        let before = values[n - 2];
        percent(last - before, before)
    } else {
        None
    };
    let first = values.first().copied().unwrap_or(0.0);
    let cagr = (n >= 2 && snap(first) > 0.0 && snap(last) >= 0.0)
        .then(|| ((last.max(0.0) / first).powf(1.0 / (n - 1) as f64) - 1.0) * 100.0);
    let mean = if n == 0 {
        0.0
    } else {
        values.iter().sum::<f64>() / n as f64
    };
    let variation = (n >= 2 && snap(mean) > 0.0).then(|| {
        let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n as f64;
        var.sqrt() / mean * 100.0
    });
    Growth {
        account,
        year_over_year,
        cagr,
        years_with_revenue: (from..=to).filter(|y| yearly.active(account, *y)).count(),
        span_years: n,
        variation,
    }
}
