//! The KAM self-assessment (docs/methods.md, "KAM self-assessment"): twelve areas from the 12
//! theses for successful KAM, each rated 1-5; the overall maturity, the weakest areas,
//! the comparison of two assessments and the aggregation of a workshop's participants.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::day::Day;

mod aggregate;
mod list;
mod maturity;
pub mod share_link;
pub use aggregate::{aggregate, disagreements, mean_points, AreaStats};
pub use list::{
    assessments_json, read_assessments, try_read_assessments, Added, AllAssessments, Assessments,
    AssessmentsJson,
};
pub use maturity::{compare, maturity, weakest_areas, AreaDelta, Maturity, MaturityLevel};

/// The twelve areas, in the order of the seed's theses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Vision,
    Strategy,
    Organisation,
    CustomerValueModel,
    Process,
    LevelSelling,
    SystemUnderstanding,
    CustomerDevelopment,
    BuyingCenter,
    SellingCenter,
    Levels,
    Negotiation,
}

impl Area {
    pub const ALL: [Area; 12] = [
        Area::Vision,
        Area::Strategy,
        Area::Organisation,
        Area::CustomerValueModel,
        Area::Process,
        Area::LevelSelling,
        Area::SystemUnderstanding,
        Area::CustomerDevelopment,
        Area::BuyingCenter,
        Area::SellingCenter,
        Area::Levels,
        Area::Negotiation,
    ];

    /// The thesis number, 1-12.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// The key in files (`customer_value_model`).
    pub fn key(self) -> &'static str {
        KEYS[self as usize]
    }

    pub fn from_key(key: &str) -> Option<Area> {
        KEYS.iter().position(|k| *k == key).map(|i| Area::ALL[i])
    }
}

const KEYS: [&str; 12] = [
    "vision",
    "strategy",
    "organisation",
    "customer_value_model",
    "process",
    "level_selling",
    "system_understanding",
    "customer_development",
    "buying_center",
    "selling_center",
    "levels",
    "negotiation",
];

/// The lowest and highest rating.
pub const MIN_RATING: u8 = 1;
pub const MAX_RATING: u8 = 5;

/// One person's answers at one date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: u64,
    /// A name or a role ("Head of sales"); may stay blank.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub respondent: String,
    /// The workshop this assessment belongs to; blank for one on its own.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub workshop: String,
    pub date: Day,
    /// The date a workshop invitation asked for the answers by (a link's deadline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers_wanted_by: Option<Day>,
    /// 1-5 per answered area.
    #[serde(default)]
    pub ratings: BTreeMap<Area, u8>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub comments: BTreeMap<Area, String>,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Assessment {
    pub fn new(id: u64, date: Day) -> Assessment {
        Assessment {
            id,
            respondent: String::new(),
            workshop: String::new(),
            date,
            answers_wanted_by: None,
            ratings: BTreeMap::new(),
            comments: BTreeMap::new(),
            extra: Default::default(),
        }
    }

    pub fn rating(&self, area: Area) -> Option<u8> {
        self.ratings.get(&area).copied()
    }

    /// Sets or clears a rating; values outside 1-5 are clamped.
    pub fn set_rating(&mut self, area: Area, rating: Option<u8>) {
        match rating {
            Some(r) => {
                self.ratings.insert(area, r.clamp(MIN_RATING, MAX_RATING));
            }
            None => {
                self.ratings.remove(&area);
            }
        }
    }

    pub fn comment(&self, area: Area) -> &str {
        self.comments.get(&area).map_or("", String::as_str)
    }

    /// Sets a comment; a blank one is removed.
    pub fn set_comment(&mut self, area: Area, text: &str) {
        if text.trim().is_empty() {
            self.comments.remove(&area);
        } else {
            self.comments.insert(area, text.to_string());
        }
    }

    /// How many areas are rated (the "7 of 12").
    pub fn answered(&self) -> usize {
        self.ratings.len()
    }

    /// The ratings in area order, `None` where unanswered (one radar point per area).
    pub fn points(&self) -> Vec<Option<f64>> {
        Area::ALL
            .iter()
            .map(|a| self.rating(*a).map(f64::from))
            .collect()
    }

    /// Same answers, whatever the id: an imported file met twice is added once.
    pub fn same_answers(&self, other: &Assessment) -> bool {
        self.respondent == other.respondent
            && self.workshop == other.workshop
            && self.date == other.date
            && self.ratings == other.ratings
            && self.comments == other.comments
    }
}
