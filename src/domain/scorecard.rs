//! The balanced scorecard of a key account (docs/methods.md, "Balanced
//! scorecard"): KPIs in four
//! perspectives with a target, a direction and a yellow band, actual values per period,
//! and the traffic-light status of each.

use serde::{Deserialize, Serialize};

use super::precision::at_most;

/// The four perspectives, in the usual order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Perspective {
    /// Finanzen
    Finance,
    /// Kunde/Markt
    Customer,
    /// Prozesse
    Processes,
    /// Lernen/Mitarbeiter
    Learning,
}

impl Perspective {
    pub const ALL: [Perspective; 4] = [
        Perspective::Finance,
        Perspective::Customer,
        Perspective::Processes,
        Perspective::Learning,
    ];
}

/// Which way a KPI is good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Better {
    Higher,
    Lower,
}

/// The traffic light, worst last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Green,
    Yellow,
    Red,
}

/// The status of an actual value against its target.
///
/// Higher is better: green from the target up, yellow within `band` below it (the
/// target minus the band itself is still yellow), red further below. Lower is better:
/// the mirror image. A negative or non-finite band counts as 0 (no yellow).
pub fn status(actual: f64, target: f64, better: Better, band: f64) -> Status {
    let band = if band.is_finite() { band.max(0.0) } else { 0.0 };
    // How far the actual is on the bad side of the target.
    let shortfall = match better {
        Better::Higher => target - actual,
        Better::Lower => actual - target,
    };
    // At the stated precision: the band's edge is yellow even when float subtraction
    // lands a hair beyond it (98.9 − 98.6 = 0.30000000000000426).
    if at_most(shortfall, 0.0) {
        Status::Green
    } else if at_most(shortfall, band) {
        Status::Yellow
    } else {
        Status::Red
    }
}

/// The worst status of a set (a perspective); `None` when there is nothing to judge.
pub fn worst(statuses: impl IntoIterator<Item = Status>) -> Option<Status> {
    statuses.into_iter().max()
}

/// Net promoter score from the shares (in %) of promoters (9-10) and detractors (0-6).
pub fn nps_from_shares(promoters: f64, detractors: f64) -> f64 {
    promoters - detractors
}

/// Net promoter score from raw 0-10 answers; `None` without answers. Answers above 10
/// are not answers and are ignored.
pub fn nps_from_answers(answers: &[u8]) -> Option<f64> {
    let valid: Vec<u8> = answers.iter().copied().filter(|a| *a <= 10).collect();
    if valid.is_empty() {
        return None;
    }
    let n = valid.len() as f64;
    let promoters = valid.iter().filter(|a| **a >= 9).count() as f64;
    let detractors = valid.iter().filter(|a| **a <= 6).count() as f64;
    Some(nps_from_shares(
        promoters / n * 100.0,
        detractors / n * 100.0,
    ))
}

/// A period of actual values: a year (`2026`), a quarter (`2026-Q1`) or a month
/// (`2026-03`).
///
/// Periods order by time, whatever their kind: by the month they end in (a year ends in
/// December, a quarter in its third month); of periods that end together (2026, 2026-Q4
/// and 2026-12) the longer one is the later, since its figure covers the shorter one's
/// and more. So the latest of 2025-Q4 and 2026 is 2026, and of 2026-12 and 2026 it is 2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodKey {
    Year(i32),
    Quarter(i32, u8),
    Month(i32, u8),
}

impl PeriodKey {
    /// (year, month it ends in, length rank): the key periods are ordered by.
    fn time_key(self) -> (i32, u8, u8) {
        match self {
            PeriodKey::Month(y, m) => (y, m, 0),
            PeriodKey::Quarter(y, q) => (y, q * 3, 1),
            PeriodKey::Year(y) => (y, 12, 2),
        }
    }
}

impl Ord for PeriodKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.time_key().cmp(&other.time_key())
    }
}

impl PartialOrd for PeriodKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PeriodKey {
    /// Reads `2026`, `2026-Q1` … `2026-Q4` or `2026-01` … `2026-12`.
    pub fn parse(text: &str) -> Option<PeriodKey> {
        let year = |y: &str| -> Option<i32> {
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .then(|| y.parse().ok())
                .flatten()
        };
        match text.split_once('-') {
            None => year(text).map(PeriodKey::Year),
            Some((y, rest)) => {
                let y = year(y)?;
                if let Some(q) = rest.strip_prefix('Q') {
                    let q: u8 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
                    (rest.len() == 2).then_some(PeriodKey::Quarter(y, q))
                } else {
                    let m: u8 = rest.parse().ok().filter(|m| (1..=12).contains(m))?;
                    (rest.len() == 2).then_some(PeriodKey::Month(y, m))
                }
            }
        }
    }

    pub fn text(self) -> String {
        match self {
            PeriodKey::Year(y) => y.to_string(),
            PeriodKey::Quarter(y, q) => format!("{y}-Q{q}"),
            PeriodKey::Month(y, m) => format!("{y}-{m:02}"),
        }
    }
}

