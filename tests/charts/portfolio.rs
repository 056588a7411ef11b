//! The portfolio charts.

use keystone::charts::portfolio::{
    bubble_size, name_box, place_labels, portfolio_option, quadrant_box, Bubble, PortfolioTexts,
    QuadrantName, Side, LABELLED, PLOT_PX, QUADRANT_CORNERS,
};
use keystone::domain::AbcClass;
use serde_json::Value;

fn texts() -> PortfolioTexts {
    PortfolioTexts {
        attractiveness: "Attractiveness".into(),
        position: "Position".into(),
        quadrants: ["Stars", "Question marks", "Cash", "Take-along"].map(String::from),
        classes: ["Class A", "Class B", "Class C"].map(String::from),
        largest: "Largest".into(),
        quadrant_series: "Quadrants".into(),
    }
}

fn bubble(id: u64, class: AbcClass, revenue: f64) -> Bubble {
    Bubble {
        id,
        name: format!("<b>Kunde {id}</b>"),
        attractiveness: id as f64 * 7.0 % 100.0,
        position: id as f64 * 13.0 % 100.0,
        revenue,
        class,
    }
}

#[test]
fn one_series_per_class_then_labels_then_quadrants() {
    let classes = [AbcClass::A, AbcClass::B, AbcClass::C];
    let bubbles: Vec<Bubble> = (1..=12)
        .map(|i| bubble(i, classes[(i % 3) as usize], 1000.0 * i as f64))
        .collect();
    let (option, ids) = portfolio_option(&bubbles, 40.0, 60.0, &texts());
    let json: Value = serde_json::from_str(option.json()).unwrap();
    let series = json["series"].as_array().unwrap();
    assert_eq!(series.len(), 6);
    assert_eq!(ids.len(), 6, "a click target list per series");
    for (s, class) in classes.iter().enumerate() {
        let data = series[s]["data"].as_array().unwrap();
        assert_eq!(series[s]["name"], texts().classes[s]);
        assert_eq!(data.len(), ids[s].len());
        // Each point: position (x), attractiveness (y), revenue, size; named.
        for (point, id) in data.iter().zip(&ids[s]) {
            let b = bubbles.iter().find(|b| b.id == *id).unwrap();
            assert_eq!(b.class, *class);
            assert_eq!(point["name"], b.name.as_str(), "names are data, not markup");
            assert_eq!(point["value"][0], b.position);
            assert_eq!(point["value"][1], b.attractiveness);
            assert_eq!(point["value"][2], b.revenue);
            assert_eq!(point["value"][3], bubble_size(b.revenue, 12_000.0).round());
        }
    }
    // The largest bubbles are labelled where their names fit, largest first.
    let labels = series[3]["data"].as_array().unwrap();
    assert!(!labels.is_empty() && labels.len() <= LABELLED);
    assert_eq!(labels.len(), ids[3].len());
    assert_eq!(ids[3][0], 12);
    assert_eq!(labels[0]["name"], "<b>Kunde 12</b>");
    // The quadrant names stand in the plot's outer corners.
    let quadrants = series[4]["data"].as_array().unwrap();
    assert_eq!(quadrants[0]["name"], "Stars");
    assert_eq!(quadrants[0]["value"][0], 98.0);
    assert_eq!(quadrants[0]["label"]["position"], "left");
    assert_eq!(quadrants[3]["label"]["position"], "right");
    // Quadrant lines where the splits are: x = position split, y = attractiveness.
    let lines = series[5]["data"].as_array().unwrap();
    assert_eq!(lines[0], serde_json::json!([60.0, 0.0]));
    assert_eq!(lines[1], serde_json::json!([60.0, 100.0]));
    assert_eq!(lines[2], "-", "a gap between the two lines");
    assert_eq!(lines[3], serde_json::json!([0.0, 40.0]));
    assert_eq!(lines[4], serde_json::json!([100.0, 40.0]));
    assert_eq!(series[5]["silent"], true);
    assert!(ids[4].is_empty(), "quadrant names open nothing");
    assert!(ids[5].is_empty(), "quadrant lines open nothing");
    assert_eq!(json["xAxis"][0]["name"], "Position");
    assert_eq!(json["yAxis"][0]["max"], 100);
    // On a small plot the largest bubbles' names move apart, or are hidden.
    assert_eq!(series[3]["labelLayout"]["hideOverlap"], true);
    assert_eq!(series[3]["labelLayout"]["moveOverlap"], "shiftY");
    assert_eq!(series[3]["label"]["formatter"], "{b}", "names are data");
}

