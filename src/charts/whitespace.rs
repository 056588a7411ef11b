//! The heat map of a whitespace matrix: offerings (rows) × units (columns), each cell
//! coloured by its status and shaded by its amount (bought, or the open potential).
//! Names are axis categories, which ECharts escapes; the tooltip is given by the page as
//! plain lines, which `<Chart/>` escapes.

use charming::component::Axis;
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::{AxisLabel, AxisType, ItemStyle, SplitArea};
use charming::series::Heatmap;

use super::option::{Margins, OptionBuilder};
use super::ChartOption;
use crate::domain::history::whitespace::{CellStatus, Whitespace};

/// Colours of the statuses (the page's legend and cell classes use the same).
pub const BUYS: (u8, u8, u8) = (46, 125, 50);
pub const OPEN: (u8, u8, u8) = (230, 126, 34);
pub const IN_PROGRESS: &str = "#1e6fd9";
pub const NOT_RELEVANT: &str = "#c9ced6";
pub const OPEN_UNKNOWN: &str = "#f3f4f6";

/// The item index of cell (`row`, `column`) in the heat map's data, and back.
pub fn item_of(matrix: &Whitespace, row: usize, column: usize) -> usize {
    row * matrix.units.len() + column
}

pub fn cell_of(matrix: &Whitespace, item: usize) -> Option<(usize, usize)> {
    let columns = matrix.units.len().max(1);
    let (row, column) = (item / columns, item % columns);
    (row < matrix.offerings.len() && column < matrix.units.len()).then_some((row, column))
}

/// `rgb` blended towards white: `share` 0 is pale, 1 the full colour.
fn shade((r, g, b): (u8, u8, u8), share: f64) -> String {
    let s = 0.25 + 0.75 * share.clamp(0.0, 1.0);
    let mix = |c: u8| (255.0 - (255.0 - c as f64) * s).round() as u8;
    format!("#{:02x}{:02x}{:02x}", mix(r), mix(g), mix(b))
}

/// The colour of one cell; amounts are shaded against the largest of their kind.
pub fn cell_color(status: &CellStatus, max_bought: f64, max_open: f64) -> String {
    let share = |v: f64, max: f64| if max > 0.0 { v / max } else { 1.0 };
    match status {
        CellStatus::Buys(v) => shade(BUYS, share(*v, max_bought)),
        // The palest green: bought, but counted in the parts' cells.
        CellStatus::PartsBuy(_) => shade(BUYS, 0.0),
        CellStatus::Open(Some(p)) => shade(OPEN, share(p.amount(), max_open)),
        CellStatus::Open(None) => OPEN_UNKNOWN.into(),
        CellStatus::InProgress => IN_PROGRESS.into(),
        CellStatus::NotRelevant => NOT_RELEVANT.into(),
    }
}

/// The heat map: `offerings` and `units` are the row and column names in matrix order.
pub fn heatmap_option(matrix: &Whitespace, offerings: &[String], units: &[String]) -> ChartOption {
    let amount = |c: &CellStatus| match c {
        CellStatus::Buys(v) => *v,
        CellStatus::Open(Some(p)) => p.amount(),
        _ => 0.0,
    };
    let max_of = |buys: bool| {
        matrix
            .cells
            .iter()
            .flatten()
            .filter(|c| matches!(c, CellStatus::Buys(_)) == buys)
            .map(amount)
            .fold(0.0, f64::max)
    };
    let (max_bought, max_open) = (max_of(true), max_of(false));
    let mut data = Vec::new();
    for (r, row) in matrix.cells.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let value: CompositeValue = vec![c as f64, r as f64, amount(cell)].into();
            let color = cell_color(cell, max_bought, max_open);
            data.push(DataPointItem::new(value).item_style(ItemStyle::new().color(color)));
        }
    }
    let category = |names: &[String], label: AxisLabel| {
        Axis::new()
            .type_(AxisType::Category)
            .data(names.to_vec())
            .split_area(SplitArea::new().show(true))
            .axis_label(label.interval(0))
    };
    // Rows top to bottom as in the table.
    let rows = category(offerings, AxisLabel::new()).inverse(true);
    // More than three units' names side by side ran together on a phone: slanted.
    let columns = if units.len() > 3 {
        AxisLabel::new().rotate(30.0)
    } else {
        AxisLabel::new()
    };
    // charming's heat map takes rows of plain values; items with their own colour are
    // its `DataPointItem`s, put in place of the data.
    let mut series = serde_json::to_value(
        Heatmap::new().item_style(ItemStyle::new().border_color("#ffffff").border_width(2)),
    )
    .unwrap_or_default();
    series["data"] = serde_json::to_value(&data).unwrap_or_default();
    OptionBuilder::plot(Margins::new(8, 8, 8, 8))
        .set(
            "grid",
            serde_json::json!({"left": 8, "right": 8, "top": 8, "bottom": 8, "containLabel": true}),
        )
        .push("xAxis", category(units, columns))
        .push("yAxis", rows)
        .push("series", series)
        .build()
}
