//! Customer value model (Kundenwertmodell, "Kriterien gewichten und bewerten") and the
//! customer portfolio (Kundenportfolio). docs/methods.md,
//! "Customer value model" and "Customer portfolio".
//!
//! One pool of criteria serves both: the value model weighs them with the criterion's
//! own weight, each portfolio axis with its own list of weights. Qualitative criteria
//! are rated by the user (0-10 points, stored per account and criterion); quantitative
//! ones are computed from an account field with a [`RatingRule`].

use super::problem::ProblemKind;

mod criterion;
mod criterion_file;
mod model;
mod portfolio;
mod scoring;
pub use criterion::{Criterion, Direction, Kind, RatingRule, Source};
pub use model::{AccountTraces, Scope, ValueModel};
pub use portfolio::{axis_weights, quadrant, AxisWeight, Portfolio, Quadrant};
pub use scoring::{
    criterion_points, criterion_points_with, directions, included_accounts, model_weights,
    proposal, ranking, rate, scores, weighted_score, Proposal, Score,
};

/// Highest rating; scores run from 0 to `MAX_POINTS` × 10.
pub const MAX_POINTS: f64 = 10.0;
pub const DEFAULT_CUT_OFF: f64 = 60.0;
pub const DEFAULT_SPLIT: f64 = 50.0;

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
