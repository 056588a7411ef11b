//! The key-account data: histories, requirement profiles, scorecards (plans and
//! buying centers in their own files).

use serde_json::{Map, Value};

use super::plan::check_plan;
use super::stakeholders::check_stakeholders;
use super::{
    check_choices, drop_nulls, is_choice, list_items, not_a_choice, section_object, Choice,
};
use crate::domain::roles::{SellingStage, SupplierRole};
use crate::domain::{Problem, ProblemKind, Section};
use crate::persist::shape::{check_fields, shape_problem, Field, Need, Shape};

const STEP_FIELDS: &[Field] = &[
    ("date", Shape::Date, Need::Required),
    ("note", Shape::Text, Need::Nullable),
];

const TARGET_FIELDS: &[Field] = &[("date", Shape::Date, Need::Required)];

/// One history (`roles` or `selling`) of a key account; `known` says whether a value is
/// one of its rungs.
fn check_history(
    history: &mut Value,
    field: &str,
    known: fn(&Value) -> bool,
    found: &mut Vec<Problem>,
) {
    let at = |field: String, kind| Problem::section(Section::KeyAccounts, kind).with_field(field);
    let Value::Object(history) = history else {
        found.push(at(field.into(), ProblemKind::NotAnObject));
        return;
    };
    // Checks one step or the target: its fields, and that its value is a known rung.
    let check_entry =
        |entry: &mut Value, field: String, fields: &[Field], found: &mut Vec<Problem>| {
            let Value::Object(entry) = entry else {
                found.push(at(field, ProblemKind::NotAnObject));
                return;
            };
            for p in check_fields(entry, fields) {
                found.push(at(format!("{field}.{}", p.field), p.kind));
            }
            match entry.get("value") {
                None => found.push(at(format!("{field}.value"), ProblemKind::Missing)),
                Some(v) if !known(v) => found.push(at(format!("{field}.value"), not_a_choice(v))),
                Some(_) => {}
            }
        };
    drop_nulls(history, &["steps"]);
    match history.get_mut("steps") {
        None => {}
        Some(Value::Array(steps)) => {
            for (i, step) in steps.iter_mut().enumerate() {
                check_entry(step, format!("{field}.steps.{}", i + 1), STEP_FIELDS, found);
            }
        }
        Some(_) => found.push(at(format!("{field}.steps"), ProblemKind::NotAList)),
    }
    match history.get_mut("target") {
        None => {}
        Some(Value::Null) => {
            history.remove("target");
        }
        Some(target) => check_entry(target, format!("{field}.target"), TARGET_FIELDS, found),
    }
}

pub(super) fn check_key_accounts(data: &mut Map<String, Value>, found: &mut Vec<Problem>) {
    let section = Section::KeyAccounts;
    let Some(accounts) = section_object(data, section, found) else {
        return;
    };
    let at = |field: &str, kind| Problem::section(section, kind).with_field(field);
    for (account, entry) in accounts.iter_mut() {
        if account.parse::<u64>().map_or(true, |id| id == 0) {
            found.push(at(account, ProblemKind::NotAnId));
        }
        let Value::Object(entry) = entry else {
            found.push(at(account, ProblemKind::NotAnObject));
            continue;
        };
        // `null` lists and objects read as absent (empty), as elsewhere in the file.
        drop_nulls(
            entry,
            &[
                "roles",
                "selling",
                "profiles",
                "scorecard",
                "plan",
                "plan_versions",
                "stakeholders",
            ],
        );
        type Known = fn(&Value) -> bool;
        let histories: [(&str, Known); 2] = [
            ("roles", is_choice::<SupplierRole>),
            ("selling", is_choice::<SellingStage>),
        ];
        for (key, known) in histories {
            if let Some(history) = entry.get_mut(key) {
                check_history(history, &format!("{account}.{key}"), known, found);
            }
        }
        if let Some(profiles) = entry.get_mut("profiles") {
            check_profiles(profiles, &format!("{account}.profiles"), found);
        }
        if let Some(kpis) = entry.get_mut("scorecard") {
            check_scorecard(kpis, &format!("{account}.scorecard"), found);
        }
        match entry.get_mut("plan") {
            None | Some(Value::Null) => {}
            Some(Value::Object(plan)) => check_plan(plan, &format!("{account}.plan"), found),
            Some(_) => found.push(at(&format!("{account}.plan"), ProblemKind::NotAnObject)),
        }
        if let Some(versions) = entry.get_mut("plan_versions") {
            let field = format!("{account}.plan_versions");
            for (name, version) in list_items(versions, &field, found) {
                for p in check_fields(version, &[("closed", Shape::Date, Need::Required)]) {
                    found.push(at(&format!("{name}.{}", p.field), p.kind));
                }
                match version.get_mut("plan") {
                    Some(Value::Object(plan)) => check_plan(plan, &format!("{name}.plan"), found),
                    _ => found.push(at(&format!("{name}.plan"), ProblemKind::Missing)),
                }
            }
        }
        if let Some(people) = entry.get_mut("stakeholders") {
            check_stakeholders(people, &format!("{account}.stakeholders"), found);
        }
        super::history::check_units(entry, account, found);
    }
}

