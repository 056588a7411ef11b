//! The requirement and performance profile (docs/methods.md,
//! "Requirement and performance profile"):
//! the customer's requirement criteria with weights in %, and the customer's rating of
//! us and of named competitors, 0-100 per criterion.
//!
//! Ratings are `None` where the customer has not rated a supplier on a criterion: a
//! weighted performance with a missing rating is incomplete, never counted as 0.

use super::precision::{cmp, snap};

/// What one supplier scores: the weighted performance, or `None` while a weighted
/// criterion is unrated.
///
/// Weighted performance = Σ weight × rating / 100 with weights in % summing to 100.
/// Weights that do not sum to 100 are scaled to do so (the editor warns about them),
/// so the result stays 0-100. Criteria with weight 0 do not count.
pub fn weighted_performance(weights: &[f64], ratings: &[Option<f64>]) -> Option<f64> {
    let mut sum_w = 0.0;
    let mut sum = 0.0;
    for (&w, r) in weights.iter().zip(ratings) {
        if !(w > 0.0 && w.is_finite()) {
            continue;
        }
        sum_w += w;
        sum += w * (*r)?.clamp(0.0, 100.0);
    }
    (sum_w > 0.0).then(|| snap(sum / sum_w))
}

/// Ranks of the suppliers by weighted performance: 1 = best; equal performances share
/// a rank (1, 2, 2, 4); incomplete ones get none.
pub fn ranks(performances: &[Option<f64>]) -> Vec<Option<usize>> {
    performances
        .iter()
        .map(|p| {
            let p = (*p)?;
            Some(
                1 + performances
                    .iter()
                    .flatten()
                    .filter(|&&o| cmp(o, p).is_gt())
                    .count(),
            )
        })
        .collect()
}

/// One criterion of the comparison with the competitors.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    /// Index of the criterion.
    pub criterion: usize,
    /// The best competitor's rating, if any competitor is rated.
    pub best_competitor: Option<f64>,
    /// Best competitor minus us (positive: we trail), in rating points.
    pub gap: Option<f64>,
    /// The gap weighted by importance (gap × weight / Σ weights): how many points of
    /// weighted performance it costs.
    pub weighted_gap: Option<f64>,
    /// What full fulfilment (100) would add to our weighted performance.
    pub potential: Option<f64>,
}

/// The gap to the best competitor per criterion, weighted by importance.
/// `competitors[c][i]` is competitor c's rating of criterion i.
pub fn gaps(weights: &[f64], us: &[Option<f64>], competitors: &[Vec<Option<f64>>]) -> Vec<Gap> {
    let total: f64 = weights.iter().filter(|w| **w > 0.0 && w.is_finite()).sum();
    let share = |w: f64| {
        if total > 0.0 && w > 0.0 && w.is_finite() {
            w / total
        } else {
            0.0
        }
    };
    weights
        .iter()
        .enumerate()
        .map(|(i, &w)| {
            let best_competitor = competitors
                .iter()
                .filter_map(|c| c.get(i).copied().flatten())
                .reduce(f64::max);
            let ours = us.get(i).copied().flatten();
            let gap = best_competitor.zip(ours).map(|(b, o)| b - o);
            Gap {
                criterion: i,
                best_competitor,
                gap,
                weighted_gap: gap.map(|g| g * share(w)),
                potential: ours.map(|o| (100.0 - o.clamp(0.0, 100.0)) * share(w)),
            }
        })
        .collect()
}

