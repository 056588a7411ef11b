//! The value drivers and the gaps of the profile results: where we trail the best
//! competitor and what improving each criterion is worth.

use leptos::prelude::*;

use super::results::ProfileFigures;
use super::{points, signed};
use crate::i18n::profile::PR;
use crate::i18n::{fill, tr};
use crate::state::use_app;

/// The criteria in the order of their value as drivers, each with a sentence.
#[component]
pub fn ValueDrivers(results: Memo<Option<ProfileFigures>>) -> impl IntoView {
    let lang = use_app().lang;
    let drivers = move || {
        let l = lang.get();
        results.with(|r| {
            let ProfileFigures {
                names,
                gaps: g,
                drivers: order,
                weights: w,
                ..
            } = r.as_ref()?;
            Some(
                order
                    .iter()
                    .map(|&c| {
                        let gap = &g[c];
                        let name = names[c].clone();
                        let text = match (gap.gap, gap.weighted_gap, gap.potential) {
                            _ if w[c] <= 0.0 => fill(l.t(PR::DriverNone), &[("criterion", &name)]),
                            (Some(x), Some(wx), _) if x > 0.0 => fill(
                                l.t(PR::DriverTrail),
                                &[
                                    ("criterion", &name),
                                    ("gap", &l.number(x, 1)),
                                    ("weighted", &l.number(wx, 1)),
                                ],
                            ),
                            (_, _, Some(p)) => fill(
                                l.t(PR::DriverRoom),
                                &[("criterion", &name), ("potential", &l.number(p, 1))],
                            ),
                            _ => fill(l.t(PR::DriverNone), &[("criterion", &name)]),
                        };
                        view! { <li>{text}</li> }
                    })
                    .collect_view(),
            )
        })
    };
    view! { <ol class="drivers">{drivers}</ol> }
}

/// Per criterion: its weight share, our rating, the best competitor's, the gaps and
/// the potential.
#[component]
pub fn GapTable(results: Memo<Option<ProfileFigures>>) -> impl IntoView {
    let lang = use_app().lang;
    let gap_rows = move || {
        let l = lang.get();
        results.with(|r| {
            let ProfileFigures {
                names,
                all,
                gaps: g,
                weights: w,
                ..
            } = r.as_ref()?;
            let total: f64 = w.iter().filter(|w| **w > 0.0).sum();
            Some(
                g.iter()
                    .map(|g| {
                        let share = if total > 0.0 {
                            w[g.criterion].max(0.0) / total * 100.0
                        } else {
                            0.0
                        };
                        let ours = all[0].ratings[g.criterion];
                        view! {
                            <tr class:trail=g.gap.is_some_and(|x| x > 0.0)>
                                <th scope="row">{names[g.criterion].clone()}</th>
                                <td class="num">{l.percent(share, 1)}</td>
                                <td class="num">{points(l, ours)}</td>
                                <td class="num">{points(l, g.best_competitor)}</td>
                                <td class="num">{signed(l, g.gap)}</td>
                                <td class="num">{signed(l, g.weighted_gap)}</td>
                                <td class="num">{points(l, g.potential)}</td>
                            </tr>
                        }
                    })
                    .collect_view(),
            )
        })
    };
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="data-table gaps">
                <thead><tr>
                    <th scope="col">{tr(lang, PR::Criterion)}</th>
                    <th scope="col" class="num">{tr(lang, PR::Weight)}</th>
                    <th scope="col" class="num">{tr(lang, PR::Us)}</th>
                    <th scope="col" class="num">{tr(lang, PR::BestCompetitor)}</th>
                    <th scope="col" class="num">{tr(lang, PR::Gap)}</th>
                    <th scope="col" class="num">{tr(lang, PR::WeightedGap)}</th>
                    <th scope="col" class="num">{tr(lang, PR::Potential)}</th>
                </tr></thead>
                <tbody>{gap_rows}</tbody>
            </table>
        </div>
    }
}
