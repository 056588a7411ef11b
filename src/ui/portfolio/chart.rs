//! The bubble chart: a click opens the account; the tooltip names the account with its
//! scores, or a quadrant with its strategy; the same data as a table.

use leptos::prelude::*;

use super::{texts, Splits, QUADRANT_TEXTS};
use crate::charts::portfolio::{portfolio_option, quadrant_index, Bubble};
use crate::charts::{Chart, ChartClick, ChartTable};
use crate::i18n::{fill, value::V, Lang};
use crate::state::browser::navigate;
use crate::state::{use_app, Route};

/// The tooltip's lines for a bubble: its name, both scores and its revenue.
fn bubble_lines(l: Lang, b: &Bubble) -> Vec<String> {
    let line = |what: V, value: String| {
        fill(
            l.t(V::TooltipScores),
            &[("what", l.t(what)), ("value", &value)],
        )
    };
    vec![
        b.name.clone(),
        line(V::Attractiveness, l.number(b.attractiveness, 1)),
        line(V::Position, l.number(b.position, 1)),
        line(V::ColRevenue, l.number(b.revenue, 0)),
    ]
}

/// The chart's data as a table: one row per bubble.
fn bubble_table(l: Lang, bubbles: &[Bubble], splits: Splits) -> ChartTable {
    let t = |k| l.t(k).to_string();
    ChartTable {
        columns: vec![
            t(V::ColAccount),
            t(V::Attractiveness),
            t(V::Position),
            t(V::ColRevenue),
            t(V::ColQuadrant),
            t(V::ColClass),
        ],
        numeric: vec![false, true, true, true, false, false],
        rows: bubbles
            .iter()
            .map(|b| {
                vec![
                    b.name.clone(),
                    l.number(b.attractiveness, 1),
                    l.number(b.position, 1),
                    l.number(b.revenue, 0),
                    l.t(QUADRANT_TEXTS[quadrant_index(splits.quadrant_of(b))].0)
                        .to_string(),
                    b.class.letter().to_string(),
                ]
            })
            .collect(),
    }
}

/// The portfolio's bubble chart with its quadrants.
#[component]
pub(super) fn PortfolioChart(
    placed: Memo<(Vec<Bubble>, usize)>,
    splits: Signal<Splits>,
) -> impl IntoView {
    let lang = use_app().lang;
    let chart = Memo::new(move |_| {
        let s = splits.get();
        placed.with(|(b, _)| portfolio_option(b, s.attractiveness, s.position, &texts(lang.get())))
    });
    let option = Signal::derive(move || chart.with(|c| c.0.clone()));
    let bubble_at = move |click: ChartClick| -> Option<Bubble> {
        let id = chart.with(|c| {
            c.1.get(click.series)
                .and_then(|s| s.get(click.item))
                .copied()
        })?;
        placed.with(|(b, _)| b.iter().find(|b| b.id == id).cloned())
    };
    let on_click = Callback::new(move |click: ChartClick| {
        if let Some(b) = bubble_at(click) {
            navigate(&Route::Account(b.id).href());
        }
    });
    let tooltip = Callback::new(move |click: ChartClick| -> Vec<String> {
        let l = lang.get_untracked();
        if let Some(b) = bubble_at(click) {
            return bubble_lines(l, &b);
        }
        // A quadrant's name: its standard strategy.
        let series_count = chart.with(|c| c.1.len());
        match (click.series + 1 == series_count)
            .then_some(click.item)
            .and_then(|i| QUADRANT_TEXTS.get(i))
        {
            Some((q, s)) => vec![l.t(*q).to_string(), l.t(*s).to_string()],
            None => Vec::new(),
        }
    });
    let table = Signal::derive(move || {
        let s = splits.get();
        placed.with(|(b, _)| bubble_table(lang.get(), b, s))
    });
    view! {
        <Chart
            option=option
            label=Signal::derive(move || fill(lang.get().t(V::PortfolioChart), &[("count", &lang.get().count(placed.with(|(b, _)| b.len())))]))
            table=table
            on_click=on_click
            tooltip=tooltip
            height="520px"
        />
    }
}