const SEGMENT_FIELDS: &[Field] = &[("name", Shape::Text, Need::Required)];
const PROFILE_CRITERION_FIELDS: &[Field] = &[
    ("id", Shape::Text, Need::Required),
    ("name", Shape::Text, Need::Nullable),
    ("weight", Shape::Number, Need::Required),
];
const KPI_FIELDS: &[Field] = &[
    ("name", Shape::Text, Need::Required),
    ("unit", Shape::Text, Need::Nullable),
    ("target", Shape::Number, Need::Required),
    ("band", Shape::Number, Need::Nullable),
];

/// Ratings 0-100 by criterion id.
fn check_ratings(ratings: Option<&Value>, field: &str, found: &mut Vec<Problem>) {
    let at = |field: String, kind| Problem::section(Section::KeyAccounts, kind).with_field(field);
    match ratings {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            for (criterion, v) in map {
                if !v.as_f64().is_some_and(|r| (0.0..=100.0).contains(&r)) {
                    let kind = ProblemKind::OutOfRange {
                        min: 0.0,
                        max: 100.0,
                    };
                    found.push(at(format!("{field}.{criterion}"), kind));
                }
            }
        }
        Some(_) => found.push(at(field.to_string(), ProblemKind::NotAnObject)),
    }
}

fn check_profile(profile: &mut Map<String, Value>, field: &str, found: &mut Vec<Problem>) {
    drop_nulls(profile, &["criteria", "us", "competitors"]);
    let at = |field: String, kind| Problem::section(Section::KeyAccounts, kind).with_field(field);
    if let Some(criteria) = profile.get_mut("criteria") {
        for (name, c) in list_items(criteria, &format!("{field}.criteria"), found) {
            for p in check_fields(c, PROFILE_CRITERION_FIELDS) {
                found.push(at(format!("{name}.{}", p.field), p.kind));
            }
            if c.get("weight")
                .and_then(Value::as_f64)
                .is_some_and(|w| w < 0.0)
            {
                found.push(at(format!("{name}.weight"), ProblemKind::Negative));
            }
        }
    }
    check_ratings(profile.get("us"), &format!("{field}.us"), found);
    if let Some(competitors) = profile.get_mut("competitors") {
        for (name, c) in list_items(competitors, &format!("{field}.competitors"), found) {
            drop_nulls(c, &["ratings"]);
            for p in check_fields(c, SEGMENT_FIELDS) {
                found.push(at(format!("{name}.{}", p.field), p.kind));
            }
            check_ratings(c.get("ratings"), &format!("{name}.ratings"), found);
        }
    }
}

fn check_profiles(profiles: &mut Value, field: &str, found: &mut Vec<Problem>) {
    let at = |field: String, kind| Problem::section(Section::KeyAccounts, kind).with_field(field);
    for (name, segment) in list_items(profiles, field, found) {
        drop_nulls(segment, &["profile", "versions"]);
        for p in check_fields(segment, SEGMENT_FIELDS) {
            found.push(at(format!("{name}.{}", p.field), p.kind));
        }
        match segment.get_mut("profile") {
            None | Some(Value::Null) => {}
            Some(Value::Object(profile)) => {
                check_profile(profile, &format!("{name}.profile"), found)
            }
            Some(_) => found.push(at(format!("{name}.profile"), ProblemKind::NotAnObject)),
        }
        if let Some(versions) = segment.get_mut("versions") {
            for (vname, version) in list_items(versions, &format!("{name}.versions"), found) {
                for p in check_fields(version, &[("date", Shape::Date, Need::Required)]) {
                    found.push(at(format!("{vname}.{}", p.field), p.kind));
                }
                match version.get_mut("profile") {
                    Some(Value::Object(profile)) => {
                        check_profile(profile, &format!("{vname}.profile"), found)
                    }
                    _ => found.push(at(format!("{vname}.profile"), ProblemKind::Missing)),
                }
            }
        }
    }
}

fn check_scorecard(kpis: &mut Value, field: &str, found: &mut Vec<Problem>) {
    use crate::domain::scorecard::{Better, PeriodKey, Perspective, Template};
    let at = |field: String, kind| Problem::section(Section::KeyAccounts, kind).with_field(field);
    for (name, kpi) in list_items(kpis, field, found) {
        drop_nulls(kpi, &["template", "actuals"]);
        for p in check_fields(kpi, KPI_FIELDS) {
            found.push(at(format!("{name}.{}", p.field), p.kind));
        }
        let choices: [Choice; 3] = [
            ("perspective", is_choice::<Perspective>, true),
            ("better", is_choice::<Better>, true),
            ("template", is_choice::<Template>, false),
        ];
        check_choices(kpi, &choices, &name, found);
        match kpi.get("actuals") {
            None | Some(Value::Null) => {}
            Some(Value::Object(actuals)) => {
                for (period, v) in actuals {
                    let f = format!("{name}.actuals.{period}");
                    if PeriodKey::parse(period).is_none() {
                        found.push(at(f, ProblemKind::NotAPeriod));
                    } else if let Some(kind) = shape_problem(v, Shape::Number) {
                        found.push(at(f, kind));
                    }
                }
            }
            Some(_) => found.push(at(format!("{name}.actuals"), ProblemKind::NotAnObject)),
        }
    }
}
