//! Fields this version does not know (written by a newer one or another tool) are kept
//! at every level of the file and written back: through import and export, through the
//! stored workspace, through the pages' typed edits; and the client copy carries none.

use keystone::domain::client_copy::{apply_returned, client_copy, marks};
use keystone::domain::day::Day;
use keystone::domain::key_account::{key_account, set_key_account};
use keystone::domain::stakeholders::{
    gap_rules, selling_center, set_gap_rules, set_selling_center,
};
use keystone::domain::Workspace;
use keystone::persist::{from_json, to_json, to_json_from_parts, to_pretty_json};
use serde_json::{json, Value};

const FIXTURE: &str = include_str!("fixtures/workspace-unknown-fields.json");
/// The key of every unknown field in the fixture begins with it.
const UNKNOWN: &str = "x_future";

/// Every unknown field of `value`: its JSON pointer and its value.
fn unknown_fields(value: &Value, at: &str, found: &mut Vec<(String, Value)>) {
    let escape = |k: &str| k.replace('~', "~0").replace('/', "~1");
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let here = format!("{at}/{}", escape(k));
                if k.starts_with(UNKNOWN) {
                    found.push((here, v.clone()));
                } else {
                    unknown_fields(v, &here, found);
                }
            }
        }
        Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                unknown_fields(v, &format!("{at}/{i}"), found);
            }
        }
        _ => {}
    }
}

fn fixture_unknowns() -> Vec<(String, Value)> {
    let mut found = Vec::new();
    unknown_fields(&serde_json::from_str(FIXTURE).unwrap(), "", &mut found);
    found
}

/// Every unknown field of the fixture is in `text` at the same place with its value.
fn assert_all_kept(text: &str, what: &str) {
    let out: Value = serde_json::from_str(text).unwrap();
    let mut missing = Vec::new();
    for (pointer, value) in fixture_unknowns() {
        if out.pointer(&pointer) != Some(&value) {
            missing.push(pointer);
        }
    }
    assert!(missing.is_empty(), "{what} lost {missing:#?}");
}

fn imported() -> Workspace {
    from_json(FIXTURE).expect("the fixture imports").workspace
}

#[test]
fn the_fixture_has_an_unknown_field_at_every_level() {
    let places: Vec<String> = fixture_unknowns()
        .into_iter()
        .map(|(_, v)| v["at"].as_str().unwrap().to_string())
        .collect();
    for place in [
        "envelope",
        "account",
        "settings",
        "settings.abc",
        "selling_center member",
        "gap_rules",
        "criterion",
        "linear rule",
        "quantile rule",
        "value_model",
        "attractiveness entry",
        "position entry",
        "portfolio",
        "key account",
        "roles history",
        "role step",
        "role target",
        "selling history",
        "selling step",
        "selling target",
        "segment",
        "profile",
        "profile criterion",
        "competitor",
        "profile version",
        "kpi",
        "plan",
        "status quo",
        "swot",
        "goal",
        "measure",
        "action",
        "plan version",
        "old goal",
        "stakeholder",
        "assessment",
        "unknown section",
    ] {
        assert!(
            places.iter().any(|p| p == place),
            "no unknown field at {place}"
        );
    }
}

#[test]
fn import_then_export_writes_every_unknown_field_back_where_it_was() {
    let loaded = from_json(FIXTURE).expect("the fixture imports");
    let text = to_pretty_json(&loaded.workspace, "0.1.0", "2027-03-02T00:00:00Z");
    assert_all_kept(&text, "the export");
    // Known envelope fields are this version's, not copies of the file's.
    let out: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(out["app_version"], json!("0.1.0"));
    assert_eq!(
        out["schema_version"],
        json!(keystone::persist::SCHEMA_VERSION)
    );
    // And the export reads back to the same workspace.
    assert_eq!(from_json(&text).unwrap().workspace, loaded.workspace);
}

#[test]
fn the_stored_workspace_keeps_every_unknown_field() {
    let ws = imported();
    let stored = to_json(&ws, "0.1.0", "2027-03-02T00:00:00Z", 3);
    assert_all_kept(&stored, "the stored workspace");
    let loaded = from_json(&stored).expect("the stored copy reads back");
    assert_eq!(loaded.revision, 3);
    assert_eq!(loaded.workspace, ws);
    let export = to_pretty_json(&loaded.workspace, "0.1.0", "x");
    assert_all_kept(&export, "the export of the stored workspace");
    assert_eq!(
        serde_json::from_str::<Value>(&export).unwrap(),
        serde_json::from_str::<Value>(&to_pretty_json(&ws, "0.1.0", "x")).unwrap()
    );
}

