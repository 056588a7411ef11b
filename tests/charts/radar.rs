//! The radar charts.

use keystone::charts::profile::{radar_option, series_table, SupplierRatings};

fn series() -> Vec<SupplierRatings> {
    vec![
        SupplierRatings {
            name: "Us <b>".into(),
            ratings: vec![Some(3.0), None, Some(5.0)],
        },
        SupplierRatings {
            name: "Average".into(),
            ratings: vec![Some(2.5), Some(1.0), None],
        },
    ]
}

#[test]
fn the_table_has_a_row_per_axis_and_a_column_per_series() {
    let axes = vec!["Vision".to_string(), "Strategy".into(), "Process".into()];
    let value = |v: Option<f64>| v.map(|v| format!("{v:.1}")).unwrap_or("–".into());
    let t = series_table("Area", &axes, &series(), value);
    assert_eq!(t.columns, vec!["Area", "Us <b>", "Average"]);
    assert_eq!(t.numeric, vec![false, true, true]);
    assert_eq!(
        t.rows,
        vec![
            vec!["Vision", "3.0", "2.5"],
            vec!["Strategy", "–", "1.0"],
            vec!["Process", "5.0", "–"],
        ]
    );
    // No series: the axis column alone.
    assert_eq!(
        series_table("Area", &axes, &[], value).rows[2],
        vec!["Process"]
    );
}

#[test]
fn the_radar_runs_from_zero_to_its_maximum_with_unanswered_points_marked() {
    let axes = vec!["A".to_string(), "B".into(), "C".into()];
    let option: serde_json::Value =
        serde_json::from_str(radar_option(&axes, 5, &series()).json()).unwrap();
    let indicator = &option["radar"]["indicator"];
    assert_eq!(indicator[2]["max"], 5.0);
    assert_eq!(indicator[0]["min"], 0.0);
    let data = &option["series"][0]["data"];
    assert_eq!(data[0]["value"][1], "-");
    assert_eq!(data[1]["name"], "Average");
}

#[test]
fn the_radar_uses_its_frame_where_wide_and_shrinks_with_wrapped_names_where_narrow() {
    use keystone::charts::option::NARROW_PX;
    use keystone::charts::profile::{
        wrap_name, AXIS_NAME_FONT_PX, MID_PX, NAME_LINE_CHARS, NAME_LINE_CHARS_NARROW,
        RADAR_RADIUS, RADAR_RADIUS_MID, RADAR_RADIUS_NARROW,
    };
    let axes = vec![
        "Leistungsfähigkeit des Systems".to_string(),
        "Lieferzuverlässigkeit".into(),
        "C".into(),
    ];
    let option: serde_json::Value =
        serde_json::from_str(radar_option(&axes, 5, &series()).json()).unwrap();
    // Wide (desktop, paper): two thirds of the frame, names readable when printed.
    assert_eq!(option["radar"]["radius"], RADAR_RADIUS);
    assert_eq!(RADAR_RADIUS, "66%");
    assert_eq!(option["radar"]["axisName"]["fontSize"], AXIS_NAME_FONT_PX);
    // Lines of a name stand apart (ECharts draws them over each other without a height).
    assert_eq!(
        option["radar"]["axisName"]["lineHeight"],
        AXIS_NAME_FONT_PX + 3
    );
    for rule in option["media"].as_array().unwrap() {
        let name = &rule["option"]["radar"]["axisName"];
        assert!(name["lineHeight"].as_u64().unwrap() > name["fontSize"].as_u64().unwrap());
    }
    // ECharts ignores axisName.width on a radar: the names carry their own breaks.
    assert_eq!(
        option["radar"]["indicator"][0]["name"],
        "Leistungsfähigkeit\ndes Systems"
    );
    assert_eq!(
        option["radar"]["indicator"][1]["name"],
        "Lieferzuverlässigkeit"
    );
    assert!(option["radar"]["axisName"].get("formatter").is_none());
    // Narrow columns and phones: a smaller radar, shorter lines, words never split.
    let media = option["media"].as_array().unwrap();
    assert_eq!(media[0]["query"]["maxWidth"], MID_PX);
    assert_eq!(media[0]["option"]["radar"]["radius"], RADAR_RADIUS_MID);
    let names = &media[0]["option"]["radar"]["indicator"];
    assert_eq!(names[0]["name"], "Leistungsfähigkeit\ndes Systems");
    assert_eq!(names[1]["name"], "Lieferzuverlässigkeit");
    assert_eq!(names[1]["max"], 5.0, "the axes stay whole");
    assert_eq!(media[1]["query"]["maxWidth"], NARROW_PX);
    assert_eq!(media[1]["option"]["radar"]["radius"], RADAR_RADIUS_NARROW);
    assert!(
        media[1]["option"]["radar"]["axisName"]["fontSize"]
            .as_u64()
            .unwrap()
            < 12
    );
    assert_eq!(
        wrap_name(&axes[0], NAME_LINE_CHARS),
        "Leistungsfähigkeit\ndes Systems"
    );
    // A word longer than the narrow line keeps a line of its own, whole.
    assert_eq!(
        wrap_name(&axes[1], NAME_LINE_CHARS_NARROW),
        "Lieferzuverlässigkeit"
    );
}

