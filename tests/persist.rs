//! Host tests of the workspace envelope: round trips, the v1 fixture, and refusal of
//! bad files with a message that names the problem.

use keystone::domain::sample::sample_workspace;
use keystone::domain::{Measure, Portfolio, ValueModel, Workspace};
use keystone::domain::{Problem, ProblemKind as K, Section};
use keystone::i18n::{describe_import_error, Lang};
use keystone::persist::storage::{classify_error, StorageFailure};
use keystone::persist::{from_json, to_json, to_pretty_json, ImportError, SCHEMA_VERSION};
use serde_json::{json, Value};

const FIXTURE_V1: &str = include_str!("fixtures/workspace-v1.json");
const FIXTURE_V2: &str = include_str!("fixtures/workspace-v2.json");

fn envelope(data: Value) -> String {
    json!({
        "format": "keystone-workspace",
        "schema_version": 1,
        "app_version": "0.1.0",
        "exported_at": "2026-11-21T10:00:00Z",
        "data": data
    })
    .to_string()
}

fn with_account(account: Value) -> String {
    envelope(json!({ "accounts": [ {"id": 1, "name": "Erste GmbH", "revenue": 10}, account ] }))
}

/// The refusal of a file with exactly one problem, in field `field` of account `index`.
fn in_account(index: usize, name: &str, field: &str, kind: K) -> ImportError {
    ImportError::Problems(vec![
        Problem::item(Section::Accounts, index, name, kind).with_field(field)
    ])
}

fn in_settings(field: Option<&str>, kind: K) -> ImportError {
    let p = Problem::section(Section::Settings, kind);
    ImportError::Problems(vec![match field {
        Some(f) => p.with_field(f),
        None => p,
    }])
}

fn refused(text: &str) -> ImportError {
    match from_json(text) {
        Ok(_) => panic!("accepted a bad file: {text}"),
        Err(e) => e,
    }
}

#[test]
fn round_trip_keeps_every_field() {
    let ws = sample_workspace();
    let text = to_pretty_json(&ws, "0.1.0", "2026-11-21T10:00:00Z");
    let loaded = from_json(&text).unwrap();
    assert_eq!(loaded.workspace, ws);
    assert_eq!(loaded.exported_at, "2026-11-21T10:00:00Z");
    assert_eq!(loaded.app_version, "0.1.0");
    assert_eq!(loaded.revision, 0);
    let stored = to_json(&ws, "0.1.0", "2026-11-21T10:00:00Z", 42);
    assert_eq!(from_json(&stored).unwrap().revision, 42);
    assert!(stored.contains(&format!("\"schema_version\":{SCHEMA_VERSION}")));
    assert!(stored.contains("\"format\":\"keystone-workspace\""));
}

#[test]
fn the_v1_fixture_imports_and_keeps_unknown_fields() {
    let loaded = from_json(FIXTURE_V1).unwrap();
    let ws = &loaded.workspace;
    assert_eq!(ws.accounts.len(), 3);
    let first = ws.account(1).unwrap();
    assert_eq!(first.name, "Rheintec GmbH");
    assert_eq!(first.revenue, 1250000.5);
    assert_eq!(first.share_of_wallet(), Some(1250000.5 / 4000000.0 * 100.0));
    assert!(first.key_account);
    assert_eq!(first.tags, vec!["KAM", "Innovation"]);
    assert_eq!(first.extra.get("crm_id"), Some(&json!("C-1001")));
    let credit = ws.account(7).unwrap();
    assert_eq!(credit.revenue, -2500.0);
    assert_eq!(credit.contribution_margin, None);
    assert_eq!(credit.share_of_wallet(), None);
    assert_eq!(ws.settings.abc.measure, Measure::ContributionMargin);
    assert_eq!(
        (ws.settings.abc.a_threshold, ws.settings.abc.b_threshold),
        (75.0, 90.0)
    );
    assert_eq!(ws.extra.get("future_section"), Some(&json!({"kept": true})));
    // Version 2 added the value model and the portfolio: a v1 file gets the defaults.
    assert_eq!(loaded.migrated_from, Some(1));
    assert_eq!(ws.value_model, ValueModel::default());
    assert_eq!(ws.portfolio, Portfolio::default());
    assert!(ws.validate().is_empty());
    // Unknown fields survive the next export.
    let again = to_pretty_json(ws, "0.1.0", "x");
    assert!(again.contains("crm_id") && again.contains("future_section"));
    assert_eq!(from_json(&again).unwrap().workspace, *ws);
}

#[test]
fn small_things_are_repaired() {
    let text = with_account(
        json!({"id": 2, "name": "  Zweite AG  ", "tags": [" KAM ", "", "KAM"], "industry": null}),
    );
    let ws = from_json(&text).unwrap().workspace;
    assert_eq!(ws.account(2).unwrap().name, "Zweite AG");
    assert_eq!(ws.account(2).unwrap().tags, vec!["KAM"]);
    // A byte order mark is fine; a missing accounts list is an empty workspace.
    assert!(from_json(&format!("\u{feff}{text}")).is_ok());
    assert_eq!(
        from_json(&envelope(json!({}))).unwrap().workspace,
        Workspace::default()
    );
}

