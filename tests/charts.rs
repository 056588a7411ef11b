//! Host tests of the chart options built from domain results.

use keystone::charts::pareto::{pareto_bars, pareto_option, ParetoTexts, MAX_BARS};
use keystone::domain::{abc_analysis, AbcClass, AbcThresholds, Account, Measure};
use serde_json::Value;

fn accounts(n: usize) -> Vec<Account> {
    (1..=n)
        .map(|i| Account::new(i as u64, format!("Kunde {i}"), 1_000_000.0 / i as f64))
        .collect()
}

fn texts() -> ParetoTexts {
    ParetoTexts {
        measure: "Revenue".into(),
        cumulative: "Cumulative share".into(),
        threshold_a: "A 80 %".into(),
        threshold_b: "B 95 %".into(),
        percent: Box::new(|v| format!("{v:.1} %")),
    }
}

fn option_json(list: &[Account]) -> (Value, Vec<u64>) {
    let result = abc_analysis(list, Measure::Revenue, AbcThresholds::default());
    let name_of = |id| list.iter().find(|a| a.id == id).unwrap().name.clone();
    let (chart, targets) = pareto_option(&result, &name_of, &texts(), MAX_BARS);
    (serde_json::from_str(chart.json()).unwrap(), targets)
}

#[test]
fn small_lists_get_one_bar_per_account_in_rank_order() {
    let list = accounts(10);
    let (json, targets) = option_json(&list);
    assert_eq!(targets, (1..=10).collect::<Vec<u64>>());
    let bars = json["series"][0]["data"].as_array().unwrap();
    assert_eq!(bars.len(), 10);
    assert_eq!(bars[0]["value"], 1_000_000.0);
    assert_eq!(bars[0]["itemStyle"]["color"], "#1d4ed8");
    let labels = json["xAxis"][0]["data"].as_array().unwrap();
    assert!(labels[0]
        .as_str()
        .unwrap()
        .starts_with("Kunde 1 (Cumulative share "));
    // The line: a start point plus one exact point per account, ending at 100 %.
    let line = json["series"][1]["data"].as_array().unwrap();
    assert_eq!(line.len(), 11);
    assert_eq!(line[10][1], 100.0);
    assert_eq!(json["series"][1]["yAxisIndex"], 1.0);
    // Both thresholds are dashed lines across the percent axis, labelled at the end.
    for (s, value, label) in [(2, 80.0, "A 80 %"), (3, 95.0, "B 95 %")] {
        let mark = &json["series"][s];
        assert_eq!(mark["yAxisIndex"], 1.0);
        assert_eq!(mark["silent"], true);
        let data = mark["data"].as_array().unwrap();
        assert_eq!(data[0][1], value);
        assert_eq!(data[1]["value"][1], value);
        assert_eq!(data[1]["value"][0], 10.0, "to the right end of the line");
        assert_eq!(data[1]["label"]["formatter"], label);
    }
}

#[test]
fn twenty_thousand_accounts_are_aggregated_but_the_line_stays_exact() {
    let list = accounts(20_000);
    let result = abc_analysis(&list, Measure::Revenue, AbcThresholds::default());
    let (bars, k) = pareto_bars(&result, MAX_BARS);
    assert!(bars.len() <= MAX_BARS);
    assert_eq!(k, 67);
    assert_eq!(bars[0].first_rank, 1);
    assert_eq!(bars[0].last_rank, 67);
    assert_eq!(bars.last().unwrap().last_rank, 20_000);
    // Bar value is the run's average; the run's cumulative is that of its last account.
    let avg: f64 = result.rows[..67].iter().map(|r| r.value).sum::<f64>() / 67.0;
    assert!((bars[0].value - avg).abs() < 1e-6);
    assert_eq!(bars[0].cumulative, result.rows[66].cumulative);
    let (json, targets) = option_json(&list);
    assert_eq!(targets.len(), bars.len());
    assert_eq!(json["series"][1]["data"].as_array().unwrap().len(), 20_001);
    assert!(json["xAxis"][0]["data"][0]
        .as_str()
        .unwrap()
        .starts_with("#1–#67"));
}

#[test]
fn no_accounts_give_an_empty_but_valid_chart() {
    let (json, targets) = option_json(&[]);
    assert!(targets.is_empty());
    assert!(json["series"][0].get("data").is_none());
}

#[test]
fn classes_colour_the_bars() {
    let list = accounts(50);
    let result = abc_analysis(&list, Measure::Revenue, AbcThresholds::default());
    let (bars, _) = pareto_bars(&result, MAX_BARS);
    assert_eq!(bars[0].class, AbcClass::A);
    assert_eq!(bars.last().unwrap().class, AbcClass::C);
}

#[test]
fn names_are_data_not_markup() {
    // Account names come from imported files. They only appear as category names,
    // which ECharts escapes in its default tooltip; no formatter function is emitted.
    let mut list = accounts(3);
    list[0].name = "<img src=x onerror=alert(1)>".into();
    let (json, _) = option_json(&list);
    let text = json.to_string();
    assert!(json["xAxis"][0]["data"][0]
        .as_str()
        .unwrap()
        .starts_with("<img src=x"));
    assert!(!text.contains("function"));
    assert!(json["tooltip"].get("formatter").is_none());
}

