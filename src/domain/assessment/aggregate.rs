//! A workshop's participants taken together: the answers per area and where they
//! disagree most.

use super::{Area, Assessment};

/// One area across a workshop's participants.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaStats {
    pub area: Area,
    /// How many participants answered it.
    pub answers: usize,
    pub mean: Option<f64>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// The population standard deviation; ranks equal spreads.
    pub deviation: Option<f64>,
}

impl AreaStats {
    /// Max minus min: how far the participants are apart.
    pub fn spread(&self) -> Option<u8> {
        Some(self.max? - self.min?)
    }
}

/// The participants' answers per area, in thesis order. Unanswered areas count for
/// nobody: an area three of five answered has the mean of those three.
pub fn aggregate(participants: &[&Assessment]) -> Vec<AreaStats> {
    Area::ALL
        .iter()
        .map(|area| {
            let ratings: Vec<u8> = participants
                .iter()
                .filter_map(|p| p.rating(*area))
                .collect();
            let answers = ratings.len();
            let mean = (answers > 0)
                .then(|| ratings.iter().map(|r| f64::from(*r)).sum::<f64>() / answers as f64);
            let deviation = mean.map(|m| {
                let var = ratings
                    .iter()
                    .map(|r| (f64::from(*r) - m).powi(2))
                    .sum::<f64>()
                    / answers as f64;
                var.sqrt()
            });
            AreaStats {
                area: *area,
                answers,
                mean,
                min: ratings.iter().min().copied(),
                max: ratings.iter().max().copied(),
                deviation,
            }
        })
        .collect()
}

/// The areas the participants disagree on most: at least two answers and a spread
/// above zero, widest spread first, then the larger deviation, then thesis order; the
/// first `n` plus those tied with the last (same spread and deviation).
pub fn disagreements(stats: &[AreaStats], n: usize) -> Vec<AreaStats> {
    let mut apart: Vec<AreaStats> = stats
        .iter()
        .filter(|s| s.answers >= 2 && s.spread().is_some_and(|d| d > 0))
        .copied()
        .collect();
    let key = |s: &AreaStats| (s.spread().unwrap_or(0), s.deviation.unwrap_or(0.0));
    apart.sort_by(|a, b| {
        let (sa, da) = key(a);
        let (sb, db) = key(b);
        sb.cmp(&sa).then(db.total_cmp(&da))
    });
    if n == 0 {
        return Vec::new();
    }
    if let Some(last) = apart.get(n - 1).map(key) {
        let tied = |s: &AreaStats| {
            let (sp, dv) = key(s);
            sp == last.0 && (dv - last.1).abs() < 1e-9
        };
        let keep = n + apart[n..].iter().take_while(|s| tied(s)).count();
        apart.truncate(keep);
    }
    apart
}

/// The workshop's mean per area as radar points.
pub fn mean_points(stats: &[AreaStats]) -> Vec<Option<f64>> {
    stats.iter().map(|s| s.mean).collect()
}
