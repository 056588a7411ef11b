//! The buying center's two charts: the map of influence × attitude (one series per
//! level, people in the same cell spread apart so none hides another) and the
//! reports-to chart of the customer's organisation (laid out by
//! `domain::stakeholders::org_chart`, drawn as points and elbow lines, so that ECharts'
//! tree module need not be loaded). Names are plain data: ECharts escapes labels, and
//! the page's tooltip lines are escaped by `<Chart/>`. On the map a name stands below
//! its point, between the grid lines; neighbours in a cell alternate below and above.

use super::option::{centred_name_axis, guide_line, up_to_width, NARROW_PX};
use super::{ChartOption, Margins, OptionBuilder};
use charming::element::{AxisType, ItemStyle};
use serde_json::json;

use crate::domain::stakeholders::{Attitude, Level, OrgNode, Stakeholder};
use crate::i18n::buying_center::{attitude_text, level_text, BC};
use crate::i18n::Lang;

/// Texts of the map, in the UI language.
#[derive(Debug, Clone, PartialEq)]
pub struct MapTexts {
    pub attitude: String,
    pub influence: String,
    /// Attitude names from blocker (left) to champion (right).
    pub attitudes: [String; 5],
    /// Series names, one per level (operational, project, management).
    pub levels: [String; 3],
}

/// Colours of the levels (operational, project, management): distinct for colour-blind
/// readers and with 3:1 contrast against white.
pub const LEVEL_COLORS: [&str; 3] = ["#0f766e", "#b45309", "#1d4ed8"];

/// The column of an attitude on the map: blocker 0 … champion 4.
pub fn attitude_column(a: Attitude) -> usize {
    (a.score() + 2) as usize
}

/// The map option, and for each series the ids of its people (for the tooltip). The
/// page shows the levels' colours in a legend of its own (ECharts' legend component is
/// not in the vendored bundle).
/// People sharing a cell are spread vertically around their influence.
pub fn map_option(people: &[Stakeholder], texts: &MapTexts) -> (ChartOption, Vec<Vec<u32>>) {
    // Every attitude is named (ECharts would skip some where they crowd).
    let mut attitude_axis = serde_json::to_value(
        centred_name_axis(AxisType::Category, &texts.attitude, 28).data(texts.attitudes.to_vec()),
    )
    .unwrap_or_default();
    attitude_axis["axisLabel"] = json!({"interval": 0});
    let mut chart = OptionBuilder::plot(Margins::new(60, 40, 40, 50))
        .push("xAxis", attitude_axis)
        // Lines at 1-5 only: the axis runs from 0 to 6 so that points at 1 and 5 keep
        // room for their spread, without labels at its ends.
        .push(
            "yAxis",
            json!({
                "type": "value", "name": texts.influence, "min": 0, "max": 6, "interval": 1,
                "axisLabel": {"showMinLabel": false, "showMaxLabel": false},
                "splitLine": {"show": true},
            }),
        );
    let spread = spread_in_cells(people);
    let sides = flipped_in_cells(people);
    let mut ids = Vec::new();
    for (i, level) in Level::ALL.into_iter().enumerate() {
        let of_level: Vec<(usize, &Stakeholder)> = people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.level == level)
            .collect();
        let data: Vec<serde_json::Value> = of_level
            .iter()
            .map(|(k, p)| {
                let column = attitude_column(p.attitude);
                json!({
                    "name": p.name,
                    "value": [column as f64, f64::from(p.influence) + spread[*k], 14.0],
                    "label": {"position": label_side(sides[*k])},
                })
            })
            .collect();
        ids.push(of_level.iter().map(|(_, p)| p.id).collect());
        chart = chart.push(
            "series",
            json!({
                "type": "scatter",
                "name": texts.levels[i],
                "itemStyle": ItemStyle::new()
                    .color(LEVEL_COLORS[i])
                    .border_color("#111827")
                    .border_width(1),
                "label": name_label(),
                // Names that would still cover each other (a small screen) are left
                // out; the table above the map has every name.
                "labelLayout": {"hideOverlap": true},
                "data": data,
            }),
        );
    }
    (chart.push("media", narrow_map(texts)).build(), ids)
}

/// The widest a name on the map is drawn on a phone, in pixels: a column of the map
/// at 390 px; longer names wrap onto a second line.
pub const NARROW_NAME_WIDTH_PX: u32 = 54;

/// The map on a phone: a wider plot, the attitudes on two staggered lines (every
/// second one a line lower, so that neighbours do not run into each other) and the
/// names smaller, wrapped to a column's width, so that every name stays readable.
fn narrow_map(texts: &MapTexts) -> serde_json::Value {
    let staggered: Vec<String> = texts
        .attitudes
        .iter()
        .enumerate()
        .map(|(i, a)| {
            if i % 2 == 1 {
                format!("\n{a}")
            } else {
                a.clone()
            }
        })
        .collect();
    let names = json!({"label": {
        "fontSize": 10, "lineHeight": 12, "width": NARROW_NAME_WIDTH_PX, "overflow": "break",
    }});
    up_to_width(
        NARROW_PX,
        json!({
            "grid": {"left": 40, "right": 20, "bottom": 64},
            "xAxis": [{"data": staggered, "nameGap": 44, "axisLabel": {"fontSize": 11}}],
            "series": [names, names, names],
        }),
    )
}

