//! The supplier-role ladder and the selling dimension of a key account (docs/methods.md,
//! "Supplier roles and the selling dimension"): dated histories with a target, and what they say at a
//! date, per period and between two dates.
//!
//! A history is a list of steps in any order; every function reads it sorted by date,
//! and steps on the same day count in the order they were entered (the later one wins).
//! Steps dated after "today" are planned: they do not count yet.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::day::Day;
use super::AccountId;

/// A rung of a ladder: ordered, with a position (0 = lowest).
pub trait Rung: Copy + Ord + std::fmt::Debug + 'static {
    const ALL: &'static [Self];
    fn position(self) -> usize {
        Self::ALL.iter().position(|r| *r == self).unwrap_or(0)
    }
}

/// The role the supplier holds with a key account, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupplierRole {
    /// Gelegenheitslieferant
    Occasional,
    /// Standardlieferant (Stammlieferant)
    Regular,
    /// Vorzugslieferant
    Preferred,
    /// Systempartner
    SystemPartner,
}

impl Rung for SupplierRole {
    const ALL: &'static [Self] = &[
        SupplierRole::Occasional,
        SupplierRole::Regular,
        SupplierRole::Preferred,
        SupplierRole::SystemPartner,
    ];
}

/// How far selling to a key account has come (docs/methods.md), lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SellingStage {
    SingleSelling,
    CrossSelling,
    UpSelling,
    /// Conjoint development
    JointDevelopment,
}

impl Rung for SellingStage {
    const ALL: &'static [Self] = &[
        SellingStage::SingleSelling,
        SellingStage::CrossSelling,
        SellingStage::UpSelling,
        SellingStage::JointDevelopment,
    ];
}

/// One dated step of a history, with what earned or lost it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step<T> {
    pub date: Day,
    pub value: T,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Where a history should get to, and by when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target<T> {
    pub value: T,
    pub date: Day,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A dated history with an optional target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct History<T> {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step<T>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target<T>>,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History {
            steps: Vec::new(),
            target: None,
            extra: Map::new(),
        }
    }
}

/// How a step compares with the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    First,
    Up,
    Down,
    Same,
}

fn change<T: Ord>(before: Option<T>, after: T) -> Change {
    match before {
        None => Change::First,
        Some(b) if after > b => Change::Up,
        Some(b) if after < b => Change::Down,
        Some(_) => Change::Same,
    }
}

/// A step with how long it held: until the next step, or until today for the current
/// one. A planned step (after today) has no duration yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Span<T> {
    /// Index into `History::steps`.
    pub index: usize,
    pub date: Day,
    pub value: T,
    pub change: Change,
    /// Whole days the step held (so far, for the current step).
    pub days: Option<i64>,
    pub current: bool,
    pub planned: bool,
}

impl<T: Rung> History<T> {
    /// Indices of the steps in date order; same-day steps keep their entry order.
    pub fn order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.steps.len()).collect();
        order.sort_by_key(|&i| self.steps[i].date);
        order
    }

    /// The value on `day`: the last step on or before it.
    pub fn at(&self, day: Day) -> Option<T> {
        self.order()
            .into_iter()
            .map(|i| &self.steps[i])
            .take_while(|s| s.date <= day)
            .last()
            .map(|s| s.value)
    }

    /// Every step in date order with its change and duration, as of `today`.
    pub fn spans(&self, today: Day) -> Vec<Span<T>> {
        let order = self.order();
        let current = order
            .iter()
            .rposition(|&i| self.steps[i].date <= today)
            .map(|pos| order[pos]);
        let mut before = None;
        order
            .iter()
            .enumerate()
            .map(|(pos, &i)| {
                let step = &self.steps[i];
                let planned = step.date > today;
                let until = order
                    .get(pos + 1)
                    .map(|&n| self.steps[n].date.min(today))
                    .unwrap_or(today);
                let span = Span {
                    index: i,
                    date: step.date,
                    value: step.value,
                    change: change(before, step.value),
                    days: (!planned).then(|| step.date.days_until(until)),
                    current: current == Some(i),
                    planned,
                };
                before = Some(step.value);
                span
            })
            .collect()
    }

    /// The target date has passed and the value on it (or today) is below the target.
    pub fn overdue(&self, today: Day) -> bool {
        match &self.target {
            Some(t) if t.date < today => self.at(today).is_none_or(|v| v < t.value),
            _ => false,
        }
    }
}