#[test]
fn bad_files_are_refused_with_the_problem_named() {
    let cases: Vec<(String, ImportError)> = vec![
        ("".into(), ImportError::Empty),
        ("  \n ".into(), ImportError::Empty),
        (
            "{\"format\": ".into(),
            ImportError::NotJson {
                line: 1,
                column: 11,
                detail: String::new(),
            },
        ),
        ("[1, 2, 3]".into(), ImportError::NotAnObject),
        ("{}".into(), ImportError::MissingFormat),
        (
            json!({"type": "excalidraw", "format": "excalidraw"}).to_string(),
            ImportError::WrongFormat {
                found: "excalidraw".into(),
                expected: "keystone-workspace",
            },
        ),
        (
            json!({"format": "keystone-workspace", "data": {}}).to_string(),
            ImportError::MissingVersion,
        ),
        (
            json!({"format": "keystone-workspace", "schema_version": "1", "data": {}}).to_string(),
            ImportError::BadVersion,
        ),
        (
            json!({"format": "keystone-workspace", "schema_version": 99, "data": {}}).to_string(),
            ImportError::NewerVersion {
                found: 99,
                supported: SCHEMA_VERSION,
            },
        ),
        (
            json!({"format": "keystone-workspace", "schema_version": 0, "data": {}}).to_string(),
            ImportError::UnsupportedVersion { found: 0 },
        ),
        (
            json!({"format": "keystone-workspace", "schema_version": 1}).to_string(),
            ImportError::MissingData,
        ),
        (
            json!({"format": "keystone-workspace", "schema_version": 1, "data": [1]}).to_string(),
            ImportError::DataNotObject,
        ),
        (
            envelope(json!({"accounts": {"id": 1}})),
            ImportError::Problems(vec![Problem::section(Section::Accounts, K::NotAList)]),
        ),
        (
            envelope(json!({"accounts": ["Rheintec"]})),
            ImportError::Problems(vec![Problem::item(
                Section::Accounts,
                1,
                "",
                K::NotAnObject,
            )]),
        ),
        (
            with_account(json!({"id": 2})),
            in_account(2, "", "name", K::Missing),
        ),
        (
            with_account(json!({"name": "Ohne Nummer"})),
            in_account(2, "Ohne Nummer", "id", K::Missing),
        ),
        (
            with_account(json!({"id": -4, "name": "Minus"})),
            in_account(2, "Minus", "id", K::NotAnId),
        ),
        (
            with_account(json!({"id": 2.5, "name": "Halb"})),
            in_account(2, "Halb", "id", K::NotAnId),
        ),
        (
            with_account(json!({"id": 0, "name": "Null"})),
            in_account(2, "Null", "id", K::NotAnId),
        ),
        (
            with_account(json!({"id": 2, "name": "   "})),
            in_account(2, "", "name", K::Empty),
        ),
        (
            with_account(json!({"id": 2, "name": 12})),
            in_account(2, "", "name", K::NotText),
        ),
        (
            with_account(json!({"id": 2, "name": "Textumsatz", "revenue": "1.234,56"})),
            in_account(2, "Textumsatz", "revenue", K::NotANumber),
        ),
        (
            with_account(json!({"id": 2, "name": "Null", "revenue": null})),
            in_account(2, "Null", "revenue", K::NotANumber),
        ),
        (
            with_account(json!({"id": 2, "name": "DB", "contribution_margin": true})),
            in_account(2, "DB", "contribution_margin", K::NotANumber),
        ),
        (
            with_account(json!({"id": 2, "name": "Pot", "potential": -1})),
            in_account(2, "Pot", "potential", K::Negative),
        ),
        (
            with_account(json!({"id": 2, "name": "Jahr", "relationship_since": 20015})),
            in_account(2, "Jahr", "relationship_since", K::NotAYear),
        ),
        (
            with_account(json!({"id": 2, "name": "Jahr2", "relationship_since": "2015"})),
            in_account(2, "Jahr2", "relationship_since", K::NotAYear),
        ),
        (
            with_account(json!({"id": 2, "name": "Jahr3", "relationship_since": 1e12})),
            in_account(2, "Jahr3", "relationship_since", K::NotAYear),
        ),
        (
            with_account(json!({"id": 2, "name": "Flag", "key_account": "yes"})),
            in_account(2, "Flag", "key_account", K::NotABoolean),
        ),
        (
            with_account(json!({"id": 2, "name": "Tags", "tags": "KAM"})),
            in_account(2, "Tags", "tags", K::NotAListOfTexts),
        ),
        (
            with_account(json!({"id": 2, "name": "Tags2", "tags": ["KAM", 3]})),
            in_account(2, "Tags2", "tags", K::NotAListOfTexts),
        ),
        (
            with_account(json!({"id": 2, "name": "Region", "region": 5})),
            in_account(2, "Region", "region", K::NotText),
        ),
        (
            with_account(json!({"id": 1, "name": "Doppelt"})),
            in_account(
                2,
                "Doppelt",
                "id",
                K::Duplicate {
                    value: "1".into(),
                    first: 1,
                },
            ),
        ),
        (
            envelope(
                json!({"accounts": [], "settings": {"abc": {"a_threshold": 95, "b_threshold": 80}}}),
            ),
            in_settings(
                Some("abc.b_threshold"),
                K::Below {
                    other: "abc.a_threshold",
                },
            ),
        ),
        (
            envelope(
                json!({"accounts": [], "settings": {"abc": {"a_threshold": 0, "b_threshold": 80}}}),
            ),
            in_settings(
                Some("abc.a_threshold"),
                K::OutOfRange {
                    min: 0.0,
                    max: 100.0,
                },
            ),
        ),
        (
            envelope(json!({"accounts": [], "settings": {"abc": {"a_threshold": 80}}})),
            in_settings(Some("abc.b_threshold"), K::Missing),
        ),
        (
            envelope(
                json!({"accounts": [], "settings": {"abc": {"measure": "profit", "a_threshold": 80, "b_threshold": 95}}}),
            ),
            in_settings(
                Some("abc.measure"),
                K::NotAChoice {
                    value: "profit".into(),
                },
            ),
        ),
        (
            envelope(json!({"accounts": [], "settings": {"name": ["x"]}})),
            in_settings(Some("name"), K::NotText),
        ),
        (
            envelope(json!({"accounts": [], "settings": 3})),
            in_settings(None, K::NotAnObject),
        ),
    ];
    assert!(cases.len() >= 15);
    for (text, expected) in cases {
        let got = refused(&text);
        match (&got, &expected) {
            (
                ImportError::NotJson { line, column, .. },
                ImportError::NotJson {
                    line: l, column: c, ..
                },
            ) => {
                assert_eq!((line, column), (l, c), "for {text}")
            }
            _ => assert_eq!(got, expected, "for {text}"),
        }
        // Every refusal has a message in both languages that is not a raw key.
        for lang in Lang::ALL {
            let msg = describe_import_error(&got, lang);
            assert!(msg.len() > 10 && !msg.contains('{'), "{msg}");
        }
    }
}

#[test]
fn messages_name_the_field_and_the_account() {
    let err = refused(&with_account(
        json!({"id": 2, "name": "Textumsatz", "revenue": "abc"}),
    ));
    assert_eq!(
        describe_import_error(&err, Lang::En),
        "field “revenue” of account 2 (“Textumsatz”) is not a number"
    );
    assert_eq!(
        describe_import_error(&err, Lang::De),
        "Feld „revenue“ von Kunde 2 („Textumsatz“) ist keine Zahl"
    );
    let newer = refused(
        &json!({"format": "keystone-workspace", "schema_version": SCHEMA_VERSION + 1, "data": {}})
            .to_string(),
    );
    assert!(describe_import_error(&newer, Lang::En)
        .contains(&format!("newer schema version ({})", SCHEMA_VERSION + 1)));
}

#[test]
fn every_problem_in_a_file_is_collected_and_the_message_counts_the_rest() {
    let text = envelope(json!({"accounts": [
        {"id": 1, "name": "Alpha", "revenue": "x", "potential": "y"},
        {"id": 2, "name": "Beta", "tags": 4},
        {"id": 3, "name": "Gamma"},
    ]}));
    let err = refused(&text);
    let ImportError::Problems(found) = &err else {
        panic!("{err:?}")
    };
    let located: Vec<(Option<usize>, Option<&str>)> = found
        .iter()
        .map(|p| (p.index, p.field.as_deref()))
        .collect();
    assert_eq!(
        located,
        [
            (Some(1), Some("revenue")),
            (Some(1), Some("potential")),
            (Some(2), Some("tags"))
        ]
    );
    assert_eq!(
        describe_import_error(&err, Lang::En),
        "field “revenue” of account 1 (“Alpha”) is not a number (and 2 more problems)"
    );
    assert_eq!(
        describe_import_error(&err, Lang::De),
        "Feld „revenue“ von Kunde 1 („Alpha“) ist keine Zahl (und 2 weitere Probleme)"
    );
    // Rules of the domain are collected too: a blank name and a negative potential.
    let text = envelope(json!({"accounts": [
        {"id": 1, "name": " ", "potential": -3},
        {"id": 1, "name": "Zwilling"},
        {"id": 1, "name": "Drilling"},
    ]}));
    let err = refused(&text);
    let ImportError::Problems(found) = &err else {
        panic!("{err:?}")
    };
    let kinds: Vec<&K> = found.iter().map(|p| &p.kind).collect();
    let dup = |first| K::Duplicate {
        value: "1".into(),
        first,
    };
    assert_eq!(kinds, [&K::Empty, &K::Negative, &dup(1), &dup(1)]);
    assert_eq!(
        describe_import_error(&err, Lang::En),
        "field “name” of account 1 is empty (and 3 more problems)"
    );
}

