//! The chart of "Development over time": revenue per year as bars and the number of
//! customers as a line on a second axis, with its data as a table.

use charming::component::Axis;
use charming::element::{AxisType, ItemStyle, LineStyle};
use charming::series::{Bar, Line};

use super::{ChartOption, ChartTable, Margins, OptionBuilder};
use crate::domain::history::development::YearFigures;

/// Texts of the chart and its table, already in the UI language.
pub struct DevelopmentTexts {
    pub year: String,
    /// The revenue's name (with the currency in the table's heading).
    pub revenue: String,
    pub customers: String,
    /// Formats an amount for the table.
    pub money: Box<dyn Fn(f64) -> String>,
    /// Formats a count for the table.
    pub count: Box<dyn Fn(usize) -> String>,
}

/// Bars of revenue (left axis) and a line of customers (right axis) per year. Years
/// are category names: ECharts shows them as they are, without grouping ("2025", not
/// "2.025").
pub fn development_option(years: &[YearFigures], texts: &DevelopmentTexts) -> ChartOption {
    let labels: Vec<String> = years.iter().map(|y| y.year.to_string()).collect();
    let revenue: Vec<f64> = years
        .iter()
        .map(|y| (y.revenue * 100.0).round() / 100.0)
        .collect();
    let customers: Vec<f64> = years.iter().map(|y| y.customers as f64).collect();
    OptionBuilder::plot(Margins::new(80, 50, 40, 30))
        .push("xAxis", Axis::new().type_(AxisType::Category).data(labels))
        .push(
            "yAxis",
            Axis::new()
                .type_(AxisType::Value)
                .name(texts.revenue.clone()),
        )
        .push(
            "yAxis",
            Axis::new()
                .type_(AxisType::Value)
                .name(texts.customers.clone())
                .min(0)
                .min_interval(1),
        )
        .push(
            "series",
            Bar::new()
                .name(texts.revenue.clone())
                .item_style(ItemStyle::new().color("#1d4ed8"))
                .data(revenue),
        )
        .push(
            "series",
            Line::new()
                .name(texts.customers.clone())
                .y_axis_index(1)
                .item_style(ItemStyle::new().color("#d97706"))
                .line_style(LineStyle::new().color("#d97706").width(2))
                .data(customers),
        )
        .build()
}

/// The chart's data: one row per year with its revenue and customers.
pub fn development_table(years: &[YearFigures], texts: &DevelopmentTexts) -> ChartTable {
    ChartTable {
        columns: vec![
            texts.year.clone(),
            texts.revenue.clone(),
            texts.customers.clone(),
        ],
        numeric: vec![false, true, true],
        rows: years
            .iter()
            .map(|y| {
                vec![
                    y.year.to_string(),
                    (texts.money)(y.revenue),
                    (texts.count)(y.customers),
                ]
            })
            .collect(),
    }
}
