//! The scorecard charts.

use keystone::charts::scorecard::{status_color, trend_option};
use keystone::domain::scorecard::Status;
use serde_json::Value;

#[test]
fn the_trend_colours_points_by_status_and_draws_the_target_across() {
    let points = vec![
        ("2026-Q1".to_string(), 80.0, Status::Red),
        ("2026-Q2".to_string(), 95.0, Status::Yellow),
        ("2026-Q3".to_string(), 110.0, Status::Green),
    ];
    let json: Value = serde_json::from_str(trend_option(&points, 100.0).json()).unwrap();
    let values = json["series"][0]["data"].as_array().unwrap();
    assert_eq!(values.len(), 3);
    assert_eq!(values[0]["value"], 80.0);
    assert_eq!(values[0]["itemStyle"]["color"], status_color(Status::Red));
    assert_eq!(values[2]["itemStyle"]["color"], status_color(Status::Green));
    let target = &json["series"][1];
    assert_eq!(target["silent"], true);
    assert_eq!(target["data"], serde_json::json!([100.0, 100.0, 100.0]));
    // The axis spans values and target with room: 80..110 plus 15 %.
    assert!(json["yAxis"][0]["min"].as_f64().unwrap() < 80.0);
    assert!(json["yAxis"][0]["max"].as_f64().unwrap() > 110.0);
}

#[test]
fn a_trend_without_values_is_still_a_valid_chart() {
    let json: Value = serde_json::from_str(trend_option(&[], 50.0).json()).unwrap();
    assert_eq!(json["series"][0]["data"].as_array().unwrap().len(), 0);
    assert_eq!(json["series"][1]["data"], serde_json::json!([50.0]));
}
