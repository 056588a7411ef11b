//! The results of the current profile: weighted performance and rank per supplier,
//! with the chart, the value drivers and the gaps as parts of their own.

use leptos::prelude::*;

use super::chart::ProfileChart;
use super::gaps::{GapTable, ValueDrivers};
use super::{criterion_names, suppliers};
use crate::charts::profile::{supplier_color, SupplierRatings};
use crate::domain::profile::{gaps, ranks, value_drivers, weighted_performance, Gap, Profile};
use crate::i18n::profile::PR;
use crate::i18n::{fill, tr};
use crate::state::use_app;
use crate::ui::widgets::TitledSection;

/// What the results of a profile show, computed once per change.
#[derive(Clone, PartialEq)]
pub struct ProfileFigures {
    /// Criterion names in the UI language.
    pub names: Vec<String>,
    /// Us first, then every competitor.
    pub all: Vec<SupplierRatings>,
    /// Weighted performance per supplier.
    pub perf: Vec<Option<f64>>,
    /// Rank per supplier.
    pub rank: Vec<Option<usize>>,
    /// Our gap per criterion.
    pub gaps: Vec<Gap>,
    /// The criteria, most valuable to improve first.
    pub drivers: Vec<usize>,
    /// The criteria weights.
    pub weights: Vec<f64>,
}

/// Weighted performance and rank per supplier, the chart, the gaps and value drivers.
#[component]
pub fn ProfileResults(profile: Memo<Option<Profile>>, account: String) -> impl IntoView {
    let lang = use_app().lang;
    let results = Memo::new(move |_| {
        let l = lang.get();
        profile.with(|p| {
            let p = p.as_ref()?;
            let all = suppliers(l, p);
            let w = p.weights();
            let perf: Vec<Option<f64>> = all
                .iter()
                .map(|s| weighted_performance(&w, &s.ratings))
                .collect();
            let rank = ranks(&perf);
            let g = gaps(&w, &p.our_ratings(), &p.competitor_ratings());
            let drivers = value_drivers(&w, &g);
            Some(ProfileFigures {
                names: criterion_names(l, p),
                all,
                perf,
                rank,
                gaps: g,
                drivers,
                weights: w,
            })
        })
    });
    let summary = move || {
        let l = lang.get();
        results.with(|r| {
            let ProfileFigures {
                all, perf, rank, ..
            } = r.as_ref()?;
            Some(match (rank[0], perf[0]) {
                (Some(rk), Some(v)) => fill(
                    l.t(PR::OurRank),
                    &[
                        ("rank", &rk.to_string()),
                        ("of", &l.count(all.len())),
                        ("value", &l.number(v, 1)),
                    ],
                ),
                _ => l.t(PR::OurRankIncomplete).to_string(),
            })
        })
    };
    view! {
        <TitledSection id="profile-results" title=PR::Results class="profile-results">
            <p class="lead" role="status">{summary}</p>
            <div class="results-row">
                <div><RankTable results=results/></div>
                <ProfileChart results=results account=account/>
            </div>
            <h3>{tr(lang, PR::ValueDrivers)}</h3>
            <ValueDrivers results=results/>
            <h3>{tr(lang, PR::Gaps)}</h3>
            <GapTable results=results/>
        </TitledSection>
    }
}

/// Weighted performance and rank per supplier, us first.
#[component]
fn RankTable(results: Memo<Option<ProfileFigures>>) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        results.with(|r| {
            let ProfileFigures { all, perf, rank, .. } = r.as_ref()?;
            let rows = all
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let p = perf[i].map(|v| l.number(v, 1)).unwrap_or_else(|| l.t(PR::Incomplete).to_string());
                    let rk = rank[i].map(|r| r.to_string()).unwrap_or_else(|| "–".into());
                    view! {
                        <tr class:us=i == 0>
                            <th scope="row">
                                <span class="swatch" style=format!("background:{}", supplier_color(i)) aria-hidden="true"></span>
                                {s.name.clone()}
                            </th>
                            <td class="num">{p}</td>
                            <td class="num">{rk}</td>
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="table-wrap" tabindex="0">
                <table class="data-table results">
                    <caption class="visually-hidden">{l.t(PR::Results)}</caption>
                    <thead><tr>
                        <th scope="col">{l.t(PR::Supplier)}</th>
                        <th scope="col" class="num">{l.t(PR::WeightedPerformance)}</th>
                        <th scope="col" class="num">{l.t(PR::Rank)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            })
        })
    }
}
