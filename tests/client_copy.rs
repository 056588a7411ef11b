//! The client copy: every confidential field of every type is removed, nothing else is;
//! a returned copy merges without touching what is kept locally.

use keystone::domain::client_copy::{
    apply_returned, client_copy, copy_info, marks, merge_returned, set_marks, Confidential,
    CriterionRef, MergeChange,
};
use keystone::domain::plan::ActionStatus;
use keystone::domain::roles::{key_account, set_key_account, Day};
use keystone::domain::stakeholders::Attitude;
use keystone::domain::Workspace;
use keystone::persist::{from_json, to_json, SCHEMA_VERSION};
use serde_json::json;

fn day(s: &str) -> Day {
    Day::parse(s).unwrap()
}

/// A workspace whose confidential values are all distinctive, so that a search of the
/// exported text for them cannot hit anything else.
fn workspace() -> Workspace {
    let file = json!({
        "format": "keystone-workspace", "schema_version": SCHEMA_VERSION, "app_version": "t",
        "exported_at": "2026-11-21T00:00:00Z",
        "data": {
            "accounts": [
                {"id": 1, "name": "Rheintec GmbH", "industry": "Automotive", "revenue": 1234567,
                 "contribution_margin": 987654.5, "potential": 5550001, "key_account": true,
                 "notes": "NOTE-ACCOUNT-SECRET", "crm_field": "EXTRA-SECRET"},
                {"id": 2, "name": "Other GmbH", "revenue": 10}
            ],
            "settings": {"name": "Workshop Rheintec", "currency": "CHF",
                         "selling_center": [{"name": "Anna Berg", "function": "KAM"},
                                            {"name": "Otto Fremd", "function": "TEAM-NO-CONTACT"}]},
            "key_accounts": {"1": {
                "roles": {"steps": [{"date": "2024-01-01", "value": "regular", "note": "NOTE-ROLE-SECRET"}]},
                "selling": {"steps": [{"date": "2024-01-01", "value": "cross_selling", "note": "NOTE-SELL-SECRET"}]},
                "profiles": [{"name": "Drives", "profile": {
                    "criteria": [{"id": "price", "name": "Price", "weight": 60}, {"id": "delivery", "name": "Delivery", "weight": 40}],
                    "us": {"price": 70, "delivery": 90},
                    "competitors": [{"name": "Rival AG", "ratings": {"price": 11.25, "delivery": 12.75}}]},
                    "versions": [{"date": "2025-12-31", "profile": {"criteria": [], "us": {},
                        "competitors": [{"name": "Rival AG", "ratings": {"price": 13.5}}]}}]}],
                "scorecard": [{"name": "KPI-SECRET", "perspective": "finance", "target": 5, "better": "higher",
                               "band": 1, "actuals": {"2026-Q3": 4711.5}}],
                "plan": {
                    "status_quo": {"important_to_us": "STATUS-QUO-SECRET", "what_only_we_do": "ONLY-WE-SECRET"},
                    "swot": {"strengths": ["SWOT-SECRET"], "threats": ["THREAT-SECRET"]},
                    "goals": [{"id": 1, "text": "Win plant two"},
                              {"id": 2, "text": "Grow the share", "measure": {"kpi": "GOAL-MEASURE-HIDDEN",
                               "target": 7770001, "due": "2027-03-31", "actual": 3330001}}],
                    "actions": [{"id": 1, "text": "Visit the plant", "owner": "Anna Berg", "due": "2026-09-30",
                                 "cost": 4242.5, "status": "open", "goal": 1}]
                },
                "plan_versions": [{"closed": "2025-12-31", "plan": {"actions": [
                    {"id": 1, "text": "Old action", "cost": 8383.5, "status": "done"}]}}],
                "stakeholders": [
                    {"id": 1, "name": "Dr. Klaus Meier", "function": "CEO", "level": "management",
                     "roles": ["decider"], "attitude": "blocker", "influence": 5, "contact": "occasional",
                     "note": "NOTE-PERSON-SECRET", "counterpart": "Anna Berg"},
                    {"id": 2, "name": "Sabine Vogt", "level": "project", "attitude": "critic",
                     "influence": 4, "reports_to": 1}
                ]
            }}
        }
    });
    let mut ws = from_json(&file.to_string()).unwrap().workspace;
    // A rating in the value model: internal scoring, never in a copy.
    let mut model = serde_json::to_value(&ws.value_model).unwrap();
    model["ratings"] = json!({"1": {"fit": 7}});
    ws.value_model = serde_json::from_value(model).unwrap();
    assert!(to_json(&ws, "t", "x", 0).contains("{\"fit\":7"));
    ws
}

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

