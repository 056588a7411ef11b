//! The JSON types of the value model and portfolio sections, checked before they are
//! read (see `shape`); their meaning is checked by the domain's `validate()`.

use serde_json::{Map, Value};

use super::shape::{check_fields, shape_problem, Field, Need, Shape};
use crate::domain::roles::{SellingStage, SupplierRole};
use crate::domain::value_model::{Direction, Kind, Source};
use crate::domain::{Problem, ProblemKind, Section};

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
fn check_plan(plan: &mut Map<String, Value>, field: &str, found: &mut Vec<Problem>) {
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
fn check_stakeholders(people: &mut Value, field: &str, found: &mut Vec<Problem>) {
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