/// What changed between the previous and the latest period of a KPI's actuals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Turn {
    pub previous: Option<Status>,
    pub latest: Status,
}

impl Turn {
    /// Worse than before (green → yellow or red, yellow → red), or bad on its first value.
    pub fn got_worse(self) -> bool {
        match self.previous {
            Some(p) => self.latest > p,
            None => self.latest > Status::Green,
        }
    }
}

/// The status of the latest and the previous period, from actuals in any order;
/// `None` without actuals.
pub fn turn(actuals: &[(PeriodKey, f64)], target: f64, better: Better, band: f64) -> Option<Turn> {
    let mut sorted: Vec<&(PeriodKey, f64)> = actuals.iter().collect();
    sorted.sort_by_key(|(p, _)| *p);
    let judge = |v: f64| status(v, target, better, band);
    let latest = sorted.last()?;
    let previous = sorted.len().checked_sub(2).map(|i| judge(sorted[i].1));
    Some(Turn {
        previous,
        latest: judge(latest.1),
    })
}

/// Where a KPI comes from: one of the usual ones, or free.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Template {
    Revenue,
    ContributionMargin,
    Nps,
    ChurnRate,
    ShareOfWallet,
    CrossSellingRevenue,
    UpSellingRevenue,
}

impl Template {
    pub const ALL: [Template; 7] = [
        Template::Revenue,
        Template::ContributionMargin,
        Template::Nps,
        Template::ChurnRate,
        Template::ShareOfWallet,
        Template::CrossSellingRevenue,
        Template::UpSellingRevenue,
    ];

    /// The usual perspective, unit and direction of the KPI.
    pub fn defaults(self) -> (Perspective, &'static str, Better) {
        use Better::*;
        use Perspective::*;
        match self {
            Template::Revenue
            | Template::ContributionMargin
            | Template::CrossSellingRevenue
            | Template::UpSellingRevenue => (Finance, "€", Higher),
            Template::Nps => (Customer, "", Higher),
            Template::ChurnRate => (Customer, "%", Lower),
            Template::ShareOfWallet => (Customer, "%", Higher),
        }
    }
}

/// Survey answers typed as text ("10 9, 7;3"): whole numbers 0-10 separated by spaces,
/// commas or semicolons. The error is the first piece that is not such an answer.
pub fn parse_answers(text: &str) -> Result<Vec<u8>, String> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse::<u8>()
                .ok()
                .filter(|a| *a <= 10)
                .ok_or_else(|| p.to_string())
        })
        .collect()
}

/// The worst latest status of each perspective's KPIs, in [`Perspective::ALL`] order;
/// `None` where no KPI has a value.
pub fn perspective_status(kpis: &[Kpi]) -> [Option<Status>; 4] {
    Perspective::ALL.map(|p| {
        worst(
            kpis.iter()
                .filter(|k| k.perspective == p)
                .filter_map(Kpi::status),
        )
    })
}

/// An order of key accounts for the traffic-light table, worst first: by the worst
/// status, then by how many perspectives are red, then yellow; accounts without any
/// value last.
pub fn severity(lights: &[Option<Status>; 4]) -> (u8, usize, usize) {
    let rank = match worst(lights.iter().flatten().copied()) {
        Some(Status::Red) => 3,
        Some(Status::Yellow) => 2,
        Some(Status::Green) => 1,
        None => 0,
    };
    let count = |s| lights.iter().filter(|l| **l == Some(s)).count();
    (rank, count(Status::Red), count(Status::Yellow))
}

/// A KPI of a key account's scorecard, with its actual values by period
/// (`2026`, `2026-Q1` or `2026-03`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Kpi {
    pub name: String,
    pub perspective: Perspective,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    pub target: f64,
    pub better: Better,
    /// How far on the bad side of the target is still yellow, in the KPI's unit.
    #[serde(default)]
    pub band: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<Template>,
    #[serde(default)]
    pub actuals: std::collections::BTreeMap<String, f64>,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Kpi {
    /// The actuals with readable periods (others are skipped; the importer refuses them).
    pub fn periods(&self) -> Vec<(PeriodKey, f64)> {
        self.actuals
            .iter()
            .filter_map(|(p, v)| PeriodKey::parse(p).map(|p| (p, *v)))
            .collect()
    }

    /// The latest actual value and its period.
    pub fn latest(&self) -> Option<(PeriodKey, f64)> {
        self.periods().into_iter().max_by_key(|(p, _)| *p)
    }

    /// The status of the latest actual value.
    pub fn status(&self) -> Option<Status> {
        self.latest()
            .map(|(_, v)| status(v, self.target, self.better, self.band))
    }

    /// The status of the latest period and of the one before.
    pub fn turn(&self) -> Option<Turn> {
        turn(&self.periods(), self.target, self.better, self.band)
    }
}