#[test]
fn messages_name_sections_settings_and_duplicates() {
    let cases = [
        (
            envelope(json!({"accounts": {"id": 1}})),
            "“accounts” is not a list",
            "„accounts“ ist keine Liste",
        ),
        (
            with_account(json!({"id": 1, "name": "Doppelt"})),
            "field “id” of account 2 (“Doppelt”) repeats “1” of account 1",
            "Feld „id“ von Kunde 2 („Doppelt“) wiederholt „1“ von Kunde 1",
        ),
        (
            envelope(
                json!({"settings": {"abc": {"a_threshold": 95, "b_threshold": 80}}}),
            ),
            "field “abc.b_threshold” of the settings is below “abc.a_threshold”",
            "Feld „abc.b_threshold“ von den Einstellungen liegt unter „abc.a_threshold“",
        ),
        (
            envelope(
                json!({"settings": {"abc": {"a_threshold": 120, "b_threshold": 130}}}),
            ),
            "field “abc.a_threshold” of the settings is not between 0 and 100",
            "Feld „abc.a_threshold“ von den Einstellungen liegt nicht zwischen 0 und 100",
        ),
        (
            with_account(json!({"id": 2, "name": "Zwei", "tags": 3, "key_account": 1})),
            "field “key_account” of account 2 (“Zwei”) is not true or false (and one more problem)",
            "Feld „key_account“ von Kunde 2 („Zwei“) ist nicht true oder false (und ein weiteres Problem)",
        ),
    ];
    for (text, en, de) in cases {
        let err = refused(&text);
        assert_eq!(describe_import_error(&err, Lang::En), en);
        assert_eq!(describe_import_error(&err, Lang::De), de);
    }
}

#[test]
fn storage_errors_are_classified_in_every_browser_spelling() {
    assert_eq!(
        classify_error("QuotaExceededError", ""),
        StorageFailure::Quota
    );
    assert_eq!(
        classify_error("NS_ERROR_DOM_QUOTA_REACHED", ""),
        StorageFailure::Quota
    );
    assert_eq!(
        classify_error("Error", "Storage quota has been exceeded"),
        StorageFailure::Quota
    );
    assert_eq!(
        classify_error("SecurityError", "The operation is insecure."),
        StorageFailure::Blocked
    );
    assert!(matches!(
        classify_error("TypeError", "x"),
        StorageFailure::Other(_)
    ));
}

#[test]
fn twenty_thousand_accounts_fit_local_storage() {
    // Chromium and Firefox give a site about 5 million characters of local storage.
    // Empty fields are left out to keep a normal customer list well inside it.
    let ws = keystone::domain::sample::sample_workspace_of(20_000);
    let text = to_json(&ws, "0.1.0", "2026-11-21T10:00:00Z", 1);
    assert!(text.len() < 3_800_000, "{} characters", text.len());
    assert_eq!(from_json(&text).unwrap().workspace, ws);
}

#[test]
fn the_published_json_schema_names_every_account_field() {
    let schema: Value =
        serde_json::from_str(include_str!("../public/keystone-workspace.schema.json")).unwrap();
    let props = schema["$defs"]["account"]["properties"]
        .as_object()
        .unwrap();
    let mut full = keystone::domain::Account::new(1, "x", 1.0);
    full.industry = "i".into();
    full.region = "r".into();
    full.contribution_margin = Some(1.0);
    full.potential = Some(1.0);
    full.relationship_since = Some(2000);
    full.key_account = true;
    full.tags = vec!["t".into()];
    full.notes = "n".into();
    let json = serde_json::to_value(&full).unwrap();
    for field in json.as_object().unwrap().keys() {
        assert!(
            props.contains_key(field),
            "schema lacks account field {field}"
        );
    }
    assert_eq!(
        schema["properties"]["schema_version"]["maximum"],
        json!(SCHEMA_VERSION)
    );
    // Every field of a criterion and of the two new sections is described.
    let model = serde_json::to_value(ValueModel::default()).unwrap();
    let criterion_props = schema["$defs"]["criterion"]["properties"]
        .as_object()
        .unwrap();
    for c in model["criteria"].as_array().unwrap() {
        for field in c.as_object().unwrap().keys() {
            assert!(
                criterion_props.contains_key(field),
                "schema lacks criterion field {field}"
            );
        }
    }
    for (def, value) in [
        ("value_model", model),
        (
            "portfolio",
            serde_json::to_value(Portfolio::default()).unwrap(),
        ),
    ] {
        for field in value.as_object().unwrap().keys() {
            assert!(
                schema["$defs"][def]["properties"].get(field).is_some(),
                "schema lacks {def} field {field}"
            );
        }
    }
    assert_eq!(
        schema["properties"]["format"]["const"],
        json!("keystone-workspace")
    );
}

#[test]
fn a_file_assembled_from_section_parts_equals_the_serialized_workspace() {
    let mut ws = sample_workspace();
    ws.settings.name = "Nordwerk \"Süd\"".into();
    ws.extra
        .insert("future_section".into(), json!({"kept": [1, 2]}));
    let member = |k: &str, v: &dyn erased::Ser| format!("\"{k}\":{}", v.json());
    let accounts = member("accounts", &ws.accounts);
    let settings = member("settings", &ws.settings);
    let model = member("value_model", &ws.value_model);
    let portfolio = member("portfolio", &ws.portfolio);
    let key_accounts = member("key_accounts", &ws.key_accounts);
    let assessments = member("assessments", &ws.assessments);
    let offerings = member("offerings", &ws.offerings);
    let history = member("history", &ws.history);
    let unknown = "\"future_section\":{\"kept\":[1,2]}".to_string();
    let text = keystone::persist::to_json_from_parts(
        &[
            &accounts,
            "",
            &settings,
            &model,
            &portfolio,
            &key_accounts,
            &assessments,
            &offerings,
            &history,
            &unknown,
        ],
        "0.1.0",
        "2026-11-21T10:00:00Z",
        7,
    );
    let loaded = from_json(&text).unwrap();
    assert_eq!(loaded.workspace, ws);
    assert_eq!(loaded.revision, 7);
    assert_eq!(loaded.app_version, "0.1.0");
    // No revision in exported files; an empty workspace is still a valid file.
    let empty = keystone::persist::to_json_from_parts(&[], "0.1.0", "x", 0);
    assert!(!empty.contains("revision"));
    assert_eq!(from_json(&empty).unwrap().workspace, Workspace::default());
}

mod erased {
    pub trait Ser {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Ser for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap()
        }
    }
}

fn envelope_v2(data: Value) -> String {
    json!({"format": "keystone-workspace", "schema_version": 2, "data": data}).to_string()
}

