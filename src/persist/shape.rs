//! The JSON types an item's fields must have before it can be read at all. What the
//! values mean (a blank name, a negative potential) is the domain's `validate()`; this
//! only decides whether a field is text, a number, a list…, so that a file with
//! `"revenue": "1.234,56"` names that field instead of failing somewhere in serde.

use serde_json::{Map, Value};

use crate::domain::{FieldProblem, ProblemKind};

/// The JSON type of a field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// A positive whole number.
    Id,
    Text,
    Number,
    /// A whole number that fits a year.
    Year,
    Bool,
    /// A list of texts.
    Texts,
    /// A calendar day as text, `YYYY-MM-DD`.
    Date,
}

/// Whether a field must be there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Need {
    Required,
    /// May be absent, but `null` is not a value (revenue defaults to 0, not "unknown").
    Optional,
    /// May be absent or `null`, both meaning "unknown".
    Nullable,
}

/// One field of an item: its key, its shape and whether it must be present.
pub type Field = (&'static str, Shape, Need);

/// What is wrong with `value` for `shape`, if anything.
pub fn shape_problem(value: &Value, shape: Shape) -> Option<ProblemKind> {
    let fits = match shape {
        Shape::Id => value.as_u64().is_some(),
        Shape::Text => value.is_string(),
        Shape::Number => value.as_f64().is_some_and(f64::is_finite),
        Shape::Year => value.as_i64().is_some_and(|y| i32::try_from(y).is_ok()),
        Shape::Bool => value.is_boolean(),
        Shape::Texts => value
            .as_array()
            .is_some_and(|list| list.iter().all(Value::is_string)),
        Shape::Date => value
            .as_str()
            .and_then(crate::domain::day::Day::parse)
            .is_some(),
    };
    (!fits).then_some(match shape {
        Shape::Id => ProblemKind::NotAnId,
        Shape::Text => ProblemKind::NotText,
        Shape::Number => ProblemKind::NotANumber,
        Shape::Year => ProblemKind::NotAYear,
        Shape::Bool => ProblemKind::NotABoolean,
        Shape::Texts => ProblemKind::NotAListOfTexts,
        Shape::Date => ProblemKind::NotADate,
    })
}

/// Checks every field of `item`, dropping optional fields that are `null` so that the
/// domain type reads them as absent. Returns every problem, in the order of `fields`.
pub fn check_fields(item: &mut Map<String, Value>, fields: &[Field]) -> Vec<FieldProblem> {
    let mut found = Vec::new();
    for &(key, shape, need) in fields {
        let kind = match item.get(key) {
            None if need == Need::Required => Some(ProblemKind::Missing),
            None => None,
            Some(Value::Null) if need == Need::Nullable => {
                item.remove(key);
                None
            }
            Some(value) => shape_problem(value, shape),
        };
        if let Some(kind) = kind {
            found.push(FieldProblem::new(key, kind));
        }
    }
    found
}