/// The value drivers (Werttreiber): criteria ranked by where improving pays most.
/// First by the weighted gap where we trail the best competitor, then by the weighted
/// room to full fulfilment, then by weight; ties (at the stated precision) keep the
/// criteria's order. Criteria with weight 0 or without our rating come last, in their
/// order: there is nothing to rank them by.
pub fn value_drivers(weights: &[f64], gaps: &[Gap]) -> Vec<usize> {
    let key = |g: &Gap| {
        let w = weights.get(g.criterion).copied().unwrap_or(0.0);
        let unranked = !(w > 0.0 && w.is_finite()) || g.potential.is_none();
        let trail = g.weighted_gap.unwrap_or(0.0).max(0.0);
        let room = g.potential.unwrap_or(0.0);
        (unranked, trail, room, if unranked { 0.0 } else { w })
    };
    let mut order: Vec<&Gap> = gaps.iter().collect();
    order.sort_by(|a, b| {
        let (ka, kb) = (key(a), key(b));
        ka.0.cmp(&kb.0)
            .then(cmp(kb.1, ka.1))
            .then(cmp(kb.2, ka.2))
            .then(cmp(kb.3, ka.3))
            .then(a.criterion.cmp(&b.criterion))
    });
    order.into_iter().map(|g| g.criterion).collect()
}

/// How much one supplier's rating moved between two versions of a profile, per
/// criterion (later minus earlier); `None` where either is unrated.
pub fn changes(earlier: &[Option<f64>], later: &[Option<f64>]) -> Vec<Option<f64>> {
    earlier
        .iter()
        .zip(later)
        .map(|(a, b)| a.zip(*b).map(|(a, b)| b - a))
        .collect()
}

/// The five requirement criteria of docs/methods.md (German names are the
/// catalogue's): system performance, system security, price, standards compliance,
/// delivery reliability.
pub const DEFAULT_CRITERIA: [&str; 5] =
    ["performance", "security", "price", "standards", "delivery"];

/// A requirement criterion of the customer, with the customer's weight in %.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProfileCriterion {
    pub id: String,
    /// Empty: the default criterion's name in the UI language.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    pub weight: f64,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A competitor and the customer's ratings of it, 0-100 by criterion id.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Competitor {
    pub name: String,
    #[serde(default)]
    pub ratings: std::collections::BTreeMap<String, f64>,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A profile as of one moment: criteria, our ratings, the competitors'.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Profile {
    #[serde(default)]
    pub criteria: Vec<ProfileCriterion>,
    /// The customer's ratings of us, 0-100 by criterion id.
    #[serde(default)]
    pub us: std::collections::BTreeMap<String, f64>,
    #[serde(default)]
    pub competitors: Vec<Competitor>,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Profile {
    /// The five default criteria with equal weights, nothing rated.
    pub fn with_default_criteria() -> Profile {
        Profile {
            criteria: DEFAULT_CRITERIA
                .iter()
                .map(|id| ProfileCriterion {
                    extra: Default::default(),
                    id: id.to_string(),
                    name: String::new(),
                    weight: 100.0 / DEFAULT_CRITERIA.len() as f64,
                })
                .collect(),
            ..Profile::default()
        }
    }

    pub fn weights(&self) -> Vec<f64> {
        self.criteria.iter().map(|c| c.weight).collect()
    }

    /// Our ratings in criterion order.
    pub fn our_ratings(&self) -> Vec<Option<f64>> {
        self.criteria
            .iter()
            .map(|c| self.us.get(&c.id).copied())
            .collect()
    }

    /// Each competitor's ratings in criterion order.
    pub fn competitor_ratings(&self) -> Vec<Vec<Option<f64>>> {
        self.competitors
            .iter()
            .map(|k| {
                self.criteria
                    .iter()
                    .map(|c| k.ratings.get(&c.id).copied())
                    .collect()
            })
            .collect()
    }
}

impl Profile {
    /// Our weighted performance, `None` while a weighted criterion is unrated.
    pub fn our_performance(&self) -> Option<f64> {
        weighted_performance(&self.weights(), &self.our_ratings())
    }
}

/// A key account's profile fulfilment for the portfolio's supplier position: our
/// weighted performance, the mean over the segments whose profile is complete; `None`
/// when no segment is.
pub fn fulfilment(segments: &[Segment]) -> Option<f64> {
    let complete: Vec<f64> = segments
        .iter()
        .filter_map(|s| s.profile.our_performance())
        .collect();
    (!complete.is_empty()).then(|| complete.iter().sum::<f64>() / complete.len() as f64)
}

