//! The customer portfolio: one bubble per account at (supplier position, customer
//! attractiveness), size = revenue, colour = ABC class, quadrant lines at the splits and
//! the quadrant names in the plot's corners; the largest accounts' names only where
//! they fit ([`place_labels`]). Names are plain data (ECharts escapes them; the page's tooltip
//! callback is escaped by `<Chart/>`).

use super::option::{centred_name_axis, guide_line};
use super::{ChartOption, Margins, OptionBuilder};
use charming::component::Axis;
use charming::datatype::{DataPoint, DataPointItem};
use charming::element::{AxisType, ItemStyle, LineStyle, LineStyleType};
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
    let mut chart = OptionBuilder::plot(Margins::new(60, 30, 30, 50))
        .push(
            "xAxis",
            centred_name_axis(AxisType::Value, &texts.position, 30)
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
    let quadrant_names: Vec<QuadrantName> = QUADRANT_CORNERS
        .iter()
        .zip(&texts.quadrants)
        .map(|(&(x, y, side), name)| QuadrantName { x, y, side, name })
        .collect();
    let placed = place_labels(bubbles, &quadrant_names);
    let labels: Vec<serde_json::Value> = placed
        .iter()
        .map(|l| {
            let b = &bubbles[l.bubble];
            json!({
                "name": b.name,
                "value": [round1(b.position), round1(b.attractiveness), 0.0, 0.0],
                "label": {"position": side_name(l.side)},
            })
        })
        .collect();
    chart = chart.push(
        "series",
        json!({
            "type": "scatter",
            "name": texts.largest,
            "label": {"show": true, "position": "right", "color": "#111827", "fontSize": 12, "formatter": "{b}"},
            // `place_labels` estimates a plot of PLOT_PX; on a smaller one (a phone) a
            // name that would cover another is moved, or else left out.
            "labelLayout": {"moveOverlap": "shiftY", "hideOverlap": true},
            "data": labels,
        }),
    );
    ids.push(placed.iter().map(|l| bubbles[l.bubble].id).collect());
    let names: Vec<serde_json::Value> = quadrant_names
        .iter()
        .map(|q| json!({"name": q.name, "value": [q.x, q.y, 0.0, 0.0], "label": {"position": side_name(q.side)}}))
        .collect();
    chart = chart.push(
        "series",
        json!({
            "type": "scatter",
            "name": texts.quadrant_series,
            "label": {"show": true, "color": "#6b7280", "fontSize": QUADRANT_FONT_PX, "formatter": "{b}"},
            "data": names,
        }),
    );
    ids.push(Vec::new());
    // The quadrant lines at the splits, one dashed line broken by an empty point.
    chart = chart.push(
        "series",
        guide_line(
            LineStyle::new()
                .type_(LineStyleType::Dashed)
                .color("#6b7280")
                .width(1),
            json!([[sp, 0.0], [sp, 100.0], "-", [0.0, sa], [100.0, sa]]),
        ),
    );
    ids.push(Vec::new());
    (chart.build(), ids)
}

/// Where the quadrants' names stand (star, question mark, cash, take-along): in the
/// outer corner of each quadrant, where bubbles are rare (a score near 0 or 100), as
/// (position, attractiveness, side of the point the text runs to).
/// In the order of `PortfolioTexts::quadrants` ([`quadrant_index`]): stars (both
/// high), question marks (attractive, weak position: upper left), cash (strong
/// position, less attractive: lower right), take-along.
pub const QUADRANT_CORNERS: [(f64, f64, Side); 4] = [
    (98.0, 96.0, Side::Left),
    (2.0, 96.0, Side::Right),
    (98.0, 4.0, Side::Left),
    (2.0, 4.0, Side::Right),
];

/// A quadrant's name on the chart.
#[derive(Debug, Clone, Copy)]
pub struct QuadrantName<'a> {
    pub x: f64,
    pub y: f64,
    pub side: Side,
    pub name: &'a str,
}

fn side_name(side: Side) -> &'static str {
    match side {
        Side::Right => "right",
        Side::Left => "left",
    }
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

/// The box of a text of `width` pixels and `height` beside the point (x, y), on `side`.
fn text_box(x: f64, y: f64, side: Side, width: f64, height: f64) -> TextBox {
    let (px, py) = to_px(x, y);
    let (left, right) = match side {
        Side::Right => (px + LABEL_GAP_PX, px + LABEL_GAP_PX + width),
        Side::Left => (px - LABEL_GAP_PX - width, px - LABEL_GAP_PX),
    };
    TextBox {
        left,
        right,
        top: py - height / 2.0,
        bottom: py + height / 2.0,
    }
}

/// The box of a quadrant's name, in plot pixels.
pub fn quadrant_box(q: &QuadrantName) -> TextBox {
    let w = q.name.chars().count() as f64 * QUADRANT_FONT_PX * 0.62 + 4.0;
    text_box(q.x, q.y, q.side, w, QUADRANT_FONT_PX + 6.0)
}

/// The box of a bubble's name on `side`, in plot pixels.
pub fn name_box(b: &Bubble, side: Side) -> TextBox {
    let w = b.name.chars().count() as f64 * LABEL_CHAR_PX + 4.0;
    text_box(b.position, b.attractiveness, side, w, LABEL_LINE_PX)
}

/// The names of the largest bubbles, largest first, at most [`LABELLED`]: each right of
/// its bubble, or left when the right is taken, and left out where it would cover a
/// name placed before, a quadrant's name or run off the chart. Estimated on
/// [`PLOT_PX`], so it holds on paper.
pub fn place_labels(bubbles: &[Bubble], quadrants: &[QuadrantName]) -> Vec<PlacedLabel> {
    let taken_by_quadrants: Vec<TextBox> = quadrants.iter().map(quadrant_box).collect();
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
        let (right, left) = (name_box(b, Side::Right), name_box(b, Side::Left));
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
