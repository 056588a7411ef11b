//! The stakeholders charts.

use keystone::charts::stakeholders::{map_option, org_option, spread_in_cells, MapTexts};
use keystone::domain::stakeholders::{org_chart, Attitude, Contact, Level, Stakeholder};
use serde_json::Value;

fn person(id: u32, level: Level, attitude: Attitude, influence: u8) -> Stakeholder {
    Stakeholder {
        extra: Default::default(),
        id,
        name: format!("<b>P{id}</b>"),
        function: String::new(),
        level,
        roles: Vec::new(),
        attitude,
        influence,
        reports_to: None,
        contact: Contact::None,
        last_contact: None,
        counterpart: String::new(),
        note: String::new(),
    }
}

fn texts() -> MapTexts {
    MapTexts {
        attitude: "Attitude".into(),
        influence: "Influence".into(),
        attitudes: ["B", "Cr", "N", "S", "Ch"].map(String::from),
        levels: ["Op", "Pr", "Ma"].map(String::from),
    }
}

#[test]
fn the_map_has_a_series_per_level_and_spreads_people_sharing_a_cell() {
    let people = [
        person(1, Level::Management, Attitude::Blocker, 5),
        person(2, Level::Operational, Attitude::Champion, 2),
        person(3, Level::Operational, Attitude::Champion, 2),
        person(4, Level::Project, Attitude::Neutral, 3),
    ];
    let (option, ids) = map_option(&people, &texts());
    assert_eq!(ids, vec![vec![2, 3], vec![4], vec![1]]);
    let json: Value = serde_json::from_str(option.json()).unwrap();
    let series = json["series"].as_array().unwrap();
    assert_eq!(series.len(), 3);
    assert_eq!(series[2]["data"][0]["value"][0], 0.0, "blocker leftmost");
    assert_eq!(series[2]["data"][0]["value"][1], 5.0);
    assert_eq!(series[2]["data"][0]["name"], "<b>P1</b>", "names stay data");
    let (a, b) = (
        series[0]["data"][0]["value"][1].as_f64().unwrap(),
        series[0]["data"][1]["value"][1].as_f64().unwrap(),
    );
    assert!(a < 2.0 && b > 2.0 && (a + b - 4.0).abs() < 1e-9, "{a} {b}");
    assert_eq!(json["xAxis"][0]["data"][4], "Ch");
    // Many in one cell stay between the neighbouring lines.
    let crowd: Vec<Stakeholder> = (1..=9)
        .map(|i| person(i, Level::Project, Attitude::Critic, 3))
        .collect();
    let spread = spread_in_cells(&crowd);
    assert!(spread.iter().all(|s| s.abs() < 0.5));
    assert_eq!(spread_in_cells(&[]), Vec::<f64>::new());
    assert_eq!(map_option(&[], &texts()).1, vec![Vec::<u32>::new(); 3]);
}

#[test]
fn the_org_chart_draws_a_point_per_person_and_an_elbow_per_link() {
    let mut people = vec![
        person(1, Level::Management, Attitude::Neutral, 5),
        person(2, Level::Project, Attitude::Neutral, 3),
        person(3, Level::Project, Attitude::Neutral, 3),
    ];
    people[1].reports_to = Some(1);
    people[2].reports_to = Some(1);
    let nodes = org_chart(&people);
    let json: Value = serde_json::from_str(org_option(&nodes, &people).json()).unwrap();
    let lines = json["series"][0]["data"].as_array().unwrap();
    assert_eq!(lines.len(), 10, "two links of four points and a gap each");
    assert_eq!(lines[4], "-");
    assert_eq!(lines[0], serde_json::json!([0.5, -0.0]));
    let points = json["series"][1]["data"].as_array().unwrap();
    assert_eq!(points.len(), 3);
    assert_eq!(points[0]["name"], "<b>P1</b>");
    assert_eq!(points[1]["value"][1], -1.0);
    // Nobody: an empty chart that still builds.
    let empty: Value = serde_json::from_str(org_option(&[], &[]).json()).unwrap();
    assert_eq!(empty["series"][1]["data"], serde_json::json!([]));
}

#[test]
fn names_on_the_map_stand_below_their_point_between_the_lines_and_neighbours_alternate() {
    use keystone::charts::stakeholders::{flipped_in_cells, label_side, NAME_WIDTH_PX};
    let people = [
        person(1, Level::Operational, Attitude::Champion, 2),
        person(2, Level::Operational, Attitude::Champion, 2),
        person(3, Level::Project, Attitude::Champion, 2),
        person(4, Level::Project, Attitude::Blocker, 5),
    ];
    assert_eq!(flipped_in_cells(&people), vec![false, true, false, false]);
    let (option, _) = map_option(&people, &texts());
    let json: Value = serde_json::from_str(option.json()).unwrap();
    let operational = &json["series"][0];
    // Below (the lower of two in a cell), above (the upper): never left or right, where
    // a name would cross the next column or run off the chart.
    assert_eq!(operational["data"][0]["label"]["position"], "bottom");
    assert_eq!(operational["data"][1]["label"]["position"], "top");
    assert_eq!(label_side(false), "bottom");
    // Long names are cut to a column's width (the table has them whole).
    assert_eq!(operational["label"]["width"], NAME_WIDTH_PX);
    assert_eq!(operational["label"]["overflow"], "truncate");
    assert_eq!(operational["label"]["formatter"], "{b}", "names are data");
    // Names that would still overlap (a phone) are hidden, in every level's series.
    for level in json["series"].as_array().unwrap() {
        assert_eq!(level["labelLayout"]["hideOverlap"], true);
    }
}

#[test]
fn every_attitude_is_named_and_on_a_phone_every_name_fits_its_column() {
    use keystone::charts::option::NARROW_PX;
    use keystone::charts::stakeholders::NARROW_NAME_WIDTH_PX;
    let people = [
        person(1, Level::Operational, Attitude::Neutral, 2),
        person(2, Level::Project, Attitude::Supporter, 3),
    ];
    let (option, _) = map_option(&people, &texts());
    let json: Value = serde_json::from_str(option.json()).unwrap();
    // ECharts' automatic interval would drop every second attitude at 390 px.
    assert_eq!(json["xAxis"][0]["axisLabel"]["interval"], 0);
    let media = json["media"].as_array().unwrap();
    assert_eq!(media.len(), 1);
    assert_eq!(media[0]["query"]["maxWidth"], NARROW_PX);
    let phone = &media[0]["option"];
    // Neighbouring attitudes on alternate lines, none left out.
    assert_eq!(
        phone["xAxis"][0]["data"],
        serde_json::json!(["B", "\nCr", "N", "\nS", "Ch"])
    );
    assert!(
        phone["xAxis"][0]["nameGap"].as_i64().unwrap() > 28,
        "below both lines"
    );
    // Names wrap within a column instead of covering the next one's (and being hidden).
    let series = phone["series"].as_array().unwrap();
    assert_eq!(series.len(), 3, "one per level");
    for s in series {
        assert_eq!(s["label"]["width"], NARROW_NAME_WIDTH_PX);
        assert_eq!(s["label"]["overflow"], "break");
        assert!(s["label"]["fontSize"].as_i64().unwrap() < 12);
    }
}
