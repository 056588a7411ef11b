//! A key account's buying center.

use serde_json::Value;

use super::{check_choices, drop_nulls, is_choice, list_items, not_a_choice, Choice};
use crate::domain::{Problem, ProblemKind, Section};
use crate::persist::shape::{check_fields, Field, Need, Shape};

const STAKEHOLDER_FIELDS: &[Field] = &[
    ("id", Shape::Id, Need::Required),
    ("name", Shape::Text, Need::Required),
    ("function", Shape::Text, Need::Nullable),
    ("influence", Shape::Number, Need::Nullable),
    ("reports_to", Shape::Id, Need::Nullable),
    ("last_contact", Shape::Date, Need::Nullable),
    ("counterpart", Shape::Text, Need::Nullable),
    ("note", Shape::Text, Need::Nullable),
];

/// People of the buying center: choices, influence 1-5, roles from the list.
pub(super) fn check_stakeholders(people: &mut Value, field: &str, found: &mut Vec<Problem>) {
    use crate::domain::stakeholders::{Attitude, BuyingRole, Contact, Level};
    let at = |field: String, kind| Problem::section(Section::KeyAccounts, kind).with_field(field);
    for (name, person) in list_items(people, field, found) {
        drop_nulls(person, &["roles"]);
        for p in check_fields(person, STAKEHOLDER_FIELDS) {
            found.push(at(format!("{name}.{}", p.field), p.kind));
        }
        let influence = person.get("influence").and_then(Value::as_f64);
        if influence.is_some_and(|i| !(1.0..=5.0).contains(&i) || i.fract() != 0.0) {
            found.push(at(
                format!("{name}.influence"),
                ProblemKind::OutOfRange { min: 1.0, max: 5.0 },
            ));
        }
        let choices: [Choice; 3] = [
            ("level", is_choice::<Level>, true),
            ("attitude", is_choice::<Attitude>, false),
            ("contact", is_choice::<Contact>, false),
        ];
        check_choices(person, &choices, &name, found);
        match person.get("roles") {
            None => {}
            Some(Value::Array(roles)) => {
                for (i, role) in roles.iter().enumerate() {
                    if !is_choice::<BuyingRole>(role) {
                        found.push(at(format!("{name}.roles.{}", i + 1), not_a_choice(role)));
                    }
                }
            }
            Some(_) => found.push(at(format!("{name}.roles"), ProblemKind::NotAList)),
        }
    }
    check_links(people, field, found);
}

/// Ids used twice, "reports to" someone unknown or in a loop.
fn check_links(people: &Value, field: &str, found: &mut Vec<Problem>) {
    use crate::domain::stakeholders::{check_reports_to, ReportsToError, Stakeholder};
    if !people.is_array() {
        return;
    }
    // Typed now that every field has its shape (an unreadable one is named above).
    let Ok(typed) = serde_json::from_value::<Vec<Stakeholder>>(people.clone()) else {
        return;
    };
    let at = |i: usize, what: &str, kind| {
        Problem::section(Section::KeyAccounts, kind).with_field(format!("{field}.{}.{what}", i + 1))
    };
    for (i, p) in typed.iter().enumerate() {
        if let Some(first) = typed.iter().position(|q| q.id == p.id).filter(|&f| f < i) {
            let value = p.id.to_string();
            found.push(at(
                i,
                "id",
                ProblemKind::Duplicate {
                    value,
                    first: first + 1,
                },
            ));
        }
        let Some(boss) = p.reports_to else { continue };
        match check_reports_to(&typed, p.id, boss) {
            Ok(()) => {}
            Err(ReportsToError::Unknown) => {
                let value = boss.to_string();
                found.push(at(i, "reports_to", ProblemKind::Unknown { value }));
            }
            Err(ReportsToError::Cycle) => found.push(at(i, "reports_to", ProblemKind::Cycle)),
        }
    }
}
