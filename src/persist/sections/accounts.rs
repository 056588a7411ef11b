//! The accounts and the settings.

use serde_json::{Map, Value};

use crate::domain::{Measure, Problem, ProblemKind, Section};
use crate::persist::shape::{check_fields, shape_problem, Field, Need, Shape};

const ACCOUNT_FIELDS: &[Field] = &[
    ("id", Shape::Id, Need::Required),
    ("name", Shape::Text, Need::Required),
    ("customer_number", Shape::Text, Need::Nullable),
    ("industry", Shape::Text, Need::Nullable),
    ("region", Shape::Text, Need::Nullable),
    ("revenue", Shape::Number, Need::Optional),
    ("contribution_margin", Shape::Number, Need::Nullable),
    ("potential", Shape::Number, Need::Nullable),
    ("relationship_since", Shape::Year, Need::Nullable),
    ("key_account", Shape::Bool, Need::Nullable),
    ("tags", Shape::Texts, Need::Nullable),
    ("notes", Shape::Text, Need::Nullable),
];

const ABC_FIELDS: &[Field] = &[
    ("measure", Shape::Text, Need::Nullable),
    ("a_threshold", Shape::Number, Need::Required),
    ("b_threshold", Shape::Number, Need::Required),
];

pub(super) fn check_accounts(data: &mut Map<String, Value>, found: &mut Vec<Problem>) {
    let list = match data.get_mut("accounts") {
        None => return,
        Some(Value::Array(list)) => list,
        Some(_) => {
            found.push(Problem::section(Section::Accounts, ProblemKind::NotAList));
            return;
        }
    };
    for (i, item) in list.iter_mut().enumerate() {
        let Value::Object(account) = item else {
            found.push(Problem::item(
                Section::Accounts,
                i + 1,
                "",
                ProblemKind::NotAnObject,
            ));
            continue;
        };
        let problems = check_fields(account, ACCOUNT_FIELDS);
        let name = account.get("name").and_then(Value::as_str).unwrap_or("");
        found.extend(Problem::locate(
            Section::Accounts,
            Some(i + 1),
            name,
            problems,
        ));
    }
}

pub(super) fn check_settings(data: &mut Map<String, Value>, found: &mut Vec<Problem>) {
    let at = |field: &str, kind| Problem::section(Section::Settings, kind).with_field(field);
    let settings = match data.get_mut("settings") {
        None => return,
        Some(Value::Object(settings)) => settings,
        Some(_) => {
            found.push(Problem::section(
                Section::Settings,
                ProblemKind::NotAnObject,
            ));
            return;
        }
    };
    if let Some(kind) = settings
        .get("name")
        .and_then(|n| shape_problem(n, Shape::Text))
    {
        found.push(at("name", kind));
    }
    match settings.get("currency") {
        None | Some(Value::Null) => {}
        Some(Value::String(code)) if crate::domain::currency::is_code(code) => {}
        Some(Value::String(code)) => {
            let value = code.clone();
            found.push(at("currency", ProblemKind::NotAChoice { value }));
        }
        Some(_) => found.push(at("currency", ProblemKind::NotText)),
    }
    super::check_team(settings, found);
    let abc = match settings.get_mut("abc") {
        None => return,
        Some(Value::Object(abc)) => abc,
        Some(_) => {
            found.push(at("abc", ProblemKind::NotAnObject));
            return;
        }
    };
    for p in check_fields(abc, ABC_FIELDS) {
        found.push(at(&format!("abc.{}", p.field), p.kind));
    }
    if let Some(measure) = abc.get("measure").and_then(Value::as_str) {
        if Measure::from_key(measure).is_none() {
            let value = measure.to_string();
            found.push(at("abc.measure", ProblemKind::NotAChoice { value }));
        }
    }
}