#[test]
fn value_model_problems_are_named() {
    let model = |extra: Value| {
        let mut m = serde_json::to_value(ValueModel::default()).unwrap();
        for (k, v) in extra.as_object().unwrap() {
            m[k] = v.clone();
        }
        envelope_v2(json!({"accounts": [{"id": 1, "name": "Eins"}], "value_model": m}))
    };
    let with_criterion = |c: Value| {
        let mut criteria = serde_json::to_value(ValueModel::default().criteria).unwrap();
        criteria.as_array_mut().unwrap().push(c);
        model(json!({ "criteria": criteria }))
    };
    let cases = [
        (
            with_criterion(json!({"id": "x", "name": "Neu", "kind": "qualitative", "weight": -5})),
            "field “weight” of criterion 17 (“Neu”) is negative",
        ),
        (
            with_criterion(
                json!({"id": "x", "name": "Neu", "kind": "qualitative", "weight": "viel"}),
            ),
            "field “weight” of criterion 17 (“Neu”) is not a number",
        ),
        (
            with_criterion(json!({"id": "x", "kind": "gut", "weight": 1})),
            "field “kind” of criterion 17 (“x”) has the unknown value “gut”",
        ),
        (
            with_criterion(
                json!({"id": "fit", "name": "Doppelt", "kind": "qualitative", "weight": 1}),
            ),
            "field “id” of criterion 17 (“Doppelt”) repeats “fit” of criterion 7",
        ),
        (
            with_criterion(json!({"id": "x", "kind": "quantitative", "weight": 1})),
            "field “source” of criterion 17 (“x”) is missing",
        ),
        (
            model(json!({"ratings": {"1": {"fit": 11}}})),
            "field “ratings.1.fit” of the value model is not between 0 and 10",
        ),
        (
            model(json!({"ratings": {"1": {"fit": 7.5}}})),
            "field “ratings.1.fit” of the value model is not between 0 and 10",
        ),
        (
            model(json!({"ratings": {"9": {"fit": 7}}})),
            "field “ratings.9” of the value model refers to “9”, which does not exist",
        ),
        (
            model(json!({"ratings": {"1": {"nope": 7}}})),
            "field “ratings.1.nope” of the value model refers to “nope”, which does not exist",
        ),
        (
            model(json!({"cut_off": 160})),
            "field “cut_off” of the value model is not between 0 and 100",
        ),
        (
            model(json!({"added": [4]})),
            "field “added” of the value model refers to “4”, which does not exist",
        ),
        (
            envelope_v2(
                json!({"portfolio": {"attractiveness": [{"criterion": "zzz", "weight": 10}], "position": []}}),
            ),
            "field “attractiveness.1” of the portfolio refers to “zzz”, which does not exist",
        ),
        (
            envelope_v2(
                json!({"portfolio": {"attractiveness": [], "position": [], "split_position": 101}}),
            ),
            "field “split_position” of the portfolio is not between 0 and 100",
        ),
    ];
    for (text, message) in cases {
        let err = refused(&text);
        assert_eq!(describe_import_error(&err, Lang::En), message, "{text}");
        assert!(!describe_import_error(&err, Lang::De).contains('{'));
    }
}

#[test]
fn a_value_model_with_ratings_round_trips() {
    let mut ws = sample_workspace();
    let id = ws.accounts[0].id;
    ws.value_model.set_rating(id, "fit", Some(9));
    ws.value_model.cut_off = 55.5;
    ws.portfolio.split_position = 40.0;
    let text = to_pretty_json(&ws, "0.2.0", "x");
    let back = from_json(&text).unwrap().workspace;
    assert_eq!(back, ws);
    assert_eq!(back.value_model.rating(id, "fit"), Some(9));
}

#[test]
fn a_version_2_file_imports_with_its_value_model_and_no_key_account_data() {
    let loaded = from_json(FIXTURE_V2).unwrap();
    assert_eq!(loaded.migrated_from, Some(2));
    let ws = &loaded.workspace;
    assert_eq!(ws.accounts.len(), 3);
    assert_eq!(ws.account(1).unwrap().name, "Rheintec GmbH");
    let m = &ws.value_model;
    assert_eq!(m.criteria.len(), 3);
    assert_eq!(m.criterion("barriers").unwrap().name, "Hürden");
    assert_eq!(m.rating(1, "fit"), Some(8));
    assert_eq!(m.cut_off, 55.0);
    assert_eq!(m.added, vec![7]);
    assert_eq!(ws.portfolio.split_position, 60.0);
    assert!(ws.portfolio.show_all);
    assert!(ws.key_accounts.is_empty());
    // Saved again, it is a current file that reads back the same.
    let again = from_json(&to_json(ws, "test", "2026-11-21T00:00:00Z", 1)).unwrap();
    assert_eq!(again.migrated_from, None);
    assert_eq!(&again.workspace, ws);
}

#[test]
fn key_account_histories_round_trip_and_bad_ones_are_named() {
    use keystone::domain::day::Day;
    use keystone::domain::key_account::KeyAccountData;
    use keystone::domain::roles::{History, Step, SupplierRole, Target};
    let mut ws = sample_workspace();
    let id = ws.accounts.iter().find(|a| a.key_account).unwrap().id;
    // Its history names units the data below replaces.
    ws.history.retain(|r| r.account != id);
    let day = |s| Day::parse(s).unwrap();
    keystone::domain::key_account::set_key_account(
        &mut ws.key_accounts,
        id,
        &KeyAccountData {
            roles: History {
                extra: Default::default(),
                steps: vec![Step {
                    extra: Default::default(),
                    date: day("2024-03-01"),
                    value: SupplierRole::Regular,
                    note: "Rahmenvertrag".into(),
                }],
                target: Some(Target {
                    extra: Default::default(),
                    value: SupplierRole::Preferred,
                    date: day("2027-06-30"),
                }),
            },
            ..Default::default()
        },
    );
    let text = to_json(&ws, "test", "2026-11-21T00:00:00Z", 1);
    assert_eq!(from_json(&text).unwrap().workspace, ws);

    let bad = |key_accounts: Value| {
        let file = json!({
            "format": "keystone-workspace", "schema_version": 3, "app_version": "t",
            "exported_at": "2026-11-21T00:00:00Z",
            "data": { "accounts": [{"id": 1, "name": "Erste GmbH", "revenue": 10}],
                      "key_accounts": key_accounts }
        });
        match from_json(&file.to_string()) {
            Err(ImportError::Problems(p)) => p,
            other => panic!("expected problems, got {other:?}"),
        }
    };
    let at = |field: &str, kind: K| Problem::section(Section::KeyAccounts, kind).with_field(field);
    assert_eq!(
        bad(json!({"1": {"roles": {"steps": [{"date": "2024-02-30", "value": "regular"}]}}})),
        vec![at("1.roles.steps.1.date", K::NotADate)]
    );
    assert_eq!(
        bad(json!({"1": {"roles": {"steps": [{"date": "2024-02-01", "value": "partner"}]}}})),
        vec![at(
            "1.roles.steps.1.value",
            K::NotAChoice {
                value: "partner".into()
            }
        )]
    );
    assert_eq!(
        bad(json!({"1": {"selling": {"target": {"value": "up_selling", "date": "1.1.2027"}}}})),
        vec![at("1.selling.target.date", K::NotADate)]
    );
    assert_eq!(
        bad(json!({"9": {"roles": {"steps": [{"date": "2024-02-01", "value": "regular"}]}}})),
        vec![at("account", K::Unknown { value: "9".into() })]
    );
    assert_eq!(bad(json!({"1": []})), vec![at("1", K::NotAnObject)]);
    // The message names the section and the field.
    let msg = keystone::i18n::errors::describe_import_error(
        &ImportError::Problems(bad(
            json!({"1": {"roles": {"steps": [{"date": "gestern", "value": "regular"}]}}}),
        )),
        keystone::i18n::Lang::En,
    );
    assert!(
        msg.contains("1.roles.steps.1.date") && msg.contains("is not a date"),
        "{msg}"
    );
}

