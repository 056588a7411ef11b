//! The overview's parts: the figures, what needs attention, the links to the reports.

use leptos::prelude::*;

use crate::domain::day::Day;
use crate::domain::{AccountId, KeyAccountData};
use crate::i18n::key_accounts::{
    overdue_text, role_text, selling_text, target_text, StandingTexts, KA,
};
use crate::i18n::report::RP;
use crate::i18n::{fill, tr};
use crate::state::{use_app, Route};
use crate::ui::format::{account_standing, money_in};

/// What the overview's parts show: the account, its data, every account's standing,
/// today.
#[derive(Clone, Copy)]
pub(super) struct Overview {
    pub id: AccountId,
    pub data: Memo<KeyAccountData>,
    pub standing: Standings,
    pub day: Day,
}

/// The standing of every account, as [`standings`] computes it.
type Standings = Memo<std::collections::HashMap<AccountId, crate::state::analyses::Standing>>;

/// The overview's figures: revenue, class, score, quadrant, role and selling stage with
/// their targets, performance.
#[component]
pub(super) fn Figures(of: Overview) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let currency = crate::ui::format::use_currency();
    move || {
        let l = lang.get();
        let account = app.store.accounts.with(|a| a.account(of.id).cloned())?;
        let d = of.data.get();
        let StandingTexts {
            class,
            score,
            quadrant,
        } = account_standing(app, l, of.standing, of.id);
        let role = d
            .roles
            .at(of.day)
            .map(|r| l.t(role_text(r)).to_string())
            .unwrap_or_else(|| l.t(KA::NoneYet).to_string());
        let selling = d
            .selling
            .at(of.day)
            .map(|s| l.t(selling_text(s)).to_string())
            .unwrap_or_else(|| l.t(KA::NoneYet).to_string());
        let performance = d
            .profiles
            .first()
            .map(|s| {
                use crate::domain::profile::{ranks, weighted_performance};
                let p = &s.profile;
                let w = p.weights();
                let mut all = vec![weighted_performance(&w, &p.our_ratings())];
                all.extend(
                    p.competitor_ratings()
                        .iter()
                        .map(|r| weighted_performance(&w, r)),
                );
                match (all[0], ranks(&all)[0]) {
                    (Some(v), Some(rank)) => format!("{} ({rank}/{})", l.number(v, 1), all.len()),
                    _ => l.t(crate::i18n::profile::PR::Incomplete).to_string(),
                }
            })
            .unwrap_or_else(|| "–".into());
        let rows: Vec<(String, String)> = vec![
            (
                l.t(KA::FigRevenue).into(),
                money_in(l, account.revenue, &currency.get()),
            ),
            (l.t(KA::FigClass).into(), class),
            (l.t(KA::FigScore).into(), score),
            (l.t(KA::FigQuadrant).into(), quadrant),
            (l.t(KA::FigRole).into(), role),
            (
                l.t(KA::FigTargetRole).into(),
                target_text(l, &d.roles, role_text),
            ),
            (l.t(KA::FigSelling).into(), selling),
            (
                l.t(KA::FigTargetSelling).into(),
                target_text(l, &d.selling, selling_text),
            ),
            (
                l.t(crate::i18n::profile::PR::FigPerformance).into(),
                performance,
            ),
        ];
        Some(
            view! {
                <dl class="figures">
                    {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                </dl>
            }
            .into_any(),
        )
    }
}

/// What needs attention: overdue targets and actions, missing steps, red KPIs, gaps in
/// the buying center, no rating.
#[component]
pub(super) fn Attention(of: Overview) -> impl IntoView {
    let Overview {
        id,
        data,
        standing,
        day,
    } = of;
    let app = use_app();
    let lang = app.lang;
    move || {
        let l = lang.get();
        let d = data.get();
        let mut items = Vec::new();
        items.extend(overdue_text(
            l,
            &d.roles,
            day,
            role_text,
            KA::AttRoleOverdue,
        ));
        items.extend(overdue_text(
            l,
            &d.selling,
            day,
            selling_text,
            KA::AttSellingOverdue,
        ));
        if d.roles.at(day).is_none() {
            items.push(l.t(KA::AttNoRole).to_string());
        } else if d.roles.target.is_none() {
            items.push(l.t(KA::AttNoTarget).to_string());
        }
        if d.selling.at(day).is_none() {
            items.push(l.t(KA::AttNoSelling).to_string());
        }
        for k in &d.scorecard {
            if k.status() == Some(crate::domain::scorecard::Status::Red) {
                let (_, v) = k.latest().expect("a status has a latest value");
                items.push(fill(
                    l.t(crate::i18n::scorecard::SC::AttRed),
                    &[
                        ("name", &k.name),
                        ("value", &crate::i18n::scorecard::kpi_value(l, v, &k.unit)),
                        (
                            "target",
                            &crate::i18n::scorecard::kpi_value(l, k.target, &k.unit),
                        ),
                    ],
                ));
            }
        }
        for a in d.plan.overdue(day) {
            items.push(crate::i18n::plan::overdue_line(l, a, day));
        }
        if !d.stakeholders.is_empty() {
            use crate::domain::stakeholders::{gap_rules, gaps, Gap};
            let rules = app.store.settings.with(gap_rules);
            let blocking = gaps(&d.stakeholders, day, rules).into_iter().any(|g| {
                matches!(
                    g,
                    Gap::NoDeciderKnown
                        | Gap::NoDeciderContact { .. }
                        | Gap::InfluentialOpponent { .. }
                )
            });
            if blocking {
                items.push(l.t(crate::i18n::buying_center::BC::AttGaps).to_string());
            }
        }
        if standing.with(|s| s.get(&id).is_none_or(|s| s.score.is_none())) {
            items.push(l.t(KA::AttNotRated).to_string());
        }
        if items.is_empty() {
            view! { <p>{l.t(KA::NothingToDo)}</p> }.into_any()
        } else {
            view! {
                <ul class="attention">
                    {items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    }
}

/// Links to the reports of a key account (on its overview).
#[component]
pub(super) fn ReportLinks(id: AccountId) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <p class="actions">
            <a class="button" href=Route::Report(id, false).href()>{tr(lang, RP::AccountReport)}</a>
            <a class="button" href=Route::Report(id, true).href()>{tr(lang, RP::ClientReport)}</a>
        </p>
    }
}
