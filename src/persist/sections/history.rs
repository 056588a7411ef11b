//! The offerings and the sales history (rows of six values, docs/file-format.md).

use serde_json::{Map, Value};

use crate::domain::history::Period;
use crate::domain::{Problem, ProblemKind, Section};
use crate::persist::shape::{check_fields, shape_problem, Field, Need, Shape};

const OFFERING_FIELDS: &[Field] = &[
    ("id", Shape::Id, Need::Required),
    ("name", Shape::Text, Need::Required),
    ("group", Shape::Text, Need::Nullable),
];

pub(super) fn check_offerings(data: &mut Map<String, Value>, found: &mut Vec<Problem>) {
    let section = Section::Offerings;
    let list = match data.get_mut(section.key()) {
        None => return,
        Some(Value::Null) => {
            data.remove(section.key());
            return;
        }
        Some(Value::Array(list)) => list,
        Some(_) => return found.push(Problem::section(section, ProblemKind::NotAList)),
    };
    for (i, item) in list.iter_mut().enumerate() {
        let Value::Object(offering) = item else {
            found.push(Problem::item(section, i + 1, "", ProblemKind::NotAnObject));
            continue;
        };
        let problems = check_fields(offering, OFFERING_FIELDS);
        let name = offering.get("name").and_then(Value::as_str).unwrap_or("");
        found.extend(Problem::locate(section, Some(i + 1), name, problems));
    }
}

/// The six values of a row: name, shape, whether `null` is allowed.
const ROW: [(&str, Shape, bool); 6] = [
    ("account", Shape::Id, false),
    ("period", Shape::Text, false),
    ("offering", Shape::Id, true),
    ("unit", Shape::Id, true),
    ("revenue", Shape::Number, false),
    ("margin", Shape::Number, true),
];

pub(super) fn check_history(data: &mut Map<String, Value>, found: &mut Vec<Problem>) {
    let section = Section::History;
    let rows = match data.get_mut(section.key()) {
        None => return,
        Some(Value::Null) => {
            data.remove(section.key());
            return;
        }
        Some(Value::Array(rows)) => rows,
        Some(_) => return found.push(Problem::section(section, ProblemKind::NotAList)),
    };
    for (i, row) in rows.iter().enumerate() {
        let at = |field: &str, kind| Problem::item(section, i + 1, "", kind).with_field(field);
        let Value::Array(values) = row else {
            found.push(Problem::item(section, i + 1, "", ProblemKind::NotAList));
            continue;
        };
        for (j, &(field, shape, nullable)) in ROW.iter().enumerate() {
            match values.get(j) {
                None => found.push(at(field, ProblemKind::Missing)),
                Some(Value::Null) if nullable => {}
                Some(v) => {
                    if let Some(kind) = shape_problem(v, shape) {
                        found.push(at(field, kind));
                    } else if field == "period" && v.as_str().and_then(Period::parse).is_none() {
                        found.push(at(field, ProblemKind::NotAPeriod));
                    }
                }
            }
        }
    }
}

const CELL_FIELDS: &[Field] = &[
    ("offering", Shape::Id, Need::Required),
    ("unit", Shape::Id, Need::Nullable),
];
const UNIT_FIELDS: &[Field] = &[
    ("id", Shape::Id, Need::Required),
    ("name", Shape::Text, Need::Required),
    ("parent", Shape::Id, Need::Nullable),
];
const MARK_FIELDS: &[Field] = &[
    ("offering", Shape::Id, Need::Required),
    ("unit", Shape::Id, Need::Nullable),
    ("not_relevant", Shape::Bool, Need::Nullable),
    ("potential", Shape::Number, Need::Nullable),
];

/// The whitespace cell a plan goal or action names (`name`: where it is, for messages).
pub(super) fn check_cell(item: &mut Map<String, Value>, name: &str, found: &mut Vec<Problem>) {
    let at = |field: String, kind| Problem::section(Section::KeyAccounts, kind).with_field(field);
    match item.get_mut("cell") {
        None => {}
        Some(Value::Null) => {
            item.remove("cell");
        }
        Some(Value::Object(cell)) => {
            for p in check_fields(cell, CELL_FIELDS) {
                found.push(at(format!("{name}.cell.{}", p.field), p.kind));
            }
        }
        Some(_) => found.push(at(format!("{name}.cell"), ProblemKind::NotAnObject)),
    }
}

/// A key account's unit kind, units and whitespace marks (`account`: its id).
pub(super) fn check_units(entry: &mut Map<String, Value>, account: &str, found: &mut Vec<Problem>) {
    let at = |field: String, kind| Problem::section(Section::KeyAccounts, kind).with_field(field);
    super::drop_nulls(entry, &["unit_kind", "units", "whitespace"]);
    if let Some(kind) = entry
        .get("unit_kind")
        .and_then(|k| shape_problem(k, Shape::Text))
    {
        found.push(at(format!("{account}.unit_kind"), kind));
    }
    for (key, fields) in [("units", UNIT_FIELDS), ("whitespace", MARK_FIELDS)] {
        if let Some(list) = entry.get_mut(key) {
            let field = format!("{account}.{key}");
            for (name, item) in super::list_items(list, &field, found) {
                for p in check_fields(item, fields) {
                    found.push(at(format!("{name}.{}", p.field), p.kind));
                }
            }
        }
    }
}