const FIXTURE_V3: &str = include_str!("fixtures/workspace-v3.json");

#[test]
fn a_version_3_file_imports_with_its_histories_and_no_profiles_or_scorecards() {
    use keystone::domain::key_account::key_account;
    use keystone::domain::roles::SupplierRole;
    let loaded = from_json(FIXTURE_V3).unwrap();
    assert_eq!(loaded.migrated_from, Some(3));
    let data = key_account(&loaded.workspace.key_accounts, 1);
    assert_eq!(data.roles.steps.len(), 2);
    assert_eq!(data.roles.steps[0].note, "Rahmenvertrag");
    assert_eq!(
        data.roles.target.unwrap().value,
        SupplierRole::SystemPartner
    );
    assert!(data.profiles.is_empty() && data.scorecard.is_empty());
    let again = from_json(&to_json(&loaded.workspace, "t", "x", 1)).unwrap();
    assert_eq!(again.workspace, loaded.workspace);
}

const FIXTURE_V4: &str = include_str!("fixtures/workspace-v4.json");

#[test]
fn a_version_4_file_imports_with_its_profiles_and_scorecards_and_no_plans() {
    let loaded = from_json(FIXTURE_V4).unwrap();
    assert_eq!(loaded.migrated_from, Some(4));
    let data = keystone::domain::key_account::key_account(&loaded.workspace.key_accounts, 1);
    assert_eq!(data.roles.steps.len(), 2);
    assert_eq!(data.profiles[0].name, "Antriebe");
    assert_eq!(data.profiles[0].versions.len(), 1);
    assert_eq!(data.scorecard[0].latest().unwrap().1, 22.0);
    assert!(data.plan.is_empty() && data.plan_versions.is_empty() && data.stakeholders.is_empty());
    let settings = &loaded.workspace.settings;
    assert!(keystone::domain::stakeholders::selling_center(settings).is_empty());
    assert_eq!(
        keystone::domain::stakeholders::gap_rules(settings),
        Default::default()
    );
    let again = from_json(&to_json(&loaded.workspace, "t", "x", 1)).unwrap();
    assert_eq!(again.workspace, loaded.workspace);
    assert_eq!(again.migrated_from, None);
}