fn table_texts() -> keystone::charts::pareto::ParetoTableTexts {
    keystone::charts::pareto::ParetoTableTexts {
        ranks: "Rank".into(),
        name: "Name".into(),
        value: "Revenue".into(),
        cumulative: "Cumulative".into(),
        class: "Class".into(),
        number: Box::new(|v| format!("{v:.0}")),
        percent: Box::new(|v| format!("{v:.1} %")),
    }
}

#[test]
fn the_table_holds_what_the_chart_shows() {
    use keystone::charts::pareto::pareto_table;
    let list = accounts(3);
    let result = abc_analysis(&list, Measure::Revenue, AbcThresholds::default());
    let name_of = |id| list.iter().find(|a| a.id == id).unwrap().name.clone();
    let table = pareto_table(&result, &name_of, &table_texts(), MAX_BARS);
    assert_eq!(
        table.columns,
        ["Rank", "Name", "Revenue", "Cumulative", "Class"]
    );
    assert_eq!(table.numeric, [true, false, true, true, false]);
    assert_eq!(table.rows.len(), 3);
    assert_eq!(table.rows[0], ["1", "Kunde 1", "1000000", "54.5 %", "A"]);
    assert_eq!(table.rows[2][3], "100.0 %");
    // Aggregated bars become rank ranges, without a single name.
    let many = accounts(1000);
    let result = abc_analysis(&many, Measure::Revenue, AbcThresholds::default());
    let name_of = |id| many.iter().find(|a| a.id == id).unwrap().name.clone();
    let table = pareto_table(&result, &name_of, &table_texts(), MAX_BARS);
    assert_eq!(table.rows.len(), 250);
    assert_eq!(table.rows[0][0], "1–4");
    assert_eq!(table.rows[0][1], "");
    assert_eq!(table.rows[249][0], "997–1000");
    // No accounts, no rows.
    let result = abc_analysis(&[], Measure::Revenue, AbcThresholds::default());
    assert!(
        pareto_table(&result, &|_| String::new(), &table_texts(), MAX_BARS)
            .rows
            .is_empty()
    );
}

#[test]
fn the_percent_axis_asks_for_localised_percentages() {
    let (json, _) = option_json(&accounts(5));
    assert_eq!(
        json["yAxis"][1]["axisLabel"]["formatter"],
        keystone::charts::PERCENT_LABEL
    );
    // The value axis has no formatter of its own: <Chart/> adds the UI language's.
    assert!(json["yAxis"][0]["axisLabel"]["formatter"].is_null());
}

#[test]
fn an_option_is_assembled_part_by_part_as_valid_json() {
    use keystone::charts::OptionBuilder;
    let option = OptionBuilder::new()
        .set("grid", serde_json::json!({"left": 1}))
        .push("series", serde_json::json!({"type": "bar"}))
        .set("grid", serde_json::json!({"left": 2}))
        .push(
            "series",
            serde_json::json!({"type": "line", "name": "\"quoted\" <b>"}),
        )
        .build();
    let json: Value = serde_json::from_str(option.json()).unwrap();
    assert_eq!(json["animation"], false);
    assert_eq!(json["grid"]["left"], 2, "set replaces");
    assert_eq!(json["series"][0]["type"], "bar");
    assert_eq!(
        json["series"][1]["name"], "\"quoted\" <b>",
        "push appends, text stays data"
    );
    assert_eq!(json.as_object().unwrap().len(), 3);
    // An empty builder is still an option.
    let empty: Value = serde_json::from_str(keystone::charts::ChartOption::default().json())
        .unwrap_or(Value::Null);
    assert_eq!(empty, Value::Null, "the default is no option at all");
}

mod portfolio {
    use keystone::charts::portfolio::{
        bubble_size, portfolio_option, Bubble, PortfolioTexts, LABELLED,
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
        // The largest bubbles are labelled, largest first.
        let labels = series[3]["data"].as_array().unwrap();
        assert_eq!(labels.len(), LABELLED);
        assert_eq!(ids[3][0], 12);
        assert_eq!(labels[0]["name"], "<b>Kunde 12</b>");
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
    }

    #[test]
    fn no_bubbles_still_give_a_valid_chart() {
        let (option, ids) = portfolio_option(&[], 50.0, 50.0, &texts());
        let json: Value = serde_json::from_str(option.json()).unwrap();
        assert_eq!(json["series"].as_array().unwrap().len(), 6);
        assert_eq!(json["series"][0]["data"].as_array().map_or(0, Vec::len), 0);
        assert_eq!(ids.iter().map(Vec::len).sum::<usize>(), 0);
    }
}

mod roles {
    use keystone::charts::roles::{movement_option, timeline_option, TimelineTexts};
    use keystone::domain::roles::{
        counts_per_period, Day, History, Period, SellingStage, Step, SupplierRole as R,
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
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let texts = TimelineTexts {
            roles: "Role".into(),
            selling: "Selling".into(),
            role_names: names(&["occ", "reg", "pref", "sys"]),
            selling_names: names(&["single", "cross", "up", "joint"]),
        };
        let option = timeline_option(&roles, &selling, &texts, day("2026-11-21"));
        let json: Value = serde_json::from_str(option.json()).unwrap();
        let series = json["series"].as_array().unwrap();
        assert_eq!(series.len(), 2);
        assert_eq!(series[0]["step"], "end");
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
}

mod scorecard {
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
}

mod stakeholders {
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
}

mod radar {
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
}
