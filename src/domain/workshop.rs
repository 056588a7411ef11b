//! A workshop's result as one group, built on the participants' statistics per area
//! (`assessment::aggregate`): the group's maturity, its weakest areas and what the
//! participants wrote per area.
//!
//! Rules:
//! - The group's maturity is the mean of the areas' averages (each area counts once,
//!   however many answered it), named by the level that mean reaches, as a single
//!   assessment's is (`MaturityLevel::of_average`); `None` before any answer.
//! - The weakest areas are those with the lowest average, ties in thesis order: the
//!   first `n` plus every area tied with the last of them; an average of 5 has
//!   nothing left to improve and is never listed.
//! - Comments are listed per area in thesis order, each with its participant, in the
//!   participants' order; blank comments are left out.

use super::assessment::{Area, AreaStats, Assessment, Maturity, MaturityLevel, MAX_RATING};

/// Two averages closer than this are equal (means of small integers).
const SAME: f64 = 1e-9;

/// The group's maturity: the mean of the answered areas' averages.
pub fn group_maturity(stats: &[AreaStats]) -> Option<Maturity> {
    let means: Vec<f64> = stats.iter().filter_map(|s| s.mean).collect();
    if means.is_empty() {
        return None;
    }
    let average = means.iter().sum::<f64>() / means.len() as f64;
    Some(Maturity {
        average,
        level: MaturityLevel::of_average(average),
        answered: means.len(),
    })
}

/// The group's weakest areas with their average, lowest first.
pub fn group_weakest(stats: &[AreaStats], n: usize) -> Vec<(Area, f64)> {
    if n == 0 {
        return Vec::new();
    }
    let mut rated: Vec<(Area, f64)> = stats
        .iter()
        .filter_map(|s| s.mean.map(|m| (s.area, m)))
        .filter(|(_, m)| *m < f64::from(MAX_RATING) - SAME)
        .collect();
    // Stable: equal averages keep thesis order.
    rated.sort_by(|a, b| a.1.total_cmp(&b.1));
    if let Some(&(_, cut)) = rated.get(n - 1) {
        let keep = rated.iter().take_while(|(_, m)| *m <= cut + SAME).count();
        rated.truncate(keep);
    }
    rated
}

/// One participant's comment on an area.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaComment {
    /// Index into the participants.
    pub participant: usize,
    pub text: String,
}

/// The areas somebody commented on, in thesis order, with their comments.
pub fn comments_by_area(participants: &[&Assessment]) -> Vec<(Area, Vec<AreaComment>)> {
    Area::ALL
        .iter()
        .filter_map(|&area| {
            let comments: Vec<AreaComment> = participants
                .iter()
                .enumerate()
                .filter(|(_, a)| !a.comment(area).trim().is_empty())
                .map(|(participant, a)| AreaComment {
                    participant,
                    text: a.comment(area).trim().to_string(),
                })
                .collect();
            (!comments.is_empty()).then_some((area, comments))
        })
        .collect()
}
