//! The "Key accounts" page: every key account with its figures (sortable), how many
//! stand on each rung today, the movement per period, who moved, and who has no entry.
//! One file per section: the table, the attention lists (overdue actions, scorecard
//! lights), the movement (today's counts, the chart), who moved, and the calendar file.

mod attention;
pub mod calendar;
mod movement;
mod moves;
mod table;

use leptos::prelude::*;

use crate::domain::key_account::KeyAccountData;
use crate::domain::{AbcClass, AccountId};
use crate::i18n::key_accounts::KA;
use crate::i18n::tr;
use crate::state::analyses::{standings, today, Standing};
use crate::state::{use_app, Route};
use crate::ui::lazy::lazy_page;
use crate::ui::widgets::EmptyState;

lazy_page!(key_accounts, key_accounts_page, preload_key_accounts, () => {
    KeyAccountsPage().into_any()
});

/// One key account with what the sections show.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    id: AccountId,
    name: String,
    revenue: f64,
    class: Option<(AbcClass, usize)>,
    standing: Standing,
    data: KeyAccountData,
}

/// Every key account with its ABC class, standing and key-account data.
fn key_account_rows() -> Memo<Vec<Row>> {
    let app = use_app();
    let standing = standings(app);
    Memo::new(move |_| {
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
    })
}

#[component]
pub fn KeyAccountsPage() -> impl IntoView {
    let lang = use_app().lang;
    let day = today();
    let rows = key_account_rows();
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
                <table::KeyAccountsTable rows=rows day=day/>
                <p><a class="button" href=Route::PortfolioReport.href()>{tr(lang, crate::i18n::report::RP::PortfolioReport)}</a></p>
                <calendar::CalendarExport/>
                <h2>{tr(lang, crate::i18n::plan::PL::OverdueCount)}</h2>
                <attention::LateActions rows=rows day=day/>
                <h2>{tr(lang, crate::i18n::scorecard::SC::Lights)}</h2>
                <p>{tr(lang, crate::i18n::scorecard::SC::LightsIntro)}</p>
                <attention::Lights rows=rows/>
                <h2>{tr(lang, KA::NowTitle)}</h2>
                <movement::Now rows=rows day=day/>
                <h2>{tr(lang, KA::MovementTitle)}</h2>
                <movement::Movement rows=rows day=day/>
                <h2>{tr(lang, KA::MovesTitle)}</h2>
                <moves::Moves rows=rows day=day/>
                <h2>{tr(lang, KA::WithoutRole)}</h2>
                <moves::Without rows=rows/>
            </Show>
        </section>
    }
}
