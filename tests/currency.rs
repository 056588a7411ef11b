//! Host tests of the workspace's currency: default, round trip, and refusal of a code
//! that is not one (docs/methods.md, "Amounts").

use keystone::domain::currency::{choices, is_code, DEFAULT};
use keystone::domain::problem::{ProblemKind, Section};
use keystone::domain::sample::sample_workspace;
use keystone::i18n::{describe_import_error, Lang};
use keystone::persist::{from_json, to_json, ImportError};

fn with_currency(value: serde_json::Value) -> String {
    let text = to_json(&sample_workspace(), "0.1.0", "2026-12-05T10:00:00Z", 1);
    let mut file: serde_json::Value = serde_json::from_str(&text).unwrap();
    file["data"]["settings"]["currency"] = value;
    file.to_string()
}

#[test]
fn a_workspace_without_a_currency_is_in_euro() {
    let ws = sample_workspace();
    assert_eq!(ws.settings.currency(), "EUR");
    assert_eq!(DEFAULT, "EUR");
    let text = to_json(&ws, "0.1.0", "2026-12-05T10:00:00Z", 1);
    assert!(!text.contains("\"currency\""), "the default is not written");
}

#[test]
fn a_chosen_currency_survives_the_file() {
    let loaded = from_json(&with_currency("CHF".into())).unwrap();
    assert_eq!(loaded.workspace.settings.currency(), "CHF");
    let again = to_json(&loaded.workspace, "0.1.0", "2026-12-05T10:00:00Z", 2);
    assert!(again.contains("\"currency\":\"CHF\""));
    // A code the list does not offer is kept and offered.
    let loaded = from_json(&with_currency("ZAR".into())).unwrap();
    assert_eq!(loaded.workspace.settings.currency(), "ZAR");
    assert!(choices("ZAR").contains(&"ZAR"));
    assert!(!choices("EUR").contains(&"ZAR"));
}

#[test]
fn a_currency_that_is_no_code_is_refused_by_name() {
    for (value, kind) in [
        (serde_json::json!("€"), "choice"),
        (serde_json::json!("eur"), "choice"),
        (serde_json::json!("EURO"), "choice"),
        (serde_json::json!(978), "text"),
    ] {
        let err = from_json(&with_currency(value.clone())).expect_err("refused");
        let ImportError::Problems(problems) = &err else {
            panic!("{value}: {err:?}");
        };
        let p = problems
            .iter()
            .find(|p| p.field.as_deref() == Some("currency"))
            .unwrap_or_else(|| panic!("{value}: {problems:?}"));
        assert_eq!(p.section, Section::Settings);
        match (&p.kind, kind) {
            (ProblemKind::NotAChoice { .. }, "choice") | (ProblemKind::NotText, "text") => {}
            other => panic!("{value}: {other:?}"),
        }
        let message = describe_import_error(&err, Lang::De);
        assert!(message.contains("currency"), "{message}");
    }
    assert!(is_code("USD") && !is_code("US") && !is_code("usd") && !is_code("ÄÖÜ"));
}