#[test]
fn a_returned_copy_merges_the_customers_edits_and_keeps_what_is_local() {
    let ws = workspace();
    let copy = client_copy(&ws, 1, &Confidential::DEFAULT, day("2026-11-21")).unwrap();
    // The customer: new weights, a new rating of us, a new criterion, an action done
    // and one added (with a cost they made up), a person renamed and one added; they
    // also wrote an attitude and an influence, which are not theirs to set.
    let mut theirs = key_account(&copy.key_accounts, 1);
    let p = &mut theirs.profiles[0].profile;
    p.criteria[0].weight = 50.0;
    p.criteria[1].weight = 40.0;
    p.criteria
        .push(keystone::domain::profile::ProfileCriterion {
            extra: Default::default(),
            id: "service".into(),
            name: "Service".into(),
            weight: 10.0,
        });
    p.us.insert("delivery".into(), 80.0);
    p.competitors[0].ratings.insert("price".into(), 99.0);
    theirs.plan.actions[0].status = ActionStatus::Done;
    let mut added = theirs.plan.actions[0].clone();
    added.id = 7;
    added.text = "Joint workshop".into();
    added.cost = Some(99.0);
    theirs.plan.actions.push(added);
    theirs.stakeholders[0].function = "Managing director".into();
    theirs.stakeholders[0].attitude = Attitude::Champion;
    theirs.stakeholders[0].influence = 1;
    let mut newcomer = theirs.stakeholders[1].clone();
    newcomer.id = 2;
    newcomer.name = "Jana Nowak".into();
    theirs.stakeholders.push(newcomer);
    theirs.stakeholders[2].id = 3;

    let local = key_account(&ws.key_accounts, 1);
    let (merged, changes) = merge_returned(&local, &theirs);
    assert_eq!(
        changes,
        vec![
            MergeChange::Weight {
                segment: "Drives".into(),
                criterion: CriterionRef::new("price", "Price"),
                before: 60.0,
                after: 50.0
            },
            MergeChange::NewCriterion {
                segment: "Drives".into(),
                criterion: CriterionRef::new("service", "Service")
            },
            MergeChange::OurRating {
                segment: "Drives".into(),
                criterion: CriterionRef::new("delivery", "Delivery"),
                before: Some(90.0),
                after: Some(80.0)
            },
            MergeChange::ActionStatus {
                action: "Visit the plant".into(),
                before: ActionStatus::Open,
                after: ActionStatus::Done
            },
            MergeChange::NewAction("Joint workshop".into()),
            MergeChange::PersonChanged("Dr. Klaus Meier".into()),
            MergeChange::NewPerson("Jana Nowak".into()),
        ]
    );
    let p = &merged.profiles[0].profile;
    assert_eq!(p.criteria.len(), 3);
    assert_eq!(p.us["delivery"], 80.0);
    // Kept locally, whatever the file said.
    assert_eq!(p.competitors[0].ratings["price"], 11.25);
    assert_eq!(merged.profiles[0].versions, local.profiles[0].versions);
    assert_eq!(merged.plan.actions[0].cost, Some(4242.5));
    assert_eq!(merged.plan.actions[1].cost, None);
    assert_eq!(merged.plan.actions[1].id, 2);
    assert_eq!(merged.plan_versions, local.plan_versions);
    let meier = &merged.stakeholders[0];
    assert_eq!(meier.function, "Managing director");
    assert_eq!((meier.attitude, meier.influence), (Attitude::Blocker, 5));
    assert_eq!(meier.note, "NOTE-PERSON-SECRET");
    assert_eq!(merged.stakeholders[1].attitude, Attitude::Critic);
    assert_eq!(merged.stakeholders[2].name, "Jana Nowak");
    assert_eq!(
        merged.stakeholders[2].influence, 0,
        "unknown until rated here"
    );
    assert_eq!(merged.scorecard, local.scorecard);
    assert_eq!(merged.roles, local.roles);

    // An unchanged copy changes nothing.
    let (same, none) = merge_returned(&local, &key_account(&copy.key_accounts, 1));
    assert!(none.is_empty(), "{none:?}");
    assert_eq!(same, local);

    // Through the workspace: only that key account changes; a copy of an account that
    // is not here is refused.
    let mut returned = copy.clone();
    set_key_account(&mut returned.key_accounts, 1, &theirs);
    let (after, changes) = apply_returned(&ws, &returned).unwrap();
    assert_eq!(changes.len(), 7);
    assert_eq!(after.accounts, ws.accounts);
    assert_eq!(after.value_model, ws.value_model);
    let mut elsewhere = ws.clone();
    elsewhere.accounts.0.retain(|a| a.id != 1);
    assert!(apply_returned(&elsewhere, &returned).is_none());
    assert!(apply_returned(&ws, &ws).is_none(), "not a client copy");
}

