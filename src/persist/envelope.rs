//! The workspace envelope: `{format, schema_version, app_version, exported_at, data}`.
//!
//! Import = parse → check the envelope → migrate old versions → check the JSON type of
//! every field (`shape`) → deserialize → repair small things (`Account::tidy`) → the
//! domain's `Workspace::validate`. Only a file that passes all of it is returned; the
//! caller decides whether to replace anything. Unknown fields are kept.

use serde::Serialize;
use serde_json::{Map, Value};

use super::migrations::MIGRATIONS;
use super::sections::check_section;
pub use crate::domain::problem::ImportError;
use crate::domain::{Problem, ProblemKind, Section, Workspace};

pub const FORMAT_NAME: &str = "keystone-workspace";
pub const SCHEMA_VERSION: u64 = 8;
/// Larger files are refused before parsing: local storage holds about 5 MB anyway.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

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
    /// Members of the envelope this version does not know (`Workspace::envelope`).
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
    data: &'a Workspace,
}

/// The members of the envelope this version writes itself; any other member of a
/// file's envelope is kept in `Workspace::envelope` and written back.
const ENVELOPE_KEYS: [&str; 6] = [
    "format",
    "schema_version",
    "app_version",
    "exported_at",
    "revision",
    "data",
];

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
        extra: &ws.envelope,
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
    to_json_from_parts_with(parts, &Map::new(), app_version, exported_at, revision)
}

/// [`to_json_from_parts`] with the envelope's unknown members (`Workspace::envelope`)
/// written back beside `data`.
pub fn to_json_from_parts_with(
    parts: &[&str],
    envelope: &Map<String, Value>,
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
    for (key, value) in envelope {
        let value = serde_json::to_string(value).expect("JSON values always serialize");
        out.push_str(&format!(",{}:{value}", text(key)));
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
    /// What is odd but importable (profile weights not summing to 100), shown before
    /// the user confirms.
    pub warnings: Vec<Problem>,
}

/// The warnings of an importable workspace: profile weights that do not sum to 100.
pub fn import_warnings(ws: &Workspace) -> Vec<Problem> {
    let Ok(all) = crate::domain::key_account::read_key_accounts(&ws.key_accounts) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (id, data) in all {
        for (s, v, sum) in crate::domain::profile::weight_warnings(&data.profiles) {
            let at = match v {
                None => format!("{id}.profiles.{}.profile.criteria", s + 1),
                Some(v) => format!(
                    "{id}.profiles.{}.versions.{}.profile.criteria",
                    s + 1,
                    v + 1
                ),
            };
            found.push(
                Problem::section(Section::KeyAccounts, ProblemKind::NotHundred { sum })
                    .with_field(at),
            );
        }
    }
    found
}

/// A parsed envelope of the expected format and a version this Keystone reads.
pub(crate) struct Opened {
    pub root: Map<String, Value>,
    pub data: Map<String, Value>,
    pub version: u64,
}

impl Opened {
    /// A text member of the envelope (`app_version`), blank when absent.
    pub fn text(&self, key: &str) -> String {
        self.root
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    }
}

/// Parses a Keystone file and checks its envelope: `format` must be `format`, the
/// version at most `supported`, `data` an object. Shared by the workspace and the
/// self-assessment files.
pub(crate) fn open(
    text: &str,
    format: &'static str,
    supported: u64,
) -> Result<Opened, ImportError> {
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
        Some(Value::String(f)) if f == format => {}
        Some(other) => {
            return Err(ImportError::WrongFormat {
                found: match other {
                    Value::String(s) => s.clone(),
                    v => v.to_string(),
                },
                expected: format,
            })
        }
    }
    let version = match root.get("schema_version") {
        None => return Err(ImportError::MissingVersion),
        Some(v) => v.as_u64().ok_or(ImportError::BadVersion)?,
    };
    if version > supported {
        return Err(ImportError::NewerVersion {
            found: version,
            supported,
        });
    }
    if version == 0 {
        return Err(ImportError::UnsupportedVersion { found: version });
    }
    let data = match root.remove("data") {
        None => return Err(ImportError::MissingData),
        Some(Value::Object(d)) => d,
        Some(_) => return Err(ImportError::DataNotObject),
    };
    Ok(Opened {
        root,
        data,
        version,
    })
}

