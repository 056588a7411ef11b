//! The account plan in a report: status quo, SWOT, goals, actions.

use leptos::prelude::*;

use super::{report_table, Source};
use crate::domain::plan::goal_progress;
use crate::i18n::key_accounts::{day_text, selling_text};
use crate::i18n::plan::{counts_text, progress_text, status_text, PL, SWOT_NAMES};
use crate::i18n::report::RP;
use crate::state::analyses::today;
use crate::state::use_app;

#[component]
pub(super) fn PlanSection(source: Source) -> impl IntoView {
    let lang = use_app().lang;
    let currency = crate::ui::format::use_currency();
    let day = today();
    move || {
        let l = lang.get();
        let cost_header = crate::ui::format::with_currency(l.t(PL::Cost), &currency.get());
        let (_, d) = source.get()?;
        let plan = d.plan;
        if plan.is_empty() {
            return None;
        }
        let sq = [
            (PL::ImportantToUs, plan.status_quo.important_to_us.clone()),
            (PL::WhyWeMatter, plan.status_quo.why_we_matter.clone()),
            (PL::WhatOnlyWeDo, plan.status_quo.what_only_we_do.clone()),
        ];
        let swot = [
            &plan.swot.strengths,
            &plan.swot.weaknesses,
            &plan.swot.opportunities,
            &plan.swot.threats,
        ];
        let has_swot = swot.iter().any(|q| !q.is_empty());
        let counts = counts_text(l, plan.counts(day));
        let goal_name = |id: Option<u32>| {
            id.and_then(|g| plan.goals.iter().find(|x| x.id == g))
                .map(|g| g.text.clone())
                .unwrap_or_default()
        };
        let has_cost = plan.actions.iter().any(|a| a.cost.is_some());
        Some(view! {
            <section class="report-section">
                <h2>{l.t(RP::Plan)}</h2>
                <dl class="status-quo-print">
                    {sq.into_iter().filter(|(_, a)| !a.is_empty()).map(|(q, a)| view! { <dt>{l.t(q)}</dt><dd>{a}</dd> }).collect_view()}
                </dl>
                {has_swot.then(|| view! {
                    <div class="swot">
                        {swot.iter().enumerate().map(|(i, list)| view! {
                            <div class="swot-quadrant">
                                <h3>{l.t(SWOT_NAMES[i])}</h3>
                                <ul>{list.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}</ul>
                            </div>
                        }).collect_view()}
                    </div>
                })}
                {(!plan.goals.is_empty()).then(|| view! {
                    <h3>{l.t(PL::Goals)}</h3>
                    <ul>
                        {plan.goals.iter().map(|g| {
                            let measure = g.measure.as_ref().map(|m| {
                                let p = goal_progress(m, &d.scorecard);
                                let actual = p.actual.map(|a| l.number_as_typed(a, 2)).unwrap_or_else(|| "–".into());
                                format!(" – {}: {} → {}", m.kpi, actual, l.number_as_typed(m.target, 2))
                            }).unwrap_or_default();
                            let dim = g.dimension.map(|s| format!(" ({})", l.t(selling_text(s)))).unwrap_or_default();
                            view! { <li>{format!("{}{dim}{measure}", g.text)}</li> }
                        }).collect_view()}
                    </ul>
                })}
                {(!plan.actions.is_empty()).then(|| view! {
                    <h3>{l.t(PL::Actions)}</h3>
                    <p>{counts}</p>
                    {report_table(None, view! {
                        <thead><tr>
                            <th scope="col">{l.t(PL::Action)}</th><th scope="col">{l.t(PL::Owner)}</th>
                            <th scope="col">{l.t(PL::Due)}</th>
                            {has_cost.then(|| view! { <th scope="col" class="num">{cost_header.clone()}</th> })}
                            <th scope="col">{l.t(PL::Status)}</th><th scope="col">{l.t(PL::ForGoal)}</th><th scope="col">{l.t(PL::Flag)}</th>
                        </tr></thead>
                        <tbody>
                            {plan.actions.iter().map(|a| view! {
                                <tr>
                                    <th scope="row">{a.text.clone()}</th>
                                    <td>{a.owner.clone()}</td>
                                    <td>{a.due.map(|d| day_text(l, d)).unwrap_or_default()}</td>
                                    {has_cost.then(|| view! { <td class="num">{a.cost.map(|c| l.amount(c)).unwrap_or_default()}</td> })}
                                    <td>{l.t(status_text(a.status))}</td>
                                    <td>{goal_name(a.goal)}</td>
                                    <td>{l.t(progress_text(a.progress(day)))}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    })}
                })}
            </section>
        })
    }
}
