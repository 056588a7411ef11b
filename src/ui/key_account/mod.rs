//! A key account's own page: the section tabs shared by its sections, and the overview
//! (figures, current role and selling stage, what needs attention).

pub mod plan;
pub mod profile;
pub mod roles;
pub mod scorecard;
pub mod stakeholders;

use leptos::prelude::*;

use crate::domain::day::Day;
use crate::domain::{AccountId, KeyAccountData};
use crate::i18n::key_accounts::{
    overdue_text, role_text, selling_text, target_text, StandingTexts, KA,
};
use crate::i18n::tr;
use crate::i18n::{fill, Lang};
use crate::state::analyses::{standings, today};
use crate::state::key_accounts::{account_name, is_key, key_account_data};
use crate::state::route::AccountSection;
use crate::state::{use_app, Route};
use crate::ui::format::{account_standing, money_in};
use crate::ui::lazy::lazy_page;

lazy_page!(key_account, key_account_page, preload_key_account, (id: u64) => {
    view! { <KeyAccountPage id=id/> }.into_any()
});

/// The page of a key-account section, or the note that the account is not (or no
/// longer) a key account. `body` gets the account's name.
pub fn key_account_section<V: IntoView + 'static>(
    id: AccountId,
    section: AccountSection,
    title: impl Fn(Lang) -> String + Send + Sync + 'static,
    body: impl Fn(String) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let title = std::sync::Arc::new(title);
    move || match (account_name(app, id), is_key(app, id)) {
        (Some(name), true) => {
            let title = title.clone();
            let heading = name.clone();
            view! {
                <section class="page">
                    <KeyAccountTabs id=id current=Some(section)/>
                    <h1>{heading}" – "{move || title(lang.get())}</h1>
                    {body(name)}
                </section>
            }
            .into_any()
        }
        _ => view! { <NotKeyAccount id=id/> }.into_any(),
    }
}

/// The tabs of a key account's page; `current` is the section shown (`None`: overview).
#[component]
pub fn KeyAccountTabs(id: AccountId, current: Option<AccountSection>) -> impl IntoView {
    let lang = use_app().lang;
    let tab = move |route: Route, label: KA, here: bool| {
        view! {
            <a href=route.href() aria-current=here.then_some("page")>{tr(lang, label)}</a>
        }
    };
    view! {
        <nav class="tabs" aria-label=move || lang.get().t(KA::SectionsLabel)>
            {tab(Route::Account(id), KA::Overview, current.is_none())}
            {tab(Route::AccountSection(id, AccountSection::Roles), KA::RolesSection, current == Some(AccountSection::Roles))}
            {tab(Route::AccountSection(id, AccountSection::Profile), KA::ProfileSection, current == Some(AccountSection::Profile))}
            {tab(Route::AccountSection(id, AccountSection::Scorecard), KA::ScorecardSection, current == Some(AccountSection::Scorecard))}
            {tab(Route::AccountSection(id, AccountSection::Plan), KA::PlanSection, current == Some(AccountSection::Plan))}
            {tab(Route::AccountSection(id, AccountSection::Stakeholders), KA::StakeholdersSection, current == Some(AccountSection::Stakeholders))}
            {tab(Route::AccountSection(id, AccountSection::Edit), KA::MasterData, current == Some(AccountSection::Edit))}
        </nav>
    }
}

/// For an account that is not (or no longer) a key account: says so and offers to make
/// it one.
#[component]
pub fn NotKeyAccount(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    view! {
        {move || match account_name(app, id) {
            None => view! { <p class="banner banner-warn" role="alert">{tr(lang, KA::NoSuchAccount)}</p> }.into_any(),
            Some(name) => view! {
                <section class="page">
                    <h1>{move || fill(lang.get().t(KA::NotKeyTitle), &[("name", &name)])}</h1>
                    <p>{tr(lang, KA::NotKeyText)}</p>
                    <div class="actions">
                        <button class="primary" on:click=move |_| app.store.accounts.update(|a| { a.set_key_account(id, true); })>
                            {tr(lang, KA::MakeKey)}
                        </button>
                        <a class="button" href=Route::AccountSection(id, AccountSection::Edit).href()>{tr(lang, KA::MasterData)}</a>
                    </div>
                </section>
            }.into_any(),
        }}
    }
}

/// The standing of every account, as [`standings`] computes it.
type Standings = Memo<std::collections::HashMap<AccountId, crate::state::analyses::Standing>>;

/// The overview's figures: revenue, class, score, quadrant, role and selling stage with
/// their targets, performance.
#[component]
fn Figures(
    id: AccountId,
    data: Memo<KeyAccountData>,
    standing: Standings,
    day: Day,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let currency = crate::ui::format::use_currency();
    move || {
        let l = lang.get();
        let account = app.store.accounts.with(|a| a.account(id).cloned())?;
        let d = data.get();
        let StandingTexts {
            class,
            score,
            quadrant,
        } = account_standing(app, l, standing, id);
        let role = d
            .roles
            .at(day)
            .map(|r| l.t(role_text(r)).to_string())
            .unwrap_or_else(|| l.t(KA::NoneYet).to_string());
        let selling = d
            .selling
            .at(day)
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
fn Attention(
    id: AccountId,
    data: Memo<KeyAccountData>,
    standing: Standings,
    day: Day,
) -> impl IntoView {
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

/// The overview of a key account.
#[component]
pub fn KeyAccountPage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let standing = standings(app);
    let day: Day = today();
    let data = key_account_data(app, id);
    view! {
        {move || match (account_name(app, id), is_key(app, id)) {
            (Some(name), true) => view! {
                <section class="page">
                    <KeyAccountTabs id=id current=None/>
                    <h1>{name}</h1>
                    <div class="field checkbox">
                        <input id="key-toggle" type="checkbox" prop:checked=true
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                app.store.accounts.update(|a| { a.set_key_account(id, on); });
                            }/>
                        <label for="key-toggle">{tr(lang, KA::KeyToggle)}</label>
                    </div>
                    <Figures id=id data=data standing=standing day=day/>
                    <h2>{tr(lang, KA::Attention)}</h2>
                    <Attention id=id data=data standing=standing day=day/>
                    <crate::ui::data::client_copy::ClientCopy id=id/>
                    <crate::ui::report::ReportLinks id=id/>
                </section>
            }.into_any(),
            _ => view! { <NotKeyAccount id=id/> }.into_any(),
        }}
    }
}
