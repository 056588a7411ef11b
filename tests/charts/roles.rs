//! The roles charts.

use keystone::charts::roles::{movement_option, timeline_option, TimelineTexts};
use keystone::domain::day::Day;
use keystone::domain::roles::{
    counts_per_period, History, Period, SellingStage, Step, SupplierRole as R,
};
use serde_json::Value;

fn day(s: &str) -> Day {
    Day::parse(s).unwrap()
}

#[test]
fn the_timeline_steps_through_both_histories_up_to_today() {
    let roles = History {
        extra: Default::default(),
        steps: vec![
            Step {
                extra: Default::default(),
                date: day("2022-05-01"),
                value: R::Regular,
                note: String::new(),
            },
            Step {
                extra: Default::default(),
                date: day("2020-01-01"),
                value: R::Occasional,
                note: String::new(),
            },
            Step {
                extra: Default::default(),
                date: day("2030-01-01"),
                value: R::SystemPartner,
                note: String::new(),
            },
        ],
        target: None,
    };
    let selling = History::<SellingStage>::default();
    let texts = texts();
    let option = timeline_option(&roles, &selling, &texts, day("2026-11-21"));
    let json: Value = serde_json::from_str(option.json()).unwrap();
    let series = json["series"].as_array().unwrap();
    assert_eq!(series.len(), 2);
    // The base axis is the category (y) axis: "start" draws each step level until the
    // next one (see src/charts/roles.rs).
    assert_eq!(json["yAxis"][0]["type"], "category");
    assert_eq!(series[0]["step"], "start");
    // In date order, the planned step left out, the current one carried to today.
    assert_eq!(
        series[0]["data"],
        serde_json::json!([
            ["2020-01-01", "occ"],
            ["2022-05-01", "reg"],
            ["2026-11-21", "reg"]
        ])
    );
    assert_eq!(
        series[1]["data"].as_array().map_or(0, Vec::len),
        0,
        "no selling entries"
    );
    assert_eq!(
        json["yAxis"][0]["data"],
        serde_json::json!(["occ", "reg", "pref", "sys"])
    );
    assert_eq!(json["xAxis"][1]["gridIndex"], 1.0);
    assert_eq!(json["xAxis"][0]["axisLabel"]["formatter"], "{yyyy}");
}

#[test]
fn the_timeline_names_each_year_once_and_leaves_out_overlapping_years() {
    let texts = texts();
    let option = timeline_option(
        &History::<R>::default(),
        &History::<SellingStage>::default(),
        &texts,
        day("2026-11-21"),
    );
    let json: Value = serde_json::from_str(option.json()).unwrap();
    for axis in json["xAxis"].as_array().unwrap() {
        assert_eq!(axis["type"], "time");
        // The template `<Chart/>` replaces by a function that labels the start of each
        // year (and the first tick) only: the ticks between years stay unlabelled.
        assert_eq!(axis["axisLabel"]["formatter"], keystone::charts::YEAR_LABEL);
        assert_eq!(axis["axisLabel"]["hideOverlap"], true);
        assert!(axis["minInterval"].as_f64().unwrap() > 365.0 * 24.0 * 3600.0 * 1000.0);
    }
}

#[test]
fn the_movement_chart_stacks_one_series_per_rung_and_one_for_no_entry() {
    let a = History {
        extra: Default::default(),
        steps: vec![Step {
            extra: Default::default(),
            date: day("2024-02-01"),
            value: R::Preferred,
            note: String::new(),
        }],
        target: None,
    };
    let b = History::<R>::default();
    let counts = counts_per_period(
        &[&a, &b],
        Period::Year,
        day("2023-01-01"),
        day("2024-12-31"),
        10,
    );
    let labels = vec!["2023".to_string(), "2024".to_string()];
    let rungs: Vec<String> = ["o", "r", "p", "s"].iter().map(|s| s.to_string()).collect();
    let json: Value =
        serde_json::from_str(movement_option(&counts, &labels, &rungs, "none").json()).unwrap();
    let series = json["series"].as_array().unwrap();
    assert_eq!(series.len(), 5);
    assert!(series.iter().all(|s| s["stack"] == "roles"));
    assert_eq!(
        series[2]["data"],
        serde_json::json!([0.0, 1.0]),
        "preferred from 2024"
    );
    assert_eq!(series[4]["name"], "none");
    assert_eq!(series[4]["data"], serde_json::json!([2.0, 1.0]));
    assert_eq!(
        json["xAxis"][0]["data"],
        serde_json::json!(["2023", "2024"])
    );
}

/// The timeline's labels, short and in one language.
fn texts() -> TimelineTexts {
    let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    TimelineTexts {
        roles: "Role".into(),
        selling: "Selling".into(),
        role_names: names(&["occ", "reg", "pref", "sys"]),
        selling_names: names(&["single", "cross", "up", "joint"]),
    }
}
