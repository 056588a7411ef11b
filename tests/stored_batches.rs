//! Host tests of decoding a stored workspace in batches (`persist::batched`): it gives
//! what the one-pass decode of the records put together gives — the workspace, its
//! warnings and envelope, and for broken or older records the same error or migration.

#[path = "batch_fixture/mod.rs"]
mod batch_fixture;

use keystone::domain::sample::sample_workspace;
use keystone::domain::{Section, Workspace};
use keystone::persist::batched::{decode_in_batches, StoredRecords};
use keystone::persist::layout::{meta_text, record, workspace_records_of, CHUNKED};
use keystone::persist::xlsx::at_once;
use keystone::persist::{from_json, ImportError, Loaded, SCHEMA_VERSION};
use serde_json::{json, Map, Value};

/// The shared large workspace with an unknown envelope member.
fn fixture() -> (Workspace, Map<String, Value>) {
    let mut envelope = Map::new();
    envelope.insert("x_envelope".into(), Value::from("kept"));
    (batch_fixture::large_workspace(), envelope)
}

/// The records autosave writes for `ws`.
fn records(ws: &Workspace, envelope: &Map<String, Value>, version: u64) -> StoredRecords {
    let all = workspace_records_of(ws);
    let find = |name: &str| all.iter().find(|(n, _)| n == name).map(|(_, t)| t.clone());
    let meta = meta_text(envelope, "1.0", "2026-12-06T00:00:00Z", 9).replace(
        &format!("\"schema_version\":{SCHEMA_VERSION}"),
        &format!("\"schema_version\":{version}"),
    );
    StoredRecords {
        meta,
        sections: Section::ALL.iter().map(|&s| find(record(s))).collect(),
        chunks: CHUNKED
            .iter()
            .map(|c| {
                all.iter()
                    .filter(|(n, _)| n.starts_with(c.prefix))
                    .map(|(_, t)| t.clone())
                    .collect()
            })
            .collect(),
    }
}

/// The batched decode and how many pauses it made.
fn batched(records: &StoredRecords) -> (Result<Loaded, ImportError>, usize) {
    let mut pauses = 0;
    let result = at_once(decode_in_batches(records, |_| {
        pauses += 1;
        std::future::ready(())
    }));
    (result, pauses)
}

#[test]
fn batches_give_the_one_pass_workspace_pausing_between_chunks() {
    let (ws, envelope) = fixture();
    let stored = records(&ws, &envelope, SCHEMA_VERSION);
    assert_eq!(stored.chunks[0].len(), 3);
    assert_eq!(stored.chunks[1].len(), 3);
    assert!(!stored.old_layout());
    let one_pass = from_json(&stored.text()).unwrap();
    let (result, pauses) = batched(&stored);
    // A pause before each chunk and one before the rules across sections: no fallback.
    assert_eq!(pauses, 7);
    let loaded = result.unwrap();
    assert_eq!(loaded, one_pass);
    assert_eq!(loaded.workspace.accounts.len(), 4500);
    assert_eq!(loaded.workspace.accounts[4499].name, "Kunde 4499");
    assert_eq!(loaded.workspace.envelope["x_envelope"], "kept");
    assert_eq!(loaded.workspace.extra["x_future"], json!({"a": [1, 2]}));
    assert_eq!(loaded.revision, 9);
    assert!(!loaded.workspace.key_accounts.is_empty());
    assert_eq!(loaded.workspace.history.len(), 45_000);
    assert_eq!(loaded.workspace.history, ws.history);
}

/// A history stored as one record (the layout before its chunks) reads as before, in
/// one pass, and says that it is to be rewritten; so does a history-less workspace of
/// an older version without saying so.
#[test]
fn a_history_in_one_record_reads_as_before() {
    let (ws, envelope) = fixture();
    let mut stored = records(&ws, &envelope, SCHEMA_VERSION);
    let whole = keystone::persist::layout::section_parts(&ws)[Section::History.index()].clone();
    assert!(whole.starts_with("\"history\":[["));
    stored.sections[Section::History.index()] = Some(whole);
    stored.chunks[1].clear();
    assert!(stored.old_layout());
    let (result, pauses) = batched(&stored);
    let loaded = result.unwrap();
    assert_eq!(loaded.workspace.history, ws.history);
    assert_eq!(Ok(loaded), from_json(&stored.text()));
    // The one-pass decode after one try (a pause before it).
    assert_eq!(pauses, 1);
    // No history record at all: no history, nothing to rewrite.
    stored.sections[Section::History.index()] = None;
    assert!(!stored.old_layout());
    assert!(batched(&stored).0.unwrap().workspace.history.is_empty());
}

