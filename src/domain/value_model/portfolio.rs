//! The customer portfolio: its two axes, where the quadrants split, and which
//! quadrant a point falls in.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{percent_range, ValueModel, DEFAULT_SPLIT};
use crate::domain::precision::at_least;
use crate::domain::problem::{Problem, ProblemKind, Section};

fn default_split() -> f64 {
    DEFAULT_SPLIT
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
