//! Printed reports (the browser's print, to paper or PDF): the account report of one
//! key account, its client version (built from the client copy, so nothing marked
//! confidential can appear), and the portfolio report for management. Each section is
//! present only when it has data; print CSS keeps tables and charts whole, hides the
//! app around the report, and repeats the footer (workspace name, date) on every page.
//! Charts draw at twice the screen's resolution, so they stay sharp on paper.

use leptos::prelude::*;

use crate::charts::profile::{profile_option, SupplierRatings};
use crate::charts::stakeholders::map_option;
use crate::charts::{Chart, ChartTable};
use crate::domain::client_copy::{client_copy, marks, Confidential};
use crate::domain::plan::goal_progress;
use crate::domain::roles::key_account;
use crate::domain::stakeholders::{gap_rules, gaps, Attitude, UNKNOWN_INFLUENCE};
use crate::domain::{Account, AccountId, KeyAccountData, Workspace};
use crate::i18n::fill;
use crate::i18n::key_accounts::{day_text, role_text, selling_text, KA};
use crate::i18n::plan::{
    attitude_text, counts_text, level_text, progress_text, status_text, BC, PL,
};
use crate::i18n::report::RP;
use crate::i18n::scorecard::{kpi_value, perspective_text, status_class, status_text as light, SC};
use crate::state::{use_app, Route};
use crate::ui::accounts::money;
use crate::ui::currency::money_in;
use crate::ui::key_account::{standing_texts, target_text};
use crate::ui::plan::SWOT_NAMES;
use crate::ui::scoring::{standings, today};
use crate::ui::stakeholders::{contact_line, gap_text, map_texts, name_of, roles_text};
use crate::ui::tr;

/// The print button and the footer every report has.
#[component]
fn ReportFrame(children: Children) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let footer = move || {
        let l = lang.get();
        let name = app.store.settings.with(|s| s.name.clone());
        let workspace = if name.trim().is_empty() {
            l.t(RP::Unnamed).to_string()
        } else {
            name
        };
        fill(
            l.t(RP::Footer),
            &[("workspace", &workspace), ("date", &day_text(l, today()))],
        )
    };
    view! {
        <article class="page report">
            <div class="actions no-print">
                <button class="primary" on:click=move |_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{tr(lang, RP::Print)}</button>
            </div>
            {children()}
            <footer class="report-footer">{footer}</footer>
        </article>
    }
}

/// The account's data for the report: as stored, or (client) as in the client copy.
fn report_source(id: AccountId, client: bool) -> Memo<Option<(Account, KeyAccountData)>> {
    let app = use_app();
    Memo::new(move |_| {
        let account = app.store.accounts.with(|a| a.account(id).cloned())?;
        let data = app.store.key_accounts.with(|k| key_account(k, id));
        if !client {
            return Some((account, data));
        }
        let mut ws = Workspace {
            settings: app.store.settings.get(),
            ..Default::default()
        };
        ws.accounts.0.push(account);
        crate::domain::roles::set_key_account(&mut ws.key_accounts, id, &data);
        let copy = client_copy(&ws, id, &marks(&ws.settings), today())?;
        let account = copy.account(id)?.clone();
        Some((account, key_account(&copy.key_accounts, id)))
    })
}

