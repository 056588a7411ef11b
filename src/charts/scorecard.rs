//! A KPI's trend: a small line of its actual values by period with the target as a
//! dashed line, the points coloured by their traffic light.

use charming::component::Axis;
use charming::element::{AxisType, LineStyle, LineStyleType};
use serde_json::json;

use super::option::guide_line;
use super::{ChartOption, Margins, OptionBuilder};
use crate::domain::scorecard::Status;

pub fn status_color(s: Status) -> &'static str {
    match s {
        Status::Green => "#15803d",
        Status::Yellow => "#ca8a04",
        Status::Red => "#b91c1c",
    }
}

/// `points` are (period label, value, status) in period order.
pub fn trend_option(points: &[(String, f64, Status)], target: f64) -> ChartOption {
    let labels: Vec<String> = points.iter().map(|p| p.0.clone()).collect();
    let data: Vec<serde_json::Value> = points
        .iter()
        .map(|(_, v, s)| json!({"value": v, "itemStyle": {"color": status_color(*s)}}))
        .collect();
    let values = points.iter().map(|p| p.1).chain([target]);
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let pad = ((hi - lo) * 0.15).max(1e-9);
    OptionBuilder::plot(Margins::new(4, 4, 6, 6))
        .push(
            "xAxis",
            Axis::new()
                .type_(AxisType::Category)
                .data(labels)
                .show(false),
        )
        .push(
            "yAxis",
            Axis::new()
                .type_(AxisType::Value)
                .show(false)
                .min(lo - pad)
                .max(hi + pad),
        )
        .push(
            "series",
            json!({
                "type": "line",
                "data": data,
                "symbolSize": 6,
                "lineStyle": LineStyle::new().color("#6b7280").width(1.5),
            }),
        )
        // The target as a second, silent line (markLine would cost 6 KB on every chart page).
        .push(
            "series",
            guide_line(
                LineStyle::new()
                    .color("#374151")
                    .type_(LineStyleType::Dashed)
                    .width(1),
                vec![target; points.len().max(1)],
            ),
        )
        .build()
}
