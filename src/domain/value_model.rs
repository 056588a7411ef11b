//! Customer value model (Kundenwertmodell, "Kriterien gewichten und bewerten") and the
//! customer portfolio (Kundenportfolio). docs/methods.md,
//! "Customer value model" and "Customer portfolio".
//!
//! One pool of criteria serves both: the value model weighs them with the criterion's
//! own weight, each portfolio axis with its own list of weights. Qualitative criteria
//! are rated by the user (0-10 points, stored per account and criterion); quantitative
//! ones are computed from an account field with a [`RatingRule`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::account::{Account, AccountId};
use super::precision::{self, at_least, same, snap};
use super::problem::{FieldProblem, Problem, ProblemKind, Section};

/// Highest rating; scores run from 0 to `MAX_POINTS` × 10.
pub const MAX_POINTS: f64 = 10.0;
pub const DEFAULT_CUT_OFF: f64 = 60.0;
pub const DEFAULT_SPLIT: f64 = 50.0;

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
}

impl Source {
    pub const ALL: [Source; 7] = [
        Source::Revenue,
        Source::ContributionMargin,
        Source::Potential,
        Source::UntappedPotential,
        Source::ShareOfWallet,
        Source::RelationshipYears,
        Source::ProfileFulfilment,
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
        }
    }

    pub fn from_key(key: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The account's value, or `None` when it is unknown (no potential, no start year,
    /// no complete profile). `year` is the current year, for the length of the
    /// relationship; `fulfilment` the account's profile fulfilment, which lives in the
    /// key-account data, not in the account.
    pub fn value(self, account: &Account, year: i32, fulfilment: Option<f64>) -> Option<f64> {
        match self {
            Source::Revenue => Some(account.revenue),
            Source::ContributionMargin => account.contribution_margin,
            Source::Potential => account.potential,
            Source::UntappedPotential => account.potential.map(|p| p - account.revenue),
            Source::ShareOfWallet => account.share_of_wallet(),
            Source::RelationshipYears => account
                .relationship_since
                .map(|since| f64::from((year - since).max(0))),
            Source::ProfileFulfilment => fulfilment,
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

    fn validate(&self) -> Vec<FieldProblem> {
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

/// Which accounts the value model rates besides the key accounts and those added by
/// hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The A accounts of the current ABC analysis.
    #[default]
    A,
    /// A and B accounts.
    AB,
}

/// The value model section of the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueModel {
    pub criteria: Vec<Criterion>,
    /// Qualitative ratings, 0-10: account → criterion id → points.
    #[serde(default)]
    pub ratings: BTreeMap<AccountId, BTreeMap<String, u8>>,
    #[serde(default)]
    pub scope: Scope,
    /// Accounts rated although outside the scope and not key accounts.
    #[serde(default)]
    pub added: Vec<AccountId>,
    /// Score from which an account is proposed as key account.
    #[serde(default = "default_cut_off")]
    pub cut_off: f64,
    /// Proposals the user rejected; not proposed again until taken back.
    #[serde(default)]
    pub rejected: Vec<AccountId>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn default_cut_off() -> f64 {
    DEFAULT_CUT_OFF
}

fn default_split() -> f64 {
    DEFAULT_SPLIT
}

impl Default for ValueModel {
    /// The default criteria (docs/methods.md, "Customer value model") with weights that sum to 100;
    /// plus criteria the portfolio's axes can use (weight 0 here): three qualitative
    /// ones and the fulfilment of the requirement profile, 0-100 read as 0-10 points.
    fn default() -> Self {
        use Source as S;
        let q = Criterion::quantitative;
        let r = Criterion::qualitative;
        let mut barriers = r("barriers", 5.0);
        barriers.direction = Direction::Negative;
        ValueModel {
            criteria: vec![
                q("revenue", S::Revenue, 20.0),
                q("margin", S::ContributionMargin, 15.0),
                q("growth", S::UntappedPotential, 15.0),
                q("wallet", S::ShareOfWallet, 5.0),
                q("loyalty", S::RelationshipYears, 5.0),
                r("capacity", 5.0),
                r("fit", 10.0),
                r("reference", 5.0),
                r("innovation", 5.0),
                r("culture", 5.0),
                r("openness", 5.0),
                barriers,
                r("price", 0.0),
                r("satisfaction", 0.0),
                r("depth", 0.0),
                Criterion {
                    rule: RatingRule::Linear {
                        low: 0.0,
                        high: 100.0,
                    },
                    ..q("fulfilment", S::ProfileFulfilment, 0.0)
                },
            ],
            ratings: BTreeMap::new(),
            scope: Scope::A,
            added: Vec::new(),
            cut_off: DEFAULT_CUT_OFF,
            rejected: Vec::new(),
            extra: Map::new(),
        }
    }
}

/// One criterion's weight on a portfolio axis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AxisWeight {
    pub criterion: String,
    pub weight: f64,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The portfolio section: the two axes and where the quadrants split.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Portfolio {
    /// y: customer attractiveness (Kundenattraktivität).
    pub attractiveness: Vec<AxisWeight>,
    /// x: supplier position (Lieferantenposition).
    pub position: Vec<AxisWeight>,
    #[serde(default = "default_split")]
    pub split_attractiveness: f64,
    #[serde(default = "default_split")]
    pub split_position: f64,
    /// Show every rated account, not only the key accounts.
    #[serde(default)]
    pub show_all: bool,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for Portfolio {
    /// docs/methods.md, "Customer portfolio": growth, potential, price level, reference value and strategic
    /// fit against share of wallet, satisfaction and relationship depth.
    fn default() -> Self {
        let w = |criterion: &str, weight: f64| AxisWeight {
            criterion: criterion.into(),
            weight,
            extra: Map::new(),
        };
        Portfolio {
            attractiveness: vec![
                w("growth", 30.0),
                w("price", 20.0),
                w("reference", 20.0),
                w("fit", 30.0),
            ],
            position: vec![w("wallet", 40.0), w("satisfaction", 30.0), w("depth", 30.0)],
            split_attractiveness: DEFAULT_SPLIT,
            split_position: DEFAULT_SPLIT,
            show_all: false,
            extra: Map::new(),
        }
    }
}

impl ValueModel {
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// A fresh id for an added criterion ("c1", "c2", …).
    pub fn next_criterion_id(&self) -> String {
        (1..)
            .map(|n| format!("c{n}"))
            .find(|id| self.criterion(id).is_none())
            .expect("an unused id exists")
    }

    pub fn rating(&self, account: AccountId, criterion: &str) -> Option<u8> {
        self.ratings.get(&account)?.get(criterion).copied()
    }

    /// Sets (`Some`) or clears (`None`) a rating; points above 10 are capped.
    pub fn set_rating(&mut self, account: AccountId, criterion: &str, points: Option<u8>) {
        match points {
            Some(p) => {
                let row = self.ratings.entry(account).or_default();
                row.insert(criterion.to_string(), p.min(MAX_POINTS as u8));
            }
            None => {
                if let Some(row) = self.ratings.get_mut(&account) {
                    row.remove(criterion);
                    if row.is_empty() {
                        self.ratings.remove(&account);
                    }
                }
            }
        }
    }

    /// Forgets everything about an account (it was deleted); returns what was removed,
    /// so that undo can put it back with [`ValueModel::restore_account`].
    pub fn remove_account(&mut self, account: AccountId) -> AccountTraces {
        let was_added = self.added.contains(&account);
        let was_rejected = self.rejected.contains(&account);
        self.added.retain(|&a| a != account);
        self.rejected.retain(|&a| a != account);
        AccountTraces {
            ratings: self.ratings.remove(&account),
            added: was_added,
            rejected: was_rejected,
        }
    }

    pub fn restore_account(&mut self, account: AccountId, traces: AccountTraces) {
        if let Some(r) = traces.ratings {
            self.ratings.insert(account, r);
        }
        if traces.added && !self.added.contains(&account) {
            self.added.push(account);
        }
        if traces.rejected && !self.rejected.contains(&account) {
            self.rejected.push(account);
        }
    }

    /// Removes a criterion and its ratings.
    pub fn remove_criterion(&mut self, id: &str) {
        self.criteria.retain(|c| c.id != id);
        for row in self.ratings.values_mut() {
            row.remove(id);
        }
        self.ratings.retain(|_, row| !row.is_empty());
    }

    /// Every problem, by criterion and rating. `accounts` are the ids that exist.
    pub fn validate(&self, accounts: &dyn Fn(AccountId) -> bool) -> Vec<Problem> {
        let mut found = Vec::new();
        let section = Section::ValueModel;
        for (i, c) in self.criteria.iter().enumerate() {
            let name = if c.name.is_empty() { &c.id } else { &c.name };
            found.extend(Problem::locate(section, Some(i + 1), name, c.validate()));
            if let Some(first) = self.criteria[..i].iter().position(|o| o.id == c.id) {
                let kind = ProblemKind::Duplicate {
                    value: c.id.clone(),
                    first: first + 1,
                };
                found.push(Problem::item(section, i + 1, name, kind).with_field("id"));
            }
        }
        let at = |field: String, kind| Problem::section(section, kind).with_field(field);
        for (&account, row) in &self.ratings {
            if !accounts(account) {
                let value = account.to_string();
                found.push(at(
                    format!("ratings.{account}"),
                    ProblemKind::Unknown { value },
                ));
            }
            for (criterion, &points) in row {
                let field = format!("ratings.{account}.{criterion}");
                if self.criterion(criterion).is_none() {
                    let value = criterion.clone();
                    found.push(at(field, ProblemKind::Unknown { value }));
                } else if f64::from(points) > MAX_POINTS {
                    found.push(at(field, points_range()));
                }
            }
        }
        for (list, key) in [(&self.added, "added"), (&self.rejected, "rejected")] {
            for &account in list.iter().filter(|&&a| !accounts(a)) {
                let value = account.to_string();
                found.push(at(key.to_string(), ProblemKind::Unknown { value }));
            }
        }
        if !self.cut_off.is_finite() || !(0.0..=100.0).contains(&self.cut_off) {
            found.push(at("cut_off".into(), percent_range()));
        }
        found
    }
}

impl Portfolio {
    /// Every problem: axis weights for unknown criteria, negative weights, splits
    /// outside 0-100.
    pub fn validate(&self, criteria: &ValueModel) -> Vec<Problem> {
        let mut found = Vec::new();
        let at = |field: String, kind| Problem::section(Section::Portfolio, kind).with_field(field);
        for (key, axis) in [
            ("attractiveness", &self.attractiveness),
            ("position", &self.position),
        ] {
            for (i, w) in axis.iter().enumerate() {
                let field = format!("{key}.{}", i + 1);
                if criteria.criterion(&w.criterion).is_none() {
                    let value = w.criterion.clone();
                    found.push(at(field.clone(), ProblemKind::Unknown { value }));
                }
                if !w.weight.is_finite() {
                    found.push(at(field, ProblemKind::NotANumber));
                } else if w.weight < 0.0 {
                    found.push(at(field, ProblemKind::Negative));
                }
            }
        }
        for (key, split) in [
            ("split_attractiveness", self.split_attractiveness),
            ("split_position", self.split_position),
        ] {
            if !split.is_finite() || !(0.0..=100.0).contains(&split) {
                found.push(at(key.into(), percent_range()));
            }
        }
        found
    }

    /// Drops the weights of a criterion that no longer exists.
    pub fn remove_criterion(&mut self, id: &str) {
        self.attractiveness.retain(|w| w.criterion != id);
        self.position.retain(|w| w.criterion != id);
    }
}

fn points_range() -> ProblemKind {
    ProblemKind::OutOfRange {
        min: 0.0,
        max: MAX_POINTS,
    }
}

fn percent_range() -> ProblemKind {
    ProblemKind::OutOfRange {
        min: 0.0,
        max: 100.0,
    }
}

/// What deleting an account removed from the value model, for undo.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountTraces {
    pub ratings: Option<BTreeMap<String, u8>>,
    pub added: bool,
    pub rejected: bool,
}

/// Points per criterion for a set of accounts: `points[a][c]` for account `a` (in the
/// order given) and criterion `c` (in the model's order); `None` = not rated / no value.
/// `fulfilment` gives an account's profile fulfilment ([`Source::ProfileFulfilment`]).
pub fn criterion_points(
    model: &ValueModel,
    accounts: &[&Account],
    year: i32,
    fulfilment: &dyn Fn(AccountId) -> Option<f64>,
) -> Vec<Vec<Option<f64>>> {
    let mut points = vec![vec![None; model.criteria.len()]; accounts.len()];
    for (c, criterion) in model.criteria.iter().enumerate() {
        match (criterion.kind, criterion.source) {
            (Kind::Quantitative, Some(source)) => {
                let values: Vec<Option<f64>> = accounts
                    .iter()
                    .map(|a| source.value(a, year, fulfilment(a.id)))
                    .collect();
                for (row, p) in points.iter_mut().zip(rate(&values, criterion.rule)) {
                    row[c] = p;
                }
            }
            (Kind::Quantitative, None) => {}
            (Kind::Qualitative, _) => {
                for (row, a) in points.iter_mut().zip(accounts) {
                    row[c] = model.rating(a.id, &criterion.id).map(f64::from);
                }
            }
        }
    }
    points
}

/// Turns values into 0-10 points with `rule`; missing values stay missing.
pub fn rate(values: &[Option<f64>], rule: RatingRule) -> Vec<Option<f64>> {
    match rule {
        RatingRule::Linear { low, high } => values
            .iter()
            .map(|v| v.map(|v| snap(linear_points(snap(v), low, high))))
            .collect(),
        RatingRule::Quantile => {
            // Snapped, so that shares computed two ways (20/100 and 1/5) tie.
            let mut known: Vec<f64> = values.iter().flatten().map(|v| snap(*v)).collect();
            known.sort_by(f64::total_cmp);
            let n = known.len();
            values
                .iter()
                .map(|v| {
                    let v = snap((*v)?);
                    if n <= 1 {
                        return Some(MAX_POINTS / 2.0);
                    }
                    let below = known.partition_point(|&k| k < v);
                    let up_to = known.partition_point(|&k| k <= v);
                    // Mean rank of the tied values, 0-based, over the highest rank.
                    let rank = (below + up_to - 1) as f64 / 2.0;
                    Some(MAX_POINTS * rank / (n - 1) as f64)
                })
                .collect()
        }
    }
}

fn linear_points(v: f64, low: f64, high: f64) -> f64 {
    if low == high {
        return if at_least(v, high) { MAX_POINTS } else { 0.0 };
    }
    (MAX_POINTS * (v - low) / (high - low)).clamp(0.0, MAX_POINTS)
}

/// A weighted score of one account.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// 0-100; `None` while any weighted criterion is unrated, or when no weight is set.
    pub value: Option<f64>,
    /// Weighted criteria with points.
    pub rated: usize,
    /// Criteria with a weight above 0.
    pub total: usize,
}

impl Score {
    pub fn is_complete(&self) -> bool {
        self.value.is_some()
    }
}

/// The weighted score: weights normalised to sum to 1 (so any positive weights work),
/// each criterion's points × 10 × weight summed; a negative criterion counts with
/// 10 − points, so it subtracts its points from its full weight. Criteria with weight 0
/// are ignored; a missing rating makes the score incomplete, never 0.
pub fn weighted_score(points: &[Option<f64>], weights: &[f64], directions: &[Direction]) -> Score {
    let mut sum_w = 0.0;
    let mut sum = 0.0;
    let (mut rated, mut total) = (0, 0);
    for ((p, &w), &d) in points.iter().zip(weights).zip(directions) {
        if !(w > 0.0 && w.is_finite()) {
            continue;
        }
        total += 1;
        sum_w += w;
        if let Some(p) = p {
            rated += 1;
            let p = p.clamp(0.0, MAX_POINTS);
            sum += w * match d {
                Direction::Positive => p,
                Direction::Negative => MAX_POINTS - p,
            };
        }
    }
    // Snapped, so that what is shown, compared with the cut-off and ranked is one value.
    let value = (total > 0 && rated == total).then(|| snap((sum / sum_w * 10.0).clamp(0.0, 100.0)));
    Score {
        value,
        rated,
        total,
    }
}

/// What the value model suggests for one account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proposal {
    /// Nothing to decide (incomplete score, or the flag matches the score).
    None,
    /// Score at or above the cut-off, not a key account yet.
    MakeKeyAccount,
    /// A key account scoring below the cut-off: worth a review.
    Review,
    /// The user rejected the proposal.
    Rejected,
}

pub fn proposal(score: &Score, key_account: bool, cut_off: f64, rejected: bool) -> Proposal {
    let Some(value) = score.value else {
        return Proposal::None;
    };
    let suggested = match (at_least(value, cut_off), key_account) {
        (true, false) => Proposal::MakeKeyAccount,
        (false, true) => Proposal::Review,
        _ => return Proposal::None,
    };
    if rejected {
        Proposal::Rejected
    } else {
        suggested
    }
}

/// Portfolio quadrants (docs/methods.md, "Customer portfolio").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quadrant {
    /// High attractiveness, strong position: invest, expand.
    Star,
    /// High attractiveness, weak position: big step or exit.
    QuestionMark,
    /// Low attractiveness, strong position: hold, harvest.
    Cash,
    /// Low attractiveness, weak position: serve efficiently.
    TakeAlong,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::Star,
        Quadrant::QuestionMark,
        Quadrant::Cash,
        Quadrant::TakeAlong,
    ];
}

