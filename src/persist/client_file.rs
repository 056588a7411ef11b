//! The file of a client copy (to the customer, and back): the workspace file without
//! the sections a client copy never carries (the value model, the portfolio, the ABC
//! settings, self-assessments). Importing it restores their defaults.

use serde_json::Value;

use crate::domain::Workspace;

/// Indented JSON of a client copy, without the sections it does not carry.
pub fn client_file(ws: &Workspace, app_version: &str, exported_at: &str) -> String {
    let text = super::to_pretty_json(ws, app_version, exported_at);
    let Ok(mut file) = serde_json::from_str::<Value>(&text) else {
        return text;
    };
    if let Some(data) = file.get_mut("data").and_then(Value::as_object_mut) {
        data.remove("value_model");
        data.remove("portfolio");
        if data.get("assessments").is_some_and(is_empty) {
            data.remove("assessments");
        }
        if let Some(settings) = data.get_mut("settings").and_then(Value::as_object_mut) {
            settings.remove("abc");
        }
    }
    serde_json::to_string_pretty(&file).unwrap_or(text)
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        Value::Null => true,
        _ => false,
    }
}
