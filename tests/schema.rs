//! The published JSON Schema (`public/keystone-workspace.schema.json`) and the app agree.
//! `tests/host/schema.test.mjs` validates every fixture of the current version and the
//! sample's export (written here to `target/sample-export.json`) against it with a real
//! JSON Schema validator (ajv); this file checks what a validator cannot see: that each
//! choice the schema lists is exactly what the app reads and writes.

use keystone::domain::assessment::Area;
use keystone::domain::client_copy::Confidential;
use keystone::domain::plan::ActionStatus;
use keystone::domain::roles::Rung;
use keystone::domain::sample::sample_workspace;
use keystone::domain::scorecard::{Better, Perspective, Template};
use keystone::domain::stakeholders::{Attitude, BuyingRole, Contact, Level};
use keystone::domain::value_model::{Direction, Kind, Scope, Source};
use keystone::domain::{Measure, SellingStage, SupplierRole};
use keystone::persist::{from_json, to_pretty_json, SCHEMA_VERSION};
use serde::Serialize;
use serde_json::{json, Value};

fn schema() -> Value {
    serde_json::from_str(include_str!("../public/keystone-workspace.schema.json")).unwrap()
}

/// What serde writes for each value, in order.
fn names<T: Serialize>(all: &[T]) -> Value {
    Value::Array(
        all.iter()
            .map(|v| serde_json::to_value(v).unwrap())
            .collect(),
    )
}

#[test]
fn the_schema_s_choices_are_the_ones_the_app_reads_and_writes() {
    let s = schema();
    let d = &s["$defs"];
    let ka = &d["key_account"]["properties"];
    let person = &ka["stakeholders"]["items"]["properties"];
    let kpi = &ka["scorecard"]["items"]["properties"];
    let goal = &d["plan"]["properties"]["goals"]["items"]["properties"];
    let checks: Vec<(&str, &Value, Value)> = vec![
        (
            "settings.abc.measure",
            &d["settings"]["properties"]["abc"]["properties"]["measure"]["enum"],
            names(&Measure::ALL),
        ),
        (
            "value_model.scope",
            &d["value_model"]["properties"]["scope"]["enum"],
            names(&[Scope::A, Scope::AB]),
        ),
        (
            "criterion.kind",
            &d["criterion"]["properties"]["kind"]["enum"],
            names(&[Kind::Quantitative, Kind::Qualitative]),
        ),
        (
            "criterion.source",
            &d["criterion"]["properties"]["source"]["enum"],
            names(&Source::ALL),
        ),
        (
            "criterion.direction",
            &d["criterion"]["properties"]["direction"]["enum"],
            names(&[Direction::Positive, Direction::Negative]),
        ),
        (
            "roles step",
            &ka["roles"]["properties"]["steps"]["items"]["properties"]["value"]["enum"],
            names(<SupplierRole as Rung>::ALL),
        ),
        (
            "roles target",
            &ka["roles"]["properties"]["target"]["properties"]["value"]["enum"],
            names(<SupplierRole as Rung>::ALL),
        ),
        (
            "selling step",
            &ka["selling"]["properties"]["steps"]["items"]["properties"]["value"]["enum"],
            names(<SellingStage as Rung>::ALL),
        ),
        (
            "selling target",
            &ka["selling"]["properties"]["target"]["properties"]["value"]["enum"],
            names(<SellingStage as Rung>::ALL),
        ),
        (
            "kpi.perspective",
            &kpi["perspective"]["enum"],
            names(&Perspective::ALL),
        ),
        (
            "kpi.better",
            &kpi["better"]["enum"],
            names(&[Better::Higher, Better::Lower]),
        ),
        (
            "kpi.template",
            &kpi["template"]["enum"],
            names(&Template::ALL),
        ),
        (
            "goal.dimension",
            &goal["dimension"]["enum"],
            names(<SellingStage as Rung>::ALL),
        ),
        (
            "action.status",
            &d["plan"]["properties"]["actions"]["items"]["properties"]["status"]["enum"],
            names(&ActionStatus::ALL),
        ),
        (
            "stakeholder.level",
            &person["level"]["enum"],
            names(&Level::ALL),
        ),
        (
            "stakeholder.roles",
            &person["roles"]["items"]["enum"],
            names(&BuyingRole::ALL),
        ),
        (
            "stakeholder.attitude",
            &person["attitude"]["enum"],
            names(&Attitude::ALL),
        ),
        (
            "stakeholder.contact",
            &person["contact"]["enum"],
            names(&Contact::ALL),
        ),
        (
            "settings.confidential",
            &d["settings"]["properties"]["confidential"]["items"]["enum"],
            names(&Confidential::ALL),
        ),
        (
            "assessment.ratings",
            &d["assessment"]["properties"]["ratings"]["propertyNames"]["enum"],
            names(&Area::ALL),
        ),
        (
            "assessment.comments",
            &d["assessment"]["properties"]["comments"]["propertyNames"]["enum"],
            names(&Area::ALL),
        ),
    ];
    for (what, listed, app) in checks {
        assert_eq!(listed, &app, "the schema's {what} differs from the app's");
    }
}

#[test]
fn the_schema_names_the_current_version() {
    let s = schema();
    let title = s["title"].as_str().unwrap();
    assert!(
        title.ends_with(&format!("(schema version {SCHEMA_VERSION})")),
        "the schema's title is {title:?}"
    );
    assert_eq!(
        s["properties"]["schema_version"]["maximum"],
        json!(SCHEMA_VERSION)
    );
}

/// The sample's export, for `tests/host/schema.test.mjs` (run after `cargo test`).
#[test]
fn the_sample_export_is_written_for_the_schema_check() {
    let text = to_pretty_json(
        &sample_workspace(),
        "0.0.0-test",
        "2026-11-21T10:00:00.000Z",
    );
    assert!(from_json(&text).is_ok(), "the sample's export imports");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("sample-export.json"), text).unwrap();
}
