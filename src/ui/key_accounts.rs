//! The "Key accounts" page: every key account with its figures (sortable), how many
//! stand on each rung today, the movement per period, who moved, and who has no entry.

use leptos::prelude::*;

use crate::charts::roles::{movement_option, NONE_COLOR, RUNG_COLORS};
use crate::charts::{Chart, ChartTable};
use crate::domain::day::Day;
use crate::domain::key_account::KeyAccountData;
use crate::domain::roles::{counts_per_period, first_day, moves, Period, Rung};
use crate::domain::{AbcClass, AccountId, SupplierRole};
use crate::i18n::key_accounts::{role_text, selling_text, target_text, KA};
use crate::i18n::tr;
use crate::i18n::{fill, Lang};
use crate::state::analyses::{standings, today, Standing};
use crate::state::{use_app, Route};
use crate::ui::accounts::money;
use crate::ui::format::quadrant_name;
use crate::ui::lazy::lazy_page;
use crate::ui::widgets::{EmptyState, SortHeader, SortState};

lazy_page!(key_accounts, key_accounts_page, preload_key_accounts, () => {
    KeyAccountsPage().into_any()
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Name,
    Revenue,
    Class,
    Score,
    Role,
}

/// One key account with what the table shows.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    id: AccountId,
    name: String,
    revenue: f64,
    class: Option<(AbcClass, usize)>,
    standing: Standing,
    data: KeyAccountData,
}

/// How many periods the movement chart shows at most.
const MAX_PERIODS: usize = 40;

fn period_label(lang: Lang, period: Period, (year, n): (i32, u8)) -> String {
    match (period, lang) {
        (Period::Month, _) => format!("{n:02}/{year}"),
        (Period::Quarter, Lang::En) => format!("Q{n} {year}"),
        (Period::Quarter, Lang::De) => format!("Q{n}/{year}"),
        (Period::Year, _) => year.to_string(),
    }
}

