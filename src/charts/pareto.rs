//! The Pareto chart: sorted bars of each account's value and the cumulative share as a
//! line on a second axis, with the A and B thresholds marked.
//!
//! Large customer lists are aggregated: at most [`MAX_BARS`] bars, each the average of
//! `k` consecutive accounts; the cumulative line keeps exact points (every account up to
//! [`LINE_POINTS`], then every k-th and the last of each class) on a second, hidden x
//! axis laid over the bars.

use charming::component::Axis;
use charming::element::{AxisLabel, AxisTick, AxisType, ItemStyle, LineStyle, LineStyleType};
use charming::series::{Bar, Line};
use serde_json::json;

use super::{ChartOption, Margins, OptionBuilder};
use crate::domain::{AbcClass, AbcResult, AccountId};

pub const MAX_BARS: usize = 300;

/// At most about this many points draw the cumulative line (plus the last of each class).
pub const LINE_POINTS: usize = 2_000;

pub fn class_color(class: AbcClass) -> &'static str {
    match class {
        AbcClass::A => "#1d4ed8",
        AbcClass::B => "#d97706",
        AbcClass::C => "#9ca3af",
    }
}

/// One bar: a single account or a run of consecutive ranks.
#[derive(Debug, Clone, PartialEq)]
pub struct ParetoBar {
    pub first_rank: usize,
    pub last_rank: usize,
    /// The account a click opens: the bar's account, or the largest of its run.
    pub target: AccountId,
    /// The account's value, or the average of the run.
    pub value: f64,
    /// Class of the first account of the run.
    pub class: AbcClass,
    /// Cumulative percent at the last rank of the run.
    pub cumulative: f64,
}

/// The bars for a result: one per account up to `max_bars` accounts, else runs of
/// `k = ceil(n / max_bars)` accounts.
pub fn pareto_bars(result: &AbcResult, max_bars: usize) -> (Vec<ParetoBar>, usize) {
    let n = result.rows.len();
    if n == 0 {
        return (Vec::new(), 1);
    }
    let k = n.div_ceil(max_bars.max(1));
    let bars = result
        .rows
        .chunks(k)
        .map(|run| {
            let first = &run[0];
            let last = &run[run.len() - 1];
            ParetoBar {
                first_rank: first.rank,
                last_rank: last.rank,
                target: first.id,
                value: run.iter().map(|r| r.value).sum::<f64>() / run.len() as f64,
                class: first.class,
                cumulative: last.cumulative,
            }
        })
        .collect();
    (bars, k)
}

/// Texts the chart shows, already in the user's language.
pub struct ParetoTexts {
    pub measure: String,
    pub cumulative: String,
    pub threshold_a: String,
    pub threshold_b: String,
    /// Formats a percentage for bar labels.
    pub percent: Box<dyn Fn(f64) -> String>,
}

