//! The workspace envelope: `{format, schema_version, app_version, exported_at, data}`.
//!
//! Import = parse → check the envelope → migrate old versions → validate every account
//! (naming the first problem) → repair small things (trim names, drop empty tags) →
//! deserialize. Only a file that passes all of it is returned; the caller decides
//! whether to replace anything. Unknown fields are kept.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::domain::account::{MAX_YEAR, MIN_YEAR};
use crate::domain::pareto::AbcThresholds;
use crate::domain::Workspace;

pub const FORMAT_NAME: &str = "keystone-workspace";
pub const SCHEMA_VERSION: u64 = 1;
/// Larger files are refused before parsing: local storage holds about 5 MB anyway.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Migrations from version N to N+1, applied in order to the raw JSON `data` of older
/// files. Schema 1 is the first version, so the table is empty; each schema change adds
/// a row and a fixture of the old version under tests/fixtures/.
type Migration = fn(Map<String, Value>) -> Result<Map<String, Value>, ImportError>;
const MIGRATIONS: &[(u64, Migration)] = &[];

#[derive(Debug, Clone, Serialize)]
struct Envelope<'a> {
    format: &'a str,
    schema_version: u64,
    app_version: &'a str,
    exported_at: &'a str,
    /// Save counter of the local-storage copy (0 in exported files); lets a tab see that
    /// another tab wrote newer data.
    #[serde(skip_serializing_if = "is_zero")]
    revision: u64,
    data: &'a Workspace,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

fn envelope<'a>(
    ws: &'a Workspace,
    app_version: &'a str,
    exported_at: &'a str,
    revision: u64,
) -> Envelope<'a> {
    Envelope {
        format: FORMAT_NAME,
        schema_version: SCHEMA_VERSION,
        app_version,
        exported_at,
        revision,
        data: ws,
    }
}

/// Compact JSON, as stored in local storage.
pub fn to_json(ws: &Workspace, app_version: &str, exported_at: &str, revision: u64) -> String {
    serde_json::to_string(&envelope(ws, app_version, exported_at, revision))
        .expect("a workspace always serializes")
}

/// Compact JSON like [`to_json`], assembled from already serialized members of `data`
/// (`"accounts":[…]`, …; empty parts are skipped), so that autosave re-serializes only
/// the sections that changed.
pub fn to_json_from_parts(
    parts: &[&str],
    app_version: &str,
    exported_at: &str,
    revision: u64,
) -> String {
    let text = |s: &str| serde_json::to_string(s).expect("a string always serializes");
    let data: Vec<&str> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    let size = data.iter().map(|p| p.len() + 1).sum::<usize>() + 200;
    let mut out = String::with_capacity(size);
    out.push_str(&format!(
        "{{\"format\":{},\"schema_version\":{SCHEMA_VERSION},\"app_version\":{},\"exported_at\":{}",
        text(FORMAT_NAME),
        text(app_version),
        text(exported_at)
    ));
    if revision != 0 {
        out.push_str(&format!(",\"revision\":{revision}"));
    }
    out.push_str(",\"data\":{");
    out.push_str(&data.join(","));
    out.push_str("}}");
    out
}

/// Indented JSON, for exported files people may read or diff.
pub fn to_pretty_json(ws: &Workspace, app_version: &str, exported_at: &str) -> String {
    serde_json::to_string_pretty(&envelope(ws, app_version, exported_at, 0))
        .expect("a workspace always serializes")
}

/// A file that passed every check.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub workspace: Workspace,
    pub app_version: String,
    pub exported_at: String,
    pub revision: u64,
    /// The schema version of the file if it was migrated.
    pub migrated_from: Option<u64>,
}

