//! The chart of a requirement profile: us against the competitors, a radar with one
//! axis per criterion, or grouped bars when there are fewer than three criteria (a
//! radar needs three axes to be a shape). A competitor without a single rating is left
//! out (it would be a dot in the middle); each supplier keeps its colour, so the page's
//! legend ([`drawn_suppliers`]) matches the chart.

use charming::component::{Axis, RadarCoordinate, RadarIndicator};
use charming::element::{AxisType, ItemStyle};
use serde_json::{json, Value};

use super::option::{up_to_width, NARROW_PX};
use super::{ChartOption, ChartTable, Margins, OptionBuilder};

/// Colours of the suppliers: us first, then the competitors in turn.
pub const SUPPLIER_COLORS: [&str; 6] = [
    "#2563eb", "#d97706", "#059669", "#7c3aed", "#dc2626", "#6b7280",
];

pub fn supplier_color(index: usize) -> &'static str {
    SUPPLIER_COLORS[index % SUPPLIER_COLORS.len()]
}

/// One supplier's ratings in criterion order (`None`: not rated).
#[derive(Debug, Clone, PartialEq)]
pub struct SupplierRatings {
    pub name: String,
    pub ratings: Vec<Option<f64>>,
}

/// Whether the profile is drawn as a radar (three criteria or more).
pub fn is_radar(criteria: usize) -> bool {
    criteria >= 3
}

/// The suppliers the chart draws, as indices into `suppliers`: us (the first) always,
/// a competitor only with at least one rating. Supplier `i` is drawn in
/// `supplier_color(i)`; radar items and bar series follow this order.
pub fn drawn_suppliers(suppliers: &[SupplierRatings]) -> Vec<usize> {
    (0..suppliers.len())
        .filter(|&i| i == 0 || suppliers[i].ratings.iter().any(Option::is_some))
        .collect()
}

/// The names of the competitors left out of the chart for want of ratings.
pub fn unrated_competitors(suppliers: &[SupplierRatings]) -> Vec<String> {
    let drawn = drawn_suppliers(suppliers);
    (0..suppliers.len())
        .filter(|i| !drawn.contains(i))
        .map(|i| suppliers[i].name.clone())
        .collect()
}

/// A missing rating as ECharts' "no value" marker.
fn point(r: Option<f64>) -> Value {
    r.map(Value::from).unwrap_or_else(|| Value::from("-"))
}

/// The option: radar (series 0, one data item per drawn supplier) or bars (one series
/// per drawn supplier, one item per criterion), in the order of [`drawn_suppliers`].
/// Names are plain data; the page's tooltip is escaped by `<Chart/>`.
pub fn profile_option(criteria: &[String], suppliers: &[SupplierRatings]) -> ChartOption {
    let drawn: Vec<(usize, &SupplierRatings)> = drawn_suppliers(suppliers)
        .into_iter()
        .map(|i| (i, &suppliers[i]))
        .collect();
    if is_radar(criteria.len()) {
        return radar_with_colours(criteria, 100, &drawn);
    }
    let mut option = OptionBuilder::plot(Margins::new(50, 20, 20, 40))
        .push(
            "xAxis",
            Axis::new()
                .type_(AxisType::Category)
                .data(criteria.to_vec()),
        )
        .push("yAxis", Axis::new().type_(AxisType::Value).min(0).max(100));
    for (i, s) in drawn {
        let data: Vec<Value> = s.ratings.iter().map(|r| point(*r)).collect();
        option = option.push(
            "series",
            json!({
                "type": "bar",
                "name": s.name,
                "itemStyle": ItemStyle::new().color(supplier_color(i)),
                "data": data,
            }),
        );
    }
    option.build()
}

/// A radar with one axis per name, each from 0 to `max`, one shape per series (the
/// first drawn bold and filled). Also the self-assessment's chart.
pub fn radar_option(axes: &[String], max: u32, series: &[SupplierRatings]) -> ChartOption {
    let numbered: Vec<(usize, &SupplierRatings)> = series.iter().enumerate().collect();
    radar_with_colours(axes, max, &numbered)
}

