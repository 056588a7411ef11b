//! The client copy: every confidential field of every type is removed, nothing else is;
//! the defaults are what a supplier hands its customer (merging: client_copy_merge.rs).

use keystone::domain::client_copy::{client_copy, copy_info, marks, set_marks, Confidential};
use keystone::domain::key_account::key_account;
use keystone::domain::stakeholders::Attitude;
use keystone::domain::Workspace;
use keystone::persist::{from_json, to_json, SCHEMA_VERSION};
use serde_json::json;

#[path = "client_copy_fixture/mod.rs"]
mod fixture;
use fixture::{day, workspace};

/// The values each mark protects, as they would be written in the file.
fn secrets(mark: Confidential) -> Vec<&'static str> {
    match mark {
        Confidential::ContributionMargin => vec!["987654.5"],
        Confidential::InternalNotes => {
            vec![
                "NOTE-ACCOUNT-SECRET",
                "NOTE-ROLE-SECRET",
                "NOTE-SELL-SECRET",
                "NOTE-PERSON-SECRET",
            ]
        }
        Confidential::StakeholderAttitude => vec!["blocker", "critic"],
        Confidential::StakeholderInfluence => vec!["\"influence\""],
        Confidential::CompetitorRatings => vec!["11.25", "12.75"],
        Confidential::InternalCosts => vec!["4242.5"],
        Confidential::Revenue => vec!["1234567"],
        Confidential::Potential => vec!["5550001"],
        Confidential::Scorecard => vec!["KPI-SECRET", "4711.5"],
        Confidential::Swot => vec!["SWOT-SECRET", "THREAT-SECRET"],
        Confidential::StatusQuo => vec!["STATUS-QUO-SECRET", "ONLY-WE-SECRET"],
        Confidential::GoalTargets => {
            vec!["GOAL-MEASURE-HIDDEN", "7770001", "2027-03-31", "3330001"]
        }
    }
}

fn copy_text(ws: &Workspace, marks: &[Confidential]) -> String {
    let copy = client_copy(ws, 1, marks, day("2026-11-21")).unwrap();
    to_json(&copy, "t", "2026-11-21T00:00:00Z", 0)
}

#[test]
fn every_confidential_field_of_every_type_is_removed_and_nothing_else() {
    let ws = workspace();
    // Never in a copy: other accounts, the value model's ratings, unknown fields,
    // earlier plan periods and profile versions (with their competitor ratings and
    // costs), selling-center members without a contact at this customer.
    let always_out = [
        "Other GmbH",
        "EXTRA-SECRET",
        "{\"fit\":7",
        "13.5",
        "8383.5",
        "Old action",
        "Otto Fremd",
        "TEAM-NO-CONTACT",
    ];
    // Always in: what the customer is meant to see and edit.
    let always_in = [
        "Rheintec GmbH",
        "Automotive",
        "Drives",
        "Price",
        "\"price\":70",
        "\"weight\":60",
        "Rival AG",
        "Visit the plant",
        "Win plant two",
        "Dr. Klaus Meier",
        "decider",
        "Anna Berg",
        "Grow the share",
        "CHF",
    ];
    for mark in Confidential::ALL {
        let text = copy_text(&ws, &[mark]);
        for other in Confidential::ALL {
            for s in secrets(other) {
                assert_eq!(
                    text.contains(s),
                    other != mark,
                    "marking {mark:?}: {s} (of {other:?}) in the copy: {text}"
                );
            }
        }
        for s in always_out {
            assert!(!text.contains(s), "{s} in the copy");
        }
        for s in always_in {
            assert!(text.contains(s), "{s} missing from the copy");
        }
    }
    // The defaults: margins, notes, attitudes, influence, competitor ratings, costs,
    // the SWOT, the status quo and the goals' targets; what is not marked by default
    // (revenue, potential, the scorecard) is there.
    let text = copy_text(&ws, &Confidential::DEFAULT);
    for mark in Confidential::ALL {
        for s in secrets(mark) {
            let marked = Confidential::DEFAULT.contains(&mark);
            assert_eq!(
                text.contains(s),
                !marked,
                "{s} of {mark:?} in the default copy"
            );
        }
    }
    // All marks at once.
    let text = copy_text(&ws, &Confidential::ALL);
    for mark in Confidential::ALL {
        for s in secrets(mark) {
            assert!(!text.contains(s), "{s} in the copy with every mark");
        }
    }
}

