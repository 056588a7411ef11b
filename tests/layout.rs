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

#[test]
fn accounts_are_stored_in_chunks_that_put_together_give_the_section() {
    use keystone::persist::layout::{
        accounts_member, chunk_record, chunk_text, workspace_records_of, ACCOUNTS_CHUNK,
    };
    let mut ws = Workspace::default();
    for i in 0..(2 * ACCOUNTS_CHUNK + 3) {
        ws.accounts
            .add_account(Account::new(0, format!("Kunde {i}"), i as f64));
    }
    let records = workspace_records_of(&ws);
    assert_eq!(records[0], ("accounts".to_string(), "3".to_string()));
    assert_eq!(records[1].0, "accounts.00000");
    assert_eq!(records[3].0, chunk_record(2));
    assert_eq!(chunk_record(12), "accounts.00012");
    let chunks: Vec<&str> = records[1..4].iter().map(|(_, t)| t.as_str()).collect();
    let member = accounts_member("3", &chunks);
    assert_eq!(member, section_parts(&ws)[Section::Accounts.index()]);
    assert_eq!(chunk_text::<Account>(&[]), "");
    // No accounts: a count of 0 and no chunk.
    assert_eq!(accounts_member("0", &[]), "\"accounts\":[]");
    // Chunks beyond the count (left from a longer list) are not read.
    assert_eq!(
        accounts_member("1", &[chunks[0], "\"stale\""])
            .matches("stale")
            .count(),
        0
    );
    // A damaged count reaches the decoder, which names it.
    let meta = meta_text(&Map::new(), "1.0", "t", 0);
    let text = assemble(&meta, &[&accounts_member("drei", &chunks)]);
    assert!(from_json(&text).is_err());
}

#[test]
fn the_history_is_stored_in_chunks_that_put_together_give_the_section() {
    use keystone::domain::history::{Period, SalesRecord};
    use keystone::persist::layout::{chunked, workspace_records_of, HISTORY, HISTORY_CHUNK};
    assert_eq!(chunked(Section::History), Some(HISTORY));
    assert_eq!(chunked(Section::Settings), None);
    let mut ws = Workspace::default();
    ws.accounts.add_account(Account::new(0, "Nord", 1.0));
    let id = ws.accounts[0].id;
    for i in 0..(HISTORY_CHUNK + 5) {
        ws.history.push(SalesRecord {
            account: id,
            period: Period::Year(2000 + (i % 20) as i32),
            offering: None,
            unit: None,
            revenue: i as f64,
            margin: None,
        });
    }
    let records = workspace_records_of(&ws);
    let at = records.iter().position(|(n, _)| n == "history").unwrap();
    assert_eq!(records[at].1, "2");
    assert_eq!(records[at + 1].0, "history.00000");
    assert_eq!(records[at + 2].0, HISTORY.record(1));
    assert_eq!(HISTORY.record(31), "history.00031");
    // No record holds the whole history, and the names stay distinct.
    let mut names: Vec<&str> = records.iter().map(|(n, _)| n.as_str()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), records.len());
    let chunks = [records[at + 1].1.as_str(), records[at + 2].1.as_str()];
    let member = HISTORY.member("2", &chunks);
    assert_eq!(member, section_parts(&ws)[Section::History.index()]);
    // A chunk missing: the rows of the ones there (the decoder finds nothing amiss in
    // the order, so the count is what guards it); an extra chunk beyond the count is
    // not read.
    assert_eq!(
        HISTORY.member("2", &chunks[..1]).matches("],[").count(),
        HISTORY_CHUNK - 1
    );
    assert_eq!(
        HISTORY.member("1", &chunks),
        format!("\"history\":[{}]", chunks[0])
    );
    // An empty history: a count of 0 and no chunk.
    ws.history.clear();
    let records = workspace_records_of(&ws);
    assert!(records.contains(&("history".to_string(), "0".to_string())));
    assert!(!records.iter().any(|(n, _)| n.starts_with(HISTORY.prefix)));
    assert_eq!(HISTORY.member("0", &[]), "\"history\":[]");
}

#[test]
fn a_section_stored_whole_is_passed_on_as_it_is() {
    use keystone::persist::layout::{is_whole_member, HISTORY};
    let whole = "\"history\":[[1,2020,null,null,5,null]]";
    assert!(is_whole_member(whole));
    assert!(!is_whole_member("3"));
    assert!(!is_whole_member("drei"));
    assert_eq!(HISTORY.member(whole, &["[9,2020,null,null,1,null]"]), whole);
    // A damaged count is passed on as the value, for the decoder to name.
    assert_eq!(HISTORY.member("drei", &[]), "\"history\":drei");
}

#[test]
fn a_save_writes_the_chunks_that_changed_and_deletes_those_left_over() {
    use keystone::persist::layout::chunks_to_write;
    // Not known what is stored: every chunk, nothing deleted.
    assert_eq!(chunks_to_write(None, &[1, 2]), (vec![0, 1], vec![]));
    // Unchanged: nothing.
    assert_eq!(chunks_to_write(Some(&[1, 2]), &[1, 2]), (vec![], vec![]));
    // One changed, one added.
    assert_eq!(
        chunks_to_write(Some(&[1, 2]), &[1, 3, 4]),
        (vec![1, 2], vec![])
    );
    // Shorter: the ones after it deleted.
    assert_eq!(
        chunks_to_write(Some(&[1, 2, 3]), &[5]),
        (vec![0], vec![1, 2])
    );
    // Empty now.
    assert_eq!(chunks_to_write(Some(&[1]), &[]), (vec![], vec![0]));
    assert_eq!(chunks_to_write(None, &[]), (vec![], vec![]));
}
