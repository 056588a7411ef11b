//! The charts of the supplier-role ladder: one key account's timeline of both histories
//! (step lines on a time axis), and the key accounts per role per period (stacked bars).

use charming::component::{Axis, Grid};
use charming::element::{AxisType, ItemStyle, LineStyle, Step as LineStep};
use charming::series::{Bar, Line};

use serde_json::json;

use super::{ChartOption, Margins, OptionBuilder, YEAR_LABEL};
use crate::domain::day::Day;
use crate::domain::roles::{History, PeriodCount, Rung};

/// A year in milliseconds, ECharts' unit on a time axis.
const YEAR_MS: f64 = 365.25 * 24.0 * 3600.0 * 1000.0;

/// Colours of the rungs, lowest first, and of "no entry".
pub const RUNG_COLORS: [&str; 4] = ["#bfdbfe", "#60a5fa", "#2563eb", "#1e3a8a"];
pub const NONE_COLOR: &str = "#d1d5db";

/// One history as a step line: a point per step in date order, and one at `today` so
/// the current step reaches the present. Planned steps are left out.
fn step_points<T: Rung>(history: &History<T>, names: &[String], today: Day) -> Vec<Vec<String>> {
    let mut points: Vec<Vec<String>> = history
        .order()
        .into_iter()
        .map(|i| &history.steps[i])
        .filter(|s| s.date <= today)
        .map(|s| vec![s.date.iso(), names[s.value.position()].clone()])
        .collect();
    if let Some(last) = points.last().cloned() {
        points.push(vec![today.iso(), last[1].clone()]);
    }
    points
}

/// Texts of the timeline: the series names and the rung names of both ladders.
pub struct TimelineTexts {
    pub roles: String,
    pub selling: String,
    pub role_names: Vec<String>,
    pub selling_names: Vec<String>,
}

/// Two step lines in two grids (roles above, selling below) over the same time span.
pub fn timeline_option<R: Rung, S: Rung>(
    roles: &History<R>,
    selling: &History<S>,
    texts: &TimelineTexts,
    today: Day,
) -> ChartOption {
    // Labelled by the year alone: no month names, which ECharts would give in English
    // whatever the UI language. ECharts also puts ticks between the years (half-years
    // at least), which the template would label with their year again: `<Chart/>`
    // turns [`YEAR_LABEL`] into a function that names each year once; labels that
    // would overlap on a narrow screen are left out.
    let time_axis = |grid: i64| {
        json!({
            "type": "time",
            "gridIndex": grid,
            "minInterval": YEAR_MS,
            "axisLabel": {"formatter": YEAR_LABEL, "hideOverlap": true},
        })
    };
    let rung_axis = |names: &[String], name: &str, grid: i64| {
        Axis::new()
            .type_(AxisType::Category)
            .name(name.to_string())
            .data(names.to_vec())
            .grid_index(grid as f64)
    };
    let line = |name: &str, points: Vec<Vec<String>>, axis: i64, color: &str| {
        Line::new()
            .name(name.to_string())
            // A step holds until the next one: the line runs level, then turns. ECharts
            // turns "start" steps along its base axis, which is the category (y) axis
            // here, so "start" draws level-then-up on the time axis ("end" would show
            // each step one period early).
            .step(LineStep::Start)
            .x_axis_index(axis as f64)
            .y_axis_index(axis as f64)
            .line_style(LineStyle::new().color(color).width(3))
            .item_style(ItemStyle::new().color(color))
            .data(points)
    };
    OptionBuilder::with_item_tooltip()
        .push(
            "grid",
            Grid::new().left(150).right(30).top(30).height("32%"),
        )
        .push(
            "grid",
            Grid::new().left(150).right(30).bottom(30).height("32%"),
        )
        .push("xAxis", time_axis(0))
        .push("xAxis", time_axis(1))
        .push("yAxis", rung_axis(&texts.role_names, &texts.roles, 0))
        .push("yAxis", rung_axis(&texts.selling_names, &texts.selling, 1))
        .push(
            "series",
            line(
                &texts.roles,
                step_points(roles, &texts.role_names, today),
                0,
                "#1d4ed8",
            ),
        )
        .push(
            "series",
            line(
                &texts.selling,
                step_points(selling, &texts.selling_names, today),
                1,
                "#d97706",
            ),
        )
        .build()
}

/// Stacked bars: per period, how many key accounts stood on each rung (and on none).
pub fn movement_option(
    counts: &[PeriodCount],
    labels: &[String],
    rung_names: &[String],
    none_name: &str,
) -> ChartOption {
    let mut option = OptionBuilder::plot(Margins::new(50, 20, 20, 40))
        .push(
            "xAxis",
            Axis::new().type_(AxisType::Category).data(labels.to_vec()),
        )
        .push("yAxis", Axis::new().type_(AxisType::Value).min_interval(1));
    for (r, name) in rung_names.iter().enumerate() {
        let data: Vec<f64> = counts.iter().map(|c| c.counts[r] as f64).collect();
        option = option.push(
            "series",
            Bar::new()
                .name(name.clone())
                .stack("roles")
                .item_style(ItemStyle::new().color(RUNG_COLORS[r % RUNG_COLORS.len()]))
                .data(data),
        );
    }
    let none: Vec<f64> = counts.iter().map(|c| c.none as f64).collect();
    option
        .push(
            "series",
            Bar::new()
                .name(none_name.to_string())
                .stack("roles")
                .item_style(ItemStyle::new().color(NONE_COLOR))
                .data(none),
        )
        .build()
}
