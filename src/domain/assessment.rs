//! The KAM self-assessment (docs/methods.md, "KAM self-assessment"): twelve areas from the 12
//! theses for successful KAM, each rated 1-5; the overall maturity, the weakest areas,
//! the comparison of two assessments and the aggregation of a workshop's participants.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::day::Day;

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

/// Every assessment in the workspace, in the order they were made.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Assessments(pub Vec<Assessment>);

impl std::ops::Deref for Assessments {
    type Target = Vec<Assessment>;
    fn deref(&self) -> &Vec<Assessment> {
        &self.0
    }
}

impl std::ops::DerefMut for Assessments {
    fn deref_mut(&mut self) -> &mut Vec<Assessment> {
        &mut self.0
    }
}

/// What adding imported assessments did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Added {
    pub added: usize,
    /// Already there with the same answers (a file imported twice).
    pub skipped: usize,
}

impl Assessments {
    pub fn next_id(&self) -> u64 {
        self.iter().map(|a| a.id).max().unwrap_or(0) + 1
    }

    pub fn get(&self, id: u64) -> Option<&Assessment> {
        self.iter().find(|a| a.id == id)
    }

    pub fn get_mut(&mut self, id: u64) -> Option<&mut Assessment> {
        self.iter_mut().find(|a| a.id == id)
    }

    /// Adds imported assessments under fresh ids; `workshop`, if given, is set on each.
    /// One with the same answers as one already here is skipped.
    pub fn add_imported(&mut self, incoming: Vec<Assessment>, workshop: Option<&str>) -> Added {
        let mut result = Added::default();
        for mut a in incoming {
            if let Some(w) = workshop {
                a.workshop = w.trim().to_string();
            }
            if self.iter().any(|have| have.same_answers(&a)) {
                result.skipped += 1;
                continue;
            }
            a.id = self.next_id();
            self.push(a);
            result.added += 1;
        }
        result
    }

    /// The workshop names in use, each once, in order of first appearance.
    pub fn workshops(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for a in self.iter() {
            let w = a.workshop.trim();
            if !w.is_empty() && !names.iter().any(|n| n == w) {
                names.push(w.to_string());
            }
        }
        names
    }

    /// The participants of a workshop, in order.
    pub fn in_workshop(&self, name: &str) -> Vec<&Assessment> {
        self.iter()
            .filter(|a| a.workshop.trim() == name.trim())
            .collect()
    }

    /// Removes one and returns it with its position (for undo).
    pub fn remove(&mut self, id: u64) -> Option<(usize, Assessment)> {
        let i = self.iter().position(|a| a.id == id)?;
        Some((i, self.0.remove(i)))
    }

    /// Puts a removed one back (undo); a taken id is replaced by a fresh one.
    pub fn restore(&mut self, index: usize, mut a: Assessment) -> u64 {
        if self.get(a.id).is_some() {
            a.id = self.next_id();
        }
        let id = a.id;
        let index = index.min(self.len());
        self.0.insert(index, a);
        id
    }
}

/// The assessments as the workspace keeps them: JSON, read into [`Assessments`] by the
/// pages that need them, so that the main module (autosave, backups) carries no typed
/// serde code for them (the key-account section does the same).
pub type AssessmentsJson = Vec<Value>;

/// The typed assessments; an entry that cannot be read is left out (import has
/// checked every one: see `persist::assessment_file::check_assessments`).
pub fn read_assessments(json: &[Value]) -> Assessments {
    Assessments(
        json.iter()
            .filter_map(|v| Assessment::deserialize(v).ok())
            .collect(),
    )
}

/// Every assessment typed, or what is wrong with the first that cannot be read.
pub fn try_read_assessments(json: &[Value]) -> Result<Assessments, String> {
    json.iter()
        .enumerate()
        .map(|(i, v)| Assessment::deserialize(v).map_err(|e| format!("{}: {e}", i + 1)))
        .collect::<Result<Vec<_>, _>>()
        .map(Assessments)
}

pub fn assessments_json(list: &Assessments) -> AssessmentsJson {
    list.iter()
        .filter_map(|a| serde_json::to_value(a).ok())
        .collect()
}