#[test]
fn no_bubbles_still_give_a_valid_chart() {
    let (option, ids) = portfolio_option(&[], 50.0, 50.0, &texts());
    let json: Value = serde_json::from_str(option.json()).unwrap();
    assert_eq!(json["series"].as_array().unwrap().len(), 6);
    assert_eq!(json["series"][0]["data"].as_array().map_or(0, Vec::len), 0);
    assert_eq!(ids.iter().map(Vec::len).sum::<usize>(), 0);
}

fn quadrant_names(t: &PortfolioTexts) -> Vec<QuadrantName<'_>> {
    QUADRANT_CORNERS
        .iter()
        .zip(&t.quadrants)
        .map(|(&(x, y, side), name)| QuadrantName { x, y, side, name })
        .collect()
}

#[test]
fn names_never_cover_each_other_nor_a_quadrant_name_nor_leave_the_chart() {
    // A crowd: thirty accounts in a small area, and the largest in the star corner.
    let mut bubbles: Vec<Bubble> = (1..=30)
        .map(|i| Bubble {
            id: i,
            name: format!("Kunde Nummer {i} GmbH & Co. KG"),
            attractiveness: 60.0 + (i % 5) as f64 * 2.0,
            position: 60.0 + (i % 6) as f64 * 2.0,
            revenue: 1000.0 * i as f64,
            class: AbcClass::A,
        })
        .collect();
    bubbles.push(Bubble {
        position: 99.0,
        attractiveness: 97.0,
        ..bubble(98, AbcClass::B, 500_000.0)
    });
    let t = texts();
    let quadrants = quadrant_names(&t);
    let placed = place_labels(&bubbles, &quadrants);
    assert!(!placed.is_empty() && placed.len() <= LABELLED);
    for (i, a) in placed.iter().enumerate() {
        assert_eq!(a.text, name_box(&bubbles[a.bubble], a.side));
        for b in &placed[i + 1..] {
            assert!(!a.text.overlaps(&b.text), "{a:?} covers {b:?}");
        }
        for q in &quadrants {
            assert!(
                !a.text.overlaps(&quadrant_box(q)),
                "{a:?} covers a quadrant name"
            );
        }
        assert!(a.text.right <= PLOT_PX.0 + 30.0 && a.text.left >= -60.0);
    }
    // The largest (in the star corner, under its name) is left unnamed rather than
    // covering "Stars"; the next largest is named.
    assert!(placed.iter().all(|p| bubbles[p.bubble].id != 98));
    assert_eq!(bubbles[placed[0].bubble].id, 30);
    // A name that does not fit on the right goes left.
    let edge = vec![Bubble {
        position: 90.0,
        attractiveness: 50.0,
        ..bubble(1, AbcClass::A, 10.0)
    }];
    assert_eq!(place_labels(&edge, &quadrants)[0].side, Side::Left);
}

#[test]
fn each_quadrant_name_stands_in_its_own_quadrant() {
    use keystone::charts::portfolio::{quadrant_index, QUADRANT_CORNERS};
    use keystone::domain::value_model::{quadrant, Quadrant};
    // x is the position, y the attractiveness (the chart's axes), split at 50.
    for q in [
        Quadrant::Star,
        Quadrant::QuestionMark,
        Quadrant::Cash,
        Quadrant::TakeAlong,
    ] {
        let (x, y, _) = QUADRANT_CORNERS[quadrant_index(q)];
        assert_eq!(
            quadrant(y, x, 50.0, 50.0),
            q,
            "the name of {q:?} at ({x}, {y})"
        );
    }
}
