//! The value model and the portfolio.

use serde_json::{Map, Value};

use super::{is_choice, not_a_choice, section_object};
use crate::domain::value_model::{Direction, Kind, Source};
use crate::domain::{Problem, ProblemKind, Section};
use crate::persist::shape::{check_fields, shape_problem, Field, Need, Shape};

const CRITERION_FIELDS: &[Field] = &[
    ("id", Shape::Text, Need::Required),
    ("name", Shape::Text, Need::Nullable),
    ("kind", Shape::Text, Need::Required),
    ("source", Shape::Text, Need::Nullable),
    ("weight", Shape::Number, Need::Required),
    ("direction", Shape::Text, Need::Nullable),
];

const AXIS_FIELDS: &[Field] = &[
    ("criterion", Shape::Text, Need::Required),
    ("weight", Shape::Number, Need::Required),
];

pub(super) fn check_value_model(data: &mut Map<String, Value>, found: &mut Vec<Problem>) {
    let section = Section::ValueModel;
    let Some(model) = section_object(data, section, found) else {
        return;
    };
    let at = |field: &str, kind| Problem::section(section, kind).with_field(field);
    match model.get_mut("criteria") {
        Some(Value::Array(list)) => {
            for (i, item) in list.iter_mut().enumerate() {
                let Value::Object(c) = item else {
                    found.push(Problem::item(section, i + 1, "", ProblemKind::NotAnObject));
                    continue;
                };
                let mut problems = check_fields(c, CRITERION_FIELDS);
                type Known = fn(&Value) -> bool;
                let choices: [(&str, Known); 3] = [
                    ("kind", is_choice::<Kind>),
                    ("source", is_choice::<Source>),
                    ("direction", is_choice::<Direction>),
                ];
                for (key, known) in choices {
                    let bad = c.get(key).filter(|v| v.is_string() && !known(v));
                    if let Some(v) = bad {
                        let kind = not_a_choice(v);
                        problems.push(crate::domain::FieldProblem::new(key, kind));
                    }
                }
                match c.get("rule") {
                    None | Some(Value::Null) => {}
                    Some(rule) => {
                        if !is_choice::<crate::domain::value_model::RatingRule>(rule) {
                            let kind = ProblemKind::NotAChoice {
                                value: rule.to_string(),
                            };
                            problems.push(crate::domain::FieldProblem::new("rule", kind));
                        }
                    }
                }
                let name = c
                    .get("name")
                    .or(c.get("id"))
                    .and_then(Value::as_str)
                    .unwrap_or("");
                found.extend(Problem::locate(section, Some(i + 1), name, problems));
            }
        }
        None => found.push(at("criteria", ProblemKind::Missing)),
        Some(_) => found.push(at("criteria", ProblemKind::NotAList)),
    }
    match model.get("ratings") {
        None | Some(Value::Null) => {}
        Some(Value::Object(rows)) => {
            for (account, row) in rows {
                let field = format!("ratings.{account}");
                if account.parse::<u64>().map_or(true, |id| id == 0) {
                    found.push(at(&field, ProblemKind::NotAnId));
                }
                let Value::Object(row) = row else {
                    found.push(at(&field, ProblemKind::NotAnObject));
                    continue;
                };
                for (criterion, points) in row {
                    let whole = points.as_u64().filter(|&p| p <= 10);
                    if whole.is_none() {
                        let kind = ProblemKind::OutOfRange {
                            min: 0.0,
                            max: 10.0,
                        };
                        found.push(at(&format!("{field}.{criterion}"), kind));
                    }
                }
            }
        }
        Some(_) => found.push(at("ratings", ProblemKind::NotAnObject)),
    }
    for key in ["added", "rejected"] {
        match model.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::Array(ids)) => {
                if ids.iter().any(|id| shape_problem(id, Shape::Id).is_some()) {
                    found.push(at(key, ProblemKind::NotAnId));
                }
            }
            Some(_) => found.push(at(key, ProblemKind::NotAList)),
        }
    }
    if let Some(v) = model
        .get("scope")
        .filter(|v| !is_choice::<crate::domain::value_model::Scope>(v))
    {
        found.push(at("scope", not_a_choice(v)));
    }
    if let Some(kind) = model
        .get("cut_off")
        .and_then(|v| shape_problem(v, Shape::Number))
    {
        found.push(at("cut_off", kind));
    }
}

pub(super) fn check_portfolio(data: &mut Map<String, Value>, found: &mut Vec<Problem>) {
    let section = Section::Portfolio;
    let Some(portfolio) = section_object(data, section, found) else {
        return;
    };
    let at = |field: String, kind| Problem::section(section, kind).with_field(field);
    for key in ["attractiveness", "position"] {
        match portfolio.get_mut(key) {
            Some(Value::Array(list)) => {
                for (i, item) in list.iter_mut().enumerate() {
                    let field = format!("{key}.{}", i + 1);
                    let Value::Object(w) = item else {
                        found.push(at(field, ProblemKind::NotAnObject));
                        continue;
                    };
                    for p in check_fields(w, AXIS_FIELDS) {
                        found.push(at(format!("{field}.{}", p.field), p.kind));
                    }
                }
            }
            None => found.push(at(key.into(), ProblemKind::Missing)),
            Some(_) => found.push(at(key.into(), ProblemKind::NotAList)),
        }
    }
    for key in ["split_attractiveness", "split_position"] {
        if let Some(kind) = portfolio
            .get(key)
            .and_then(|v| shape_problem(v, Shape::Number))
        {
            found.push(at(key.into(), kind));
        }
    }
    if let Some(kind) = portfolio
        .get("show_all")
        .and_then(|v| shape_problem(v, Shape::Bool))
    {
        found.push(at("show_all".into(), kind));
    }
}