/// The merge preview names criteria as the user sees them: a default criterion (no name
/// of its own, like the sample's) by its name in the UI language, a renamed one by the
/// name it has here, a new one by its name in the copy — never by the internal id.
#[test]
fn the_merge_preview_names_criteria_as_the_user_sees_them() {
    use keystone::domain::profile::{Profile, ProfileCriterion};
    use keystone::i18n::plan::merge_change_text;
    use keystone::i18n::Lang;
    let mut local = key_account(&workspace().key_accounts, 1);
    let mut profile = Profile::with_default_criteria();
    assert!(profile.criteria.iter().all(|c| c.name.is_empty()));
    profile.us.insert("performance".into(), 40.0);
    local.profiles[0].profile = profile;
    let mut theirs = local.clone();
    // Renamed here after the copy was made: the local name is the one the user knows.
    local.profiles[0].profile.criteria[4].name = "Lieferung intern".into();
    let p = &mut theirs.profiles[0].profile;
    p.criteria[0].weight += 10.0;
    p.criteria[4].weight -= 10.0;
    p.us.insert("performance".into(), 60.0);
    p.criteria.push(ProfileCriterion {
        id: "c1".into(),
        name: "Schulung".into(),
        weight: 0.0,
        extra: Default::default(),
    });
    let (_, changes) = merge_returned(&local, &theirs);
    let de: Vec<String> = changes
        .iter()
        .map(|c| merge_change_text(Lang::De, c))
        .collect();
    assert_eq!(
        de,
        vec![
            "Drives: Gewicht von Leistungsfähigkeit des Systems 20 → 30 %",
            "Drives: Gewicht von Lieferung intern 20 → 10 %",
            "Drives: neues Kriterium Schulung",
            "Drives: ihre Bewertung von uns bei Leistungsfähigkeit des Systems 40 → 60",
        ]
    );
    let en = merge_change_text(Lang::En, &changes[0]);
    assert_eq!(en, "Drives: weight of System performance 20 → 30 %");
    for text in &de {
        for id in ["performance", "delivery", "c1"] {
            assert!(!text.contains(id), "“{text}” names the id “{id}”");
        }
    }
}
