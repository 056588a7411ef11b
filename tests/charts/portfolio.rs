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
    // A plot smaller than estimated still hides a name that would cover another; no
    // shifting (ECharts' shiftY stacks every name of the chart in one column).
    assert_eq!(series[3]["labelLayout"]["hideOverlap"], true);
    assert!(series[3]["labelLayout"].get("moveOverlap").is_none());
    // Each name stands just outside its bubble.
    let largest = bubbles.iter().find(|b| b.id == 12).unwrap();
    assert_eq!(
        labels[0]["label"]["distance"],
        (bubble_size(largest.revenue, 12_000.0) / 2.0 + 3.0).round()
    );
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
        assert_eq!(a.text, name_box(&bubbles[a.bubble], a.side, 500_000.0));
        for b in &placed[i + 1..] {
            assert!(!a.text.overlaps(&b.text), "{a:?} covers {b:?}");
        }
        for q in &quadrants {
            assert!(
                !a.text.overlaps(&quadrant_box(q)),
                "{a:?} covers a quadrant name"
            );
        }
        assert!(
            a.text.right <= PLOT_PX.0 && a.text.left >= 0.0,
            "inside the plot"
        );
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

/// The accounts of the review's sample that crowd the star quadrant.
fn sample_crowd() -> Vec<Bubble> {
    let at = |id: u64, name: &str, position: f64, attractiveness: f64, revenue: f64| Bubble {
        id,
        name: name.into(),
        attractiveness,
        position,
        revenue,
        class: AbcClass::A,
    };
    vec![
        at(1, "Alpentec GmbH", 78.0, 71.0, 9_000_000.0),
        at(2, "Bergtec GmbH & Co. KG", 47.0, 67.0, 6_000_000.0),
        at(3, "Isartec KG", 54.0, 72.0, 2_000_000.0),
        at(4, "Donautec SE", 70.0, 77.0, 2_500_000.0),
        at(5, "Lahntec AG", 67.0, 68.0, 800_000.0),
        at(6, "Felstec GmbH", 46.0, 63.0, 1_500_000.0),
        at(7, "Ruhrtec GmbH & Co. KG", 69.0, 58.0, 600_000.0),
    ]
}

#[test]
fn names_cover_no_other_bubble_and_stay_inside_the_plot_on_paper_and_on_a_phone() {
    use keystone::charts::portfolio::{name_box_on, place_labels_on, PAPER, PHONE};
    let bubbles = sample_crowd();
    let t = texts();
    let quadrants = quadrant_names(&t);
    let max = 9_000_000.0;
    for plot in [PAPER, PHONE] {
        let placed = place_labels_on(&plot, &bubbles, &quadrants);
        assert!(!placed.is_empty());
        for a in &placed {
            assert!(
                a.text.left >= 0.0 && a.text.right <= plot.width,
                "{a:?} leaves the plot"
            );
            for (j, b) in bubbles.iter().enumerate() {
                if j == a.bubble {
                    continue;
                }
                // The centre of every other bubble stays clear of the name.
                let (x, y) = (
                    b.position / 100.0 * plot.width,
                    (1.0 - b.attractiveness / 100.0) * plot.height,
                );
                let inside =
                    a.text.left < x && x < a.text.right && a.text.top < y && y < a.text.bottom;
                assert!(!inside, "{} covers {}", bubbles[a.bubble].name, b.name);
            }
            assert_eq!(a.text, name_box_on(&plot, &bubbles[a.bubble], a.side, max));
        }
    }
}

#[test]
fn on_a_phone_the_same_names_are_hidden_where_they_do_not_fit() {
    use keystone::charts::option::NARROW_PX;
    use keystone::charts::portfolio::PHONE;
    let bubbles = sample_crowd();
    let (option, ids) = portfolio_option(&bubbles, 50.0, 50.0, &texts());
    let json: Value = serde_json::from_str(option.json()).unwrap();
    let media = json["media"].as_array().unwrap();
    assert_eq!(media[0]["query"]["maxWidth"], NARROW_PX);
    let phone = &media[0]["option"]["series"][3];
    assert_eq!(phone["label"]["fontSize"], PHONE.font_px);
    let items = phone["data"].as_array().unwrap();
    let paper = json["series"][3]["data"].as_array().unwrap();
    // Item for item the paper's names (a click finds the same account), some hidden.
    assert_eq!(items.len(), paper.len());
    assert_eq!(items.len(), ids[3].len());
    for (p, q) in items.iter().zip(paper) {
        assert_eq!(p["name"], q["name"]);
    }
    assert!(
        items.iter().any(|i| i["label"]["show"] == false),
        "a phone has less room"
    );
    assert!(
        items.iter().any(|i| i["label"]["show"].is_null()),
        "but names some"
    );
}
