//! The workspace's assessments: the list, imports into it, and its JSON form.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Assessment;
use crate::domain::json_area::JsonArea;

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
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Added {
    pub added: usize,
    /// Already there with the same answers (a file imported twice).
    pub skipped: usize,
    /// How many were added to each workshop, in order of first addition; `""` counts
    /// those added without a workshop.
    pub workshops: Vec<(String, usize)>,
}

impl Added {
    fn count(&mut self, workshop: &str) {
        self.added += 1;
        match self.workshops.iter_mut().find(|(w, _)| w == workshop) {
            Some((_, n)) => *n += 1,
            None => self.workshops.push((workshop.to_string(), 1)),
        }
    }
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
        self.add_each(incoming, |a| {
            if let Some(w) = workshop {
                a.workshop = w.to_string();
            }
        })
    }

    /// Adds imported assessments under fresh ids, each into the workshop it names
    /// (result links and participants' files carry theirs); one naming none goes into
    /// `fallback` if given. One with the same answers as one already here is skipped.
    pub fn add_to_named_workshops(
        &mut self,
        incoming: Vec<Assessment>,
        fallback: Option<&str>,
    ) -> Added {
        self.add_each(incoming, |a| {
            if let (true, Some(w)) = (a.workshop.trim().is_empty(), fallback) {
                a.workshop = w.to_string();
            }
        })
    }

    fn add_each(&mut self, incoming: Vec<Assessment>, file: impl Fn(&mut Assessment)) -> Added {
        let mut result = Added::default();
        for mut a in incoming {
            file(&mut a);
            a.workshop = a.workshop.trim().to_string();
            if self.iter().any(|have| have.same_answers(&a)) {
                result.skipped += 1;
                continue;
            }
            a.id = self.next_id();
            let workshop = a.workshop.clone();
            self.push(a);
            result.count(&workshop);
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

/// The workspace's assessments, as a [`JsonArea`] of their section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllAssessments;

impl JsonArea<AssessmentsJson> for AllAssessments {
    type Value = Assessments;
    fn read(self, json: &AssessmentsJson) -> Assessments {
        read_assessments(json)
    }
    fn write(self, json: &mut AssessmentsJson, list: &Assessments) {
        *json = assessments_json(list);
    }
}

pub fn assessments_json(list: &Assessments) -> AssessmentsJson {
    list.iter()
        .filter_map(|a| serde_json::to_value(a).ok())
        .collect()
}
