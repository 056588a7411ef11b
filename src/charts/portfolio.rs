//! The customer portfolio: one bubble per account at (supplier position, customer
//! attractiveness), size = revenue, colour = ABC class, quadrant lines at the splits and
//! the quadrant names in the plot's corners; the largest accounts' names only where
//! they fit ([`place_labels`]). Names are plain data (ECharts escapes them; the page's tooltip
//! callback is escaped by `<Chart/>`).

use super::bubble_labels::{label_distance, quadrant_font_px, side_name};
pub use super::bubble_labels::{
    name_box, name_box_on, place_labels, place_labels_on, quadrant_box, LabelPlot, PlacedLabel,
    QuadrantName, Side, TextBox, PAPER, PHONE, PLOT_PX,
};
use super::option::{centred_name_axis, guide_line, up_to_width, NARROW_PX};
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
    let labels = name_labels(bubbles, &quadrant_names, &texts.largest);
    chart = chart
        .push("series", labels.series)
        // On a phone, the names that fit there (in the same items, so that a click
        // still finds its account).
        .push(
            "media",
            up_to_width(
                NARROW_PX,
                json!({"series": [{}, {}, {}, {"label": {"fontSize": PHONE.font_px}, "data": labels.phone}]}),
            ),
        );
    ids.push(labels.accounts);
    let names: Vec<serde_json::Value> = quadrant_names
        .iter()
        .map(|q| json!({"name": q.name, "value": [q.x, q.y, 0.0, 0.0], "label": {"position": side_name(q.side)}}))
        .collect();
    chart = chart.push(
        "series",
        json!({
            "type": "scatter",
            "name": texts.quadrant_series,
            "label": {"show": true, "color": "#6b7280", "fontSize": quadrant_font_px(), "formatter": "{b}"},
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

/// The series of the largest bubbles' names: placed on paper ([`place_labels`]), and
/// the same items for a phone, where a name that does not fit there is hidden.
struct NameLabels {
    series: serde_json::Value,
    phone: Vec<serde_json::Value>,
    accounts: Vec<AccountId>,
}

fn name_labels(bubbles: &[Bubble], quadrants: &[QuadrantName], series_name: &str) -> NameLabels {
    let max_revenue = bubbles.iter().map(|b| b.revenue).fold(0.0, f64::max);
    let round1 = |v: f64| (v * 10.0).round() / 10.0;
    let item = |b: &Bubble, label: serde_json::Value| {
        json!({
            "name": b.name,
            "value": [round1(b.position), round1(b.attractiveness), 0.0, 0.0],
            "label": label,
        })
    };
    let beside = |b: &Bubble, side: Side| json!({"position": side_name(side), "distance": label_distance(b, max_revenue)});
    let placed = place_labels(bubbles, quadrants);
    let on_phone = place_labels_on(&PHONE, bubbles, quadrants);
    let data: Vec<serde_json::Value> = placed
        .iter()
        .map(|l| item(&bubbles[l.bubble], beside(&bubbles[l.bubble], l.side)))
        .collect();
    let phone = placed
        .iter()
        .map(|l| {
            let b = &bubbles[l.bubble];
            match on_phone.iter().find(|p| p.bubble == l.bubble) {
                Some(p) => item(b, beside(b, p.side)),
                None => item(b, json!({"show": false})),
            }
        })
        .collect();
    let series = json!({
        "type": "scatter",
        "name": series_name,
        "label": {"show": true, "position": "right", "color": "#111827", "fontSize": PAPER.font_px, "formatter": "{b}"},
        // A plot smaller than estimated still hides a name that would cover another.
        "labelLayout": {"hideOverlap": true},
        "data": data,
    });
    NameLabels {
        series,
        phone,
        accounts: placed.iter().map(|l| bubbles[l.bubble].id).collect(),
    }
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
