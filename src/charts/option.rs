//! An ECharts option assembled from charming's typed parts (axes, grid, tooltip, series).
//!
//! Not charming's `Chart`: its serializer, and its `Series` enum, reach every component
//! and chart type ECharts has, ~20 KB gzip on every chart page whether used or not.
//! Serializing each part on its own compiles in only the parts a chart uses.

use charming::component::{Axis, Grid};
use charming::element::{AxisType, NameLocation, Tooltip, Trigger};
use serde::Serialize;

/// An ECharts option as JSON text, what `<Chart/>` hands to ECharts. Cheap to compare
/// and clone, so pages keep it in memos.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChartOption(String);

impl ChartOption {
    pub fn json(&self) -> &str {
        &self.0
    }
}

/// The room around a plot in pixels (for axis names and labels), as ECharts' grid takes
/// it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Margins {
    pub left: i32,
    pub right: i32,
    pub top: i32,
    pub bottom: i32,
}

impl Margins {
    /// In the order left, right, top, bottom.
    pub const fn new(left: i32, right: i32, top: i32, bottom: i32) -> Self {
        Margins {
            left,
            right,
            top,
            bottom,
        }
    }
}

/// An axis with its name centred along it, `gap` pixels away (under an x axis, clear
/// of its labels).
pub fn centred_name_axis(kind: AxisType, name: &str, gap: i32) -> Axis {
    Axis::new()
        .type_(kind)
        .name(name.to_string())
        .name_location(NameLocation::Center)
        .name_gap(gap)
}

/// A line drawn for orientation only (a target, the quadrant splits, the links of the
/// org chart): no points, no clicks, no tooltip; a "-" in `data` breaks it. A line
/// series, because ECharts' markLine component would cost 6 KB more on every chart
/// page.
pub fn guide_line(line_style: impl Serialize, data: impl Serialize) -> serde_json::Value {
    serde_json::json!({
        "type": "line",
        "silent": true,
        "symbol": "none",
        "connectNulls": false,
        "lineStyle": line_style,
        "data": data,
    })
}

/// The widest a chart is drawn on a phone, in CSS pixels (a 390 px screen leaves about
/// 360 for a chart; a column beside a table on a tablet about 450).
pub const NARROW_PX: u32 = 480;

/// An ECharts media rule: `option` merged over the chart's own whenever the chart is at
/// most `max_width` pixels wide (ECharts checks again on every resize). Arrays in
/// `option` (series, axes) merge item by item; a `data` list replaces the chart's.
pub fn up_to_width(max_width: u32, option: serde_json::Value) -> serde_json::Value {
    serde_json::json!({"query": {"maxWidth": max_width}, "option": option})
}

/// Builds a [`ChartOption`] from parts, in order.
#[derive(Debug, Default)]
pub struct OptionBuilder {
    /// (key, JSON of each part, whether the key holds a list)
    fields: Vec<(&'static str, Vec<String>, bool)>,
}

fn json(part: &impl Serialize) -> String {
    serde_json::to_string(part).unwrap_or_else(|_| "null".into())
}

impl OptionBuilder {
    /// An option without animation: charts redraw on every edit.
    pub fn new() -> Self {
        OptionBuilder::default().set("animation", false)
    }

    /// The opening our charts share: ECharts' own tooltip per item, which escapes the
    /// names it shows (a page's tooltip lines are escaped by `<Chart/>`).
    pub fn with_item_tooltip() -> Self {
        OptionBuilder::new().set("tooltip", Tooltip::new().trigger(Trigger::Item))
    }

    /// [`OptionBuilder::with_item_tooltip`] with one plot inside these margins.
    pub fn plot(margins: Margins) -> Self {
        let Margins {
            left,
            right,
            top,
            bottom,
        } = margins;
        OptionBuilder::with_item_tooltip().set(
            "grid",
            Grid::new().left(left).right(right).top(top).bottom(bottom),
        )
    }

    /// A single part: `tooltip`, `grid`, `animation`. Setting a key again replaces it.
    pub fn set(mut self, key: &'static str, part: impl Serialize) -> Self {
        let text = json(&part);
        match self.fields.iter_mut().find(|(k, _, _)| *k == key) {
            Some(field) => *field = (key, vec![text], false),
            None => self.fields.push((key, vec![text], false)),
        }
        self
    }

    /// One more entry of a list part: `xAxis`, `yAxis`, `series`, `media`.
    pub fn push(mut self, key: &'static str, part: impl Serialize) -> Self {
        let text = json(&part);
        match self.fields.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, parts, _)) => parts.push(text),
            None => self.fields.push((key, vec![text], true)),
        }
        self
    }

    pub fn build(self) -> ChartOption {
        let body: Vec<String> = self
            .fields
            .into_iter()
            .map(|(key, parts, list)| {
                let value = if list {
                    format!("[{}]", parts.join(","))
                } else {
                    parts.concat()
                };
                format!("{}:{value}", json(&key))
            })
            .collect();
        ChartOption(format!("{{{}}}", body.join(",")))
    }
}