#[component]
pub fn KeyAccountsPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let day = today();
    let standing = standings(app);
    let rows = Memo::new(move |_| {
        let classes: std::collections::HashMap<AccountId, (AbcClass, usize)> = app.abc.with(|r| {
            r.rows
                .iter()
                .map(|row| (row.id, (row.class, row.rank)))
                .collect()
        });
        let s = standing.get();
        app.store.key_accounts.with(|k| {
            app.store.accounts.with(|accounts| {
                accounts
                    .iter()
                    .filter(|a| a.key_account)
                    .map(|a| Row {
                        id: a.id,
                        name: a.name.clone(),
                        revenue: a.revenue,
                        class: classes.get(&a.id).copied(),
                        standing: s.get(&a.id).copied().unwrap_or_default(),
                        data: crate::domain::key_account::key_account(k, a.id),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let sort = RwSignal::new(SortState {
        key: Col::Revenue,
        ascending: false,
    });
    let sorted = Memo::new(move |_| {
        let s = sort.get();
        let mut list = rows.get();
        list.sort_by(|a, b| {
            let o = match s.key {
                Col::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
                Col::Revenue => a.revenue.total_cmp(&b.revenue),
                Col::Class => a.class.map(|c| c.1).cmp(&b.class.map(|c| c.1)).reverse(),
                Col::Score => a
                    .standing
                    .score
                    .unwrap_or(-1.0)
                    .total_cmp(&b.standing.score.unwrap_or(-1.0)),
                Col::Role => a.data.roles.at(day).cmp(&b.data.roles.at(day)),
            };
            let o = if s.ascending { o } else { o.reverse() };
            o.then_with(|| a.name.cmp(&b.name))
        });
        list
    });
    let header = move |col: Col, label: KA, numeric: bool| {
        view! { <SortHeader key=col label=Signal::derive(move || lang.get().t(label).to_string()) numeric=numeric sort=sort/> }
    };
    let currency = crate::ui::format::use_currency();
    let money_header = move |col: Col, label: KA| {
        let text = Signal::derive(move || {
            crate::ui::format::with_currency(lang.get().t(label), &currency.get())
        });
        view! { <SortHeader key=col label=text numeric=true sort=sort/> }
    };
    let body = move || {
        let l = lang.get();
        sorted
            .get()
            .into_iter()
            .map(|r| {
                let overdue = r.data.roles.overdue(day);
                view! {
                    <tr>
                        <th scope="row"><a href=Route::Account(r.id).href()>{r.name.clone()}</a></th>
                        <td class="num">{money(l, r.revenue)}</td>
                        <td>{r.class.map(|c| c.0.letter()).unwrap_or("–")}</td>
                        <td class="num">{r.standing.score.map(|v| l.number(v, 1)).unwrap_or_else(|| "–".into())}</td>
                        <td>{r.standing.quadrant.map(|q| l.t(quadrant_name(q))).unwrap_or("–")}</td>
                        <td>{r.data.roles.at(day).map(|v| l.t(role_text(v))).unwrap_or("–")}</td>
                        <td>{r.data.selling.at(day).map(|v| l.t(selling_text(v))).unwrap_or("–")}</td>
                        <td class:overdue=overdue>
                            {target_text(l, &r.data.roles, role_text)}
                            {overdue.then(|| view! { " " <strong class="badge overdue">{l.t(KA::OverdueMark)}</strong> })}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    // Today's counts per rung.
    let now = move || {
        let l = lang.get();
        let list = rows.get();
        let mut counts = vec![0usize; SupplierRole::ALL.len()];
        let mut none = 0;
        for r in &list {
            match r.data.roles.at(day) {
                Some(v) => counts[v.position()] += 1,
                None => none += 1,
            }
        }
        let items = SupplierRole::ALL
            .iter()
            .rev()
            .map(|r| (l.t(role_text(*r)).to_string(), counts[r.position()]))
            .chain(std::iter::once((l.t(KA::NoEntry).to_string(), none)));
        view! {
            <dl class="figures counts">
                {items.map(|(name, n)| view! { <dt>{name}</dt><dd>{n}</dd> }).collect_view()}
            </dl>
        }
    };
    // Movement per period.
    let period = RwSignal::new(Period::Quarter);
    let counts = Memo::new(move |_| {
        let list = rows.get();
        let histories: Vec<_> = list.iter().map(|r| &r.data.roles).collect();
        let from = first_day(&histories).unwrap_or(day).min(day);
        counts_per_period(&histories, period.get(), from, day, MAX_PERIODS)
    });
    let rung_names = move |l: Lang| -> Vec<String> {
        SupplierRole::ALL
            .iter()
            .map(|r| l.t(role_text(*r)).to_string())
            .collect()
    };
    let option = Signal::derive(move || {
        let l = lang.get();
        let p = period.get();
        counts.with(|c| {
            let labels: Vec<String> = c.iter().map(|c| period_label(l, p, c.period)).collect();
            movement_option(c, &labels, &rung_names(l), l.t(KA::NoEntry))
        })
    });
    let table = Signal::derive(move || {
        let l = lang.get();
        let p = period.get();
        let mut columns = vec![l.t(KA::ColPeriod).to_string()];
        columns.extend(rung_names(l));
        columns.push(l.t(KA::NoEntry).to_string());
        counts.with(|c| ChartTable {
            numeric: (0..columns.len()).map(|i| i > 0).collect(),
            columns,
            rows: c
                .iter()
                .map(|c| {
                    std::iter::once(period_label(l, p, c.period))
                        .chain(c.counts.iter().map(|n| n.to_string()))
                        .chain(std::iter::once(c.none.to_string()))
                        .collect()
                })
                .collect(),
        })
    });
    // Who moved between two days (default: the last twelve months).
    let year_ago = Day::new(day.year() - 1, day.month(), day.day().min(28)).unwrap_or(day);
    let from = RwSignal::new(year_ago.iso());
    let to = RwSignal::new(day.iso());
    let moved = move || {
        let l = lang.get();
        let (Some(f), Some(t)) = (Day::parse(&from.get()), Day::parse(&to.get())) else {
            return view! { <p class="muted">{l.t(KA::MovesNone)}</p> }.into_any();
        };
        let list = rows.get();
        let histories: Vec<(AccountId, &crate::domain::roles::History<SupplierRole>)> =
            list.iter().map(|r| (r.id, &r.data.roles)).collect();
        let found = moves(&histories, f.min(t), f.max(t));
        if found.is_empty() {
            return view! { <p class="muted">{l.t(KA::MovesNone)}</p> }.into_any();
        }
        let name_of = |id: AccountId| {
            list.iter()
                .find(|r| r.id == id)
                .map(|r| r.name.clone())
                .unwrap_or_default()
        };
        let text =
            |v: Option<SupplierRole>| v.map(|v| l.t(role_text(v))).unwrap_or(l.t(KA::NoEntry));
        view! {
            <ul class="moves">
                {found.into_iter().map(|m| {
                    let how = fill(l.t(if m.up { KA::MoveUp } else { KA::MoveDown }), &[("before", text(m.before)), ("after", text(m.after))]);
                    view! { <li class:down=!m.up><a href=Route::AccountSection(m.account, crate::state::route::AccountSection::Roles).href()>{name_of(m.account)}</a>": "{how}</li> }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let without = move || {
        let l = lang.get();
        let list: Vec<(AccountId, String)> = rows.with(|r| {
            r.iter()
                .filter(|r| r.data.roles.steps.is_empty())
                .map(|r| (r.id, r.name.clone()))
                .collect()
        });
        if list.is_empty() {
            view! { <p class="muted">{l.t(KA::AllHaveRoles)}</p> }.into_any()
        } else {
            view! {
                <ul>{list.into_iter().map(|(id, name)| view! {
                    <li><a href=Route::AccountSection(id, crate::state::route::AccountSection::Roles).href()>{name}</a></li>
                }).collect_view()}</ul>
            }
            .into_any()
        }
    };
    // Every key account's overdue actions, each linked to its plan.
    let late_actions = move || {
        use crate::i18n::plan::{overdue_line, PL};
        let l = lang.get();
        let list: Vec<(AccountId, String, String)> = rows.with(|r| {
            r.iter()
                .flat_map(|r| {
                    r.data
                        .plan
                        .overdue(day)
                        .into_iter()
                        .map(|a| (r.id, r.name.clone(), overdue_line(l, a, day)))
                        .collect::<Vec<_>>()
                })
                .collect()
        });
        if list.is_empty() {
            return view! { <p class="muted">{l.t(PL::NoOverdue)}</p> }.into_any();
        }
        view! {
            <ul class="attention overdue-actions">
                {list.into_iter().map(|(id, name, text)| view! {
                    <li>
                        <a href=Route::AccountSection(id, crate::state::route::AccountSection::Plan).href()>{name}</a>
                        ": "{text}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    // Scorecards at a glance: worst perspective first, each cell a link.
    let lights = move || {
        use crate::domain::scorecard::{perspective_status, severity, Perspective};
        use crate::i18n::scorecard::{perspective_text, status_class, status_text, SC};
        let l = lang.get();
        let mut list: Vec<(
            AccountId,
            String,
            [Option<crate::domain::scorecard::Status>; 4],
        )> = rows.with(|r| {
            r.iter()
                .map(|r| (r.id, r.name.clone(), perspective_status(&r.data.scorecard)))
                .collect()
        });
        list.sort_by(|a, b| {
            severity(&b.2)
                .cmp(&severity(&a.2))
                .then_with(|| a.1.to_lowercase().cmp(&b.1.to_lowercase()))
        });
        let body = list
            .into_iter()
            .map(|(id, name, cells)| {
                let href = Route::AccountSection(id, crate::state::route::AccountSection::Scorecard).href();
                let cells = Perspective::ALL
                    .iter()
                    .zip(cells)
                    .map(|(p, s)| {
                        let label = fill(
                            l.t(SC::LightCell),
                            &[("status", l.t(status_text(s))), ("name", &name), ("perspective", l.t(perspective_text(*p)))],
                        );
                        view! {
                            <td><a href=href.clone() aria-label=label><span class=status_class(s)>{l.t(status_text(s))}</span></a></td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{name}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="data-table lights">
                    <caption class="visually-hidden">{l.t(SC::LightsCaption)}</caption>
                    <thead><tr>
                        <th scope="col">{l.t(SC::Account)}</th>
                        {Perspective::ALL.map(|p| view! { <th scope="col">{l.t(perspective_text(p))}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    };
    view! {
        <section class="page">
            <h1>{tr(lang, KA::KeyAccountsTitle)}</h1>
            <p class="intro">{tr(lang, KA::KeyAccountsIntro)}</p>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=move || view! {
                    <EmptyState title=Signal::derive(move || lang.get().t(KA::NoKeyAccountsTitle).to_string())
                        text=Signal::derive(move || lang.get().t(KA::NoKeyAccountsText).to_string())>
                        <a class="button" href=Route::Accounts.href()>{tr(lang, crate::i18n::common::C::NavAccounts)}</a>
                    </EmptyState>
                }
            >
                <div class="table-wrap">
                    <table class="data-table key-accounts">
                        <caption class="visually-hidden">{tr(lang, KA::KeyAccountsTitle)}</caption>
                        <thead><tr>
                            {header(Col::Name, KA::ColAccount, false)}
                            {money_header(Col::Revenue, KA::ColRevenue)}
                            {header(Col::Class, KA::ColClass, false)}
                            {header(Col::Score, KA::ColScore, true)}
                            <th scope="col">{tr(lang, KA::ColQuadrant)}</th>
                            {header(Col::Role, KA::ColRole, false)}
                            <th scope="col">{tr(lang, KA::ColSelling)}</th>
                            <th scope="col">{tr(lang, KA::ColTarget)}</th>
                        </tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
                <p><a class="button" href=Route::PortfolioReport.href()>{tr(lang, crate::i18n::report::RP::PortfolioReport)}</a></p>
                <h2>{tr(lang, crate::i18n::plan::PL::OverdueCount)}</h2>
                {late_actions}
                <h2>{tr(lang, crate::i18n::scorecard::SC::Lights)}</h2>
                <p>{tr(lang, crate::i18n::scorecard::SC::LightsIntro)}</p>
                {lights}
                <h2>{tr(lang, KA::NowTitle)}</h2>
                {now}
                <h2>{tr(lang, KA::MovementTitle)}</h2>
                <div class="controls">
                    <div class="field">
                        <label for="period">{tr(lang, KA::PeriodLabel)}</label>
                        <select id="period" on:change=move |ev| period.set(match event_target_value(&ev).as_str() {
                            "month" => Period::Month,
                            "year" => Period::Year,
                            _ => Period::Quarter,
                        })>
                            <option value="month" selected=move || period.get() == Period::Month>{tr(lang, KA::PerMonth)}</option>
                            <option value="quarter" selected=move || period.get() == Period::Quarter>{tr(lang, KA::PerQuarter)}</option>
                            <option value="year" selected=move || period.get() == Period::Year>{tr(lang, KA::PerYear)}</option>
                        </select>
                    </div>
                </div>
                <ul class="legend" aria-hidden="true">
                    {move || {
                        let l = lang.get();
                        rung_names(l).into_iter().enumerate().map(|(i, n)| view! {
                            <li><span class="swatch" style=format!("background:{}", RUNG_COLORS[i])></span>{n}</li>
                        }).collect_view()
                    }}
                    <li><span class="swatch" style=format!("background:{NONE_COLOR}")></span>{tr(lang, KA::NoEntry)}</li>
                </ul>
                <Chart
                    option=option
                    label=Signal::derive(move || lang.get().t(KA::MovementChart).to_string())
                    table=table
                    height="320px"
                />
                <h2>{tr(lang, KA::MovesTitle)}</h2>
                <div class="controls">
                    <div class="field">
                        <label for="moves-from">{tr(lang, KA::MovesFrom)}</label>
                        <input id="moves-from" type="date" prop:value=move || from.get() on:change=move |ev| from.set(event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for="moves-to">{tr(lang, KA::MovesTo)}</label>
                        <input id="moves-to" type="date" prop:value=move || to.get() on:change=move |ev| to.set(event_target_value(&ev))/>
                    </div>
                </div>
                {moved}
                <h2>{tr(lang, KA::WithoutRole)}</h2>
                {without}
            </Show>
        </section>
    }
}
