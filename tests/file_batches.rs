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
    to_json_at(ws, 3)
}

fn to_json_at(ws: &Workspace, revision: u64) -> String {
    keystone::persist::to_json(ws, "1.0", "2026-12-08T00:00:00Z", revision)
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
    // Cutting pauses after each full chunk (two of accounts, two of history rows);
    // decoding before each chunk and before the rules.
    assert_eq!(pauses, 4 + 7);
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
fn the_progress_of_a_large_file_grows_to_the_whole() {
    let text = big_file();
    let mut shares = Vec::new();
    let result = at_once(decode_file_in_batches(&text, |share| {
        shares.push(share);
        std::future::ready(())
    }));
    assert!(result.is_ok());
    assert!(shares.windows(2).all(|w| w[0] <= w[1]), "{shares:?}");
    assert!(shares[0] > 0.0 && shares[0] < 0.5, "{shares:?}");
    assert_eq!(shares.last(), Some(&1.0), "{shares:?}");
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
        // Names with quotes, backslashes, brackets and braces, and no white space at all.
        format!(
            "{{\"format\":\"keystone-workspace\",\"schema_version\":{},\"data\":{{\"accounts\":[{{\"id\":1,\"name\":\"A \\\"[{{\\\\\"}},{{\"id\":2,\"name\":\"}}]\\u00e4\"}}],\"x_new\":{{\"a\":[[1,{{}}],\"]\"]}}}}}}",
            keystone::persist::SCHEMA_VERSION
        ),
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
        // What only the cutting sees: brackets that do not match, a string without its
        // end, a missing comma or colon, a key that is no string, a word cut short, a
        // comma too many, something after the file's object.
        good.replacen("\"accounts\":[{", "\"accounts\":[{\"x\":[1},", 1),
        good.replacen("\"accounts\":[{", "\"accounts\":[{\"x\":{\"y\":1]},", 1),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":{{\"accounts\":[{{\"id\":1,\"name\":\"A}}]}}}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":{{\"accounts\":[{{\"id\":1}} {{\"id\":2}}]}}}}"),
        format!("{{\"format\":\"keystone-workspace\" \"schema_version\":{v},\"data\":{{}}}}"),
        format!("{{\"format\" \"keystone-workspace\",\"schema_version\":{v},\"data\":{{}}}}"),
        format!("{{format:\"keystone-workspace\",\"schema_version\":{v},\"data\":{{}}}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"x\":tru,\"data\":{{}}}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":{{\"accounts\":[{{\"id\":1,\"name\":\"A\"}},]}}}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":{{}},}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":{{}}}} {{}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":{{\"accounts\":[]]}}}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":{{\"accounts\":[1 2]}}}}"),
        format!("{{\"format\":\"keystone-workspace\",\"schema_version\":{v},\"data\":{{\"accounts\":[\"\\\"]}}}}"),
    ];
    for text in cases {
        let one_pass = from_json(&text);
        assert_eq!(batched(&text).0, one_pass, "{text:.120}");
    }
}

/// The backup of a replaced workspace is serialized in parts (`layout::file_text_in_parts`,
/// pausing after each chunk of accounts and part of the history): it reads back as the
/// workspace, as the one-pass text does.
#[test]
fn a_workspace_serialized_in_parts_reads_as_the_one_pass_text() {
    for ws in [
        batch_fixture::large_workspace(),
        sample_workspace(),
        Workspace::default(),
    ] {
        let mut pauses = 0;
        let text = at_once(keystone::persist::layout::file_text_in_parts(
            &ws,
            "1.0",
            "2026-12-08T00:00:00Z",
            |_| {
                pauses += 1;
                std::future::ready(())
            },
        ));
        let expected_pauses = ws.accounts.len().div_ceil(2000) + ws.history.len().div_ceil(5000);
        assert_eq!(pauses, expected_pauses);
        let one_pass = to_json_at(&ws, 0);
        assert!(text == one_pass, "the same text");
        assert!(from_json(&text) == from_json(&one_pass), "the same reading");
    }
}
