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
    // overlapping bubbles stay identifiable without labelling every small one; only
    // where a name fits (`place_labels`), the table beside the chart lists them all.
    let (sa, sp) = (split_attractiveness, split_position);
    let quadrant_points = quadrant_points(sa, sp);
    let quadrant_names: Vec<(f64, f64, &str)> = quadrant_points
        .iter()
        .zip(&texts.quadrants)
        .map(|(&(x, y), name)| (x, y, name.as_str()))
        .collect();
    let placed = place_labels(bubbles, &quadrant_names);
    let labels: Vec<serde_json::Value> = placed
        .iter()
        .map(|l| {
            let b = &bubbles[l.bubble];
            let side = match l.side {
                Side::Right => "right",
                Side::Left => "left",
            };
            json!({
                "name": b.name,
                "value": [round1(b.position), round1(b.attractiveness), 0.0, 0.0],
                "label": {"position": side},
            })
        })
        .collect();
    chart = chart.push(
        "series",
        json!({
            "type": "scatter",
            "name": texts.largest,
            "label": {"show": true, "position": "right", "color": "#111827", "fontSize": 12, "formatter": "{b}"},
            "data": labels,
        }),
    );
    ids.push(placed.iter().map(|l| bubbles[l.bubble].id).collect());
    let names: Vec<DataPoint> = quadrant_points
        .iter()
        .zip(&texts.quadrants)
        .map(|(&(x, y), name)| {
            DataPointItem::new(vec![x, y, 0.0, 0.0])
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
                    .font_size(QUADRANT_FONT_PX)
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

/// The centres of the four quadrants (star, question mark, cash, take-along), where
/// their names stand, as (position, attractiveness).
fn quadrant_points(split_attractiveness: f64, split_position: f64) -> [(f64, f64); 4] {
    let centre = |low: bool, split: f64| {
        if low {
            split / 2.0
        } else {
            (100.0 + split) / 2.0
        }
    };
    [(false, false), (false, true), (true, false), (true, true)].map(|(weak, low)| {
        (
            centre(weak, split_position),
            centre(low, split_attractiveness),
        )
    })
}

/// The plot the label placement assumes, in pixels (x, y): about the smallest the chart
/// is drawn at (the report's chart on A4 paper, the page's beside its table). A larger
/// plot only adds room between the names.
pub const PLOT_PX: (f64, f64) = (560.0, 380.0);
/// Text of 12 px: the width of a character (generous for the average of a name) and of
/// a line.
const LABEL_CHAR_PX: f64 = 7.2;
const LABEL_LINE_PX: f64 = 16.0;
const QUADRANT_FONT_PX: f64 = 14.0;
/// ECharts' distance between a point and its label.
const LABEL_GAP_PX: f64 = 5.0;

/// Which side of its bubble a name stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
}

/// A text's box in plot pixels (y downwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextBox {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl TextBox {
    pub fn overlaps(&self, other: &TextBox) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }
}

/// A name placed by [`place_labels`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedLabel {
    /// Index into the bubbles.
    pub bubble: usize,
    pub side: Side,
    pub text: TextBox,
}

fn to_px(x: f64, y: f64) -> (f64, f64) {
    (x / 100.0 * PLOT_PX.0, (1.0 - y / 100.0) * PLOT_PX.1)
}

/// The box of a quadrant's name, centred on its point, in plot pixels.
pub fn quadrant_box(x: f64, y: f64, name: &str) -> TextBox {
    let (px, py) = to_px(x, y);
    let w = name.chars().count() as f64 * QUADRANT_FONT_PX * 0.62 + 4.0;
    let h = QUADRANT_FONT_PX + 6.0;
    TextBox {
        left: px - w / 2.0,
        right: px + w / 2.0,
        top: py - h / 2.0,
        bottom: py + h / 2.0,
    }
}

/// The names of the largest bubbles, largest first, at most [`LABELLED`]: each right of
/// its bubble, or left when the right is taken, and left out where it would cover a
/// name placed before, a quadrant's name (`quadrants`: position, attractiveness,
/// name) or run off the chart. Estimated on [`PLOT_PX`], so it holds on paper.
pub fn place_labels(bubbles: &[Bubble], quadrants: &[(f64, f64, &str)]) -> Vec<PlacedLabel> {
    let taken_by_quadrants: Vec<TextBox> = quadrants
        .iter()
        .map(|(x, y, n)| quadrant_box(*x, *y, n))
        .collect();
    let mut order: Vec<usize> = (0..bubbles.len()).collect();
    order.sort_by(|&a, &b| bubbles[b].revenue.total_cmp(&bubbles[a].revenue));
    let mut placed: Vec<PlacedLabel> = Vec::new();
    // The grid leaves 60 px left and 30 px right of the plot, 30 above, 50 below.
    let inside = |t: &TextBox| {
        t.left >= -55.0 && t.right <= PLOT_PX.0 + 28.0 && t.top >= -28.0 && t.bottom <= PLOT_PX.1
    };
    for i in order {
        if placed.len() >= LABELLED {
            break;
        }
        let b = &bubbles[i];
        let (px, py) = to_px(b.position, b.attractiveness);
        let w = b.name.chars().count() as f64 * LABEL_CHAR_PX + 4.0;
        let (top, bottom) = (py - LABEL_LINE_PX / 2.0, py + LABEL_LINE_PX / 2.0);
        let right = TextBox {
            left: px + LABEL_GAP_PX,
            right: px + LABEL_GAP_PX + w,
            top,
            bottom,
        };
        let left = TextBox {
            left: px - LABEL_GAP_PX - w,
            right: px - LABEL_GAP_PX,
            top,
            bottom,
        };
        let free = |t: &TextBox| {
            inside(t)
                && !taken_by_quadrants.iter().any(|q| q.overlaps(t))
                && !placed.iter().any(|p| p.text.overlaps(t))
        };
        let choice = [(Side::Right, right), (Side::Left, left)]
            .into_iter()
            .find(|(_, t)| free(t));
        if let Some((side, text)) = choice {
            placed.push(PlacedLabel {
                bubble: i,
                side,
                text,
            });
        }
    }
    placed
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