pub fn from_json(text: &str) -> Result<Loaded, ImportError> {
    let mut opened = open(text, FORMAT_NAME, SCHEMA_VERSION)?;
    let version = opened.version;
    let mut data = std::mem::take(&mut opened.data);
    let mut at = version;
    while at < SCHEMA_VERSION {
        let step = MIGRATIONS
            .iter()
            .find(|(from, _)| *from == at)
            .ok_or(ImportError::UnsupportedVersion { found: version })?;
        data = (step.1)(data)?;
        at += 1;
    }
    let workspace = read_workspace(data)?;
    Ok(loaded(&opened, workspace))
}

/// A read workspace with what its envelope says (`opened`: the envelope without `data`).
pub(crate) fn loaded(opened: &Opened, mut workspace: Workspace) -> Loaded {
    workspace.envelope = opened
        .root
        .iter()
        .filter(|(key, _)| !ENVELOPE_KEYS.contains(&key.as_str()))
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect();
    Loaded {
        warnings: import_warnings(&workspace),
        workspace,
        app_version: opened.text("app_version"),
        exported_at: opened.text("exported_at"),
        revision: opened
            .root
            .get("revision")
            .and_then(Value::as_u64)
            .unwrap_or(0),
        migrated_from: (opened.version < SCHEMA_VERSION).then_some(opened.version),
    }
}

/// Reads the data of a current-version file: the JSON type of every field first (so a
/// wrong type names its field), then the domain's rules. Reports every problem found.
fn read_workspace(mut data: Map<String, Value>) -> Result<Workspace, ImportError> {
    if data.get("accounts") == Some(&Value::Null) {
        data.remove("accounts");
    }
    let workspace = read_sections(data)?;
    complete(workspace)
}

/// The sections of `data` as typed data, after checking the JSON type of every field;
/// the accounts tidied. The first part of [`read_workspace`], which the batched decode
/// (`persist::batched`) runs on each chunk of accounts and on the other sections.
pub(crate) fn read_sections(mut data: Map<String, Value>) -> Result<Workspace, ImportError> {
    let mut found = Vec::new();
    for section in Section::ALL {
        check_section(section, &mut data, &mut found);
    }
    if !found.is_empty() {
        return Err(ImportError::Problems(found));
    }
    let mut workspace: Workspace =
        serde_json::from_value(Value::Object(data)).map_err(|e| ImportError::Invalid {
            detail: e.to_string(),
        })?;
    workspace.accounts.iter_mut().for_each(|a| a.tidy());
    Ok(workspace)
}

/// The second part of [`read_workspace`]: the rules across sections, on the whole
/// workspace.
pub(crate) fn complete(mut workspace: Workspace) -> Result<Workspace, ImportError> {
    // The key-account section is kept as JSON (see `KeyAccountsJson`); it must read as
    // typed data now, so that no page ever meets an entry it cannot read.
    let typed = crate::domain::key_account::read_key_accounts(&workspace.key_accounts)
        .map_err(|detail| ImportError::Invalid { detail })?;
    workspace.key_accounts = crate::domain::key_account::key_accounts_json(&typed);
    let assessments = crate::domain::assessment::try_read_assessments(&workspace.assessments)
        .map_err(|detail| ImportError::Invalid { detail })?;
    workspace.assessments = crate::domain::assessment::assessments_json(&assessments);
    let found = workspace.validate();
    if found.is_empty() {
        Ok(workspace)
    } else {
        Err(ImportError::Problems(found))
    }
}
