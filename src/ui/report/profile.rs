//! The requirement profiles in a report: per segment a table, the radar and its legend.

use leptos::prelude::*;

use super::{report_table, Source};
use crate::charts::profile::{drawn_suppliers, profile_option, supplier_color, SupplierRatings};
use crate::charts::{Chart, ChartTable};
use crate::i18n::fill;
use crate::i18n::report::RP;
use crate::i18n::tr;
use crate::state::use_app;
use crate::ui::paper::not_drawn;

/// `ratings_confidential`: the client version, where the competitors' ratings are marked
/// confidential (so the copy has none).
#[component]
pub(super) fn ProfileSection(source: Source, ratings_confidential: Signal<bool>) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        let (_, d) = source.get()?;
        let segments = d
            .profiles
            .into_iter()
            .filter(|s| !s.profile.criteria.is_empty());
        Some(
            segments
                .map(|s| {
                    let p = s.profile;
                    let names: Vec<String> = p.criteria.iter().map(|c| crate::i18n::profile::criterion_text(l, &c.id, &c.name)).collect();
                    let mut suppliers = vec![SupplierRatings {
                        name: l.t(RP::Us).to_string(),
                        ratings: p.our_ratings(),
                    }];
                    // Every competitor: the chart leaves out the unrated, the note names them.
                    for (c, ratings) in p.competitors.iter().zip(p.competitor_ratings()) {
                        suppliers.push(SupplierRatings { name: c.name.clone(), ratings });
                    }
                    let drawn = drawn_suppliers(&suppliers);
                    let not_drawn = not_drawn(l, &suppliers, ratings_confidential.get());
                    let option = profile_option(&names, &suppliers);
                    let chart_label = fill(l.t(RP::Profile), &[("segment", &s.name)]);
                    let cell = |v: Option<f64>| v.map(|v| l.number_as_typed(v, 1)).unwrap_or_else(|| "–".into());
                    let shown: Vec<&SupplierRatings> = drawn.iter().map(|&i| &suppliers[i]).collect();
                    let head = shown.iter().map(|x| view! { <th scope="col" class="num">{x.name.clone()}</th> }).collect_view();
                    let rows = names
                        .iter()
                        .enumerate()
                        .map(|(i, n)| {
                            view! {
                                <tr>
                                    <th scope="row">{n.clone()}</th>
                                    <td class="num">{l.percent(p.criteria[i].weight, 0)}</td>
                                    {shown.iter().map(|x| view! { <td class="num">{cell(x.ratings.get(i).copied().flatten())}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="report-section">
                            <h2>{chart_label.clone()}</h2>
                            {report_table(None, view! {
                                <thead><tr><th scope="col">{l.t(RP::Criterion)}</th><th scope="col" class="num">{l.t(RP::Weight)}</th>{head}</tr></thead>
                                <tbody>{rows}</tbody>
                            })}
                            {(!not_drawn.is_empty()).then(|| view! { <p class="hint">{not_drawn.clone()}</p> })}
                            <div class="report-chart">
                                <Chart option=option label=chart_label table=ChartTable::default() height="320px" compact=true pixel_ratio=2.0/>
                                <SupplierLegend suppliers=suppliers.clone() drawn=drawn.clone()/>
                            </div>
                        </section>
                    }
                })
                .collect_view(),
        )
    }
}

/// The radar's legend, in print too: which colour (and the bold, filled shape: us) is
/// which supplier. In HTML, since ECharts' legend component is not in the bundle.
#[component]
fn SupplierLegend(suppliers: Vec<SupplierRatings>, drawn: Vec<usize>) -> impl IntoView {
    let lang = use_app().lang;
    let items = drawn
        .into_iter()
        .map(|i| {
            let style = format!("background:{}", supplier_color(i));
            view! { <li><span class="swatch" style=style aria-hidden="true"></span>{suppliers[i].name.clone()}</li> }
        })
        .collect_view();
    view! {
        <p class="legend-title" aria-hidden="true">{tr(lang, RP::Legend)}</p>
        <ul class="legend" aria-label=move || lang.get().t(RP::Legend).trim_end_matches(':')>{items}</ul>
    }
}