/// A current file with these settings; the problems it is refused with.
fn settings_problems(settings: Value) -> Vec<Problem> {
    let file = json!({
        "format": "keystone-workspace", "schema_version": SCHEMA_VERSION, "app_version": "t",
        "exported_at": "2026-11-21T00:00:00Z",
        "data": { "accounts": [], "settings": settings }
    });
    match from_json(&file.to_string()) {
        Err(ImportError::Problems(p)) => p,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn the_selling_center_and_gap_rules_round_trip_and_bad_ones_are_named() {
    use keystone::domain::stakeholders::{gap_rules, selling_center, GapRules, TeamMember};
    let file = json!({
        "format": "keystone-workspace", "schema_version": SCHEMA_VERSION, "app_version": "t",
        "exported_at": "2026-11-21T00:00:00Z",
        "data": { "accounts": [], "settings": {
            "selling_center": [{"name": "Anna Berg", "function": "KAM"}, {"name": "Jonas Wolf", "function": null}],
            "gap_rules": {"stale_months": 3, "max_per_counterpart": 4}
        }}
    });
    let loaded = from_json(&file.to_string()).unwrap();
    let settings = &loaded.workspace.settings;
    assert_eq!(
        selling_center(settings),
        vec![
            TeamMember {
                extra: Default::default(),
                name: "Anna Berg".into(),
                function: "KAM".into()
            },
            TeamMember {
                extra: Default::default(),
                name: "Jonas Wolf".into(),
                function: String::new()
            },
        ]
    );
    assert_eq!(
        gap_rules(settings),
        GapRules {
            stale_months: 3,
            max_per_counterpart: 4
        }
    );
    let again = from_json(&to_json(&loaded.workspace, "t", "x", 1)).unwrap();
    assert_eq!(again.workspace, loaded.workspace);

    let at = |field: &str, kind: K| Problem::section(Section::Settings, kind).with_field(field);
    assert_eq!(
        settings_problems(
            json!({"selling_center": [{"name": " "}, {"name": "A"}, {"name": "A"}, 3, {"function": "x"}]})
        ),
        vec![
            at("selling_center.1.name", K::Empty),
            at(
                "selling_center.3.name",
                K::Duplicate {
                    value: "A".into(),
                    first: 2
                }
            ),
            at("selling_center.4", K::NotAnObject),
            at("selling_center.5.name", K::Missing),
        ]
    );
    assert_eq!(
        settings_problems(
            json!({"selling_center": {}, "gap_rules": {"stale_months": 0, "max_per_counterpart": "viele"},
                "confidential": ["revenue", "secrets"]})
        ),
        vec![
            at("selling_center", K::NotAList),
            at("gap_rules.max_per_counterpart", K::NotANumber),
            at(
                "gap_rules.stale_months",
                K::OutOfRange {
                    min: 1.0,
                    max: 120.0
                }
            ),
            at(
                "confidential.2",
                K::NotAChoice {
                    value: "secrets".into()
                }
            ),
        ]
    );
    assert_eq!(
        settings_problems(json!({"confidential": "all"})),
        vec![at("confidential", K::NotAList)]
    );
}

#[test]
fn stakeholder_ids_and_reports_to_links_are_checked() {
    let person = |id: u32, boss: Option<u32>| json!({"id": id, "name": format!("P{id}"), "level": "management", "influence": 3, "reports_to": boss});
    let file = |people: Vec<Value>| json!({"1": {"stakeholders": people}});
    let loaded = from_json(&with_key_accounts(file(vec![
        person(1, None),
        person(2, Some(1)),
    ])))
    .unwrap();
    let data = keystone::domain::key_account::key_account(&loaded.workspace.key_accounts, 1);
    assert_eq!(data.stakeholders[1].reports_to, Some(1));
    let at = |field: &str, kind: K| Problem::section(Section::KeyAccounts, kind).with_field(field);
    assert_eq!(
        key_account_problems(file(vec![person(1, Some(9)), person(1, None)])),
        vec![
            at(
                "1.stakeholders.1.reports_to",
                K::Unknown { value: "9".into() }
            ),
            at(
                "1.stakeholders.2.id",
                K::Duplicate {
                    value: "1".into(),
                    first: 1
                }
            ),
        ]
    );
    assert_eq!(
        key_account_problems(file(vec![
            person(1, Some(2)),
            person(2, Some(1)),
            person(3, Some(3))
        ])),
        vec![
            at("1.stakeholders.1.reports_to", K::Cycle),
            at("1.stakeholders.2.reports_to", K::Cycle),
            at("1.stakeholders.3.reports_to", K::Cycle),
        ]
    );
}

#[test]
fn profiles_and_scorecards_round_trip_and_bad_ones_are_named() {
    let good = json!({"1": {
        "profiles": [{"name": "Antriebe", "profile": {
            "criteria": [{"id": "price", "weight": 60}, {"id": "delivery", "weight": 40}],
            "us": {"price": 70, "delivery": 90},
            "competitors": [{"name": "Wettbewerber A", "ratings": {"price": 80, "delivery": 60}}]},
            "versions": [{"date": "2026-01-31", "profile": {"criteria": [], "us": {}, "competitors": []}}]}],
        "scorecard": [{"name": "Umsatz", "perspective": "finance", "target": 100, "better": "higher",
            "band": 10, "template": "revenue", "actuals": {"2026-Q1": 95, "2026-Q2": 80}}]
    }});
    let loaded = from_json(&with_key_accounts(good)).unwrap();
    let data = keystone::domain::key_account::key_account(&loaded.workspace.key_accounts, 1);
    let profile = &data.profiles[0].profile;
    assert_eq!(
        keystone::domain::profile::weighted_performance(&profile.weights(), &profile.our_ratings()),
        Some(78.0)
    );
    let turn = data.scorecard[0].turn().unwrap();
    assert_eq!(turn.latest, keystone::domain::scorecard::Status::Red);
    assert!(turn.got_worse());

    // `null` lists and objects read as empty.
    let nulls = json!({"1": {"roles": null, "selling": {"steps": null, "target": null}, "profiles": [{"name": "S", "profile": {"us": null, "competitors": [{"name": "A", "ratings": null}]}, "versions": null}],
        "scorecard": [{"name": "K", "perspective": "learning", "better": "lower", "target": 2, "template": null, "actuals": null}]}});
    let loaded = from_json(&with_key_accounts(nulls)).unwrap();
    let data = keystone::domain::key_account::key_account(&loaded.workspace.key_accounts, 1);
    assert_eq!(data.profiles[0].profile.competitors[0].name, "A");
    assert!(data.scorecard[0].actuals.is_empty());
    let bad = key_account_problems;
    let at = |field: &str, kind: K| Problem::section(Section::KeyAccounts, kind).with_field(field);
    assert_eq!(
        bad(json!({"1": {"profiles": [{"name": "S", "profile": {"us": {"price": 120}}}]}})),
        vec![at(
            "1.profiles.1.profile.us.price",
            K::OutOfRange {
                min: 0.0,
                max: 100.0
            }
        )]
    );
    assert_eq!(
        bad(
            json!({"1": {"profiles": [{"name": "S", "profile": {"competitors": [{"name": "A", "ratings": {"price": -1}}]}}]}})
        ),
        vec![at(
            "1.profiles.1.profile.competitors.1.ratings.price",
            K::OutOfRange {
                min: 0.0,
                max: 100.0
            }
        )]
    );
    assert_eq!(
        bad(
            json!({"1": {"scorecard": [{"name": "NPS", "perspective": "customer", "better": "higher"}]}})
        ),
        vec![at("1.scorecard.1.target", K::Missing)]
    );
    assert_eq!(
        bad(
            json!({"1": {"scorecard": [{"name": "NPS", "perspective": "customer", "better": "higher",
            "target": 30, "actuals": {"Q1/2026": 20}}]}})
        ),
        vec![at("1.scorecard.1.actuals.Q1/2026", K::NotAPeriod)]
    );
    assert_eq!(
        bad(
            json!({"1": {"scorecard": [{"name": "X", "perspective": "money", "better": "higher", "target": 1}]}})
        ),
        vec![at(
            "1.scorecard.1.perspective",
            K::NotAChoice {
                value: "money".into()
            }
        )]
    );
}

#[test]
fn profile_weights_off_100_import_with_a_named_warning() {
    let mut ws = sample_workspace();
    let id: u64 = ws.key_accounts.keys().next().unwrap().parse().unwrap();
    let mut data = keystone::domain::key_account::key_account(&ws.key_accounts, id);
    data.profiles[0].profile.criteria[0].weight += 10.0;
    keystone::domain::key_account::set_key_account(&mut ws.key_accounts, id, &data);
    let loaded = from_json(&to_pretty_json(&ws, "0.4.0", "x")).expect("a warning does not refuse");
    assert_eq!(loaded.workspace, ws);
    assert_eq!(loaded.warnings.len(), 1);
    let text = keystone::i18n::errors::describe_problem(&loaded.warnings[0], Lang::En);
    assert_eq!(
        text,
        format!("field “{id}.profiles.1.profile.criteria” of the key-account data has weights summing to 110 %, not 100 % (they are scaled to 100 % when used)")
    );
    assert!(
        from_json(&to_pretty_json(&sample_workspace(), "0.4.0", "x"))
            .unwrap()
            .warnings
            .is_empty()
    );
}

#[test]
fn plans_and_stakeholders_round_trip_and_bad_ones_are_named() {
    use keystone::domain::day::Day;
    use keystone::domain::plan::Progress;
    use keystone::domain::stakeholders::{gaps, Gap, GapRules};
    let good = json!({"1": {
        "plan": {"period_start": "2026-01-01",
            "status_quo": {"important_to_us": "Größter Kunde im Süden"},
            "swot": {"strengths": ["Qualität"], "threats": ["Neuer Wettbewerber"]},
            "goals": [{"id": 1, "text": "Umsatz steigern", "dimension": "cross_selling",
                       "measure": {"kpi": "Umsatz", "target": 2000000, "due": "2026-12-31", "linked_kpi": "Umsatz"}}],
            "actions": [{"id": 1, "text": "Workshop", "owner": "Anna", "due": "2026-03-31", "cost": 5000, "status": "open", "goal": 1}]},
        "plan_versions": [{"closed": "2025-12-31", "plan": {"goals": [], "actions": []}}],
        "stakeholders": [{"id": 1, "name": "Dr. Weber", "level": "management", "roles": ["decider"],
                          "attitude": "blocker", "influence": 5, "contact": "occasional", "last_contact": "2026-10-01"}]
    }});
    let loaded = from_json(&with_key_accounts(good)).unwrap();
    let data = keystone::domain::key_account::key_account(&loaded.workspace.key_accounts, 1);
    let today = Day::parse("2026-11-21").unwrap();
    assert_eq!(data.plan.actions[0].progress(today), Progress::Overdue);
    assert_eq!(data.plan_versions.len(), 1);
    assert!(gaps(&data.stakeholders, today, GapRules::default())
        .contains(&Gap::InfluentialOpponent { id: 1 }));
    // Written back the same way.
    let again = from_json(&to_json(&loaded.workspace, "t", "2026-11-21T00:00:00Z", 1)).unwrap();
    assert_eq!(again.workspace, loaded.workspace);

    let bad = key_account_problems;
    let at = |field: &str, kind: K| Problem::section(Section::KeyAccounts, kind).with_field(field);
    assert_eq!(
        bad(
            json!({"1": {"plan": {"actions": [{"id": 1, "text": "A", "due": "31.03.2026", "status": "later", "cost": -5}]}}})
        ),
        vec![
            at("1.plan.actions.1.due", K::NotADate),
            at("1.plan.actions.1.cost", K::Negative),
            at(
                "1.plan.actions.1.status",
                K::NotAChoice {
                    value: "later".into()
                }
            ),
        ]
    );
    assert_eq!(
        bad(
            json!({"1": {"plan": {"goals": [{"id": 1, "text": "G", "measure": {"kpi": "Umsatz"}}]}}})
        ),
        vec![at("1.plan.goals.1.measure.target", K::Missing)]
    );
    assert_eq!(
        bad(json!({"1": {"plan_versions": [{"closed": "2025-12-31"}]}})),
        vec![at("1.plan_versions.1.plan", K::Missing)]
    );
    assert_eq!(
        bad(
            json!({"1": {"stakeholders": [{"id": 1, "name": "X", "level": "board", "influence": 7, "roles": ["decider", "boss"]}]}})
        ),
        vec![
            at(
                "1.stakeholders.1.influence",
                K::OutOfRange { min: 1.0, max: 5.0 }
            ),
            at(
                "1.stakeholders.1.level",
                K::NotAChoice {
                    value: "board".into()
                }
            ),
            at(
                "1.stakeholders.1.roles.2",
                K::NotAChoice {
                    value: "boss".into()
                }
            ),
        ]
    );
}

/// A version-4 file with one account (id 1) and the given key-account section.
fn with_key_accounts(key_accounts: Value) -> String {
    json!({
        "format": "keystone-workspace", "schema_version": SCHEMA_VERSION, "app_version": "t",
        "exported_at": "2026-11-21T00:00:00Z",
        "data": { "accounts": [{"id": 1, "name": "Erste GmbH", "revenue": 10}],
                  "key_accounts": key_accounts }
    })
    .to_string()
}

/// The problems named when importing that file; panics if it imports.
fn key_account_problems(key_accounts: Value) -> Vec<Problem> {
    match from_json(&with_key_accounts(key_accounts)) {
        Err(ImportError::Problems(p)) => p,
        other => panic!("expected problems, got {other:?}"),
    }
}

const FIXTURE_V5: &str = include_str!("fixtures/workspace-v5.json");

#[test]
fn a_version_5_file_imports_with_its_plans_and_people_and_no_assessments() {
    use keystone::domain::client_copy::{marks, Confidential};
    let loaded = from_json(FIXTURE_V5).unwrap();
    assert_eq!(loaded.migrated_from, Some(5));
    let data = keystone::domain::key_account::key_account(&loaded.workspace.key_accounts, 1);
    assert_eq!(data.plan.actions.len(), 5);
    assert_eq!(data.plan_versions.len(), 1);
    assert_eq!(data.stakeholders.len(), 3);
    let settings = &loaded.workspace.settings;
    assert_eq!(
        keystone::domain::stakeholders::selling_center(settings).len(),
        5
    );
    assert!(marks(settings).contains(&Confidential::Swot));
    // Its list could not name the later marks: they are marked.
    assert!(marks(settings).contains(&Confidential::StatusQuo));
    assert!(marks(settings).contains(&Confidential::GoalTargets));
    assert!(loaded.workspace.assessments.is_empty());
    let again = from_json(&to_json(&loaded.workspace, "t", "x", 1)).unwrap();
    assert_eq!(again.workspace, loaded.workspace);
    assert_eq!(again.migrated_from, None);
}

/// A current workspace file with these assessments; what import makes of it.
fn with_assessments(list: Value) -> Result<Workspace, ImportError> {
    let file = json!({
        "format": "keystone-workspace", "schema_version": SCHEMA_VERSION, "app_version": "t",
        "exported_at": "2026-11-21T00:00:00Z",
        "data": { "accounts": [], "assessments": list }
    });
    from_json(&file.to_string()).map(|l| l.workspace)
}

#[test]
fn assessments_round_trip_and_every_bad_value_is_named() {
    use keystone::domain::assessment::Area;
    let ws = with_assessments(json!([
        {"id": 1, "respondent": "Vertriebsleiter", "date": "2026-11-20",
         "ratings": {"vision": 2, "negotiation": 5}, "comments": {"vision": "Keine Vision"}},
        {"id": 2, "workshop": "Kick-off", "date": "2026-11-21", "ratings": null, "respondent": null}
    ]))
    .unwrap();
    let list = keystone::domain::assessment::read_assessments(&ws.assessments);
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].rating(Area::Vision), Some(2));
    assert_eq!(list[0].comment(Area::Vision), "Keine Vision");
    assert_eq!(list[1].answered(), 0);
    // Read as stored: `null` respondent and ratings are gone.
    assert_eq!(
        ws.assessments[1],
        json!({"id": 2, "workshop": "Kick-off", "date": "2026-11-21", "ratings": {}})
    );
    let again = from_json(&to_json(&ws, "t", "x", 1)).unwrap();
    assert_eq!(again.workspace, ws);

    let Err(ImportError::Problems(found)) = with_assessments(json!([
        {"id": 1, "date": "21.11.2026", "ratings": {"vision": 0, "charisma": 3, "levels": 6, "process": 2.5}},
        {"id": 1, "date": "2026-11-21", "comments": {"vision": 4}},
        "nonsense"
    ])) else {
        panic!("expected problems");
    };
    let at = |i: usize, field: &str| {
        found
            .iter()
            .find(|p| p.index == Some(i) && p.field.as_deref() == Some(field))
            .map(|p| p.kind.clone())
    };
    assert_eq!(at(1, "date"), Some(K::NotADate));
    let range = Some(K::OutOfRange { min: 1.0, max: 5.0 });
    assert_eq!(at(1, "ratings.vision"), range);
    assert_eq!(at(1, "ratings.levels"), range);
    assert_eq!(at(1, "ratings.process"), range);
    assert_eq!(
        at(1, "ratings.charisma"),
        Some(K::Unknown {
            value: "charisma".into()
        })
    );
    assert_eq!(at(2, "comments.vision"), Some(K::NotText));
    assert!(found
        .iter()
        .any(|p| p.index == Some(3) && p.kind == K::NotAnObject));
    assert!(found.iter().all(|p| p.section == Section::Assessments));
    // An id used twice is named once the types are right.
    let Err(ImportError::Problems(found)) = with_assessments(json!([
        {"id": 4, "date": "2026-11-21"}, {"id": 4, "date": "2026-11-22"}
    ])) else {
        panic!("expected problems");
    };
    assert_eq!(
        found[0].kind,
        K::Duplicate {
            value: "4".into(),
            first: 1
        }
    );
    assert!(with_assessments(json!({"id": 1})).is_err());
}