#[test]
fn empty_and_small_workspaces_read_alike() {
    let envelope = Map::new();
    for ws in [Workspace::default(), sample_workspace()] {
        let stored = records(&ws, &envelope, SCHEMA_VERSION);
        assert_eq!(batched(&stored).0, from_json(&stored.text()));
    }
    // No accounts record at all, and a count of zero with a chunk left over.
    let mut stored = records(&sample_workspace(), &envelope, 7);
    stored.sections[Section::Accounts.index()] = None;
    assert_eq!(batched(&stored).0, from_json(&stored.text()));
    stored.sections[Section::Accounts.index()] = Some("0".into());
    assert_eq!(batched(&stored).0, from_json(&stored.text()));
    // An empty history: a count of 0 and no chunk; no chunk list at all.
    let mut ws = sample_workspace();
    ws.history.clear();
    let mut stored = records(&ws, &envelope, SCHEMA_VERSION);
    assert_eq!(
        stored.sections[Section::History.index()].as_deref(),
        Some("0")
    );
    assert!(stored.chunks[1].is_empty());
    let (result, pauses) = batched(&stored);
    assert_eq!(result, from_json(&stored.text()));
    assert!(result.unwrap().workspace.history.is_empty());
    assert_eq!(pauses, 2);
    stored.chunks.truncate(1);
    assert_eq!(batched(&stored).0, from_json(&stored.text()));
}

/// Every way of breaking the records gives the one-pass error (or result).
#[test]
fn broken_records_give_the_one_pass_error() {
    let (ws, envelope) = fixture();
    let good = records(&ws, &envelope, SCHEMA_VERSION);
    let mut cases: Vec<(&str, StoredRecords)> = Vec::new();
    let mut edit = |name, f: &dyn Fn(&mut StoredRecords)| {
        let mut r = good.clone();
        f(&mut r);
        cases.push((name, r));
    };
    edit("an account without a name", &|r| {
        r.chunks[0][1] = r.chunks[0][1].replacen("\"name\":", "\"nome\":", 1)
    });
    edit("a revenue as text", &|r| {
        r.chunks[0][2] = r.chunks[0][2].replacen("\"revenue\":", "\"revenue\":\"1,5\",\"x\":", 1)
    });
    edit("a chunk cut off", &|r| r.chunks[0][1].truncate(100));
    edit("a blank chunk", &|r| r.chunks[0][1] = "  ".into());
    edit("an empty chunk", &|r| r.chunks[0][1] = String::new());
    edit("a chunk with a trailing comma", &|r| {
        r.chunks[0][0].push(',')
    });
    edit("a duplicate id across chunks", &|r| {
        r.chunks[0][2] = r.chunks[0][2].replacen("\"id\":4001,", "\"id\":1,", 1)
    });
    edit("a history row of an unknown customer", &|r| {
        r.chunks[1][2] = r.chunks[1][2].replacen("[4", "[999994", 1)
    });
    edit("a history row with a revenue as text", &|r| {
        r.chunks[1][1] = r.chunks[1][1].replacen(".5,", ".5,\"x\",", 1)
    });
    edit("a history chunk cut off", &|r| r.chunks[1][1].truncate(100));
    edit("an empty history chunk", &|r| {
        r.chunks[1][0] = String::new()
    });
    edit("a history chunk missing", &|r| {
        r.chunks[1].remove(1);
    });
    edit("an extra history chunk", &|r| {
        r.chunks[1].push("[1,2016,null,null,1,null]".into())
    });
    edit("a history count of two", &|r| {
        r.sections[Section::History.index()] = Some("2".into())
    });
    edit("a history count of four", &|r| {
        r.sections[Section::History.index()] = Some("4".into())
    });
    edit("a history count that is no number", &|r| {
        r.sections[Section::History.index()] = Some("drei".into())
    });
    edit("a count that is no number", &|r| {
        r.sections[Section::Accounts.index()] = Some("null".into())
    });
    edit("a count of two", &|r| {
        r.sections[Section::Accounts.index()] = Some("2".into())
    });
    edit("a section that does not parse", &|r| {
        r.sections[Section::Settings.index()] = Some("\"settings\":{".into())
    });
    edit("an unknown section holding accounts", &|r| {
        r.sections[Section::Unknown.index()] = Some("\"accounts\":[]".into())
    });
    edit("a meta without data", &|r| r.meta = "{\"format\":1}".into());
    edit("a newer version", &|r| {
        r.meta = r.meta.replace(
            &format!("\"schema_version\":{SCHEMA_VERSION}"),
            "\"schema_version\":99",
        )
    });
    edit("a key account of an unknown account", &|r| {
        r.sections[Section::KeyAccounts.index()] = Some("\"key_accounts\":{\"99999\":{}}".into())
    });
    for (name, stored) in cases {
        let one_pass = from_json(&stored.text());
        assert_eq!(batched(&stored).0, one_pass, "{name}");
    }
}

