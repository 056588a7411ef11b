//! The chart of the profile results: radar or bars of the suppliers' ratings, its
//! legend and a note on competitors not drawn.

use leptos::prelude::*;

use super::points;
use super::results::ProfileFigures;
use crate::charts::profile::{
    drawn_suppliers, is_radar, profile_option, series_table, supplier_color,
};
use crate::charts::{Chart, ChartClick, ChartTable};
use crate::i18n::fill;
use crate::i18n::profile::PR;
use crate::state::use_app;

/// The chart of the ratings of every drawn supplier, with its legend.
#[component]
pub fn ProfileChart(results: Memo<Option<ProfileFigures>>, account: String) -> impl IntoView {
    let lang = use_app().lang;
    let option = Signal::derive(move || {
        results.with(|r| match r.as_ref() {
            Some(ProfileFigures { names, all, .. }) => profile_option(names, all),
            None => Default::default(),
        })
    });
    let chart_table = Signal::derive(move || {
        let l = lang.get();
        results.with(|r| {
            let Some(ProfileFigures { names, all, .. }) = r.as_ref() else {
                return ChartTable::default();
            };
            series_table(l.t(PR::Criterion), names, all, |v| points(l, v))
        })
    });
    let tooltip = Callback::new(move |click: ChartClick| {
        let l = lang.get_untracked();
        results.with_untracked(|r| {
            let Some(ProfileFigures { names, all, .. }) = r.as_ref() else {
                return Vec::new();
            };
            // Radar: one series, an item per supplier; bars: a series per supplier.
            let (drawn, only) = if is_radar(names.len()) {
                (click.item, None)
            } else {
                (click.series, Some(click.item))
            };
            // Unrated competitors are not drawn: the n-th shape is the n-th drawn.
            let supplier = drawn_suppliers(all).get(drawn).copied();
            let Some(s) = supplier.and_then(|i| all.get(i)) else {
                return Vec::new();
            };
            let mut lines = vec![s.name.clone()];
            for (c, n) in names.iter().enumerate() {
                if only.is_none_or(|o| o == c) {
                    lines.push(format!("{n}: {}", points(l, s.ratings[c])));
                }
            }
            lines
        })
    });
    let legend = move || {
        results.with(|r| {
            r.as_ref().map(|ProfileFigures { all, .. }| {
                drawn_suppliers(all)
                    .into_iter()
                    .map(|i| {
                        view! {
                            <li><span class="swatch" style=format!("background:{}", supplier_color(i)) aria-hidden="true"></span>{all[i].name.clone()}</li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let label = Signal::derive(move || fill(lang.get().t(PR::Chart), &[("name", &account)]));
    view! {
        <div class="profile-chart">
            <Chart option=option label=label table=chart_table tooltip=tooltip height="380px"/>
            <ul class="legend" aria-label=move || lang.get().t(PR::ChartLegend)>{legend}</ul>
            <p class="hint">{move || {
                let l = lang.get();
                results.with(|r| crate::ui::paper::not_drawn(l, r.as_ref().map_or(&[][..], |r| &r.all[..]), false))
            }}</p>
        </div>
    }
}
