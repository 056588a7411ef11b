//! Migrations of a file's `data` from older schema versions, one step per version.

use serde_json::{Map, Value};

use super::envelope::ImportError;
use crate::domain::{Portfolio, ValueModel};

/// Migrations from version N to N+1, applied in order to the raw JSON `data` of older
/// files. Each schema change adds a row and a fixture of the old version under
/// tests/fixtures/ (workspace-v1.json, …) that a test imports.
pub(super) type Migration = fn(Map<String, Value>) -> Result<Map<String, Value>, ImportError>;
pub(super) const MIGRATIONS: &[(u64, Migration)] = &[
    (1, v1_to_v2),
    (2, v2_to_v3),
    (3, v3_to_v4),
    (4, v4_to_v5),
    (5, v5_to_v6),
    (6, v6_to_v7),
    (7, v7_to_v8),
];

/// Version 2 adds the value model and the portfolio: version-1 files get the defaults
/// (the default criteria and weights, no ratings).
fn v1_to_v2(mut data: Map<String, Value>) -> Result<Map<String, Value>, ImportError> {
    let json = |v: serde_json::Result<Value>| v.expect("the defaults always serialize");
    data.entry("value_model")
        .or_insert_with(|| json(serde_json::to_value(ValueModel::default())));
    data.entry("portfolio")
        .or_insert_with(|| json(serde_json::to_value(Portfolio::default())));
    Ok(data)
}

/// Version 3 adds the key-account data (role and selling histories): none yet.
fn v2_to_v3(mut data: Map<String, Value>) -> Result<Map<String, Value>, ImportError> {
    data.entry("key_accounts")
        .or_insert_with(|| Value::Object(Map::new()));
    Ok(data)
}

/// Version 4 adds requirement profiles and scorecards to the key-account data: a
/// version-3 file has none, and its histories read as they are.
fn v3_to_v4(data: Map<String, Value>) -> Result<Map<String, Value>, ImportError> {
    Ok(data)
}

/// Version 5 adds account plans (with their versions) and buying centers to the
/// key-account data, and the selling center and gap rules to the settings: a version-4
/// file has none of them and reads as it is.
fn v4_to_v5(data: Map<String, Value>) -> Result<Map<String, Value>, ImportError> {
    Ok(data)
}

/// Version 6 adds the KAM self-assessments: a version-5 file has none.
fn v5_to_v6(mut data: Map<String, Value>) -> Result<Map<String, Value>, ImportError> {
    data.entry("assessments")
        .or_insert_with(|| Value::Array(Vec::new()));
    Ok(data)
}

/// Version 7 adds the optional customer number of an account (for spreadsheet
/// imports): a version-6 account has none and reads as it is.
fn v6_to_v7(data: Map<String, Value>) -> Result<Map<String, Value>, ImportError> {
    Ok(data)
}

/// Version 8 adds the offerings and the sales history (and, in the key-account data,
/// units, whitespace marks and the cell a plan goal or action is about): a version-7
/// file has none of them.
fn v7_to_v8(mut data: Map<String, Value>) -> Result<Map<String, Value>, ImportError> {
    data.entry("offerings")
        .or_insert_with(|| Value::Array(Vec::new()));
    data.entry("history")
        .or_insert_with(|| Value::Array(Vec::new()));
    Ok(data)
}