/// The account report (`client`: its client version).
#[component]
pub fn AccountReport(id: AccountId, client: bool) -> impl IntoView {
    let app = use_app();
    let currency = crate::ui::currency::use_currency();
    let lang = app.lang;
    let source = report_source(id, client);
    let marked = Memo::new(move |_| {
        if client {
            app.store.settings.with(marks)
        } else {
            Vec::new()
        }
    });
    let hidden = move |m: Confidential| marked.with(|list| list.contains(&m));
    let title = move || {
        let l = lang.get();
        let name = source.with(|s| s.as_ref().map(|(a, _)| a.name.clone()).unwrap_or_default());
        let kind = if client {
            RP::ClientReport
        } else {
            RP::AccountReport
        };
        format!("{name} – {}", l.t(kind))
    };
    let master = move || {
        let l = lang.get();
        let (a, _) = source.get()?;
        let code = currency.get();
        let money = |l, v| money_in(l, v, &code);
        let revenue = (!hidden(Confidential::Revenue)).then(|| money(l, a.revenue));
        let rows: Vec<(String, String)> = [
            (l.t(RP::Industry), a.industry.clone()),
            (l.t(RP::Region), a.region.clone()),
            (l.t(KA::FigRevenue), revenue.unwrap_or_default()),
            (
                l.t(RP::Margin),
                a.contribution_margin
                    .map(|v| money(l, v))
                    .unwrap_or_default(),
            ),
            (
                l.t(RP::Potential),
                a.potential.map(|v| money(l, v)).unwrap_or_default(),
            ),
            (
                l.t(RP::Since),
                a.relationship_since
                    .map(|y| y.to_string())
                    .unwrap_or_default(),
            ),
            (l.t(RP::Tags), a.tags.join(", ")),
            (l.t(RP::Notes), a.notes.clone()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        Some(view! {
            <section class="report-section">
                <h2>{l.t(RP::MasterData)}</h2>
                <dl class="figures">
                    {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                </dl>
            </section>
        })
    };
    view! {
        <ReportFrame>
            <h1>{title}</h1>
            {master}
            {(!client).then(|| view! { <StandingSection id=id/> })}
            <LadderSection source=source/>
            <ProfileSection source=source/>
            <ScorecardSection source=source/>
            <PlanSection source=source/>
            <StakeholderSection source=source client=client/>
        </ReportFrame>
    }
}

/// ABC class, score and portfolio quadrant: the supplier's own assessment, so only in
/// the internal report.
#[component]
fn StandingSection(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let standing = standings(app);
    move || {
        let l = lang.get();
        let [class, score, quadrant] = standing_texts(app, l, standing, id);
        view! {
            <section class="report-section">
                <h2>{l.t(RP::Standing)}</h2>
                <dl class="figures">
                    <dt>{l.t(KA::FigClass)}</dt><dd>{class}</dd>
                    <dt>{l.t(KA::FigScore)}</dt><dd>{score}</dd>
                    <dt>{l.t(KA::FigQuadrant)}</dt><dd>{quadrant}</dd>
                </dl>
            </section>
        }
    }
}

#[component]
fn LadderSection(source: Memo<Option<(Account, KeyAccountData)>>) -> impl IntoView {
    let lang = use_app().lang;
    let day = today();
    move || {
        let l = lang.get();
        let (_, d) = source.get()?;
        if d.roles.steps.is_empty() && d.selling.steps.is_empty() {
            return None;
        }
        let now = |v: Option<&'static str>| v.unwrap_or("–").to_string();
        let mut steps: Vec<(crate::domain::roles::Day, String, String)> = d
            .roles
            .steps
            .iter()
            .map(|s| (s.date, l.t(role_text(s.value)).to_string(), s.note.clone()))
            .chain(d.selling.steps.iter().map(|s| {
                (
                    s.date,
                    l.t(selling_text(s.value)).to_string(),
                    s.note.clone(),
                )
            }))
            .collect();
        steps.sort_by_key(|s| s.0);
        Some(view! {
            <section class="report-section">
                <h2>{l.t(RP::Ladder)}</h2>
                <dl class="figures">
                    <dt>{l.t(KA::FigRole)}</dt><dd>{now(d.roles.at(day).map(|r| l.t(role_text(r))))}</dd>
                    <dt>{l.t(KA::FigTargetRole)}</dt><dd>{target_text(l, &d.roles, role_text)}</dd>
                    <dt>{l.t(KA::FigSelling)}</dt><dd>{now(d.selling.at(day).map(|s| l.t(selling_text(s))))}</dd>
                    <dt>{l.t(KA::FigTargetSelling)}</dt><dd>{target_text(l, &d.selling, selling_text)}</dd>
                </dl>
                <table class="data-table">
                    <thead><tr><th scope="col">{l.t(RP::Date)}</th><th scope="col">{l.t(RP::Step)}</th><th scope="col">{l.t(RP::Note)}</th></tr></thead>
                    <tbody>
                        {steps.into_iter().map(|(date, step, note)| view! {
                            <tr><td>{day_text(l, date)}</td><td>{step}</td><td>{note}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        })
    }
}

#[component]
fn ProfileSection(source: Memo<Option<(Account, KeyAccountData)>>) -> impl IntoView {
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
                    let competitors = p.competitor_ratings();
                    let rated: Vec<usize> = (0..p.competitors.len())
                        .filter(|&i| !p.competitors[i].ratings.is_empty())
                        .collect();
                    for &i in &rated {
                        suppliers.push(SupplierRatings {
                            name: p.competitors[i].name.clone(),
                            ratings: competitors[i].clone(),
                        });
                    }
                    let option = profile_option(&names, &suppliers);
                    let chart_label = fill(l.t(RP::Profile), &[("segment", &s.name)]);
                    let cell = |v: Option<f64>| v.map(|v| l.number_as_typed(v, 1)).unwrap_or_else(|| "–".into());
                    let head = suppliers.iter().map(|x| view! { <th scope="col" class="num">{x.name.clone()}</th> }).collect_view();
                    let rows = names
                        .iter()
                        .enumerate()
                        .map(|(i, n)| {
                            view! {
                                <tr>
                                    <th scope="row">{n.clone()}</th>
                                    <td class="num">{l.percent(p.criteria[i].weight, 0)}</td>
                                    {suppliers.iter().map(|x| view! { <td class="num">{cell(x.ratings.get(i).copied().flatten())}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="report-section">
                            <h2>{chart_label.clone()}</h2>
                            <table class="data-table">
                                <thead><tr><th scope="col">{l.t(RP::Criterion)}</th><th scope="col" class="num">{l.t(RP::Weight)}</th>{head}</tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                            <div class="report-chart">
                                <Chart option=option label=chart_label table=ChartTable::default() height="320px" compact=true pixel_ratio=2.0/>
                            </div>
                        </section>
                    }
                })
                .collect_view(),
        )
    }
}

#[component]
fn ScorecardSection(source: Memo<Option<(Account, KeyAccountData)>>) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        let (_, d) = source.get()?;
        if d.scorecard.is_empty() {
            return None;
        }
        Some(view! {
            <section class="report-section">
                <h2>{l.t(RP::Scorecard)}</h2>
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{l.t(SC::Kpi)}</th><th scope="col">{l.t(SC::Perspective)}</th>
                        <th scope="col" class="num">{l.t(SC::Target)}</th><th scope="col" class="num">{l.t(SC::Latest)}</th>
                        <th scope="col">{l.t(SC::Status)}</th>
                    </tr></thead>
                    <tbody>
                        {d.scorecard.iter().map(|k| {
                            let latest = k.latest().map(|(p, v)| format!("{} ({})", kpi_value(l, v, &k.unit), p.text())).unwrap_or_else(|| "–".into());
                            let s = k.status();
                            view! {
                                <tr>
                                    <th scope="row">{k.name.clone()}</th>
                                    <td>{l.t(perspective_text(k.perspective))}</td>
                                    <td class="num">{kpi_value(l, k.target, &k.unit)}</td>
                                    <td class="num">{latest}</td>
                                    <td><span class=status_class(s)>{l.t(light(s))}</span></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        })
    }
}

#[component]
fn PlanSection(source: Memo<Option<(Account, KeyAccountData)>>) -> impl IntoView {
    let lang = use_app().lang;
    let currency = crate::ui::currency::use_currency();
    let day = today();
    move || {
        let l = lang.get();
        let cost_header = crate::ui::currency::with_currency(l.t(PL::Cost), &currency.get());
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
                    <table class="data-table">
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
                                    {has_cost.then(|| view! { <td class="num">{a.cost.map(|c| money(l, c)).unwrap_or_default()}</td> })}
                                    <td>{l.t(status_text(a.status))}</td>
                                    <td>{goal_name(a.goal)}</td>
                                    <td>{l.t(progress_text(a.progress(day)))}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                })}
            </section>
        })
    }
}

#[component]
fn StakeholderSection(
    source: Memo<Option<(Account, KeyAccountData)>>,
    client: bool,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let day = today();
    move || {
        let l = lang.get();
        let (_, d) = source.get()?;
        let people = d.stakeholders;
        if people.is_empty() {
            return None;
        }
        let show_attitude = !client || people.iter().any(|p| p.attitude != Attitude::Neutral);
        let show_influence = people.iter().any(|p| p.influence != UNKNOWN_INFLUENCE);
        let show_note = people.iter().any(|p| !p.note.is_empty());
        // Gaps and the map speak of attitudes and influence: internal only.
        let internal = (!client).then(|| {
            let rules = app.store.settings.with(gap_rules);
            let found: Vec<String> = gaps(&people, day, rules).iter().map(|g| gap_text(l, g, &people)).collect();
            let option = map_option(&people, &map_texts(l)).0;
            view! {
                <h3>{l.t(BC::Gaps)}</h3>
                <ul>{found.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
                <div class="report-chart">
                    <Chart option=option label=l.t(BC::Map).to_string() table=ChartTable::default() height="340px" compact=true pixel_ratio=2.0/>
                </div>
            }
        });
        Some(view! {
            <section class="report-section">
                <h2>{l.t(RP::Stakeholders)}</h2>
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{l.t(BC::Name)}</th><th scope="col">{l.t(BC::Function)}</th>
                        <th scope="col">{l.t(BC::Level)}</th><th scope="col">{l.t(BC::Roles)}</th>
                        {show_attitude.then(|| view! { <th scope="col">{l.t(BC::Attitude)}</th> })}
                        {show_influence.then(|| view! { <th scope="col" class="num">{l.t(BC::Influence)}</th> })}
                        <th scope="col">{l.t(BC::ReportsTo)}</th><th scope="col">{l.t(BC::Contact)}</th>
                        <th scope="col">{l.t(BC::Counterpart)}</th>
                        {show_note.then(|| view! { <th scope="col">{l.t(BC::Note)}</th> })}
                    </tr></thead>
                    <tbody>
                        {people.iter().map(|p| {
                            view! {
                                <tr>
                                    <th scope="row">{p.name.clone()}</th>
                                    <td>{p.function.clone()}</td>
                                    <td>{l.t(level_text(p.level))}</td>
                                    <td>{roles_text(l, p)}</td>
                                    {show_attitude.then(|| view! { <td>{l.t(attitude_text(p.attitude))}</td> })}
                                    {show_influence.then(|| view! { <td class="num">{p.influence}</td> })}
                                    <td>{p.reports_to.map(|b| name_of(&people, b)).unwrap_or_default()}</td>
                                    <td>{contact_line(l, p)}</td>
                                    <td>{p.counterpart.clone()}</td>
                                    {show_note.then(|| view! { <td>{p.note.clone()}</td> })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                {internal}
            </section>
        })
    }
}

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
            .with(|k| crate::domain::roles::read_key_accounts(k).unwrap_or_default());
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
    let abc = move || {
        let l = lang.get();
        app.abc.with(|r| {
            view! {
                <section class="report-section">
                    <h2>{l.t(RP::Abc)}</h2>
                    <table class="data-table">
                        <thead><tr>
                            <th scope="col">{l.t(RP::Class)}</th><th scope="col" class="num">{l.t(RP::Accounts)}</th>
                            <th scope="col" class="num">{l.t(RP::ShareAccounts)}</th><th scope="col" class="num">{l.t(RP::ShareTotal)}</th>
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
                    </table>
                </section>
            }
        })
    };
    let lights = move || {
        let l = lang.get();
        let list = keys.get();
        if list.is_empty() {
            return view! { <p>{l.t(RP::Nothing)}</p> }.into_any();
        }
        view! {
            <section class="report-section">
                <h2>{l.t(RP::Lights)}</h2>
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{l.t(crate::i18n::value::V::ColAccount)}</th>
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
                </table>
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
            {abc}
            <section class="report-section">
                <h2>{tr(lang, RP::Matrix)}</h2>
                <crate::ui::portfolio::PortfolioMatrix/>
            </section>
            {lights}
            {overdue}
        </ReportFrame>
    }
}

/// Links to the reports of a key account (on its overview).
#[component]
pub fn ReportLinks(id: AccountId) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <p class="actions">
            <a class="button" href=Route::Report(id, false).href()>{tr(lang, RP::AccountReport)}</a>
            <a class="button" href=Route::Report(id, true).href()>{tr(lang, RP::ClientReport)}</a>
        </p>
    }
}
