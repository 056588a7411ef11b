//! A key account's revenue trend by offering: stacked bars per year (docs/methods.md,
//! "Development over time"), and the same data as a table.

use charming::component::Axis;
use charming::element::{AxisType, ItemStyle};
use charming::series::Bar;

use super::{ChartOption, ChartTable, Margins, OptionBuilder};

/// Colours of the offerings, in order (repeated past eight), distinguishable and dark
/// enough against white.
pub const OFFERING_COLORS: [&str; 8] = [
    "#1d4ed8", "#d97706", "#15803d", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#6b7280",
];

/// One stacked bar series: an offering's name and its revenue per year.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendSeries {
    pub name: String,
    pub values: Vec<f64>,
}

pub fn offering_color(i: usize) -> &'static str {
    OFFERING_COLORS[i % OFFERING_COLORS.len()]
}

/// The bars: one stack per year, a segment per offering.
pub fn trend_option(years: &[i32], series: &[TrendSeries]) -> ChartOption {
    let labels: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    let mut option = OptionBuilder::plot(Margins::new(70, 16, 16, 30))
        .push("xAxis", Axis::new().type_(AxisType::Category).data(labels))
        .push("yAxis", Axis::new().type_(AxisType::Value));
    for (i, s) in series.iter().enumerate() {
        option = option.push(
            "series",
            Bar::new()
                .name(s.name.clone())
                .stack("revenue")
                .item_style(ItemStyle::new().color(offering_color(i)))
                .data(s.values.clone()),
        );
    }
    option.build()
}

/// The table: a row per offering, a column per year, and the totals.
pub fn trend_table(
    years: &[i32],
    series: &[TrendSeries],
    offering: &str,
    total: &str,
    number: &dyn Fn(f64) -> String,
) -> ChartTable {
    let mut columns = vec![offering.to_string()];
    columns.extend(years.iter().map(|y| y.to_string()));
    let mut rows: Vec<Vec<String>> = series
        .iter()
        .map(|s| {
            std::iter::once(s.name.clone())
                .chain(s.values.iter().map(|v| number(*v)))
                .collect()
        })
        .collect();
    let sums = (0..years.len()).map(|i| series.iter().map(|s| s.values[i]).sum::<f64>());
    rows.push(
        std::iter::once(total.to_string())
            .chain(sums.map(number))
            .collect(),
    );
    let numeric = std::iter::once(false)
        .chain(years.iter().map(|_| true))
        .collect();
    ChartTable {
        columns,
        numeric,
        rows,
    }
}
