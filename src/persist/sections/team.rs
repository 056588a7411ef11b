//! The settings' selling center, gap rules and confidential marks.

use serde_json::{Map, Value};

use super::{drop_nulls, is_choice, not_a_choice};
use crate::domain::{Problem, ProblemKind, Section};
use crate::persist::shape::{check_fields, Field, Need, Shape};

const MEMBER_FIELDS: &[Field] = &[
    ("name", Shape::Text, Need::Required),
    ("function", Shape::Text, Need::Nullable),
];

const GAP_RULE_FIELDS: &[Field] = &[
    ("stale_months", Shape::Number, Need::Required),
    ("max_per_counterpart", Shape::Number, Need::Required),
];

/// The selling center (names given, none twice), the gap rules (whole numbers from 1)
/// and the confidential marks (known fields) of the settings.
pub fn check_team(settings: &mut Map<String, Value>, found: &mut Vec<Problem>) {
    use crate::domain::stakeholders::{GAP_RULES_KEY, SELLING_CENTER_KEY};
    let at = |field: String, kind| Problem::section(Section::Settings, kind).with_field(field);
    drop_nulls(
        settings,
        &[
            SELLING_CENTER_KEY,
            GAP_RULES_KEY,
            "confidential",
            "shared_with_client",
        ],
    );
    match settings.get_mut(SELLING_CENTER_KEY) {
        None => {}
        Some(Value::Array(items)) => {
            let mut names: Vec<String> = Vec::new();
            for (i, item) in items.iter_mut().enumerate() {
                let field = format!("{SELLING_CENTER_KEY}.{}", i + 1);
                let Value::Object(member) = item else {
                    found.push(at(field, ProblemKind::NotAnObject));
                    continue;
                };
                for p in check_fields(member, MEMBER_FIELDS) {
                    found.push(at(format!("{field}.{}", p.field), p.kind));
                }
                let Some(name) = member.get("name").and_then(Value::as_str) else {
                    continue;
                };
                let name = name.trim().to_string();
                if name.is_empty() {
                    found.push(at(format!("{field}.name"), ProblemKind::Empty));
                } else if let Some(first) = names.iter().position(|n| *n == name) {
                    let kind = ProblemKind::Duplicate {
                        value: name.clone(),
                        first: first + 1,
                    };
                    found.push(at(format!("{field}.name"), kind));
                }
                names.push(name);
            }
        }
        Some(_) => found.push(at(SELLING_CENTER_KEY.into(), ProblemKind::NotAList)),
    }
    match settings.get_mut(GAP_RULES_KEY) {
        None => {}
        Some(Value::Object(rules)) => {
            for p in check_fields(rules, GAP_RULE_FIELDS) {
                found.push(at(format!("{GAP_RULES_KEY}.{}", p.field), p.kind));
            }
            for (key, _, _) in GAP_RULE_FIELDS {
                let v = rules.get(*key).and_then(Value::as_f64);
                if v.is_some_and(|v| !(1.0..=120.0).contains(&v) || v.fract() != 0.0) {
                    let kind = ProblemKind::OutOfRange {
                        min: 1.0,
                        max: 120.0,
                    };
                    found.push(at(format!("{GAP_RULES_KEY}.{key}"), kind));
                }
            }
        }
        Some(_) => found.push(at(GAP_RULES_KEY.into(), ProblemKind::NotAnObject)),
    }
    // The confidential marks, and the later marks shared: lists of known fields.
    use crate::domain::client_copy::{Confidential, MARKS_KEY, SHARED_KEY};
    for key in [MARKS_KEY, SHARED_KEY] {
        match settings.get(key) {
            None => {}
            Some(Value::Array(marks)) => {
                for (i, m) in marks.iter().enumerate() {
                    if !is_choice::<Confidential>(m) {
                        found.push(at(format!("{key}.{}", i + 1), not_a_choice(m)));
                    }
                }
            }
            Some(_) => found.push(at(key.into(), ProblemKind::NotAList)),
        }
    }
}
