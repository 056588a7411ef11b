//! Self-assessments: their checks (shared by the workspace section `assessments` and
//! the assessment file) and the small file a participant sends to the consultant:
//! `{format: "keystone-assessment", schema_version, app_version, exported_at,
//! data: {workshop?, assessments: [...]}}`. One assessment or a whole workshop.

use serde::Serialize;
use serde_json::{Map, Value};

use super::envelope::{open, ImportError};
use super::shape::{check_fields, Field, Need, Shape};
use crate::domain::assessment::{Area, Assessment, MAX_RATING, MIN_RATING};
use crate::domain::{Problem, ProblemKind, Section};

pub const ASSESSMENT_FORMAT: &str = "keystone-assessment";
/// The version of the assessment file; independent of the workspace's.
pub const ASSESSMENT_VERSION: u64 = 1;

const FIELDS: &[Field] = &[
    ("id", Shape::Id, Need::Required),
    ("respondent", Shape::Text, Need::Nullable),
    ("workshop", Shape::Text, Need::Nullable),
    ("date", Shape::Date, Need::Required),
    ("answers_wanted_by", Shape::Date, Need::Nullable),
];

/// Checks a list of assessments (JSON types, area keys, ratings 1-5, comments as
/// text) and reports every problem by item and field. `null` and absent read as an
/// empty list. (Ids used twice: `Workspace::validate`; a file's ids are replaced.)
pub(crate) fn check_assessments(list: Option<&mut Value>, found: &mut Vec<Problem>) {
    let section = Section::Assessments;
    let items = match list {
        None => return,
        Some(v @ Value::Null) => {
            *v = Value::Array(Vec::new());
            return;
        }
        Some(Value::Array(items)) => items,
        Some(_) => {
            found.push(Problem::section(section, ProblemKind::NotAList));
            return;
        }
    };
    for (i, item) in items.iter_mut().enumerate() {
        let Value::Object(a) = item else {
            found.push(Problem::item(section, i + 1, "", ProblemKind::NotAnObject));
            continue;
        };
        let name = a
            .get("respondent")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let at = |field: String, kind| Problem::item(section, i + 1, &name, kind).with_field(field);
        for p in check_fields(a, FIELDS) {
            found.push(at(p.field.to_string(), p.kind));
        }
        // Per area: a whole rating 1-5, or a comment as text.
        let rating_range = ProblemKind::OutOfRange {
            min: f64::from(MIN_RATING),
            max: f64::from(MAX_RATING),
        };
        type Fits = fn(&Value) -> bool;
        let by_area: [(&str, Fits, ProblemKind); 2] = [
            ("ratings", is_rating, rating_range),
            ("comments", Value::is_string, ProblemKind::NotText),
        ];
        for (key, fits, wrong) in by_area {
            match a.get(key) {
                None => {}
                Some(Value::Null) => {
                    a.remove(key);
                }
                Some(Value::Object(map)) => {
                    for (area, v) in map {
                        let field = format!("{key}.{area}");
                        if Area::from_key(area).is_none() {
                            let kind = ProblemKind::Unknown {
                                value: area.clone(),
                            };
                            found.push(at(field, kind));
                        } else if !fits(v) {
                            found.push(at(field, wrong.clone()));
                        }
                    }
                }
                Some(_) => found.push(at(key.into(), ProblemKind::NotAnObject)),
            }
        }
    }
}

fn is_rating(v: &Value) -> bool {
    v.as_u64()
        .is_some_and(|r| (u64::from(MIN_RATING)..=u64::from(MAX_RATING)).contains(&r))
}

/// A checked assessment file.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentFile {
    /// The workshop the file was exported from, if any.
    pub workshop: Option<String>,
    pub assessments: Vec<Assessment>,
    pub app_version: String,
    pub exported_at: String,
}

#[derive(Serialize)]
struct FileData<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    workshop: Option<&'a str>,
    assessments: &'a [Assessment],
}

/// The name a downloaded assessment file gets: the workshop's or the one respondent's
/// name in it, so that the files of several participants do not all arrive as
/// `keystone-assessment-2026-12-07.json` at the consultant's.
pub fn assessment_file_name(
    assessments: &[Assessment],
    workshop: Option<&str>,
    day: &str,
) -> String {
    let (kind, who) = match workshop {
        Some(name) => ("workshop", name),
        None => match assessments {
            [one] => ("assessment", one.respondent.as_str()),
            _ => ("assessment", ""),
        },
    };
    let mut slug = String::new();
    for c in who.trim().chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        format!("keystone-{kind}-{day}.json")
    } else {
        format!("keystone-{kind}-{slug}-{day}.json")
    }
}

/// The file of one assessment or of a workshop (`workshop` named), indented.
pub fn assessment_json(
    assessments: &[Assessment],
    workshop: Option<&str>,
    app_version: &str,
    exported_at: &str,
) -> String {
    let data = FileData {
        workshop,
        assessments,
    };
    let file = serde_json::json!({
        "format": ASSESSMENT_FORMAT,
        "schema_version": ASSESSMENT_VERSION,
        "app_version": app_version,
        "exported_at": exported_at,
        "data": data,
    });
    serde_json::to_string_pretty(&file).expect("assessments always serialize")
}

/// Reads an assessment file: the envelope, then every assessment's fields; returns
/// every problem found, or the assessments.
pub fn assessment_from_json(text: &str) -> Result<AssessmentFile, ImportError> {
    let mut opened = open(text, ASSESSMENT_FORMAT, ASSESSMENT_VERSION)?;
    let mut data: Map<String, Value> = std::mem::take(&mut opened.data);
    let mut found = Vec::new();
    match data.get("workshop") {
        None | Some(Value::Null) | Some(Value::String(_)) => {}
        Some(_) => found.push(
            Problem::section(Section::Assessments, ProblemKind::NotText).with_field("workshop"),
        ),
    }
    if data.get("assessments").is_none() {
        found.push(Problem::section(Section::Assessments, ProblemKind::Missing));
    }
    check_assessments(data.get_mut("assessments"), &mut found);
    if !found.is_empty() {
        return Err(ImportError::Problems(found));
    }
    let workshop = data
        .get("workshop")
        .and_then(Value::as_str)
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty());
    let assessments: Vec<Assessment> =
        serde_json::from_value(data.remove("assessments").unwrap_or(Value::Null)).map_err(|e| {
            ImportError::Invalid {
                detail: e.to_string(),
            }
        })?;
    Ok(AssessmentFile {
        workshop,
        assessments,
        app_version: opened.text("app_version"),
        exported_at: opened.text("exported_at"),
    })
}