#[test]
fn the_assessment_file_round_trips_and_is_checked_like_the_workspace() {
    use keystone::domain::assessment::{Area, Assessment};
    use keystone::domain::day::Day;
    use keystone::persist::assessment_file::{assessment_from_json, assessment_json};
    let mut a = Assessment::new(9, Day::parse("2026-11-21").unwrap());
    a.respondent = "Anna <b>Berg</b>".into();
    a.set_rating(Area::Strategy, Some(4));
    a.set_comment(Area::Strategy, "Klar & deutlich");
    let text = assessment_json(std::slice::from_ref(&a), Some("Kick-off"), "t", "now");
    let file = assessment_from_json(&text).unwrap();
    assert_eq!(file.assessments, vec![a.clone()]);
    assert_eq!(file.workshop.as_deref(), Some("Kick-off"));
    let single = assessment_from_json(&assessment_json(&[a], None, "t", "now")).unwrap();
    assert_eq!(single.workshop, None);

    // A workspace file is not an assessment file, and the other way round.
    let ws_text = to_json(&Workspace::default(), "t", "x", 0);
    assert_eq!(
        assessment_from_json(&ws_text),
        Err(ImportError::WrongFormat {
            found: "keystone-workspace".into(),
            expected: "keystone-assessment"
        })
    );
    assert!(matches!(
        from_json(&text),
        Err(ImportError::WrongFormat { .. })
    ));
    let newer = json!({"format": "keystone-assessment", "schema_version": 2, "data": {}});
    assert_eq!(
        assessment_from_json(&newer.to_string()),
        Err(ImportError::NewerVersion {
            found: 2,
            supported: 1
        })
    );
    let message = describe_import_error(
        &assessment_from_json(&newer.to_string()).unwrap_err(),
        Lang::En,
    );
    assert!(message.contains("up to version 1"), "{message}");
    let missing = json!({"format": "keystone-assessment", "schema_version": 1, "data": {}});
    assert!(matches!(
        assessment_from_json(&missing.to_string()),
        Err(ImportError::Problems(_))
    ));
    let bad = json!({"format": "keystone-assessment", "schema_version": 1,
        "data": {"workshop": 3, "assessments": [{"id": 1, "date": "2026-11-21", "ratings": {"vision": 9}}]}});
    let Err(ImportError::Problems(found)) = assessment_from_json(&bad.to_string()) else {
        panic!("expected problems");
    };
    assert_eq!(found.len(), 2);
    let text = describe_import_error(&ImportError::Problems(found), Lang::De);
    assert!(text.contains("workshop"), "{text}");
}