#[test]
fn autosave_s_section_parts_keep_every_unknown_field() {
    let ws = imported();
    let member = |k: &str, v: Value| format!("\"{k}\":{v}");
    let unknown = serde_json::to_string(&ws.extra).unwrap();
    let parts = [
        member("accounts", serde_json::to_value(&ws.accounts).unwrap()),
        member("settings", serde_json::to_value(&ws.settings).unwrap()),
        member(
            "value_model",
            serde_json::to_value(&ws.value_model).unwrap(),
        ),
        member("portfolio", serde_json::to_value(&ws.portfolio).unwrap()),
        member("key_accounts", Value::Object(ws.key_accounts.clone())),
        member("assessments", Value::Array(ws.assessments.clone())),
        unknown[1..unknown.len() - 1].to_string(),
    ];
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let text = keystone::persist::to_json_from_parts_with(&parts, &ws.envelope, "0.1.0", "x", 4);
    assert_all_kept(&text, "the text assembled from parts");
    assert_eq!(from_json(&text).unwrap().workspace, ws);
    // Without envelope members the old assembly is unchanged.
    let plain = to_json_from_parts(&parts, "0.1.0", "x", 4);
    assert!(!plain.contains("signed_by"));
}

#[test]
fn typed_edits_of_a_key_account_and_the_settings_keep_unknown_fields() {
    let mut ws = imported();
    // A page reads one key account typed, edits it and writes it back.
    let mut data = key_account(&ws.key_accounts, 1);
    data.plan.actions[0].text = "Visit both plants".into();
    data.stakeholders[0].influence = 4;
    data.scorecard[0].actuals.insert("2026-Q4".into(), 31.0);
    set_key_account(&mut ws.key_accounts, 1, &data);
    let mut team = selling_center(&ws.settings);
    team[0].function = "Head of KAM".into();
    set_selling_center(&mut ws.settings, &team);
    let mut rules = gap_rules(&ws.settings);
    rules.stale_months = 9;
    set_gap_rules(&mut ws.settings, rules);
    let mut model = ws.value_model.clone();
    model.criteria[0].weight = 55.0;
    model.criteria[1].weight = 45.0;
    ws.value_model = model;
    let text = to_pretty_json(&ws, "0.1.0", "x");
    assert_all_kept(&text, "the export after typed edits");
    let out: Value = serde_json::from_str(&text).unwrap();
    let ka = &out["data"]["key_accounts"]["1"];
    assert_eq!(ka["plan"]["actions"][0]["text"], json!("Visit both plants"));
    assert_eq!(
        out["data"]["settings"]["gap_rules"]["stale_months"],
        json!(9)
    );
    // Back to the default gap rules: the unknown field stays, so the entry does too.
    set_gap_rules(&mut ws.settings, Default::default());
    let rules = &serde_json::to_value(&ws.settings).unwrap()["gap_rules"];
    assert_eq!(rules["x_future"]["at"], json!("gap_rules"));
    assert_eq!(gap_rules(&ws.settings), Default::default());
}

#[test]
fn the_client_copy_carries_no_unknown_field_and_a_returned_copy_merges() {
    let ws = imported();
    let today = Day::parse("2027-03-02").unwrap();
    let copy = client_copy(&ws, 1, &marks(&ws.settings), today).expect("a key account");
    let text = to_pretty_json(&copy, "0.1.0", "x");
    assert!(
        !text.contains(UNKNOWN),
        "the client copy carries unknown fields: {text}"
    );
    // The client returns it (their tool adds fields of its own); the merge keeps ours.
    let mut returned: Value = serde_json::from_str(&text).unwrap();
    let ka = &mut returned["data"]["key_accounts"]["1"];
    ka["plan"]["actions"][0]["status"] = json!("done");
    ka["plan"]["actions"][0]["their_field"] = json!("theirs");
    ka["stakeholders"][0]["their_field"] = json!("theirs");
    ka["their_field"] = json!("theirs");
    let returned = from_json(&returned.to_string()).expect("the returned copy imports");
    let (merged, changes) = apply_returned(&ws, &returned.workspace).expect("it merges");
    assert!(!changes.is_empty());
    let out = to_pretty_json(&merged, "0.1.0", "x");
    assert_all_kept(&out, "the merged workspace");
    let data = key_account(&merged.key_accounts, 1);
    assert_eq!(
        data.plan.actions[0].status,
        keystone::domain::plan::ActionStatus::Done
    );
}