/// Problems worth a warning, not a refusal: weights of a profile (or a saved version)
/// that do not sum to 100. `(segment index, version index or None, sum)`.
pub fn weight_warnings(segments: &[Segment]) -> Vec<(usize, Option<usize>, f64)> {
    let off = |p: &Profile| {
        let w = p.weights();
        (!p.criteria.is_empty() && !super::weights::sums_to_100(&w))
            .then(|| super::weights::weight_sum(&w))
    };
    let mut found = Vec::new();
    for (s, segment) in segments.iter().enumerate() {
        found.extend(off(&segment.profile).map(|sum| (s, None, sum)));
        for (v, version) in segment.versions.iter().enumerate() {
            found.extend(off(&version.profile).map(|sum| (s, Some(v), sum)));
        }
    }
    found
}

/// One supplier in the comparison of two versions of a profile.
#[derive(Debug, Clone, PartialEq)]
pub struct SupplierChange {
    /// `None` for us, else the competitor's name.
    pub competitor: Option<String>,
    /// Ratings per compared criterion, earlier and later (`None`: not rated then).
    pub before: Vec<Option<f64>>,
    pub after: Vec<Option<f64>>,
    pub performance_before: Option<f64>,
    pub performance_after: Option<f64>,
}

/// What moved between two versions of a profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The criteria compared: the later version's (by id), then those only in the
    /// earlier one, as (id, name).
    pub criteria: Vec<(String, String)>,
    /// Us first, then the competitors of the later version, then those only in the
    /// earlier one; competitors are matched by name.
    pub suppliers: Vec<SupplierChange>,
}

/// Compares two versions of a profile, criteria by id and competitors by name.
pub fn compare(earlier: &Profile, later: &Profile) -> Comparison {
    let mut criteria: Vec<(String, String)> = later
        .criteria
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    for c in &earlier.criteria {
        if !criteria.iter().any(|(id, _)| *id == c.id) {
            criteria.push((c.id.clone(), c.name.clone()));
        }
    }
    let read = |ratings: Option<&std::collections::BTreeMap<String, f64>>| -> Vec<Option<f64>> {
        criteria
            .iter()
            .map(|(id, _)| ratings.and_then(|r| r.get(id).copied()))
            .collect()
    };
    let competitor = |p: &Profile, name: &str| {
        p.competitors
            .iter()
            .find(|c| c.name == name)
            .map(|c| c.ratings.clone())
    };
    let performance = |p: &Profile, ratings: Option<&std::collections::BTreeMap<String, f64>>| {
        ratings.and_then(|r| {
            let ordered: Vec<Option<f64>> =
                p.criteria.iter().map(|c| r.get(&c.id).copied()).collect();
            weighted_performance(&p.weights(), &ordered)
        })
    };
    let mut names: Vec<String> = later.competitors.iter().map(|c| c.name.clone()).collect();
    for c in &earlier.competitors {
        if !names.contains(&c.name) {
            names.push(c.name.clone());
        }
    }
    let mut suppliers = vec![SupplierChange {
        competitor: None,
        before: read(Some(&earlier.us)),
        after: read(Some(&later.us)),
        performance_before: performance(earlier, Some(&earlier.us)),
        performance_after: performance(later, Some(&later.us)),
    }];
    for name in names {
        let (b, a) = (competitor(earlier, &name), competitor(later, &name));
        suppliers.push(SupplierChange {
            before: read(b.as_ref()),
            after: read(a.as_ref()),
            performance_before: performance(earlier, b.as_ref()),
            performance_after: performance(later, a.as_ref()),
            competitor: Some(name),
        });
    }
    Comparison {
        criteria,
        suppliers,
    }
}

/// A saved copy of a profile, as of a date.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProfileVersion {
    pub date: super::day::Day,
    pub profile: Profile,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// One procurement segment of a key account: its current profile and saved versions.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Segment {
    pub name: String,
    #[serde(default)]
    pub profile: Profile,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<ProfileVersion>,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
