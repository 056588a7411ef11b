//! Weights of named criteria (value model, portfolio axes, requirement profiles): their
//! sum, and scaling them to 100 %.

/// Sum of the weights; non-finite weights count as 0.
pub fn weight_sum(weights: &[f64]) -> f64 {
    weights.iter().filter(|w| w.is_finite()).sum()
}

/// Whether the weights add up to 100 (within rounding of one hundredth).
pub fn sums_to_100(weights: &[f64]) -> bool {
    (weight_sum(weights) - 100.0).abs() < 0.005
}

/// The weights scaled to sum 100, rounded to two decimals with the rounding rest given
/// to the largest weight so the sum is exactly 100. Negative and non-finite weights
/// become 0. All zero (or empty): equal weights.
pub fn normalise(weights: &[f64]) -> Vec<f64> {
    if weights.is_empty() {
        return Vec::new();
    }
    let clean: Vec<f64> = weights
        .iter()
        .map(|w| if w.is_finite() && *w > 0.0 { *w } else { 0.0 })
        .collect();
    let sum: f64 = clean.iter().sum();
    let raw: Vec<f64> = if sum > 0.0 {
        clean.iter().map(|w| w / sum * 100.0).collect()
    } else {
        vec![100.0 / clean.len() as f64; clean.len()]
    };
    let mut rounded: Vec<f64> = raw.iter().map(|w| (w * 100.0).round() / 100.0).collect();
    let rest = 100.0 - rounded.iter().sum::<f64>();
    if let Some(largest) = (0..rounded.len()).max_by(|a, b| rounded[*a].total_cmp(&rounded[*b])) {
        rounded[largest] = ((rounded[largest] + rest) * 100.0).round() / 100.0;
    }
    rounded
}

/// What a key does to a 0-10 rating: a digit sets it ("1" then "0" within a rating
/// makes 10 when the current value is 1), arrows step, Home/End go to 0/10,
/// Delete/Backspace clear. `None`: the key is not for the rating.
pub fn rating_key(current: Option<u8>, key: &str) -> Option<Option<u8>> {
    match key {
        "Delete" | "Backspace" => Some(None),
        "ArrowUp" | "ArrowRight" | "+" => Some(Some(current.map_or(0, |v| (v + 1).min(10)))),
        "ArrowDown" | "ArrowLeft" | "-" => Some(Some(current.map_or(0, |v| v.saturating_sub(1)))),
        "Home" => Some(Some(0)),
        "End" => Some(Some(10)),
        "0" if current == Some(1) => Some(Some(10)),
        d if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() => Some(Some(d.as_bytes()[0] - b'0')),
        _ => None,
    }
}
