//! The development chart: revenue bars and a customers line per year, and its table.

use keystone::charts::development::{development_option, development_table, DevelopmentTexts};
use keystone::domain::history::development::development;
use keystone::domain::history::{Period, SalesRecord, Yearly};
use serde_json::Value;

fn rec(account: u64, year: i32, revenue: f64) -> SalesRecord {
    SalesRecord {
        account,
        period: Period::Year(year),
        offering: None,
        unit: None,
        revenue,
        margin: None,
    }
}

fn texts() -> DevelopmentTexts {
    DevelopmentTexts {
        year: "Jahr".into(),
        revenue: "Umsatz".into(),
        customers: "Kunden".into(),
        money: Box::new(|v| format!("{v:.0} €")),
        count: Box::new(|n| format!("{n}")),
    }
}

#[test]
fn bars_of_revenue_and_a_line_of_customers_per_year() {
    let yearly = Yearly::from_records(&[
        rec(1, 2023, 100.0),
        rec(2, 2023, 50.005),
        rec(1, 2024, 300.0),
    ]);
    let years = development(&yearly, 2023, 2024);
    let option: Value = serde_json::from_str(development_option(&years, &texts()).json()).unwrap();
    assert_eq!(
        option["xAxis"][0]["data"],
        serde_json::json!(["2023", "2024"])
    );
    let series = option["series"].as_array().unwrap();
    assert_eq!(series[0]["type"], "bar");
    assert_eq!(series[0]["data"], serde_json::json!([150.01, 300.0]));
    assert_eq!(series[1]["type"], "line");
    assert_eq!(series[1]["yAxisIndex"], 1.0);
    assert_eq!(series[1]["data"], serde_json::json!([2.0, 1.0]));
    assert_eq!(option["yAxis"][1]["minInterval"], 1.0);
    assert_eq!(option["animation"], false);
}

#[test]
fn the_table_has_a_row_per_year_even_without_revenue() {
    let yearly = Yearly::from_records(&[rec(1, 2023, 100.0), rec(1, 2025, 10.0)]);
    let years = development(&yearly, 2023, 2025);
    let table = development_table(&years, &texts());
    assert_eq!(table.columns, vec!["Jahr", "Umsatz", "Kunden"]);
    assert_eq!(table.numeric, vec![false, true, true]);
    assert_eq!(table.rows.len(), 3);
    assert_eq!(table.rows[1], vec!["2024", "0 €", "0"]);
    // No years: an empty chart and table, not a panic.
    assert!(development_table(&[], &texts()).rows.is_empty());
    let empty: Value = serde_json::from_str(development_option(&[], &texts()).json()).unwrap();
    assert_eq!(empty["series"].as_array().unwrap().len(), 2);
    assert!(empty["series"][0]["data"]
        .as_array()
        .is_none_or(|d| d.is_empty()));
}
