//! Host tests of importing a workspace file in batches (`persist::file_records`): it
//! gives what the one-pass decode of the file gives — the workspace, warnings, envelope,
//! migrations of every earlier version, and the same error naming the file's own line.

#[path = "batch_fixture/mod.rs"]
mod batch_fixture;

use keystone::domain::sample::sample_workspace;
use keystone::domain::Workspace;
use keystone::persist::file_records::{decode_file_in_batches, records_of_file};
use keystone::persist::xlsx::at_once;
use keystone::persist::{from_json, ImportError, Loaded};

fn to_json(ws: &Workspace) -> String {
    keystone::persist::to_json(ws, "1.0", "2026-12-08T00:00:00Z", 3)
}

/// The batched decode of a file and how many pauses it made.
fn batched(text: &str) -> (Result<Loaded, ImportError>, usize) {
    let mut pauses = 0;
    let result = at_once(decode_file_in_batches(text, |_| {
        pauses += 1;
        std::future::ready(())
    }));
    (result, pauses)
}

/// The shared large workspace as a file.
fn big_file() -> String {
    to_json(&batch_fixture::large_workspace())
}

#[test]
fn a_large_file_is_decoded_in_batches_to_the_one_pass_result() {
    let text = big_file();
    let records = records_of_file(&text).expect("a plain file is cut into records");
    assert_eq!(records.chunks[0].len(), 3);
    assert_eq!(records.chunks[1].len(), 3);
    let (result, pauses) = batched(&text);
    assert_eq!(pauses, 7, "a pause before each chunk and before the rules");
    let loaded = result.unwrap();
    assert_eq!(Ok(loaded.clone()), from_json(&text));
    assert_eq!(loaded.workspace.accounts.len(), 4500);
    assert_eq!(loaded.workspace.history.len(), 45_000);
    assert_eq!(
        loaded.workspace.extra["x_future"],
        serde_json::json!({"a": [1, 2]})
    );
}

#[test]
fn small_empty_and_pretty_files_read_alike() {
    let pretty = serde_json::to_string_pretty(
        &serde_json::from_str::<serde_json::Value>(&to_json(&sample_workspace())).unwrap(),
    )
    .unwrap();
    for text in [
        to_json(&Workspace::default()),
        to_json(&sample_workspace()),
        pretty,
        // `data` first, an unknown envelope member and an unknown section.
        format!(
            "{{\"data\":{{\"accounts\":[{{\"id\":1,\"name\":\"A\"}}],\"x_new\":[1]}},\"x\":true,\"format\":\"keystone-workspace\",\"schema_version\":{}}}",
            keystone::persist::SCHEMA_VERSION
        ),
    ] {
        assert_eq!(batched(&text).0, from_json(&text), "{text:.80}");
    }
}

#[test]
fn every_earlier_version_migrates_as_in_one_pass() {
    for v in 1..=8 {
        let path = format!(
            "{}/tests/fixtures/workspace-v{v}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(path).unwrap();
        let (result, _) = batched(&text);
        assert!(result.is_ok(), "v{v}: {result:?}");
        assert_eq!(result, from_json(&text), "v{v}");
    }
    let unknown = std::fs::read_to_string(format!(
        "{}/tests/fixtures/workspace-unknown-fields.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert_eq!(batched(&unknown).0, from_json(&unknown));
}

/// Every broken file gives the one-pass error, naming the same line and column.
#[test]
fn broken_files_give_the_one_pass_error() {
    let good = to_json(&sample_workspace());
    let v = keystone::persist::SCHEMA_VERSION;
    let cases = [
        good.replacen("\"name\":", "\"nome\":", 1),
        good.replacen("\"revenue\":", "\"revenue\":\"1,5\",\"x\":", 1),
        good[..good.len() / 2].to_string(),
        format!("{good} trailing"),
        format!("\u{feff}{good}"),
        good.replacen("\"data\":{", "\"data\":{\"accounts\":[],", 1),
        good.replacen("{\"format\"", "{\"format\":\"x\",\"format\"", 1),
        good.replacen("\"accounts\":[", "\"accounts\":[{\"id\":1,\"name\":\"Twice\"},", 1),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":[]}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":{{\"accounts\":null}}}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":{{\"accounts\":{{}}}}}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":{{\"history\":[[1]]}}}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v}}}"),
        r#"{"format":"keystone-workspace","schema_version":99,"data":{}}"#.to_string(),
        "[1,2]".to_string(),
        String::new(),
    ];
    for text in cases {
        let one_pass = from_json(&text);
        assert_eq!(batched(&text).0, one_pass, "{text:.120}");
    }
}
