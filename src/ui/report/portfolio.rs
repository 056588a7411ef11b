//! The portfolio report for management.

use leptos::prelude::*;

use super::{report_table, ReportFrame};
use crate::charts::matrix::{placed_bubbles, PortfolioMatrix};
use crate::i18n::plan::PL;
use crate::i18n::report::RP;
use crate::i18n::scorecard::{perspective_text, status_class, status_text as light};
use crate::i18n::tr;
use crate::i18n::value::V;
use crate::state::analyses::today;
use crate::state::use_app;

/// The portfolio report for management: ABC summary, the portfolio matrix, the key
/// accounts' traffic lights and every overdue action.
#[component]
pub fn PortfolioReport() -> impl IntoView {
    use crate::domain::scorecard::{perspective_status, Perspective};
    let app = use_app();
    let lang = app.lang;
    let day = today();
    let keys = Memo::new(move |_| {
        let all = app
            .store
            .key_accounts
            .with(|k| crate::domain::key_account::read_key_accounts(k).unwrap_or_default());
        app.store.accounts.with(|a| {
            a.iter()
                .filter(|a| a.key_account)
                .map(|a| {
                    (
                        a.id,
                        a.name.clone(),
                        all.get(&a.id).cloned().unwrap_or_default(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let lights = move || {
        let l = lang.get();
        let list = keys.get();
        if list.is_empty() {
            return view! { <p>{l.t(RP::Nothing)}</p> }.into_any();
        }
        view! {
            <section class="report-section">
                <h2>{l.t(RP::Lights)}</h2>
                {report_table(None, view! {
                    <thead><tr>
                        <th scope="col">{l.t(V::ColAccount)}</th>
                        {Perspective::ALL.iter().map(|p| view! { <th scope="col">{l.t(perspective_text(*p))}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {list.iter().map(|(_, name, d)| view! {
                            <tr>
                                <th scope="row">{name.clone()}</th>
                                {perspective_status(&d.scorecard).into_iter().map(|s| view! {
                                    <td><span class=status_class(s)>{l.t(light(s))}</span></td>
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                })}
            </section>
        }
        .into_any()
    };
    let overdue = move || {
        let l = lang.get();
        let lines: Vec<String> = keys.with(|list| {
            list.iter()
                .flat_map(|(_, name, d)| {
                    d.plan
                        .overdue(day)
                        .into_iter()
                        .map(|a| format!("{name}: {}", crate::i18n::plan::overdue_line(l, a, day)))
                        .collect::<Vec<_>>()
                })
                .collect()
        });
        view! {
            <section class="report-section">
                <h2>{l.t(PL::OverdueCount)}</h2>
                {if lines.is_empty() {
                    view! { <p>{l.t(PL::NoOverdue)}</p> }.into_any()
                } else {
                    view! { <ul>{lines.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
                }}
            </section>
        }
    };
    view! {
        <ReportFrame>
            <h1>{tr(lang, RP::PortfolioReport)}</h1>
            <AbcSection/>
            <section class="report-section">
                <div class="keep">
                    <h2>{tr(lang, RP::Matrix)}</h2>
                    <PortfolioMatrix/>
                </div>
                <InChart/>
            </section>
            {lights}
            {overdue}
        </ReportFrame>
    }
}

/// The ABC classes: how many accounts each holds and its share of the measure.
#[component]
fn AbcSection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let share_of_measure = move || match app.store.settings.with(|s| s.abc.measure) {
        crate::domain::Measure::Revenue => RP::ShareRevenue,
        crate::domain::Measure::ContributionMargin => RP::ShareMargin,
    };
    move || {
        let l = lang.get();
        let share = share_of_measure();
        app.abc.with(|r| {
            view! {
                <section class="report-section">
                    <h2>{l.t(RP::Abc)}</h2>
                    {report_table(None, view! {
                        <thead><tr>
                            <th scope="col">{l.t(RP::Class)}</th><th scope="col" class="num">{l.t(RP::Accounts)}</th>
                            <th scope="col" class="num">{l.t(RP::ShareAccounts)}</th><th scope="col" class="num">{l.t(share)}</th>
                        </tr></thead>
                        <tbody>
                            {r.classes.iter().map(|c| view! {
                                <tr>
                                    <th scope="row">{c.class.letter()}</th>
                                    <td class="num">{c.count}</td>
                                    <td class="num">{l.percent(c.share_of_accounts, 1)}</td>
                                    <td class="num">{l.percent(c.share_of_total, 1)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    })}
                </section>
            }
        })
    }
}

/// Every account in the portfolio chart with its quadrant: the chart names only the
/// largest where their names fit.
#[component]
fn InChart() -> impl IntoView {
    use crate::domain::value_model::quadrant;
    let app = use_app();
    let lang = app.lang;
    let placed = placed_bubbles(app);
    move || {
        let l = lang.get();
        let (sa, sp) = app
            .store
            .portfolio
            .with(|p| (p.split_attractiveness, p.split_position));
        let mut rows = placed.with(|(b, _)| b.clone());
        if rows.is_empty() {
            return None;
        }
        rows.sort_by(|a, b| b.revenue.total_cmp(&a.revenue));
        let body = rows
            .into_iter()
            .map(|b| {
                let q = quadrant(b.attractiveness, b.position, sa, sp);
                view! {
                    <tr>
                        <th scope="row">{b.name}</th>
                        <td class="num">{l.number(b.attractiveness, 1)}</td>
                        <td class="num">{l.number(b.position, 1)}</td>
                        <td>{l.t(crate::ui::format::quadrant_name(q))}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <p class="hint">{l.t(RP::NamesWhereTheyFit)}</p>
            {report_table(Some("in-chart"), view! {
                <caption>{l.t(RP::InChart)}</caption>
                <thead><tr>
                    <th scope="col">{l.t(V::ColAccount)}</th>
                    <th scope="col" class="num">{l.t(V::Attractiveness)}</th>
                    <th scope="col" class="num">{l.t(V::Position)}</th>
                    <th scope="col">{l.t(RP::Quadrant)}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            })}
        })
    }
}
