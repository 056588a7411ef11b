//! The criteria: qualitative ones the user rates, quantitative ones read from an
//! account field and turned into points by a rule.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::domain::account::Account;
use crate::domain::problem::{FieldProblem, ProblemKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// More points, higher score.
    #[default]
    Positive,
    /// Counts against the score (barriers): its points count as 10 − points.
    Negative,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Computed from an account field.
    Quantitative,
    /// Rated by the user, 0-10.
    Qualitative,
}

/// The account figure a quantitative criterion reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Revenue,
    ContributionMargin,
    /// The customer's category spend (Potenzial).
    Potential,
    /// Potential − revenue: what is still to be won (erschließbares Potenzial).
    UntappedPotential,
    ShareOfWallet,
    /// Whole years since `relationship_since`.
    RelationshipYears,
    /// Our weighted performance in the customer's requirement profile (docs/methods.md,
    /// "Requirement and performance profile"), 0-100: the mean over the key account's segments.
    ProfileFulfilment,
    /// Growth: the CAGR of the sales history's revenue over its whole span up to the
    /// latest full year, in percent (docs/methods.md, "Development over time").
    Growth,
    /// Stability: the coefficient of variation of the yearly revenue over the same
    /// span, in percent (lower is steadier: rate it with the negative direction).
    Stability,
}

impl Source {
    pub const ALL: [Source; 9] = [
        Source::Revenue,
        Source::ContributionMargin,
        Source::Potential,
        Source::UntappedPotential,
        Source::ShareOfWallet,
        Source::RelationshipYears,
        Source::ProfileFulfilment,
        Source::Growth,
        Source::Stability,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Source::Revenue => "revenue",
            Source::ContributionMargin => "contribution_margin",
            Source::Potential => "potential",
            Source::UntappedPotential => "untapped_potential",
            Source::ShareOfWallet => "share_of_wallet",
            Source::RelationshipYears => "relationship_years",
            Source::ProfileFulfilment => "profile_fulfilment",
            Source::Growth => "growth",
            Source::Stability => "stability",
        }
    }

    /// Whether the figure lives outside the account (see [`Source::value`]).
    pub fn is_outside(self) -> bool {
        matches!(
            self,
            Source::ProfileFulfilment | Source::Growth | Source::Stability
        )
    }

    /// The range a new linear rule starts with (0 and 10 points), in the figure's own
    /// unit: amounts up to a million, percentages of share and profile up to 100, a
    /// growth rate from −20 % to +20 % a year, a variation up to 50 %.
    pub fn default_linear(self) -> RatingRule {
        let (low, high) = match self {
            Source::Revenue
            | Source::ContributionMargin
            | Source::Potential
            | Source::UntappedPotential => (0.0, 1_000_000.0),
            Source::ShareOfWallet | Source::ProfileFulfilment => (0.0, 100.0),
            Source::RelationshipYears => (0.0, 20.0),
            Source::Growth => (-20.0, 20.0),
            Source::Stability => (0.0, 50.0),
        };
        RatingRule::Linear { low, high }
    }

    pub fn from_key(key: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The account's value, or `None` when it is unknown (no potential, no start year,
    /// no complete profile). `year` is the current year, for the length of the
    /// relationship; `outside` the figure that lives outside the account: its profile
    /// fulfilment (key-account data), its growth or stability (sales history).
    pub fn value(self, account: &Account, year: i32, outside: Option<f64>) -> Option<f64> {
        match self {
            Source::Revenue => Some(account.revenue),
            Source::ContributionMargin => account.contribution_margin,
            Source::Potential => account.potential,
            Source::UntappedPotential => account.potential.map(|p| p - account.revenue),
            Source::ShareOfWallet => account.share_of_wallet(),
            Source::RelationshipYears => account
                .relationship_since
                .map(|since| f64::from((year - since).max(0))),
            Source::ProfileFulfilment | Source::Growth | Source::Stability => outside,
        }
    }
}

/// How a quantitative criterion turns values into 0-10 points.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RatingRule {
    /// By rank among the rated accounts that have a value: the lowest gets 0, the highest
    /// 10, evenly in between; tied values share the mean of their ranks; one account
    /// alone (or all equal) gets 5. Credits (negative values) simply rank lowest.
    #[default]
    Quantile,
    /// 0 at `low`, 10 at `high`, linear in between and capped outside. With
    /// `low == high` a value reaching `high` gets 10, anything below 0.
    Linear { low: f64, high: f64 },
}

/// Read and written through `criterion_file::CriterionFile` (the same fields; the
/// rule's unknown fields go into `rule_extra`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    from = "super::criterion_file::CriterionFile",
    into = "super::criterion_file::CriterionFile"
)]
pub struct Criterion {
    /// Stable key: ratings and portfolio weights refer to it. The defaults use their
    /// preset key ("fit"), added criteria "c1", "c2", …
    pub id: String,
    /// The user's name; empty for a default criterion not renamed, which is then shown
    /// in the UI language.
    pub name: String,
    pub kind: Kind,
    /// Quantitative only: the figure it reads.
    pub source: Option<Source>,
    /// Quantitative only.
    pub rule: RatingRule,
    /// Fields of the `rule` object this version does not know: kept on round trips.
    pub rule_extra: Map<String, Value>,
    /// Weight in the value model, in percent (0 = not used there).
    pub weight: f64,
    pub direction: Direction,
    /// Fields of newer versions or other tools: kept on round trips.
    pub extra: Map<String, Value>,
}

impl Criterion {
    pub fn qualitative(id: &str, weight: f64) -> Self {
        Criterion {
            id: id.into(),
            name: String::new(),
            kind: Kind::Qualitative,
            source: None,
            rule: RatingRule::Quantile,
            rule_extra: Map::new(),
            weight,
            direction: Direction::Positive,
            extra: Map::new(),
        }
    }

    pub fn quantitative(id: &str, source: Source, weight: f64) -> Self {
        Criterion {
            kind: Kind::Quantitative,
            source: Some(source),
            ..Criterion::qualitative(id, weight)
        }
    }

    pub(super) fn validate(&self) -> Vec<FieldProblem> {
        let mut found = Vec::new();
        if self.id.trim().is_empty() {
            found.push(FieldProblem::new("id", ProblemKind::Empty));
        }
        if !self.weight.is_finite() {
            found.push(FieldProblem::new("weight", ProblemKind::NotANumber));
        } else if self.weight < 0.0 {
            found.push(FieldProblem::new("weight", ProblemKind::Negative));
        }
        if self.kind == Kind::Quantitative && self.source.is_none() {
            found.push(FieldProblem::new("source", ProblemKind::Missing));
        }
        if let RatingRule::Linear { low, high } = self.rule {
            if !low.is_finite() || !high.is_finite() {
                found.push(FieldProblem::new("rule", ProblemKind::NotANumber));
            }
        }
        found
    }
}
