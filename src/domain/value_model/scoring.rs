//! Points per criterion, weighted scores, proposals and the ranking.

use super::{Direction, Kind, RatingRule, Scope, Source, ValueModel, MAX_POINTS};
use crate::domain::account::{Account, AccountId};
use crate::domain::precision::{self, at_least, same, snap};

/// Points per criterion for a set of accounts: `points[a][c]` for account `a` (in the
/// order given) and criterion `c` (in the model's order); `None` = not rated / no value.
/// `fulfilment` gives an account's profile fulfilment ([`Source::ProfileFulfilment`]);
/// growth and stability have none here (see [`criterion_points_with`]).
pub fn criterion_points(
    model: &ValueModel,
    accounts: &[&Account],
    year: i32,
    fulfilment: &dyn Fn(AccountId) -> Option<f64>,
) -> Vec<Vec<Option<f64>>> {
    criterion_points_with(model, accounts, year, &|id, source| {
        (source == Source::ProfileFulfilment)
            .then(|| fulfilment(id))
            .flatten()
    })
}

/// [`criterion_points`] with every figure that lives outside the account:
/// `outside(account, source)` for the profile fulfilment, growth and stability.
pub fn criterion_points_with(
    model: &ValueModel,
    accounts: &[&Account],
    year: i32,
    outside: &dyn Fn(AccountId, Source) -> Option<f64>,
) -> Vec<Vec<Option<f64>>> {
    let mut points = vec![vec![None; model.criteria.len()]; accounts.len()];
    for (c, criterion) in model.criteria.iter().enumerate() {
        match (criterion.kind, criterion.source) {
            (Kind::Quantitative, Some(source)) => {
                let values: Vec<Option<f64>> = accounts
                    .iter()
                    .map(|a| source.value(a, year, outside(a.id, source)))
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

/// The weights of the value model, in criterion order.
pub fn model_weights(model: &ValueModel) -> Vec<f64> {
    model.criteria.iter().map(|c| c.weight).collect()
}

pub fn directions(model: &ValueModel) -> Vec<Direction> {
    model.criteria.iter().map(|c| c.direction).collect()
}

/// The accounts the value model rates, in register order: the A accounts (A and B with
/// [`Scope::AB`]), every key account, and those added by hand.
pub fn included_accounts<'a>(
    accounts: &'a [Account],
    model: &ValueModel,
    class_of: impl Fn(AccountId) -> Option<crate::domain::AbcClass>,
) -> Vec<&'a Account> {
    use crate::domain::AbcClass;
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
