//! The workspace the client-copy tests share: every confidential value distinctive.

use keystone::domain::day::Day;
use keystone::domain::Workspace;
use keystone::persist::{from_json, to_json, SCHEMA_VERSION};
use serde_json::json;

pub fn day(s: &str) -> Day {
    Day::parse(s).unwrap()
}

/// A workspace whose confidential values are all distinctive, so that a search of the
/// exported text for them cannot hit anything else.
pub fn workspace() -> Workspace {
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