/// A name on the map: centred below its point (or above, see [`label_side`]), between
/// the grid lines and inside its column, so that no line crosses it and none runs off
/// the chart; cut short with "…" past [`NAME_WIDTH_PX`] (the table above the map has
/// every name).
fn name_label() -> serde_json::Value {
    json!({
        "show": true,
        "position": "bottom",
        "distance": 3,
        "color": "#111827",
        "formatter": "{b}",
        "width": NAME_WIDTH_PX,
        "overflow": "truncate",
    })
}

/// The widest a name on the map is drawn, in pixels: a column of the map at its
/// smallest (on A4 paper).
pub const NAME_WIDTH_PX: u32 = 104;

/// Where a name stands: below its point, or above it for every second person sharing
/// a cell (`flip`), who is spread upwards, so that neighbours' names do not cover
/// each other.
pub fn label_side(flip: bool) -> &'static str {
    if flip {
        "top"
    } else {
        "bottom"
    }
}

/// For each person: whether they are the second, fourth, … in their cell.
pub fn flipped_in_cells(people: &[Stakeholder]) -> Vec<bool> {
    let cell = |p: &Stakeholder| (p.attitude, p.influence);
    people
        .iter()
        .enumerate()
        .map(|(i, p)| people[..i].iter().filter(|q| cell(q) == cell(p)).count() % 2 == 1)
        .collect()
}

/// Offsets (in influence units) that spread people of the same attitude and influence
/// around the line of their influence: 0 for one, ±0.15 for two, …
pub fn spread_in_cells(people: &[Stakeholder]) -> Vec<f64> {
    let cell = |p: &Stakeholder| (p.attitude, p.influence);
    people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let same: Vec<usize> = (0..people.len())
                .filter(|&j| cell(&people[j]) == cell(p))
                .collect();
            let k = same.iter().position(|&j| j == i).unwrap_or(0) as f64;
            let m = same.len() as f64;
            // At most ±0.4, so that a person never reaches the next line.
            let step = (0.8 / m).min(0.3);
            (k - (m - 1.0) / 2.0) * step
        })
        .collect()
}

/// The reports-to chart: people as points labelled with their names (colour = level),
/// bosses above their people, joined by elbow lines. Series 0 holds the lines, series 1
/// the people in the order of `nodes`.
pub fn org_option(nodes: &[OrgNode], people: &[Stakeholder]) -> ChartOption {
    let find = |id: u32| people.iter().find(|p| p.id == id);
    let level_index = |l: Level| Level::ALL.iter().position(|x| *x == l).unwrap_or(0);
    let points: Vec<serde_json::Value> = nodes
        .iter()
        .map(|n| {
            let p = find(n.id);
            let name = p.map(|p| p.name.clone()).unwrap_or_default();
            let color = LEVEL_COLORS[p.map_or(0, |p| level_index(p.level))];
            json!({
                "name": name,
                "value": [n.x, -(n.depth as f64), 12.0],
                "itemStyle": {"color": color, "borderColor": "#111827", "borderWidth": 1},
            })
        })
        .collect();
    let mut lines: Vec<serde_json::Value> = Vec::new();
    for n in nodes {
        let Some(boss) = n.boss.and_then(|b| nodes.iter().find(|m| m.id == b)) else {
            continue;
        };
        let (top, bottom) = (-(boss.depth as f64), -(n.depth as f64));
        let mid = (top + bottom) / 2.0;
        lines.extend([
            json!([boss.x, top]),
            json!([boss.x, mid]),
            json!([n.x, mid]),
            json!([n.x, bottom]),
            json!("-"),
        ]);
    }
    let width = nodes.iter().map(|n| n.x).fold(0.0, f64::max);
    let depth = nodes.iter().map(|n| n.depth).max().unwrap_or(0) as f64;
    let hidden =
        |min: f64, max: f64| json!({"type": "value", "show": false, "min": min, "max": max});
    // Under the people.
    let mut links = guide_line(json!({"color": "#6b7280", "width": 1}), lines);
    links["z"] = json!(1);
    OptionBuilder::plot(Margins::new(20, 20, 30, 40))
    .push("xAxis", hidden(-0.6, width + 0.6))
    .push("yAxis", hidden(-depth - 0.4, 0.4))
    .push(
        "series",
        links,
    )
    .push(
        "series",
        json!({
            "type": "scatter",
            "z": 2,
            "label": {"show": true, "position": "bottom", "color": "#111827", "formatter": "{b}"},
            "data": points,
        }),
    )
    .build()
}

/// The texts of the influence × attitude map in the UI language.
pub fn map_texts(l: Lang) -> MapTexts {
    MapTexts {
        attitude: l.t(BC::Attitude).to_string(),
        influence: l.t(BC::Influence).to_string(),
        attitudes: [
            Attitude::Blocker,
            Attitude::Critic,
            Attitude::Neutral,
            Attitude::Supporter,
            Attitude::Champion,
        ]
        .map(|a| l.t(attitude_text(a)).to_string()),
        levels: Level::ALL.map(|v| l.t(level_text(v)).to_string()),
    }
}

/// The colours of the levels on the map (drawn in HTML: ECharts' legend component is
/// not in the vendored bundle); the Stakeholders tab and the account report show it.
#[leptos::component]
pub fn LevelLegend(lang: leptos::prelude::RwSignal<Lang>) -> impl leptos::IntoView {
    use leptos::prelude::*;
    view! {
        <ul class="legend" aria-hidden="true">
            {Level::ALL.into_iter().enumerate().map(|(i, v)| view! {
                <li><span class="swatch" style=format!("background:{}", LEVEL_COLORS[i])></span>{crate::i18n::tr(lang, level_text(v))}</li>
            }).collect_view()}
        </ul>
    }
}
