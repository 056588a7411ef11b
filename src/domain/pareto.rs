//! Pareto / ABC analysis (docs/methods.md, "Pareto / ABC analysis").
//!
//! Boundary rule: **class A is the smallest group of top accounts whose cumulative share
//! reaches the A threshold**; the account that crosses (or exactly meets) the threshold
//! is still A. Likewise for B. Formally, with `p_i` the cumulative share *before*
//! account i: A if `p_i < a`, else B if `p_i < b`, else C.
//!
//! Shares are taken of the *positive* total: accounts whose value is zero, negative
//! (credits) or missing contribute nothing to the curve, are always class C, and are
//! listed after the positive ones. Ties are ordered by name, then id, so the result is
//! deterministic.

use serde::{Deserialize, Serialize};

use super::account::{Account, AccountId};
use super::precision;

/// The value the accounts are ranked by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    #[default]
    Revenue,
    ContributionMargin,
}

impl Measure {
    pub const ALL: [Measure; 2] = [Measure::Revenue, Measure::ContributionMargin];

    /// The account's value for this measure; an unknown margin counts as 0.
    pub fn value(self, account: &Account) -> f64 {
        let v = match self {
            Measure::Revenue => account.revenue,
            Measure::ContributionMargin => account.contribution_margin.unwrap_or(0.0),
        };
        if v.is_finite() {
            v
        } else {
            0.0
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Measure::Revenue => "revenue",
            Measure::ContributionMargin => "contribution_margin",
        }
    }

