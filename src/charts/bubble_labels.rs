//! Where the portfolio's names stand ([`place_labels`]): beside their bubble, clear of
//! other names, of other bubbles, of the quadrants' names and inside the plot, estimated
//! on a plot of a given size ([`LabelPlot`]): paper, and a phone.

use super::portfolio::{bubble_size, Bubble};

/// A quadrant's name on the chart.
#[derive(Debug, Clone, Copy)]
pub struct QuadrantName<'a> {
    pub x: f64,
    pub y: f64,
    pub side: Side,
    pub name: &'a str,
}

/// Which side of its bubble a name stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Right,
    Left,
}

pub(super) fn side_name(side: Side) -> &'static str {
    match side {
        Side::Right => "right",
        Side::Left => "left",
    }
}

/// A plot the names are placed on: its size in pixels and the names' text there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelPlot {
    pub width: f64,
    pub height: f64,
    /// The width of a character (generous for the average of a name) and of a line.
    pub char_px: f64,
    pub line_px: f64,
    /// The names' font size.
    pub font_px: u32,
}

/// About the smallest plot the chart is drawn at on a desktop and on paper (the
/// report's chart on A4, the page's beside its table). A larger plot only adds room
/// between the names. Text of 12 px.
pub const PAPER: LabelPlot = LabelPlot {
    width: 560.0,
    height: 380.0,
    char_px: 7.2,
    line_px: 16.0,
    font_px: 12,
};

/// The plot on a 390 px phone (the chart's grid leaves 90 px of its 360 for the axes),
/// with text of 11 px.
pub const PHONE: LabelPlot = LabelPlot {
    width: 270.0,
    height: 440.0,
    char_px: 6.6,
    line_px: 15.0,
    font_px: 11,
};

/// [`PAPER`]'s size (x, y).
pub const PLOT_PX: (f64, f64) = (PAPER.width, PAPER.height);

const QUADRANT_FONT_PX: f64 = 14.0;
/// Between a bubble's edge and its name.
const LABEL_GAP_PX: f64 = 3.0;

pub(super) fn quadrant_font_px() -> f64 {
    QUADRANT_FONT_PX
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

fn to_px(plot: &LabelPlot, x: f64, y: f64) -> (f64, f64) {
    (x / 100.0 * plot.width, (1.0 - y / 100.0) * plot.height)
}

/// The box of a text of `width` pixels and `height`, `gap` pixels beside the point
/// (x, y), on `side`.
fn text_box(plot: &LabelPlot, at: (f64, f64), side: Side, gap: f64, size: (f64, f64)) -> TextBox {
    let (px, py) = to_px(plot, at.0, at.1);
    let (width, height) = size;
    let (left, right) = match side {
        Side::Right => (px + gap, px + gap + width),
        Side::Left => (px - gap - width, px - gap),
    };
    TextBox {
        left,
        right,
        top: py - height / 2.0,
        bottom: py + height / 2.0,
    }
}

/// The box of a quadrant's name, in plot pixels.
pub fn quadrant_box_on(plot: &LabelPlot, q: &QuadrantName) -> TextBox {
    let w = q.name.chars().count() as f64 * QUADRANT_FONT_PX * 0.62 + 4.0;
    text_box(plot, (q.x, q.y), q.side, 5.0, (w, QUADRANT_FONT_PX + 6.0))
}

/// The box of a quadrant's name on [`PAPER`].
pub fn quadrant_box(q: &QuadrantName) -> TextBox {
    quadrant_box_on(&PAPER, q)
}

/// How far a name stands from its bubble's centre, in pixels: just outside the bubble
/// (`max_revenue`: the largest on the chart, which sets the bubbles' sizes).
pub fn label_distance(b: &Bubble, max_revenue: f64) -> f64 {
    (bubble_size(b.revenue, max_revenue) / 2.0 + LABEL_GAP_PX).round()
}

/// The box of a bubble's name on `side`, on `plot`.
pub fn name_box_on(plot: &LabelPlot, b: &Bubble, side: Side, max_revenue: f64) -> TextBox {
    let w = b.name.chars().count() as f64 * plot.char_px + 4.0;
    let gap = label_distance(b, max_revenue);
    text_box(
        plot,
        (b.position, b.attractiveness),
        side,
        gap,
        (w, plot.line_px),
    )
}

/// The box of a bubble's name on `side`, on [`PAPER`].
pub fn name_box(b: &Bubble, side: Side, max_revenue: f64) -> TextBox {
    name_box_on(&PAPER, b, side, max_revenue)
}

/// The square inside a bubble that a name must not cross, on `plot` (the corners of a
/// bubble's box may take a name's corner).
fn bubble_core(plot: &LabelPlot, b: &Bubble, max_revenue: f64) -> TextBox {
    let (px, py) = to_px(plot, b.position, b.attractiveness);
    let half = bubble_size(b.revenue, max_revenue) / 2.0 * 0.75;
    TextBox {
        left: px - half,
        right: px + half,
        top: py - half,
        bottom: py + half,
    }
}

/// The names of the largest bubbles on [`PAPER`] ([`place_labels_on`]).
pub fn place_labels(bubbles: &[Bubble], quadrants: &[QuadrantName]) -> Vec<PlacedLabel> {
    place_labels_on(&PAPER, bubbles, quadrants)
}

/// The names of the largest bubbles, largest first, at most [`super::portfolio::LABELLED`]:
/// each right of its bubble, or left when the right is taken, and left out where it
/// would cover a name placed before, another bubble, a quadrant's name, or leave the
/// plot.
pub fn place_labels_on(
    plot: &LabelPlot,
    bubbles: &[Bubble],
    quadrants: &[QuadrantName],
) -> Vec<PlacedLabel> {
    let max_revenue = bubbles.iter().map(|b| b.revenue).fold(0.0, f64::max);
    let taken_by_quadrants: Vec<TextBox> =
        quadrants.iter().map(|q| quadrant_box_on(plot, q)).collect();
    let cores: Vec<TextBox> = bubbles
        .iter()
        .map(|b| bubble_core(plot, b, max_revenue))
        .collect();
    let mut order: Vec<usize> = (0..bubbles.len()).collect();
    order.sort_by(|&a, &b| bubbles[b].revenue.total_cmp(&bubbles[a].revenue));
    let mut placed: Vec<PlacedLabel> = Vec::new();
    let inside = |t: &TextBox| {
        t.left >= 0.0 && t.right <= plot.width && t.top >= 0.0 && t.bottom <= plot.height
    };
    for i in order {
        if placed.len() >= super::portfolio::LABELLED {
            break;
        }
        let b = &bubbles[i];
        let free = |t: &TextBox| {
            inside(t)
                && !taken_by_quadrants.iter().any(|q| q.overlaps(t))
                && !placed.iter().any(|p| p.text.overlaps(t))
                && !cores
                    .iter()
                    .enumerate()
                    .any(|(j, c)| j != i && c.overlaps(t))
        };
        let choice = [Side::Right, Side::Left]
            .into_iter()
            .map(|side| (side, name_box_on(plot, b, side, max_revenue)))
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
