//! One assessment's result: the overall maturity, the weakest areas, and how two
//! assessments compare.

use super::{Area, Assessment, MAX_RATING};

/// How far KAM has come, named by the whole level the average reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MaturityLevel {
    /// 1: done case by case, if at all.
    Initial,
    /// 2: first steps, depending on individuals.
    Emerging,
    /// 3: defined and mostly practised.
    Defined,
    /// 4: practised throughout and steered by figures.
    Managed,
    /// 5: a model others learn from.
    Leading,
}

impl MaturityLevel {
    pub const ALL: [MaturityLevel; 5] = [
        MaturityLevel::Initial,
        MaturityLevel::Emerging,
        MaturityLevel::Defined,
        MaturityLevel::Managed,
        MaturityLevel::Leading,
    ];

    /// The level an average reaches: level n from an average of n on (3.99 is still 3).
    pub fn of_average(average: f64) -> MaturityLevel {
        // A small tolerance so that 12 ratings summing to 36 are "3" despite rounding.
        let n = (average + 1e-9).floor().clamp(1.0, 5.0) as usize;
        MaturityLevel::ALL[n - 1]
    }

    /// 1-5
    pub fn number(self) -> u8 {
        self as u8 + 1
    }
}

/// The overall result of one assessment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Maturity {
    /// The mean of the answered areas, 1-5.
    pub average: f64,
    pub level: MaturityLevel,
    /// How many areas it is based on.
    pub answered: usize,
}

/// The overall maturity: the mean of the answered areas; `None` before any answer.
pub fn maturity(assessment: &Assessment) -> Option<Maturity> {
    let answered = assessment.ratings.len();
    if answered == 0 {
        return None;
    }
    let sum: u32 = assessment.ratings.values().map(|r| u32::from(*r)).sum();
    let average = f64::from(sum) / answered as f64;
    Some(Maturity {
        average,
        level: MaturityLevel::of_average(average),
        answered,
    })
}

/// The weakest answered areas, lowest rating first (ties in thesis order): the first
/// `n`, plus every further area tied with the last of them, so that no area with the
/// same rating is left out arbitrarily. Areas rated 5 have nothing left to improve and
/// are never listed.
pub fn weakest_areas(assessment: &Assessment, n: usize) -> Vec<(Area, u8)> {
    let mut rated: Vec<(Area, u8)> = Area::ALL
        .iter()
        .filter_map(|a| assessment.rating(*a).map(|r| (*a, r)))
        .filter(|(_, r)| *r < MAX_RATING)
        .collect();
    // Stable: equal ratings keep thesis order.
    rated.sort_by_key(|(_, r)| *r);
    if n == 0 {
        return Vec::new();
    }
    if let Some(&(_, cut)) = rated.get(n - 1) {
        let keep = rated.iter().take_while(|(_, r)| *r <= cut).count();
        rated.truncate(keep);
    }
    rated
}

/// One area in the comparison of two assessments.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaDelta {
    pub area: Area,
    pub before: Option<u8>,
    pub after: Option<u8>,
}

impl AreaDelta {
    /// After minus before; `None` unless both are answered.
    pub fn delta(&self) -> Option<i8> {
        Some(self.after? as i8 - self.before? as i8)
    }
}

/// Every area of `before` against `after`, in thesis order.
pub fn compare(before: &Assessment, after: &Assessment) -> Vec<AreaDelta> {
    Area::ALL
        .iter()
        .map(|a| AreaDelta {
            area: *a,
            before: before.rating(*a),
            after: after.rating(*a),
        })
        .collect()
}