#[test]
fn an_older_schema_version_is_migrated_as_before() {
    let (ws, envelope) = fixture();
    let stored = records(&ws, &envelope, 6);
    let one_pass = from_json(&stored.text()).unwrap();
    assert_eq!(one_pass.migrated_from, Some(6));
    assert_eq!(batched(&stored).0.unwrap(), one_pass);
}

/// Accounts read straight into the domain type (the fast way) give what the checked way
/// gives, and every shape the fast way does not read falls back to it: `null` in each
/// field, unknown fields, fields twice, text to tidy, tags twice, numbers as floats.
#[test]
fn every_shape_of_an_account_reads_as_the_one_pass_decode() {
    let (ws, envelope) = fixture();
    let good = records(&ws, &envelope, SCHEMA_VERSION);
    let first = good.chunks[0][1].find("},{").unwrap() + 1;
    // The replaced account's id, which the history refers to.
    let id = &good.chunks[0][1]["{\"id\":".len()..good.chunks[0][1].find(',').unwrap()];
    let shapes = [
        r#"{"id":ID,"name":" Zeta ","customer_number":null,"industry":null,"region":null,"revenue":1.5}"#,
        r#"{"id":ID,"name":"Zeta","contribution_margin":null,"potential":null,"relationship_since":null}"#,
        r#"{"id":ID,"name":"Zeta","key_account":null}"#,
        r#"{"id":ID,"name":"Zeta","key_account":true,"tags":[" a ","a","","b"],"notes":"n"}"#,
        r#"{"id":ID,"name":"Zeta","tags":null,"notes":null}"#,
        r#"{"id":ID,"name":"Zeta","x_new":null,"x_list":[1,2.5,"c"],"x_map":{"b":1,"a":2}}"#,
        r#"{"id":ID,"name":"Zeta","name":"Eta"}"#,
        r#"{"id":ID,"name":"Zeta","revenue":null}"#,
        r#"{"id":ID.0,"name":"Zeta"}"#,
        r#"{"id":-3,"name":"Zeta"}"#,
        r#"{"id":ID,"name":"Zeta","relationship_since":2001.0}"#,
        r#"{"id":ID,"name":"Zeta","relationship_since":3000000000}"#,
        r#"{"id":ID,"name":"Zeta","revenue":1e308,"potential":-0.0}"#,
        r#"{"id":ID,"name":"Zeta","revenue":1e999}"#,
        r#"{"id":ID,"name":"Zeta","customer_number":7}"#,
        r#"{"id":ID,"name":"Zeta","tags":["a",1]}"#,
        r#"{"id":ID,"name":"","revenue":-5}"#,
        r#"{"id":ID}"#,
        r#"[ID,"Zeta"]"#,
        r#"null"#,
    ];
    let mut fast = 0;
    for shape in shapes {
        let mut stored = good.clone();
        // The chunk's first account replaced by this shape.
        stored.chunks[0][1] = format!("{}{}", shape.replace("ID", id), &good.chunks[0][1][first..]);
        let one_pass = from_json(&stored.text());
        let (result, pauses) = batched(&stored);
        assert_eq!(result, one_pass, "{shape}");
        fast += usize::from(pauses == 7);
    }
    // Both ways were taken: the readable shapes without a fallback to the one pass.
    assert!((5..shapes.len()).contains(&fast), "{fast}");
}
