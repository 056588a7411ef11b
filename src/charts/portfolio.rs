//! The customer portfolio: one bubble per account at (supplier position, customer
//! attractiveness), size = revenue, colour = ABC class, quadrant lines at the splits and
//! the quadrant names. Names are plain data (ECharts escapes them; the page's tooltip
//! callback is escaped by `<Chart/>`).

use super::{ChartOption, OptionBuilder};
use charming::component::{Axis, Grid};
use charming::datatype::{DataPoint, DataPointItem};
use charming::element::{
    AxisType, Formatter, ItemStyle, Label, LabelPosition, LineStyle, LineStyleType, Tooltip,
    Trigger,
};
use charming::series::Scatter;
use serde_json::json;

use super::pareto::class_color;
use crate::domain::{AbcClass, AccountId};

/// One account on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Bubble {
    pub id: AccountId,
    pub name: String,
    /// 0-100 (y).
    pub attractiveness: f64,
    /// 0-100 (x).
    pub position: f64,
    pub revenue: f64,
    pub class: AbcClass,
}

/// Texts of the chart, in the UI language.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioTexts {
    pub attractiveness: String,
    pub position: String,
    /// Star, question mark, cash, take-along.
    pub quadrants: [String; 4],
    /// Series names per ABC class ("Class A").
    pub classes: [String; 3],
    /// Name of the series that labels the largest bubbles.
    pub largest: String,
    /// Name of the series of quadrant names.
    pub quadrant_series: String,
}

/// How many of the largest bubbles carry their name as a label.
pub const LABELLED: usize = 8;

/// Bubble diameter in pixels: area grows with revenue; credits get the smallest size.
pub fn bubble_size(revenue: f64, max_revenue: f64) -> f64 {
    if max_revenue <= 0.0 || revenue <= 0.0 || !revenue.is_finite() {
        return 8.0;
    }
    8.0 + 40.0 * (revenue / max_revenue).min(1.0).sqrt()
}

/// The option, and for each series the accounts of its items (for clicks and
/// tooltips): the three ABC classes, the labels of the largest, and last the quadrant
/// names (with the split lines), which have none.
pub fn portfolio_option(
    bubbles: &[Bubble],
    split_attractiveness: f64,
    split_position: f64,
    texts: &PortfolioTexts,
) -> (ChartOption, Vec<Vec<AccountId>>) {
    let max_revenue = bubbles.iter().map(|b| b.revenue).fold(0.0, f64::max);
    let round1 = |v: f64| (v * 10.0).round() / 10.0;
    let point = |b: &Bubble| -> DataPoint {
        let value = vec![
            round1(b.position),
            round1(b.attractiveness),
            b.revenue.round(),
            bubble_size(b.revenue, max_revenue).round(),
        ];
        DataPointItem::new(value).name(b.name.clone()).into()
    };
    // The largest bubbles get a label, so that overlapping ones stay identifiable.
    let mut by_size: Vec<&Bubble> = bubbles.iter().collect();
    by_size.sort_by(|a, b| b.revenue.total_cmp(&a.revenue));
    let labelled: Vec<AccountId> = by_size.iter().take(LABELLED).map(|b| b.id).collect();

    let mut chart = OptionBuilder::new()
        .set("tooltip", Tooltip::new().trigger(Trigger::Item))
        .set("grid", Grid::new().left(60).right(30).top(30).bottom(50))
        .push(
            "xAxis",
            Axis::new()
                .type_(AxisType::Value)
                .name(texts.position.clone())
                .name_location(charming::element::NameLocation::Center)
                .name_gap(30)
                .min(0)
                .max(100),
        )
        .push(
            "yAxis",
            Axis::new()
                .type_(AxisType::Value)
                .name(texts.attractiveness.clone())
                .min(0)
                .max(100),
        );
    let mut ids = Vec::new();
    for (i, class) in [AbcClass::A, AbcClass::B, AbcClass::C]
        .into_iter()
        .enumerate()
    {
        let of_class: Vec<&Bubble> = bubbles.iter().filter(|b| b.class == class).collect();
        let data: Vec<DataPoint> = of_class.iter().map(|b| point(b)).collect();
        ids.push(of_class.iter().map(|b| b.id).collect::<Vec<_>>());
        chart = chart.push(
            "series",
            Scatter::new()
                .name(texts.classes[i].clone())
                .item_style(
                    ItemStyle::new()
                        .color(class_color(class))
                        .opacity(0.6)
                        .border_color("#111827")
                        .border_width(1),
                )
                .data(data),
        );
    }
    // The largest bubbles' names, as a label-only series over them (size 0), so that
    // overlapping bubbles stay identifiable without labelling every small one.
    let labels: Vec<DataPoint> = by_size
        .iter()
        .take(LABELLED)
        .map(|b| {
            let value = vec![round1(b.position), round1(b.attractiveness), 0.0, 0.0];
            DataPointItem::new(value).name(b.name.clone()).into()
        })
        .collect();
    chart = chart.push(
        "series",
        Scatter::new()
            .name(texts.largest.clone())
            .label(
                Label::new()
                    .show(true)
                    .position(LabelPosition::Right)
                    .color("#111827")
                    .formatter(Formatter::String("{b}".into())),
            )
            .data(labels),
    );
    ids.push(labelled);
    let (sa, sp) = (split_attractiveness, split_position);
    let centre = |low: bool, split: f64| {
        if low {
            split / 2.0
        } else {
            (100.0 + split) / 2.0
        }
    };
    let corners = [(false, false), (false, true), (true, false), (true, true)];
    let names: Vec<DataPoint> = corners
        .iter()
        .zip(&texts.quadrants)
        .map(|(&(weak, low), name)| {
            DataPointItem::new(vec![centre(weak, sp), centre(low, sa), 0.0, 0.0])
                .name(name.clone())
                .into()
        })
        .collect();
    chart = chart.push(
        "series",
        Scatter::new()
            .name(texts.quadrant_series.clone())
            .label(
                Label::new()
                    .show(true)
                    .position(LabelPosition::Inside)
                    .color("#6b7280")
                    .font_size(14)
                    .formatter(Formatter::String("{b}".into())),
            )
            .data(names),
    );
    ids.push(Vec::new());
    // The quadrant lines at the splits, as one dashed line series broken by an empty
    // point (ECharts' markLine component would cost 6 KB more on every chart page).
    chart = chart.push(
        "series",
        json!({
            "type": "line",
            "silent": true,
            "symbol": "none",
            "connectNulls": false,
            "lineStyle": LineStyle::new().type_(LineStyleType::Dashed).color("#6b7280").width(1),
            "data": [[sp, 0.0], [sp, 100.0], "-", [0.0, sa], [100.0, sa]],
        }),
    );
    ids.push(Vec::new());
    (chart.build(), ids)
}

/// The quadrant a bubble is in, as an index into `PortfolioTexts::quadrants`.
pub fn quadrant_index(q: crate::domain::value_model::Quadrant) -> usize {
    use crate::domain::value_model::Quadrant as Q;
    match q {
        Q::Star => 0,
        Q::QuestionMark => 1,
        Q::Cash => 2,
        Q::TakeAlong => 3,
    }
}