/// The quadrant of a point; a score exactly on a split line counts as high / strong.
pub fn quadrant(
    attractiveness: f64,
    position: f64,
    split_attractiveness: f64,
    split_position: f64,
) -> Quadrant {
    match (
        at_least(attractiveness, split_attractiveness),
        at_least(position, split_position),
    ) {
        (true, true) => Quadrant::Star,
        (true, false) => Quadrant::QuestionMark,
        (false, true) => Quadrant::Cash,
        (false, false) => Quadrant::TakeAlong,
    }
}

/// The weights of the value model, in criterion order.
pub fn model_weights(model: &ValueModel) -> Vec<f64> {
    model.criteria.iter().map(|c| c.weight).collect()
}

/// The weights of a portfolio axis, in criterion order (0 for criteria not on it).
pub fn axis_weights(model: &ValueModel, axis: &[AxisWeight]) -> Vec<f64> {
    model
        .criteria
        .iter()
        .map(|c| {
            axis.iter()
                .filter(|w| w.criterion == c.id)
                .map(|w| w.weight)
                .sum()
        })
        .collect()
}

pub fn directions(model: &ValueModel) -> Vec<Direction> {
    model.criteria.iter().map(|c| c.direction).collect()
}

/// The accounts the value model rates, in register order: the A accounts (A and B with
/// [`Scope::AB`]), every key account, and those added by hand.
pub fn included_accounts<'a>(
    accounts: &'a [Account],
    model: &ValueModel,
    class_of: impl Fn(AccountId) -> Option<super::AbcClass>,
) -> Vec<&'a Account> {
    use super::AbcClass;
    accounts
        .iter()
        .filter(|a| {
            let in_scope = matches!(
                (class_of(a.id), model.scope),
                (Some(AbcClass::A), _) | (Some(AbcClass::B), Scope::AB)
            );
            in_scope || a.key_account || model.added.contains(&a.id)
        })
        .collect()
}

/// Each account's score for one set of weights.
pub fn scores(
    points: &[Vec<Option<f64>>],
    weights: &[f64],
    directions: &[Direction],
) -> Vec<Score> {
    points
        .iter()
        .map(|p| weighted_score(p, weights, directions))
        .collect()
}

/// Ranks scores: complete scores first, highest first; equal scores share a rank
/// (1, 2, 2, 4); incomplete scores follow without a rank, the most complete first.
/// Returns (index into `scores`, rank) in ranking order.
pub fn ranking(scores: &[Score]) -> Vec<(usize, Option<usize>)> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| {
        let (sa, sb) = (&scores[a], &scores[b]);
        match (sa.value, sb.value) {
            (Some(x), Some(y)) => precision::cmp(y, x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => (sb.rated * sa.total.max(1)).cmp(&(sa.rated * sb.total.max(1))),
        }
    });
    let mut out = Vec::with_capacity(order.len());
    let mut rank = 0;
    let mut last: Option<f64> = None;
    for (pos, &i) in order.iter().enumerate() {
        let r = scores[i].value.map(|v| {
            if last.is_none_or(|l| !same(l, v)) {
                rank = pos + 1;
                last = Some(v);
            }
            rank
        });
        out.push((i, r));
    }
    out
}
