//! The IndexedDB layout (`persist::layout`): records put back together are the file.

use keystone::domain::{Account, Section, Workspace};
use keystone::persist::layout::{assemble, meta_text, record, section_parts, workspace_records};
use keystone::persist::{from_json, to_json_from_parts_with};
use serde_json::{json, Map, Value};

fn sample() -> Workspace {
    let mut ws = Workspace::default();
    ws.accounts
        .add_account(Account::new(0, "Nord \"Eins\" GmbH", 10.5));
    ws.settings.name = "Test".into();
    ws.extra.insert("x_future".into(), json!({"a": [1, 2]}));
    ws
}

#[test]
fn records_put_together_are_the_file_the_envelope_writes() {
    let ws = sample();
    let mut envelope = Map::new();
    envelope.insert("x_envelope".into(), Value::from("kept"));
    let parts = section_parts(&ws);
    let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    let meta = meta_text(&envelope, "1.0", "2026-12-06T00:00:00Z", 7);
    let assembled = assemble(&meta, &refs);
    assert_eq!(
        assembled,
        to_json_from_parts_with(&refs, &envelope, "1.0", "2026-12-06T00:00:00Z", 7)
    );
    let loaded = from_json(&assembled).unwrap();
    assert_eq!(loaded.workspace.accounts, ws.accounts);
    assert_eq!(loaded.workspace.extra, ws.extra);
}

#[test]
fn missing_and_empty_records_leave_their_sections_out() {
    let meta = meta_text(&Map::new(), "1.0", "t", 0);
    let text = assemble(&meta, &["", "\"accounts\":[]", ""]);
    assert!(text.ends_with(",\"data\":{\"accounts\":[]}}"), "{text}");
    assert!(from_json(&text).is_ok());
    // No record at all: an empty workspace.
    assert!(from_json(&assemble(&meta, &[]))
        .unwrap()
        .workspace
        .is_empty());
}

#[test]
fn a_damaged_meta_record_is_passed_on_for_the_decoder_to_name() {
    let text = assemble("{\"format\":\"keystone-workspace\"", &["\"accounts\":[]"]);
    assert_eq!(text, "{\"format\":\"keystone-workspace\"");
    assert!(from_json(&text).is_err());
}

#[test]
fn every_section_has_its_own_record_and_the_names_are_distinct() {
    let names = workspace_records();
    assert_eq!(names.len(), Section::ALL.len() + 1);
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), names.len());
    assert!(Section::ALL.iter().all(|&s| !record(s).is_empty()));
}