/// A length of the periods of a movement chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Month,
    #[default]
    Quarter,
    Year,
}

impl Period {
    /// The period `day` falls in: (year, index within the year: month 1-12, quarter 1-4,
    /// or 1 for a year).
    pub fn of(self, day: Day) -> (i32, u8) {
        match self {
            Period::Month => (day.year(), day.month()),
            Period::Quarter => (day.year(), (day.month() - 1) / 3 + 1),
            Period::Year => (day.year(), 1),
        }
    }

    fn next(self, (year, n): (i32, u8)) -> (i32, u8) {
        let per_year = match self {
            Period::Month => 12,
            Period::Quarter => 4,
            Period::Year => 1,
        };
        if n >= per_year {
            (year + 1, 1)
        } else {
            (year, n + 1)
        }
    }

    /// The last day of a period.
    pub fn last_day(self, (year, n): (i32, u8)) -> Day {
        let month = match self {
            Period::Month => n,
            Period::Quarter => n * 3,
            Period::Year => 12,
        };
        let month = time::Month::try_from(month).unwrap_or(time::Month::December);
        let day = time::util::days_in_month(month, year);
        Day::new(year, u8::from(month), day).expect("a valid last day")
    }
}

/// How many accounts stood on each rung at the end of one period.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodCount {
    /// (year, month 1-12 / quarter 1-4 / 1)
    pub period: (i32, u8),
    /// Per rung, in `Rung::ALL` order.
    pub counts: Vec<usize>,
    /// Accounts without any step by then.
    pub none: usize,
}

/// Counts per rung at the end of every period from the one containing `from` to the one
/// containing `to` (the last one counted as of `to`, so today's counts are today's).
/// At most `max_periods` periods, the latest ones.
pub fn counts_per_period<T: Rung>(
    histories: &[&History<T>],
    period: Period,
    from: Day,
    to: Day,
    max_periods: usize,
) -> Vec<PeriodCount> {
    if from > to {
        return Vec::new();
    }
    let mut periods = Vec::new();
    let (mut p, last) = (period.of(from), period.of(to));
    while p <= last {
        periods.push(p);
        p = period.next(p);
    }
    let skip = periods.len().saturating_sub(max_periods);
    periods
        .into_iter()
        .skip(skip)
        .map(|p| {
            let end = period.last_day(p).min(to);
            let mut counts = vec![0; T::ALL.len()];
            let mut none = 0;
            for h in histories {
                match h.at(end) {
                    Some(v) => counts[v.position()] += 1,
                    None => none += 1,
                }
            }
            PeriodCount {
                period: p,
                counts,
                none,
            }
        })
        .collect()
}

/// An account whose value differs between two days.
#[derive(Debug, Clone, PartialEq)]
pub struct Move<T> {
    pub account: AccountId,
    pub before: Option<T>,
    pub after: Option<T>,
    pub up: bool,
}

/// The accounts that moved between `from` and `to` (up or down), in the given order.
pub fn moves<T: Rung>(histories: &[(AccountId, &History<T>)], from: Day, to: Day) -> Vec<Move<T>> {
    histories
        .iter()
        .filter_map(|&(account, h)| {
            let (before, after) = (h.at(from), h.at(to));
            (before != after).then(|| Move {
                account,
                before,
                after,
                up: after > before,
            })
        })
        .collect()
}

/// The earliest step of any history, for the start of a movement chart.
pub fn first_day<T: Rung>(histories: &[&History<T>]) -> Option<Day> {
    histories
        .iter()
        .flat_map(|h| h.steps.iter().map(|s| s.date))
        .min()
}