/// Everything that can be wrong with a file. `index` is 1-based, as people count.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    NotAnObject,
    MissingFormat,
    WrongFormat {
        found: String,
    },
    MissingVersion,
    BadVersion,
    NewerVersion {
        found: u64,
    },
    UnsupportedVersion {
        found: u64,
    },
    MissingData,
    DataNotObject,
    AccountsNotArray,
    AccountNotObject {
        index: usize,
    },
    MissingField {
        index: usize,
        field: &'static str,
    },
    BadId {
        index: usize,
        name: String,
    },
    EmptyName {
        index: usize,
    },
    NotANumber {
        index: usize,
        name: String,
        field: &'static str,
    },
    NotAString {
        index: usize,
        name: String,
        field: &'static str,
    },
    NotABoolean {
        index: usize,
        name: String,
        field: &'static str,
    },
    NegativePotential {
        index: usize,
        name: String,
    },
    BadYear {
        index: usize,
        name: String,
    },
    BadTags {
        index: usize,
        name: String,
    },
    DuplicateId {
        id: u64,
        first: usize,
        second: usize,
    },
    BadSettings {
        detail: String,
    },
    Invalid {
        detail: String,
    },
}

pub fn from_json(text: &str) -> Result<Loaded, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    // A UTF-8 byte order mark, as some editors write it, is not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    let Value::Object(mut root) = value else {
        return Err(ImportError::NotAnObject);
    };
    match root.get("format") {
        None => return Err(ImportError::MissingFormat),
        Some(Value::String(f)) if f == FORMAT_NAME => {}
        Some(other) => {
            return Err(ImportError::WrongFormat {
                found: match other {
                    Value::String(s) => s.clone(),
                    v => v.to_string(),
                },
            })
        }
    }
    let version = match root.get("schema_version") {
        None => return Err(ImportError::MissingVersion),
        Some(v) => v.as_u64().ok_or(ImportError::BadVersion)?,
    };
    if version > SCHEMA_VERSION {
        return Err(ImportError::NewerVersion { found: version });
    }
    if version == 0 {
        return Err(ImportError::UnsupportedVersion { found: version });
    }
    let mut data = match root.remove("data") {
        None => return Err(ImportError::MissingData),
        Some(Value::Object(d)) => d,
        Some(_) => return Err(ImportError::DataNotObject),
    };
    let mut at = version;
    while at < SCHEMA_VERSION {
        let step = MIGRATIONS
            .iter()
            .find(|(from, _)| *from == at)
            .ok_or(ImportError::UnsupportedVersion { found: version })?;
        data = (step.1)(data)?;
        at += 1;
    }
    validate_and_repair(&mut data)?;
    let workspace: Workspace =
        serde_json::from_value(Value::Object(data)).map_err(|e| ImportError::Invalid {
            detail: e.to_string(),
        })?;
    let text_of = |key: &str| {
        root.get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    Ok(Loaded {
        workspace,
        app_version: text_of("app_version"),
        exported_at: text_of("exported_at"),
        revision: root.get("revision").and_then(Value::as_u64).unwrap_or(0),
        migrated_from: (version < SCHEMA_VERSION).then_some(version),
    })
}