#[test]
fn radar_names_break_between_words_or_after_their_own_hyphen_never_inside_a_word() {
    use keystone::charts::profile::wrap_name;
    // The German area names that were cut mid-word ("Kundenwe-rtmodell", "Selling--Center").
    assert_eq!(wrap_name("Kundenwertmodell", 12), "Kundenwertmodell");
    assert_eq!(wrap_name("Selling-Center", 12), "Selling-\nCenter");
    assert_eq!(wrap_name("Selling-Center", 18), "Selling-Center");
    assert_eq!(
        wrap_name("Selling-Center-Analyse und Kundenwertmodell", 12),
        "Selling-\nCenter-\nAnalyse und\nKundenwertmodell"
    );
    assert_eq!(
        wrap_name("Level Selling und Ebenen", 12),
        "Level\nSelling und\nEbenen"
    );
    // Every word of the name is on some line whole (a hyphen ends its line).
    for (name, max) in [
        ("Verständnis des Systems", 12),
        ("Kundenentwicklung", 12),
        ("Buying-Center", 8),
        ("Vision", 3),
    ] {
        let wrapped = wrap_name(name, max);
        assert_eq!(
            wrapped.replace("-\n", "-").replace('\n', " "),
            name,
            "{wrapped}"
        );
        for line in wrapped.lines() {
            let pieces = line.split_inclusive('-').count();
            assert!(
                line.chars().count() <= max || (pieces == 1 && !line.contains(' ')),
                "{line:?} is longer than {max} but not one word"
            );
        }
    }
    // Spaces are tidied, empty stays empty, a lone hyphen is kept.
    assert_eq!(wrap_name("  Price   list ", 12), "Price list");
    assert_eq!(wrap_name("", 12), "");
    assert_eq!(wrap_name("A - B", 12), "A - B");
    assert_eq!(wrap_name("E-", 1), "E-");
}

mod profile {
    use keystone::charts::profile::{
        drawn_suppliers, profile_option, supplier_color, unrated_competitors, SupplierRatings,
    };
    use serde_json::Value;

    fn supplier(name: &str, ratings: Vec<Option<f64>>) -> SupplierRatings {
        SupplierRatings {
            name: name.into(),
            ratings,
        }
    }

    fn suppliers() -> Vec<SupplierRatings> {
        vec![
            supplier("Us", vec![Some(60.0), None, Some(80.0)]),
            supplier("Nobody rated <b>", vec![None, None, None]),
            supplier("North", vec![Some(50.0), Some(40.0), None]),
        ]
    }

    fn criteria(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("C{i}")).collect()
    }

    #[test]
    fn a_competitor_without_ratings_is_left_out_of_the_radar_and_named() {
        let all = suppliers();
        assert_eq!(drawn_suppliers(&all), vec![0, 2]);
        assert_eq!(unrated_competitors(&all), vec!["Nobody rated <b>"]);
        let json: Value = serde_json::from_str(profile_option(&criteria(3), &all).json()).unwrap();
        let data = json["series"][0]["data"].as_array().unwrap();
        assert_eq!(data.len(), 2, "us and the rated competitor");
        assert_eq!(data[0]["name"], "Us");
        assert_eq!(data[1]["name"], "North");
        // Each keeps its colour, the one the legend shows.
        assert_eq!(data[1]["itemStyle"]["color"], supplier_color(2));
        assert_eq!(data[0]["lineStyle"]["width"], 3, "us: bold");
        assert!(!json.to_string().contains("Nobody rated"));
    }

    #[test]
    fn the_bars_leave_out_an_unrated_competitor_too_and_we_are_always_drawn() {
        let all = suppliers();
        let json: Value = serde_json::from_str(profile_option(&criteria(2), &all).json()).unwrap();
        let series = json["series"].as_array().unwrap();
        assert_eq!(series.len(), 2);
        assert_eq!(series[1]["name"], "North");
        assert_eq!(series[1]["itemStyle"]["color"], supplier_color(2));
        // Us without any rating is still drawn (the chart is about us).
        let only_us = vec![supplier("Us", vec![None, None, None])];
        assert_eq!(drawn_suppliers(&only_us), vec![0]);
        assert!(unrated_competitors(&only_us).is_empty());
    }
}
