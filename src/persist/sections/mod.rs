//! The JSON types of the workspace's sections, checked before they are read (see
//! `shape`); their meaning is checked by the domain's `validate()`. One file per
//! section (the key-account data in several), the helpers they share here.

mod accounts;
mod history;
mod key_accounts;
mod plan;
mod stakeholders;
mod team;
mod value_model;

use serde_json::{Map, Value};

use crate::domain::{Problem, ProblemKind, Section};
pub use team::check_team;

/// Checks the JSON types of one section of `data` (absent is fine): an arm per entry of
/// the list of sections (`domain::problem::workspace_sections!`).
pub(super) fn check_section(
    section: Section,
    data: &mut Map<String, Value>,
    found: &mut Vec<Problem>,
) {
    match section {
        Section::Accounts => accounts::check_accounts(data, found),
        Section::Settings => accounts::check_settings(data, found),
        Section::ValueModel => value_model::check_value_model(data, found),
        Section::Portfolio => value_model::check_portfolio(data, found),
        Section::KeyAccounts => key_accounts::check_key_accounts(data, found),
        Section::Assessments => {
            super::assessment_file::check_assessments(data.get_mut(section.key()), found)
        }
        Section::Offerings => history::check_offerings(data, found),
        Section::History => history::check_history(data, found),
        // Kept as they are.
        Section::Unknown => {}
    }
}

/// Whether `value` (a JSON string) is one of the keys serde accepts for `T`.
fn is_choice<T: serde::de::DeserializeOwned>(value: &Value) -> bool {
    serde_json::from_value::<T>(value.clone()).is_ok()
}

fn not_a_choice(value: &Value) -> ProblemKind {
    ProblemKind::NotAChoice {
        value: value.as_str().unwrap_or_default().to_string(),
    }
}

/// The object of `section`, or a problem if it is something else; absent is fine.
fn section_object<'a>(
    data: &'a mut Map<String, Value>,
    section: Section,
    found: &mut Vec<Problem>,
) -> Option<&'a mut Map<String, Value>> {
    match data.get_mut(section.key()) {
        Some(Value::Object(map)) => Some(map),
        None => None,
        Some(_) => {
            found.push(Problem::section(section, ProblemKind::NotAnObject));
            None
        }
    }
}

/// Removes the keys whose value is `null`, so that they read as their defaults.
fn drop_nulls(object: &mut Map<String, Value>, keys: &[&str]) {
    for key in keys {
        if object.get(*key) == Some(&Value::Null) {
            object.remove(*key);
        }
    }
}

/// The items of a list field, or a problem; absent or `null` is an empty list.
fn list_items<'a>(
    value: &'a mut Value,
    field: &str,
    found: &mut Vec<Problem>,
) -> Vec<(String, &'a mut Map<String, Value>)> {
    let at = |kind| Problem::section(Section::KeyAccounts, kind).with_field(field);
    match value {
        Value::Null => Vec::new(),
        Value::Array(items) => {
            let mut objects = Vec::new();
            for (i, item) in items.iter_mut().enumerate() {
                let name = format!("{field}.{}", i + 1);
                match item {
                    Value::Object(o) => objects.push((name, o)),
                    _ => found.push(
                        Problem::section(Section::KeyAccounts, ProblemKind::NotAnObject)
                            .with_field(name),
                    ),
                }
            }
            objects
        }
        _ => {
            found.push(at(ProblemKind::NotAList));
            Vec::new()
        }
    }
}

/// A choice field: key, whether a value is one of the choices, whether it is required.
type Choice<'a> = (&'a str, fn(&Value) -> bool, bool);

fn check_choices(
    item: &Map<String, Value>,
    choices: &[Choice],
    name: &str,
    found: &mut Vec<Problem>,
) {
    let at = |field: String, kind| Problem::section(Section::KeyAccounts, kind).with_field(field);
    for &(key, known, required) in choices {
        match item.get(key) {
            None | Some(Value::Null) if required => {
                found.push(at(format!("{name}.{key}"), ProblemKind::Missing))
            }
            None | Some(Value::Null) => {}
            Some(v) if !known(v) => found.push(at(format!("{name}.{key}"), not_a_choice(v))),
            Some(_) => {}
        }
    }
}
