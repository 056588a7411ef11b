//! One rule for equality on thresholds (docs/methods.md, "Values on a threshold").
//!
//! Analyses compute with binary floating point, so a value a manager reads as exactly
//! 60 may arrive as 59.99999999999999 (three weights of 33.3 %), and 98.9 − 98.6 is
//! 0.30000000000000426. Every threshold, cut-off, quadrant split, band and tie therefore
//! compares values **rounded to 9 decimal places** ([`snap`]): far finer than anything
//! the UI shows or a user types, far coarser than the float noise.

use std::cmp::Ordering;

/// Decimal places kept before comparing.
pub const DECIMALS: i32 = 9;
const SCALE: f64 = 1e9;

/// `x` rounded to [`DECIMALS`] places; `-0.0` becomes `0.0` and non-finite values stay
/// as they are. Values so large that a float has no digit at 1e-9 are returned unchanged
/// (they are already coarser than the rounding).
pub fn snap(x: f64) -> f64 {
    let scaled = x * SCALE;
    if !scaled.is_finite() || scaled.abs() >= 4.5e15 {
        return x + 0.0;
    }
    scaled.round() / SCALE + 0.0
}

/// Orders two values at the stated precision (a total order, safe for sorting).
pub fn cmp(a: f64, b: f64) -> Ordering {
    snap(a).total_cmp(&snap(b))
}

/// `a >= b` at the stated precision.
pub fn at_least(a: f64, b: f64) -> bool {
    cmp(a, b) != Ordering::Less
}

/// `a <= b` at the stated precision.
pub fn at_most(a: f64, b: f64) -> bool {
    cmp(a, b) != Ordering::Greater
}

/// `a == b` at the stated precision.
pub fn same(a: f64, b: f64) -> bool {
    cmp(a, b) == Ordering::Equal
}
