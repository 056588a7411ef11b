//! A key account's units (plants, sites, divisions, countries) and what the user set on
//! the cells of its whitespace matrix (docs/methods.md, "Whitespace matrix").

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::whitespace::{CellKey, CellMarks};
use super::{OfferingId, UnitId};
use crate::domain::plan::Plan;

/// One unit of a customer; `parent` makes a tree (a country and its plants).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unit {
    pub id: UnitId,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<UnitId>,
    /// Fields of newer versions: kept on round trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Unit {
    pub fn new(id: UnitId, name: &str, parent: Option<UnitId>) -> Unit {
        Unit {
            id,
            name: name.trim().to_string(),
            parent,
            extra: Map::new(),
        }
    }
}

/// The units in tree order (each parent before its children, siblings in list order)
/// with their depth. A parent that does not exist, or a cycle, puts a unit at the top
/// level, so every unit is listed exactly once.
pub fn unit_tree(units: &[Unit]) -> Vec<(&Unit, usize)> {
    let known = |id: UnitId| units.iter().any(|u| u.id == id);
    let mut out: Vec<(&Unit, usize)> = Vec::with_capacity(units.len());
    let mut placed = vec![false; units.len()];
    fn visit<'a>(
        units: &'a [Unit],
        at: usize,
        depth: usize,
        placed: &mut Vec<bool>,
        out: &mut Vec<(&'a Unit, usize)>,
    ) {
        if placed[at] {
            return;
        }
        placed[at] = true;
        out.push((&units[at], depth));
        let id = units[at].id;
        for (i, u) in units.iter().enumerate() {
            if u.parent == Some(id) && u.id != id {
                visit(units, i, depth + 1, placed, out);
            }
        }
    }
    for i in 0..units.len() {
        let root = match units[i].parent {
            None => true,
            Some(p) => p == units[i].id || !known(p),
        };
        if root {
            visit(units, i, 0, &mut placed, &mut out);
        }
    }
    // What is left sits on a cycle: list it at the top level.
    for i in 0..units.len() {
        visit(units, i, 0, &mut placed, &mut out);
    }
    out
}

/// Whether making `parent` the parent of `unit` would close a cycle.
pub fn would_cycle(units: &[Unit], unit: UnitId, parent: UnitId) -> bool {
    let mut at = Some(parent);
    for _ in 0..=units.len() {
        match at {
            None => return false,
            Some(id) if id == unit => return true,
            Some(id) => at = units.iter().find(|u| u.id == id).and_then(|u| u.parent),
        }
    }
    true
}

/// A cell of the whitespace matrix: an offering in a unit (`None`: the whole customer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CellRef {
    pub offering: OfferingId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<UnitId>,
}

impl CellRef {
    pub fn key(self) -> CellKey {
        (self.offering, self.unit)
    }
}

/// What the user set on one cell: not relevant, or an estimated yearly potential.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CellMark {
    #[serde(flatten)]
    pub cell: CellRef,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_relevant: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub potential: Option<f64>,
    /// Fields of newer versions: kept on round trips.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The marks of a key account's matrix: its own, and "in progress" for every cell a
/// goal or an action of its plan (open or in progress) names.
pub fn cell_marks(marks: &[CellMark], plan: &Plan) -> CellMarks {
    let mut out = CellMarks::default();
    for m in marks {
        if m.not_relevant {
            out.not_relevant.insert(m.cell.key());
        }
        if let Some(p) = m.potential.filter(|p| p.is_finite()) {
            out.potential.insert(m.cell.key(), p);
        }
    }
    out.in_progress
        .extend(plan.goals.iter().filter_map(|g| g.cell).map(CellRef::key));
    out.in_progress.extend(
        plan.actions
            .iter()
            .filter(|a| a.status.is_active())
            .filter_map(|a| a.cell)
            .map(CellRef::key),
    );
    out
}

/// Sets (or clears, with `None`) one property of a cell's mark, dropping marks that
/// say nothing any more.
pub fn set_mark(marks: &mut Vec<CellMark>, cell: CellRef, edit: impl FnOnce(&mut CellMark)) {
    let at = match marks.iter().position(|m| m.cell == cell) {
        Some(i) => i,
        None => {
            marks.push(CellMark {
                cell,
                not_relevant: false,
                potential: None,
                extra: Map::new(),
            });
            marks.len() - 1
        }
    };
    edit(&mut marks[at]);
    if !marks[at].not_relevant && marks[at].potential.is_none() {
        marks.remove(at);
    }
}