    pub fn from_key(key: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AbcClass {
    A,
    B,
    C,
}

impl AbcClass {
    pub const ALL: [AbcClass; 3] = [AbcClass::A, AbcClass::B, AbcClass::C];

    pub fn letter(self) -> &'static str {
        match self {
            AbcClass::A => "A",
            AbcClass::B => "B",
            AbcClass::C => "C",
        }
    }

    pub fn from_letter(s: &str) -> Option<AbcClass> {
        AbcClass::ALL.into_iter().find(|c| c.letter() == s)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// The A and B thresholds as cumulative percentages, `0 < a <= b <= 100`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AbcThresholds {
    a: f64,
    b: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThresholdError {
    NotANumber,
    AOutOfRange,
    BOutOfRange,
    BBelowA,
}

impl AbcThresholds {
    pub fn new(a: f64, b: f64) -> Result<Self, ThresholdError> {
        if !a.is_finite() || !b.is_finite() {
            return Err(ThresholdError::NotANumber);
        }
        if a <= 0.0 || a > 100.0 {
            return Err(ThresholdError::AOutOfRange);
        }
        if b <= 0.0 || b > 100.0 {
            return Err(ThresholdError::BOutOfRange);
        }
        if b < a {
            return Err(ThresholdError::BBelowA);
        }
        Ok(AbcThresholds { a, b })
    }

    pub fn a(&self) -> f64 {
        self.a
    }

    pub fn b(&self) -> f64 {
        self.b
    }
}

impl Default for AbcThresholds {
    fn default() -> Self {
        AbcThresholds { a: 80.0, b: 95.0 }
    }
}

/// One account in ranked order.
#[derive(Debug, Clone, PartialEq)]
pub struct AbcRow {
    pub id: AccountId,
    /// 1-based rank after sorting.
    pub rank: usize,
    pub value: f64,
    /// Percent of the positive total (0 for non-positive values).
    pub share: f64,
    /// Cumulative percent of the positive total up to and including this account.
    pub cumulative: f64,
    pub class: AbcClass,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassSummary {
    pub class: AbcClass,
    pub count: usize,
    /// Sum of the values in the class (negative values included).
    pub sum: f64,
    /// Percent of all accounts.
    pub share_of_accounts: f64,
    /// Percent of the positive total.
    pub share_of_total: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AbcResult {
    pub measure: Measure,
    pub thresholds: AbcThresholds,
    /// All accounts, ranked.
    pub rows: Vec<AbcRow>,
    /// Sum of the positive values: the base of every share.
    pub positive_total: f64,
    /// Sum of all values, credits included.
    pub net_total: f64,
    /// How many accounts have a zero, negative or missing value.
    pub non_positive_count: usize,
    /// Summaries for A, B and C, in that order.
    pub classes: [ClassSummary; 3],
}

/// "x % of customers make y % of the measure" (the A class).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Headline {
    pub customers_percent: f64,
    pub measure_percent: f64,
    pub count: usize,
}

impl AbcResult {
    pub fn summary(&self, class: AbcClass) -> &ClassSummary {
        &self.classes[class.index()]
    }

    /// The headline for the A class, if there is anything to classify.
    pub fn headline(&self) -> Option<Headline> {
        let a = self.summary(AbcClass::A);
        if self.rows.is_empty() || a.count == 0 {
            return None;
        }
        Some(Headline {
            customers_percent: a.share_of_accounts,
            measure_percent: a.share_of_total,
            count: a.count,
        })
    }

    pub fn rows_of(&self, class: AbcClass) -> impl Iterator<Item = &AbcRow> {
        self.rows.iter().filter(move |r| r.class == class)
    }

    /// The class of every account, by id.
    pub fn class_map(&self) -> ClassMap {
        self.rows.iter().map(|r| (r.id, r.class)).collect()
    }
}

/// Each account's class by id (a fast hasher: the register looks up 100,000 ids).
pub type ClassMap = rustc_hash::FxHashMap<AccountId, AbcClass>;

/// What the ABC analysis reads of one account: its id, its name (ties are ordered by
/// it) and its value for the measure. Nothing else of an account changes the result,
/// so a change elsewhere (the key-account flag, the industry) need not re-run it.
#[derive(Debug, Clone, PartialEq)]
pub struct AbcInput {
    pub id: AccountId,
    pub name: String,
    pub value: f64,
}

/// The inputs of every account for one measure, ranked: what [`AbcBasis::analyse`]
/// classes. The ranking is made here, once per change of the inputs, so that moving a
/// threshold (with 100,000 accounts) is one pass, not a sort.
#[derive(Debug, Clone, PartialEq)]
pub struct AbcBasis {
    pub measure: Measure,
    /// In the accounts' order (what [`AbcBasis::matches`] compares).
    pub inputs: Vec<AbcInput>,
    /// Positions in `inputs`, by value descending, then name, then id.
    ranked: Vec<usize>,
}

impl AbcBasis {
    pub fn of(accounts: &[Account], measure: Measure) -> AbcBasis {
        let inputs = accounts
            .iter()
            .map(|a| AbcInput {
                id: a.id,
                name: a.name.clone(),
                value: measure.value(a),
            })
            .collect::<Vec<AbcInput>>();
        let mut ranked: Vec<usize> = (0..inputs.len()).collect();
        ranked.sort_by(|&i, &j| {
            let (x, y) = (&inputs[i], &inputs[j]);
            precision::cmp(y.value, x.value)
                .then_with(|| x.name.cmp(&y.name))
                .then_with(|| x.id.cmp(&y.id))
        });
        AbcBasis {
            measure,
            inputs,
            ranked,
        }
    }

    /// Whether this is still the basis of `accounts` for `measure`; compared in place,
    /// without copying a name (one pass, cheap beside the ranking).
    pub fn matches(&self, accounts: &[Account], measure: Measure) -> bool {
        self.measure == measure
            && self.inputs.len() == accounts.len()
            && self.inputs.iter().zip(accounts).all(|(i, a)| {
                i.id == a.id && i.value.to_bits() == measure.value(a).to_bits() && i.name == a.name
            })
    }

    /// Ranks the accounts and assigns ABC classes: [`abc_analysis`] of the accounts.
    pub fn analyse(&self, thresholds: AbcThresholds) -> AbcResult {
        let ranked: Vec<(&AbcInput, f64)> = self
            .ranked
            .iter()
            .map(|&i| (&self.inputs[i], self.inputs[i].value))
            .collect();
        rank(ranked, self.measure, thresholds)
    }
}

/// Ranks the accounts by `measure` and assigns ABC classes (see the module docs for
/// the boundary rule and how credits are treated).
pub fn abc_analysis(
    accounts: &[Account],
    measure: Measure,
    thresholds: AbcThresholds,
) -> AbcResult {
    AbcBasis::of(accounts, measure).analyse(thresholds)
}

/// Classes the `ranked` inputs (largest first).
fn rank(ranked: Vec<(&AbcInput, f64)>, measure: Measure, thresholds: AbcThresholds) -> AbcResult {
    // Scale by the largest value so that sums of huge numbers cannot overflow.
    let max = ranked.first().map(|(_, v)| *v).unwrap_or(0.0);
    let scaled_total: f64 = if max > 0.0 {
        ranked
            .iter()
            .filter(|(_, v)| *v > 0.0)
            .map(|(_, v)| v / max)
            .sum()
    } else {
        0.0
    };
    let last_positive = ranked.iter().rposition(|(_, v)| *v > 0.0);

    let mut rows = Vec::with_capacity(ranked.len());
    let mut cum_scaled = 0.0;
    let mut cumulative = 0.0;
    for (i, (account, value)) in ranked.iter().enumerate() {
        let before = cumulative;
        let (share, class) = if *value > 0.0 {
            cum_scaled += value / max;
            // Rounding must not leave the last positive account short of 100 %.
            cumulative = if Some(i) == last_positive {
                100.0
            } else {
                (cum_scaled / scaled_total * 100.0).min(100.0)
            };
            // At the stated precision, so that 80.0000000001 % produced by rounding
            // counts as having reached 80 %.
            let below = |t: f64| precision::cmp(before, t).is_lt();
            let class = if below(thresholds.a) {
                AbcClass::A
            } else if below(thresholds.b) {
                AbcClass::B
            } else {
                AbcClass::C
            };
            (value / max / scaled_total * 100.0, class)
        } else {
            (0.0, AbcClass::C)
        };
        rows.push(AbcRow {
            id: account.id,
            rank: i + 1,
            value: *value,
            share,
            cumulative,
            class,
        });
    }

    let n = rows.len();
    let classes = AbcClass::ALL.map(|class| {
        let (count, sum, share) = rows
            .iter()
            .filter(|r| r.class == class)
            .fold((0usize, 0.0f64, 0.0f64), |(c, s, sh), r| {
                (c + 1, s + r.value, sh + r.share)
            });
        ClassSummary {
            class,
            count,
            sum,
            share_of_accounts: if n == 0 {
                0.0
            } else {
                count as f64 / n as f64 * 100.0
            },
            share_of_total: share.min(100.0),
        }
    });

    AbcResult {
        measure,
        thresholds,
        positive_total: scaled_total * max.max(0.0),
        net_total: ranked.iter().map(|(_, v)| v).sum(),
        non_positive_count: ranked.iter().filter(|(_, v)| *v <= 0.0).count(),
        rows,
        classes,
    }
}