/// The radar's size where the chart is wide (a desktop, paper): most of the frame,
/// with room around it for axis names of two lines.
pub const RADAR_RADIUS: &str = "66%";
/// The radar's size in a narrow column (a tablet, the workshop beside its list) and on
/// a phone, leaving room beside it for names of about a dozen characters.
pub const RADAR_RADIUS_MID: &str = "55%";
pub const RADAR_RADIUS_NARROW: &str = "42%";
/// The widest a chart is drawn as "a narrow column", in pixels.
pub const MID_PX: u32 = 640;
/// Characters per line of an axis name: wide, and narrow. ECharts ignores a width for
/// radar names (apache/echarts#14449), so the names carry their own line breaks.
pub const NAME_LINE_CHARS: usize = 18;
pub const NAME_LINE_CHARS_NARROW: usize = 12;
/// The axis names' size in pixels: wide charts print, and a printed chart is scaled
/// down to the paper.
pub const AXIS_NAME_FONT_PX: u32 = 13;

/// `name` on lines of at most `max` characters where it can be: broken only between
/// words (at a space, or after a hyphen the name has: "Selling-" / "Center"), never
/// inside a word. A single word longer than `max` keeps a line of its own: a word cut
/// at a fixed count ("Kundenwe-rtmodell") reads worse than a long line.
pub fn wrap_name(name: &str, max: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in name.split_whitespace() {
        for (i, piece) in word.split_inclusive('-').enumerate() {
            // A piece after the word's own hyphen joins without a space.
            let sep = if i == 0 { " " } else { "" };
            match lines.last_mut() {
                Some(line) if line.chars().count() + sep.len() + piece.chars().count() <= max => {
                    line.push_str(sep);
                    line.push_str(piece);
                }
                _ => lines.push(piece.to_string()),
            }
        }
    }
    lines.join("\n")
}

/// The radar's axes, each from 0 to `max`, their names wrapped at `line_chars`.
fn indicators(axes: &[String], max: u32, line_chars: usize) -> Value {
    let list: Vec<RadarIndicator> = axes
        .iter()
        .map(|name| {
            RadarIndicator::new()
                .name(wrap_name(name, line_chars))
                .min(0)
                .max(max)
        })
        .collect();
    serde_json::to_value(list).unwrap_or(Value::Null)
}

/// The radar of `series`, each shape in the colour of its number (0: bold and filled).
/// Narrower charts draw a smaller radar with shorter lines of smaller names, so that
/// no name runs off the chart.
fn radar_with_colours(
    axes: &[String],
    max: u32,
    series: &[(usize, &SupplierRatings)],
) -> ChartOption {
    let mut radar =
        serde_json::to_value(RadarCoordinate::new().radius(RADAR_RADIUS)).unwrap_or(Value::Null);
    radar["indicator"] = indicators(axes, max, NAME_LINE_CHARS);
    // An explicit line height: without it the lines of a radar's name are drawn over
    // each other.
    radar["axisName"] = json!({"fontSize": AXIS_NAME_FONT_PX, "lineHeight": AXIS_NAME_FONT_PX + 3});
    let narrow_names = indicators(axes, max, NAME_LINE_CHARS_NARROW);
    let mid = json!({"radar": {
        "radius": RADAR_RADIUS_MID, "indicator": narrow_names, "axisName": {"fontSize": 12, "lineHeight": 15},
    }});
    let narrow = json!({"radar": {"radius": RADAR_RADIUS_NARROW, "axisName": {"fontSize": 11, "lineHeight": 14}}});
    let data: Vec<Value> = series
        .iter()
        .map(|&(i, s)| {
            json!({
                "name": s.name,
                "value": s.ratings.iter().map(|r| point(*r)).collect::<Vec<_>>(),
                "itemStyle": {"color": supplier_color(i)},
                "lineStyle": {"color": supplier_color(i), "width": if i == 0 { 3 } else { 2 }},
                "areaStyle": if i == 0 { json!({"color": supplier_color(0), "opacity": 0.15}) } else { Value::Null },
            })
        })
        .collect();
    OptionBuilder::with_item_tooltip()
        .set("radar", radar)
        .push("series", json!({"type": "radar", "data": data}))
        .push("media", up_to_width(MID_PX, mid))
        .push("media", up_to_width(NARROW_PX, narrow))
        .build()
}

/// The data of a profile or radar chart as a table: a column of axis names (headed
/// `axis`), then one column per series, each value written by `value`.
pub fn series_table(
    axis: &str,
    axes: &[String],
    series: &[SupplierRatings],
    value: impl Fn(Option<f64>) -> String,
) -> ChartTable {
    let mut columns = vec![axis.to_string()];
    columns.extend(series.iter().map(|s| s.name.clone()));
    ChartTable {
        numeric: (0..columns.len()).map(|c| c > 0).collect(),
        columns,
        rows: axes
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let mut row = vec![name.clone()];
                row.extend(
                    series
                        .iter()
                        .map(|s| value(s.ratings.get(i).copied().flatten())),
                );
                row
            })
            .collect(),
    }
}