/// The ECharts option. `name_of` gives the account names; they end up only in places
/// ECharts escapes (category names shown by the default tooltip), never in a formatter
/// function.
pub fn pareto_option(
    result: &AbcResult,
    name_of: &dyn Fn(AccountId) -> String,
    texts: &ParetoTexts,
    max_bars: usize,
) -> (ChartOption, Vec<AccountId>) {
    let (bars, k) = pareto_bars(result, max_bars);
    let labels: Vec<String> = bars
        .iter()
        .map(|b| {
            let who = account_name(b, k, name_of)
                .unwrap_or_else(|| format!("#{}–#{}", b.first_rank, b.last_rank));
            format!(
                "{who} ({} {})",
                texts.cumulative,
                (texts.percent)(b.cumulative)
            )
        })
        .collect();
    let bar_data: Vec<charming::datatype::DataPoint> = bars
        .iter()
        .map(|b| {
            charming::datatype::DataPointItem::new(round2(b.value))
                .item_style(ItemStyle::new().color(class_color(b.class)))
                .into()
        })
        .collect();
    // Exact points at the centre of their accounts' slots on the hidden value axis: every
    // account up to LINE_POINTS, else every k-th, the last of each class and the last.
    // 100,000 points were most of the time of moving a threshold, and a chart a
    // thousand pixels wide cannot show more than a few thousand.
    let rows = &result.rows;
    let every = rows.len().div_ceil(LINE_POINTS).max(1);
    let line_data: Vec<Vec<f64>> = std::iter::once(vec![0.0, 0.0])
        .chain(
            rows.iter()
                .enumerate()
                .filter(|(i, r)| {
                    (i + 1) % every == 0 || rows.get(i + 1).is_none_or(|next| next.class != r.class)
                })
                .map(|(_, r)| vec![r.rank as f64 - 0.5, (r.cumulative * 100.0).round() / 100.0]),
        )
        .collect();
    let slots = (bars.len() * k) as f64;
    let thresholds = result.thresholds;
    // The thresholds as dashed line series across the percent axis, labelled at their
    // right end (ECharts' markLine component would cost 6 KB more on every chart page).
    let mark = |value: f64, text: &str| {
        json!({
            "type": "line",
            "name": text,
            "xAxisIndex": 1,
            "yAxisIndex": 1,
            "silent": true,
            "symbolSize": 0,
            "lineStyle": LineStyle::new().type_(LineStyleType::Dashed).color("#6b7280").width(1),
            "data": [[0.0, value], {
                "value": [slots.max(1.0), value],
                "label": {"show": true, "position": "top", "align": "right", "formatter": text},
            }],
        })
    };
    let chart = OptionBuilder::plot(Margins::new(70, 56, 30, 30))
        .push(
            "xAxis",
            Axis::new()
                .type_(AxisType::Category)
                .data(labels)
                .axis_label(AxisLabel::new().show(false))
                .axis_tick(AxisTick::new().show(false)),
        )
        .push(
            "xAxis",
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(slots.max(1.0))
                .show(false),
        )
        .push(
            "yAxis",
            // From 0, so that both y axes share their baseline; credits (negative bars)
            // are not part of the curve and stay below it.
            Axis::new()
                .type_(AxisType::Value)
                .name(texts.measure.clone())
                .min(0),
        )
        .push(
            "yAxis",
            Axis::new()
                .type_(AxisType::Value)
                .name(texts.cumulative.clone())
                .min(0)
                .max(100)
                .axis_label(AxisLabel::new().formatter(super::PERCENT_LABEL)),
        )
        .push(
            "series",
            Bar::new()
                .name(texts.measure.clone())
                .bar_width("90%")
                .data(bar_data),
        )
        .push(
            "series",
            Line::new()
                .name(texts.cumulative.clone())
                .x_axis_index(1)
                .y_axis_index(1)
                .show_symbol(false)
                .silent(true)
                .line_style(LineStyle::new().color("#111827").width(2))
                .data(line_data),
        )
        .push("series", mark(thresholds.a(), &texts.threshold_a))
        .push("series", mark(thresholds.b(), &texts.threshold_b))
        .build();
    (chart, bars.iter().map(|b| b.target).collect())
}

/// The name of a bar's account when every bar is one account (`k` = 1); runs of ranks
/// have none.
fn account_name(
    bar: &ParetoBar,
    k: usize,
    name_of: &dyn Fn(AccountId) -> String,
) -> Option<String> {
    (k == 1).then(|| name_of(bar.target))
}

fn round2(v: f64) -> f64 {
    if v.abs() < 1e13 {
        (v * 100.0).round() / 100.0
    } else {
        v
    }
}

/// Column headings of the Pareto table, in the UI language.
pub struct ParetoTableTexts {
    pub ranks: String,
    pub name: String,
    pub value: String,
    pub cumulative: String,
    pub class: String,
    pub number: Box<dyn Fn(f64) -> String>,
    pub percent: Box<dyn Fn(f64) -> String>,
}

/// The Pareto chart as a table: one row per bar (an account, or a run of ranks with
/// its average), exactly what the chart shows.
pub fn pareto_table(
    result: &AbcResult,
    name_of: &dyn Fn(AccountId) -> String,
    texts: &ParetoTableTexts,
    max_bars: usize,
) -> super::ChartTable {
    let (bars, k) = pareto_bars(result, max_bars);
    let rows = bars
        .iter()
        .map(|b| {
            let name = account_name(b, k, name_of);
            let ranks = match name {
                Some(_) => b.first_rank.to_string(),
                None => format!("{}–{}", b.first_rank, b.last_rank),
            };
            vec![
                ranks,
                name.unwrap_or_default(),
                (texts.number)(b.value),
                (texts.percent)(b.cumulative),
                b.class.letter().to_string(),
            ]
        })
        .collect();
    super::ChartTable {
        columns: vec![
            texts.ranks.clone(),
            texts.name.clone(),
            texts.value.clone(),
            texts.cumulative.clone(),
            texts.class.clone(),
        ],
        numeric: vec![true, false, true, true, false],
        rows,
    }
}