const FIXTURE_V6: &str = include_str!("fixtures/workspace-v6.json");

#[test]
fn a_version_6_file_imports_with_its_assessments_and_no_customer_numbers() {
    let loaded = from_json(FIXTURE_V6).unwrap();
    assert_eq!(loaded.migrated_from, Some(6));
    let ws = &loaded.workspace;
    assert!(ws.accounts.iter().all(|a| a.customer_number.is_empty()));
    assert_eq!(ws.accounts[0].name, "Rheintec GmbH");
    // A field unknown to version 6 stays where it was.
    assert_eq!(ws.accounts[0].extra["crm_id"], "C-1001");
    let list = keystone::domain::assessment::read_assessments(&ws.assessments);
    assert_eq!(list.len(), 1);
    let again = from_json(&to_json(ws, "t", "x", 1)).unwrap();
    assert_eq!(&again.workspace, ws);
    assert_eq!(again.migrated_from, None);
}

#[test]
fn a_customer_number_round_trips_and_must_be_text() {
    let mut ws = Workspace::default();
    let mut a = keystone::domain::Account::new(1, "Rheintec", 10.0);
    a.customer_number = "K-10023".into();
    ws.accounts.push(a);
    let again = from_json(&to_json(&ws, "t", "x", 1)).unwrap();
    assert_eq!(again.workspace.accounts[0].customer_number, "K-10023");
    let file = json!({
        "format": "keystone-workspace", "schema_version": SCHEMA_VERSION, "app_version": "t",
        "exported_at": "2026-11-21T00:00:00Z",
        "data": { "accounts": [{"id": 1, "name": "A", "customer_number": 42}] }
    });
    let Err(ImportError::Problems(found)) = from_json(&file.to_string()) else {
        panic!("a number is not a customer number");
    };
    assert!(found
        .iter()
        .any(|p| p.field == Some("customer_number".into())
            || format!("{p:?}").contains("customer_number")));
}

#[test]
fn the_linked_file_survives_a_reload_as_text() {
    use keystone::state::file::{content_hash, last_copy, FileLink};
    let link = FileLink {
        name: "Kunde Nord – Workshop 2026.json".into(),
        handle: None,
        content: 0xfeed_beef_0123_4567,
        changed: true,
    };
    let back = FileLink::from_stored(&link.stored_text()).unwrap();
    assert_eq!(
        (back.name.as_str(), back.content, back.changed),
        (link.name.as_str(), link.content, true)
    );
    assert!(back.handle.is_none());
    for bad in ["", "zz 0 a.json", "12 0 ", "12"] {
        assert!(FileLink::from_stored(bad).is_none(), "{bad:?}");
    }
    // The hash follows the sections' content, and their order.
    let a = content_hash(["\"accounts\":[]", "\"settings\":{}"]);
    assert_eq!(a, content_hash(["\"accounts\":[]", "\"settings\":{}"]));
    assert_ne!(a, content_hash(["\"accounts\":[1]", "\"settings\":{}"]));
    assert_ne!(a, content_hash(["\"settings\":{}", "\"accounts\":[]"]));
    assert_ne!(content_hash(["ab", "c"]), content_hash(["a", "bc"]));
    assert_eq!(
        last_copy("2026-11-22T10:00:00.000Z\tk.json"),
        Some(("2026-11-22T10:00:00.000Z", "k.json"))
    );
    assert_eq!(last_copy("garbage"), None);
}

#[test]
fn storage_use_warns_above_80_percent_and_sizes_read_in_mb_or_gb() {
    use keystone::persist::storage_use::{readable_size, storage_use};
    assert!(!storage_use(0.0, 1e9).warn);
    assert_eq!(storage_use(0.0, 1e9).share, 0.0);
    // Exactly 80 % does not warn yet; a byte more does.
    assert!(!storage_use(8e8, 1e9).warn);
    assert!(storage_use(8e8 + 1.0, 1e9).warn);
    // A browser that names no quota: no share, no warning.
    assert_eq!(storage_use(5e6, 0.0).share, 0.0);
    assert!(!storage_use(5e6, 0.0).warn);
    assert_eq!(readable_size(1_234_567.0), (1.2, "MB"));
    assert_eq!(readable_size(0.0), (0.0, "MB"));
    assert_eq!(readable_size(999_949_999.0), (999.9, "MB"));
    assert_eq!(readable_size(1e9), (1.0, "GB"));
    assert_eq!(readable_size(143_600_000_000.0), (143.6, "GB"));
}

#[test]
fn a_file_name_for_save_as_ends_in_json() {
    use keystone::ui::data::file::json_name;
    assert_eq!(json_name("Kunde Nord"), "Kunde Nord.json");
    assert_eq!(json_name(" k.JSON "), "k.JSON");
    assert_eq!(json_name("   "), "keystone-workspace.json");
}

/// The fixture of local storage as the version before IndexedDB left it (the browser
/// test moves it): its workspace and backup read as they are.
#[test]
fn the_local_storage_fixture_of_the_version_before_indexeddb_reads() {
    let keys: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(include_str!("fixtures/local-storage-v7.json")).unwrap();
    let workspace = keystone::persist::from_json(keys["keystone.workspace"].as_str().unwrap())
        .unwrap()
        .workspace;
    assert_eq!(workspace.accounts.len(), 2);
    assert_eq!(workspace.settings.name, "Bestand");
    let backup =
        keystone::persist::from_json(keys["keystone.workspace.previous"].as_str().unwrap())
            .unwrap()
            .workspace;
    assert_eq!(backup.accounts.len(), 1);
}
