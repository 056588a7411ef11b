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
fn twenty_thousand_accounts_are_aggregated_and_the_line_keeps_exact_points() {
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
    // The line: every tenth account (2,000 points), the last of classes A and B, the
    // start; each point exactly its account's cumulative share.
    let line = json["series"][1]["data"].as_array().unwrap();
    let last_of = |c: AbcClass| result.rows.iter().rposition(|r| r.class == c).unwrap();
    let extra = [AbcClass::A, AbcClass::B]
        .into_iter()
        .filter(|c| (last_of(*c) + 1) % 10 != 0)
        .count();
    assert_eq!(line.len(), 1 + 2_000 + extra);
    for p in line.iter().skip(1) {
        let rank = (p[0].as_f64().unwrap() + 0.5) as usize;
        let want = (result.rows[rank - 1].cumulative * 100.0).round() / 100.0;
        assert_eq!(p[1].as_f64().unwrap(), want, "rank {rank}");
    }
    let a = last_of(AbcClass::A) + 1;
    assert!(
        line.iter().any(|p| p[0] == a as f64 - 0.5),
        "the last A account"
    );
    assert_eq!(line.last().unwrap()[1], 100.0);
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

mod development;
mod portfolio;
mod radar;
mod roles;
mod scorecard;
mod stakeholders;
mod whitespace;
