//! The whitespace heat map: one item per cell in matrix order, coloured by status,
//! names only as axis categories (which ECharts escapes).

use std::collections::HashMap;

use keystone::charts::whitespace::{
    cell_color, cell_of, heatmap_option, item_of, IN_PROGRESS, NOT_RELEVANT, OPEN_UNKNOWN,
};
use keystone::domain::history::whitespace::{whitespace, CellMarks, CellStatus, Potential};
use keystone::domain::history::{Period, SalesRecord};
use serde_json::Value;

fn sold(offering: u32, unit: u32, revenue: f64) -> SalesRecord {
    SalesRecord {
        account: 1,
        period: Period::Year(2024),
        offering: Some(offering),
        unit: Some(unit),
        revenue,
        margin: None,
    }
}

#[test]
fn the_heat_map_has_a_coloured_item_per_cell_and_names_as_categories() {
    let mut marks = CellMarks::default();
    marks.not_relevant.insert((11, Some(1)));
    marks.in_progress.insert((11, Some(2)));
    let records = [sold(10, 1, 100.0), sold(10, 2, 50.0)];
    let m = whitespace(
        1,
        &[10, 11, 12],
        &[1, 2],
        &records,
        (2024, 2024),
        &marks,
        &HashMap::from([(12, 80.0)]),
    );
    let names = [
        "<img src=x onerror=alert(1)>".to_string(),
        "B".into(),
        "C".into(),
    ];
    let units = ["Nord".to_string(), "Süd".into()];
    let option: Value = serde_json::from_str(heatmap_option(&m, &names, &units).json()).unwrap();
    assert_eq!(option["series"][0]["type"], "heatmap");
    let data = option["series"][0]["data"].as_array().unwrap();
    assert_eq!(data.len(), 6);
    // Item of row 0, column 1: x = column, y = row, the amount.
    assert_eq!(
        data[item_of(&m, 0, 1)]["value"],
        serde_json::json!([1.0, 0.0, 50.0])
    );
    assert_eq!(data[item_of(&m, 1, 0)]["itemStyle"]["color"], NOT_RELEVANT);
    assert_eq!(data[item_of(&m, 1, 1)]["itemStyle"]["color"], IN_PROGRESS);
    // Names are categories, never formatted into HTML by us.
    assert_eq!(option["yAxis"][0]["data"][0], names[0].as_str());
    assert_eq!(option["xAxis"][0]["data"][1], "Süd");
    assert!(!option.to_string().contains("formatter"));
    // Items map back to cells; beyond the matrix is nothing.
    assert_eq!(cell_of(&m, item_of(&m, 2, 1)), Some((2, 1)));
    assert_eq!(cell_of(&m, 6), None);
}

#[test]
fn colours_shade_by_amount_and_an_empty_matrix_draws_nothing() {
    let full = cell_color(&CellStatus::Buys(100.0), 100.0, 0.0);
    let pale = cell_color(&CellStatus::Buys(1.0), 100.0, 0.0);
    assert_eq!(full, "#2e7d32");
    assert_ne!(full, pale);
    // What the parts buy is the palest green, whatever the amount.
    let parts = cell_color(&CellStatus::PartsBuy(100.0), 100.0, 0.0);
    assert_eq!(parts, cell_color(&CellStatus::PartsBuy(1.0), 100.0, 0.0));
    assert_ne!(parts, full);
    assert_eq!(cell_color(&CellStatus::Open(None), 0.0, 0.0), OPEN_UNKNOWN);
    // No maximum (all zero): the full colour, no division by zero.
    assert_eq!(
        cell_color(&CellStatus::Open(Some(Potential::Entered(0.0))), 0.0, 0.0),
        "#e67e22"
    );
    let m = whitespace(
        1,
        &[],
        &[],
        &[],
        (2024, 2024),
        &CellMarks::default(),
        &HashMap::new(),
    );
    let option: Value =
        serde_json::from_str(heatmap_option(&m, &[], &["Whole".into()]).json()).unwrap();
    assert!(option["series"][0]["data"].as_array().unwrap().is_empty());
    assert_eq!(cell_of(&m, 0), None);
}