/// The workspace's name leaves only as the sender; the file carries no value model, no
/// portfolio and no ABC settings, and imports with their defaults.
#[test]
fn the_client_file_carries_only_what_the_customer_has_a_use_for() {
    use keystone::persist::client_file::client_file;
    let ws = workspace();
    let copy = client_copy(&ws, 1, &Confidential::DEFAULT, day("2026-11-21")).unwrap();
    assert_eq!(
        copy.settings.name, "",
        "the workspace's own name stays home"
    );
    assert_eq!(copy_info(&copy).unwrap().supplier, "Workshop Rheintec");
    let text = client_file(&copy, "t", "2026-11-21T00:00:00Z");
    for key in [
        "\"value_model\"",
        "\"portfolio\"",
        "\"abc\"",
        "\"assessments\"",
        "a_threshold",
    ] {
        assert!(!text.contains(key), "{key} in the client file: {text}");
    }
    assert_eq!(
        text.matches("Workshop Rheintec").count(),
        1,
        "only as the sender"
    );
    let loaded = from_json(&text).unwrap().workspace;
    assert_eq!(copy_info(&loaded).unwrap().supplier, "Workshop Rheintec");
    assert_eq!(loaded.value_model, Workspace::default().value_model);
    assert_eq!(loaded.settings.abc, Workspace::default().settings.abc);
    assert_eq!(
        key_account(&loaded.key_accounts, 1),
        key_account(&copy.key_accounts, 1)
    );
    // A copy made before the sender was written still reads.
    let mut old: serde_json::Value = serde_json::from_str(&text).unwrap();
    old["data"]["client_copy"]
        .as_object_mut()
        .unwrap()
        .remove("supplier");
    let loaded = from_json(&old.to_string()).unwrap().workspace;
    assert_eq!(copy_info(&loaded).unwrap().supplier, "");
}

#[test]
fn a_client_copy_is_a_valid_file_that_says_what_it_is() {
    let ws = workspace();
    let loaded = from_json(&copy_text(&ws, &Confidential::DEFAULT))
        .unwrap()
        .workspace;
    let info = copy_info(&loaded).unwrap();
    assert_eq!((info.account, info.name.as_str()), (1, "Rheintec GmbH"));
    assert_eq!(info.created, day("2026-11-21"));
    assert_eq!(loaded.accounts.len(), 1);
    let data = key_account(&loaded.key_accounts, 1);
    assert_eq!(data.stakeholders[0].attitude, Attitude::Neutral);
    assert_eq!(data.stakeholders[1].reports_to, Some(1));
    assert!(copy_info(&ws).is_none());
    assert!(client_copy(&ws, 99, &[], day("2026-11-21")).is_none());
}

#[test]
fn marks_default_and_round_trip_through_the_settings() {
    let mut s = keystone::domain::Settings::default();
    assert_eq!(marks(&s), Confidential::DEFAULT.to_vec());
    set_marks(
        &mut s,
        &[Confidential::Revenue, Confidential::ContributionMargin],
    );
    assert_eq!(
        marks(&s),
        vec![Confidential::ContributionMargin, Confidential::Revenue]
    );
    set_marks(&mut s, &[]);
    assert!(marks(&s).is_empty(), "nothing marked is a choice too");
    set_marks(&mut s, &Confidential::DEFAULT);
    assert!(s.extra.is_empty());
    // A list stored before the status quo and the goals' targets could be marked does
    // not name them: they are marked, unless the user shares them.
    s.extra.insert("confidential".into(), json!(["revenue"]));
    assert_eq!(
        marks(&s),
        vec![
            Confidential::Revenue,
            Confidential::StatusQuo,
            Confidential::GoalTargets
        ]
    );
    set_marks(&mut s, &[Confidential::Revenue, Confidential::GoalTargets]);
    assert_eq!(
        s.extra["confidential"],
        json!(["revenue"]),
        "readable by older versions"
    );
    assert_eq!(s.extra["shared_with_client"], json!(["status_quo"]));
    assert_eq!(
        marks(&s),
        vec![Confidential::Revenue, Confidential::GoalTargets]
    );
    // An unknown field in either list is refused on import, by name.
    for key in ["confidential", "shared_with_client"] {
        let file = json!({
            "format": "keystone-workspace", "schema_version": SCHEMA_VERSION, "app_version": "t",
            "data": {"settings": {key: ["status_quo", "swat"]}}
        });
        let err = format!("{:?}", from_json(&file.to_string()).unwrap_err());
        assert!(
            err.contains(&format!("{key}.2")) && err.contains("swat"),
            "{err}"
        );
    }
    let back: keystone::domain::Settings =
        serde_json::from_value(serde_json::to_value(&s).unwrap()).unwrap();
    assert_eq!(marks(&back), marks(&s));
}
