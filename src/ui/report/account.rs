//! The account report: its title, master data, standing, ladder and scorecard; the
//! other sections come from their own files.

use leptos::prelude::*;

use super::people::StakeholderSection;
use super::plan::PlanSection;
use super::profile::ProfileSection;
use super::{report_source, report_table, ReportFrame, Source};
use crate::domain::client_copy::{marks, Confidential};
use crate::domain::AccountId;
use crate::i18n::key_accounts::{
    day_text, role_text, selling_text, target_text, StandingTexts, KA,
};
use crate::i18n::report::RP;
use crate::i18n::scorecard::{kpi_value, perspective_text, status_class, status_text as light, SC};
use crate::state::analyses::{standings, today};
use crate::state::use_app;
use crate::ui::format::{account_standing, money_in};
use crate::ui::key_account::trend::RevenueTrend;
use crate::ui::whitespace::PrintedWhitespace;

/// The account report (`client`: its client version).
#[component]
pub fn AccountReport(id: AccountId, client: bool) -> impl IntoView {
    let app = use_app();
    let currency = crate::ui::format::use_currency();
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
            {(!client).then(|| view! { <StandingSection id=id/> <HistorySection id=id/> })}
            <LadderSection source=source/>
            <ProfileSection source=source ratings_confidential=Signal::derive(move || hidden(Confidential::CompetitorRatings))/>
            <ScorecardSection source=source/>
            <PlanSection source=source/>
            <StakeholderSection source=source client=client/>
        </ReportFrame>
    }
}

/// Revenue by offering and the whitespace matrix: from the supplier's own sales
/// history, so only in the internal report (the client copy carries no history).
#[component]
fn HistorySection(id: AccountId) -> impl IntoView {
    let app = use_app();
    let name = Memo::new(move |_| {
        app.store
            .accounts
            .with(|a| a.account(id).map(|a| a.name.clone()))
    });
    move || {
        name.get().map(|name| {
            view! {
                <section class="report-section">
                    <RevenueTrend id=id name=name printed=true/>
                </section>
                <PrintedWhitespace id=id/>
            }
        })
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
        let StandingTexts {
            class,
            score,
            quadrant,
        } = account_standing(app, l, standing, id);
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
fn LadderSection(source: Source) -> impl IntoView {
    let lang = use_app().lang;
    let day = today();
    move || {
        let l = lang.get();
        let (_, d) = source.get()?;
        if d.roles.steps.is_empty() && d.selling.steps.is_empty() {
            return None;
        }
        let now = |v: Option<&'static str>| v.unwrap_or("–").to_string();
        let mut steps: Vec<(crate::domain::day::Day, String, String)> = d
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
                {report_table(None, view! {
                    <thead><tr><th scope="col">{l.t(RP::Date)}</th><th scope="col">{l.t(RP::Step)}</th><th scope="col">{l.t(RP::Note)}</th></tr></thead>
                    <tbody>
                        {steps.into_iter().map(|(date, step, note)| view! {
                            <tr><td>{day_text(l, date)}</td><td>{step}</td><td>{note}</td></tr>
                        }).collect_view()}
                    </tbody>
                })}
            </section>
        })
    }
}

#[component]
fn ScorecardSection(source: Source) -> impl IntoView {
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
                {report_table(None, view! {
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
                })}
            </section>
        })
    }
}