/// Checks every account and the settings, naming the first problem found; trims names
/// and tags on the way.
fn validate_and_repair(data: &mut Map<String, Value>) -> Result<(), ImportError> {
    let accounts = match data.get_mut("accounts") {
        None | Some(Value::Null) => {
            data.insert("accounts".into(), Value::Array(Vec::new()));
            return validate_settings(data);
        }
        Some(Value::Array(a)) => a,
        Some(_) => return Err(ImportError::AccountsNotArray),
    };
    let mut seen: HashMap<u64, usize> = HashMap::with_capacity(accounts.len());
    for (i, item) in accounts.iter_mut().enumerate() {
        let index = i + 1;
        let Value::Object(account) = item else {
            return Err(ImportError::AccountNotObject { index });
        };
        let name = match account.get("name") {
            None => {
                return Err(ImportError::MissingField {
                    index,
                    field: "name",
                })
            }
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
            Some(Value::String(_)) => return Err(ImportError::EmptyName { index }),
            Some(_) => {
                return Err(ImportError::NotAString {
                    index,
                    name: String::new(),
                    field: "name",
                })
            }
        };
        account.insert("name".into(), Value::String(name.clone()));
        let id = match account.get("id") {
            None => return Err(ImportError::MissingField { index, field: "id" }),
            Some(v) => match v.as_u64() {
                Some(id) if id > 0 => id,
                _ => return Err(ImportError::BadId { index, name }),
            },
        };
        if let Some(first) = seen.insert(id, index) {
            return Err(ImportError::DuplicateId {
                id,
                first,
                second: index,
            });
        }
        for field in ["revenue", "contribution_margin", "potential"] {
            match account.get(field) {
                None => {}
                Some(Value::Null) if field != "revenue" => {}
                Some(Value::Number(n)) if n.as_f64().is_some_and(f64::is_finite) => {}
                Some(_) => return Err(ImportError::NotANumber { index, name, field }),
            }
        }
        if account
            .get("potential")
            .and_then(Value::as_f64)
            .is_some_and(|p| p < 0.0)
        {
            return Err(ImportError::NegativePotential { index, name });
        }
        match account.get("relationship_since") {
            None | Some(Value::Null) => {}
            Some(v) => match v.as_i64() {
                Some(y) if (MIN_YEAR as i64..=MAX_YEAR as i64).contains(&y) => {}
                _ => return Err(ImportError::BadYear { index, name }),
            },
        }
        for field in ["industry", "region", "notes"] {
            match account.get(field) {
                None | Some(Value::String(_)) => {}
                Some(Value::Null) => {
                    account.remove(field);
                }
                Some(_) => return Err(ImportError::NotAString { index, name, field }),
            }
        }
        match account.get("key_account") {
            None | Some(Value::Bool(_)) => {}
            Some(_) => {
                return Err(ImportError::NotABoolean {
                    index,
                    name,
                    field: "key_account",
                })
            }
        }
        match account.get_mut("tags") {
            None | Some(Value::Null) => {
                account.remove("tags");
            }
            Some(Value::Array(tags)) => {
                if !tags.iter().all(Value::is_string) {
                    return Err(ImportError::BadTags { index, name });
                }
                let mut clean: Vec<Value> = Vec::with_capacity(tags.len());
                for t in tags.iter().filter_map(Value::as_str).map(str::trim) {
                    if !t.is_empty() && !clean.iter().any(|c| c.as_str() == Some(t)) {
                        clean.push(Value::String(t.to_string()));
                    }
                }
                *tags = clean;
            }
            Some(_) => return Err(ImportError::BadTags { index, name }),
        }
    }
    validate_settings(data)
}

fn validate_settings(data: &Map<String, Value>) -> Result<(), ImportError> {
    let Some(settings) = data.get("settings") else {
        return Ok(());
    };
    let bad = |detail: &str| ImportError::BadSettings {
        detail: detail.to_string(),
    };
    let Value::Object(settings) = settings else {
        return Err(bad("settings"));
    };
    if settings.get("name").is_some_and(|n| !n.is_string()) {
        return Err(bad("settings.name"));
    }
    let Some(abc) = settings.get("abc") else {
        return Ok(());
    };
    let Value::Object(abc) = abc else {
        return Err(bad("settings.abc"));
    };
    if let Some(m) = abc.get("measure") {
        let known = m.as_str().and_then(crate::domain::Measure::from_key);
        if known.is_none() {
            return Err(bad("settings.abc.measure"));
        }
    }
    let a = abc.get("a_threshold").and_then(Value::as_f64);
    let b = abc.get("b_threshold").and_then(Value::as_f64);
    match (a, b) {
        (Some(a), Some(b)) if AbcThresholds::new(a, b).is_ok() => Ok(()),
        _ => Err(bad("settings.abc.a_threshold / b_threshold")),
    }
}
