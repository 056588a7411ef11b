//! The weights of each portfolio axis: which criteria make up attractiveness and
//! position, and how much each counts.

use leptos::prelude::*;

use crate::domain::value_model::{axis_weights, AxisWeight};
use crate::i18n::value::V;
use crate::state::use_app;
use crate::ui::format::criterion_name;
use crate::ui::widgets::{WeightEditor, WeightRow};

/// One of the portfolio's two axes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Axis {
    Attractiveness,
    Position,
}

impl Axis {
    /// The prefix of its weight rows' keys.
    fn key(self) -> &'static str {
        match self {
            Axis::Attractiveness => "a",
            Axis::Position => "p",
        }
    }

    fn weights(self, p: &mut crate::domain::value_model::Portfolio) -> &mut Vec<AxisWeight> {
        match self {
            Axis::Attractiveness => &mut p.attractiveness,
            Axis::Position => &mut p.position,
        }
    }
}

/// The weight editor of one axis.
#[component]
pub(super) fn AxisEditor(axis: Axis, label: V) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let model = app.store.value_model;
    let portfolio = app.store.portfolio;
    let rows = Signal::derive(move || {
        let l = lang.get();
        let weights = portfolio.with(|p| match axis {
            Axis::Attractiveness => p.attractiveness.clone(),
            Axis::Position => p.position.clone(),
        });
        model.with(|m| {
            let w = axis_weights(m, &weights);
            m.criteria
                .iter()
                .zip(w)
                .map(|(c, weight)| WeightRow {
                    key: format!("{}-{}", axis.key(), c.id),
                    name: criterion_name(c, l),
                    weight,
                })
                .collect::<Vec<_>>()
        })
    });
    let on_change = Callback::new(move |weights: Vec<f64>| {
        let chosen: Vec<(String, f64)> = model.with_untracked(|m| {
            m.criteria
                .iter()
                .zip(weights)
                .filter(|(_, w)| *w > 0.0)
                .map(|(c, weight)| (c.id.clone(), weight))
                .collect()
        });
        portfolio.update(|p| {
            let old = axis.weights(p);
            // An entry's unknown fields (from a newer version) stay with its criterion.
            let extra = |id: &str| {
                old.iter()
                    .find(|w| w.criterion == id)
                    .map(|w| w.extra.clone())
                    .unwrap_or_default()
            };
            let list: Vec<AxisWeight> = chosen
                .into_iter()
                .map(|(criterion, weight)| AxisWeight {
                    extra: extra(&criterion),
                    criterion,
                    weight,
                })
                .collect();
            *old = list;
        });
    });
    view! {
        <WeightEditor label=Signal::derive(move || lang.get().t(label).to_string()) rows=rows on_change=on_change/>
    }
}
