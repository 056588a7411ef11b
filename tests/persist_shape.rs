//! The shape checks (`persist::shape` tables and `persist::sections`) and the serde
//! types cannot drift apart: every field the serde types write, given a value of the
//! wrong JSON type, is refused by the checks with a named problem, never by serde's
//! "invalid file" and never accepted.

use std::collections::HashSet;

use keystone::domain::sample::sample_workspace;
use keystone::domain::Workspace;
use keystone::persist::{from_json, to_json, ImportError};
use serde_json::{json, Value};

/// A value of another JSON type than `value`.
fn wrong_type(value: &Value) -> Value {
    match value {
        Value::String(_) => json!(7),
        Value::Object(_) | Value::Array(_) | Value::Bool(_) | Value::Number(_) => json!("x"),
        Value::Null => json!({"x": 1}),
    }
}

/// Every place in `value` below `path` as (JSON pointer, value), once per field: of
/// list items and entries by id, only the first that has the field.
fn places(
    value: &Value,
    path: &str,
    kind: &str,
    seen: &mut HashSet<String>,
    out: &mut Vec<(String, Value)>,
) {
    let children: Vec<(String, String, &Value)> = match value {
        Value::Object(map) => map
            .iter()
            .map(|(key, v)| {
                let general = if key.parse::<u64>().is_ok() { "#" } else { key };
                (
                    key.replace('~', "~0").replace('/', "~1"),
                    general.to_string(),
                    v,
                )
            })
            .collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (i.to_string(), "[]".to_string(), v))
            .collect(),
        _ => return,
    };
    for (step, general, v) in children {
        let at = format!("{path}/{step}");
        let kind = format!("{kind}/{general}");
        if seen.insert(kind.clone()) {
            out.push((at.clone(), v.clone()));
        }
        places(v, &at, &kind, seen, out);
    }
}

/// The places of `ws`'s file that, given the wrong type, the checks did not refuse
/// with a named problem (empty: the checks know every field).
fn unchecked_places(ws: &Workspace) -> Vec<String> {
    let file: Value = serde_json::from_str(&to_json(ws, "t", "2026-12-05T00:00:00Z", 0)).unwrap();
    assert!(
        from_json(&file.to_string()).is_ok(),
        "the workspace imports"
    );
    let mut all = Vec::new();
    places(&file["data"], "", "", &mut HashSet::new(), &mut all);
    let mut unchecked = Vec::new();
    for (path, value) in all {
        let mut bad = file.clone();
        *bad.pointer_mut(&format!("/data{path}")).unwrap() = wrong_type(&value);
        match from_json(&bad.to_string()) {
            Err(ImportError::Problems(_)) => {}
            Err(other) => unchecked.push(format!("{path}: refused by serde: {other:?}")),
            Ok(_) => unchecked.push(format!("{path}: accepted")),
        }
    }
    unchecked
}

/// The sample workspace with the optional fields it leaves out set as well.
fn every_optional_field_set() -> Workspace {
    let mut ws = sample_workspace();
    let mut data = serde_json::to_value(&ws).unwrap();
    let settings = &mut data["settings"];
    settings["name"] = json!("Beispiel");
    settings["currency"] = json!("CHF");
    settings["gap_rules"] = json!({"stale_months": 6, "max_per_counterpart": 3});
    settings["confidential"] = json!(["contribution_margin", "internal_notes"]);
    settings["shared_with_client"] = json!(["status_quo"]);
    data["value_model"]["criteria"][0]["name"] = json!("Umsatz");
    data["value_model"]["criteria"][0]["rule"] = json!({"type": "linear", "low": 0, "high": 9});
    let first = data["key_accounts"].as_object_mut().unwrap().values_mut();
    for entry in first.take(1) {
        entry["profiles"][0]["profile"]["criteria"][0]["name"] = json!("Leistung");
    }
    let file = json!({
        "format": "keystone-workspace", "schema_version": keystone::persist::SCHEMA_VERSION,
        "app_version": "t", "exported_at": "2026-12-05T00:00:00Z", "data": data
    });
    let loaded = from_json(&file.to_string()).expect("the full workspace imports");
    ws = loaded.workspace;
    assert_eq!(ws.settings.name, "Beispiel");
    ws
}

#[test]
fn every_field_of_the_sample_workspace_is_known_to_the_shape_checks() {
    let unchecked = unchecked_places(&sample_workspace());
    assert!(unchecked.is_empty(), "{}", unchecked.join("\n"));
}

#[test]
fn every_optional_field_is_known_to_the_shape_checks() {
    let unchecked = unchecked_places(&every_optional_field_set());
    assert!(unchecked.is_empty(), "{}", unchecked.join("\n"));
}
