//! The whitespace heat map's option: more than three units' names are slanted (side by
//! side they ran together on a phone), three or fewer stay level.

use keystone::charts::whitespace::heatmap_option;
use keystone::domain::history::whitespace::{CellStatus, Whitespace};

fn matrix(units: usize) -> (Whitespace, Vec<String>, Vec<String>) {
    let whitespace = Whitespace {
        offerings: vec![Default::default()],
        units: vec![None; units],
        cells: vec![vec![CellStatus::Buys(100.0); units]],
    };
    let names = (0..units).map(|u| format!("Plant {u}")).collect();
    (whitespace, vec!["Pumps".to_string()], names)
}

fn x_label_rotation(units: usize) -> Option<f64> {
    let (w, offerings, names) = matrix(units);
    let option: serde_json::Value =
        serde_json::from_str(heatmap_option(&w, &offerings, &names).json()).unwrap();
    let x = &option["xAxis"];
    let x = if x.is_array() { &x[0] } else { x };
    assert_eq!(x["data"].as_array().map(Vec::len), Some(units), "{option}");
    x["axisLabel"]["rotate"].as_f64()
}

#[test]
fn three_units_stay_level() {
    assert_eq!(x_label_rotation(3), None);
    assert_eq!(x_label_rotation(1), None);
}

#[test]
fn four_units_are_slanted() {
    assert_eq!(x_label_rotation(4), Some(30.0));
    assert_eq!(x_label_rotation(9), Some(30.0));
}
