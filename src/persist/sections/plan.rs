//! A key account's plan (and its closed versions).

use serde_json::{Map, Value};

use super::{check_choices, drop_nulls, is_choice, list_items};
use crate::domain::roles::SellingStage;
use crate::domain::{Problem, ProblemKind, Section};
use crate::persist::shape::{check_fields, Field, Need, Shape};

const GOAL_FIELDS: &[Field] = &[
    ("id", Shape::Id, Need::Required),
    ("text", Shape::Text, Need::Required),
];
const MEASURE_FIELDS: &[Field] = &[
    ("kpi", Shape::Text, Need::Required),
    ("target", Shape::Number, Need::Required),
    ("due", Shape::Date, Need::Nullable),
    ("linked_kpi", Shape::Text, Need::Nullable),
    ("actual", Shape::Number, Need::Nullable),
];
const ACTION_FIELDS: &[Field] = &[
    ("id", Shape::Id, Need::Required),
    ("text", Shape::Text, Need::Required),
    ("owner", Shape::Text, Need::Nullable),
    ("due", Shape::Date, Need::Nullable),
    ("cost", Shape::Number, Need::Nullable),
    ("goal", Shape::Id, Need::Nullable),
];
const STATUS_QUO_FIELDS: &[Field] = &[
    ("important_to_us", Shape::Text, Need::Nullable),
    ("why_we_matter", Shape::Text, Need::Nullable),
    ("what_only_we_do", Shape::Text, Need::Nullable),
];
const SWOT_FIELDS: &[Field] = &[
    ("strengths", Shape::Texts, Need::Nullable),
    ("weaknesses", Shape::Texts, Need::Nullable),
    ("opportunities", Shape::Texts, Need::Nullable),
    ("threats", Shape::Texts, Need::Nullable),
];

/// An account plan: status quo and SWOT texts, goals with their measures, actions.
pub(super) fn check_plan(plan: &mut Map<String, Value>, field: &str, found: &mut Vec<Problem>) {
    use crate::domain::plan::ActionStatus;
    let at = |field: String, kind| Problem::section(Section::KeyAccounts, kind).with_field(field);
    drop_nulls(
        plan,
        &["status_quo", "swot", "goals", "actions", "period_start"],
    );
    for p in check_fields(plan, &[("period_start", Shape::Date, Need::Nullable)]) {
        found.push(at(format!("{field}.{}", p.field), p.kind));
    }
    for (key, fields) in [("status_quo", STATUS_QUO_FIELDS), ("swot", SWOT_FIELDS)] {
        match plan.get_mut(key) {
            None => {}
            Some(Value::Object(part)) => {
                for p in check_fields(part, fields) {
                    found.push(at(format!("{field}.{key}.{}", p.field), p.kind));
                }
            }
            Some(_) => found.push(at(format!("{field}.{key}"), ProblemKind::NotAnObject)),
        }
    }
    if let Some(goals) = plan.get_mut("goals") {
        for (name, goal) in list_items(goals, &format!("{field}.goals"), found) {
            drop_nulls(goal, &["measure"]);
            for p in check_fields(goal, GOAL_FIELDS) {
                found.push(at(format!("{name}.{}", p.field), p.kind));
            }
            super::history::check_cell(goal, &name, found);
            check_choices(
                goal,
                &[("dimension", is_choice::<SellingStage>, false)],
                &name,
                found,
            );
            match goal.get_mut("measure") {
                None => {}
                Some(Value::Object(m)) => {
                    for p in check_fields(m, MEASURE_FIELDS) {
                        found.push(at(format!("{name}.measure.{}", p.field), p.kind));
                    }
                }
                Some(_) => found.push(at(format!("{name}.measure"), ProblemKind::NotAnObject)),
            }
        }
    }
    if let Some(actions) = plan.get_mut("actions") {
        for (name, action) in list_items(actions, &format!("{field}.actions"), found) {
            for p in check_fields(action, ACTION_FIELDS) {
                found.push(at(format!("{name}.{}", p.field), p.kind));
            }
            super::history::check_cell(action, &name, found);
            if action
                .get("cost")
                .and_then(Value::as_f64)
                .is_some_and(|c| c < 0.0)
            {
                found.push(at(format!("{name}.cost"), ProblemKind::Negative));
            }
            check_choices(
                action,
                &[("status", is_choice::<ActionStatus>, false)],
                &name,
                found,
            );
        }
    }
}
