//! Charts: pure functions that turn domain results into ECharts options built from
//! charming's parts (host-tested),
//! and one `<Chart/>` component that owns an ECharts instance.

mod bubble_labels;
pub mod component;
pub mod development;
mod echarts;
mod formatters;
pub mod matrix;
pub mod option;
pub mod pareto;
pub mod portfolio;
pub mod profile;
pub mod roles;
pub mod scorecard;
pub mod stakeholders;
pub mod trend;
pub mod whitespace;

pub use component::{Chart, ChartClick};
pub use formatters::escape_html;
pub use option::{ChartOption, Margins, OptionBuilder};

/// The axis label template that asks `<Chart/>` for percentages in the UI language.
pub const PERCENT_LABEL: &str = "{value} %";

/// The axis label template of a time axis that asks `<Chart/>` to name each year once:
/// at its first tick, the start of the year, or the axis' first tick.
pub const YEAR_LABEL: &str = "{yyyy}";

/// A chart's data as a table: what "Show as table" displays, for screen readers and
/// for copying into a spreadsheet. Texts are already in the UI language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartTable {
    pub columns: Vec<String>,
    /// Which columns hold numbers (right-aligned).
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}
