//! Printed reports (the browser's print, to paper or PDF): the account report of one
//! key account (`account`), its client version (built from the client copy, so nothing
//! marked confidential can appear), and the portfolio report for management
//! (`portfolio`). Each section is present only when it has data. On paper
//! (`style/main.css`, `ui::paper`): the app around the report is hidden, a heading
//! stays with what follows it, tables and charts are not cut, and every page carries
//! the footer (workspace name, date; only on paper) and its number ("Page 2 of 5") in its margin.
//! Charts draw at twice the screen's resolution, so they stay sharp on paper.

use leptos::prelude::*;

use crate::domain::client_copy::{client_copy, marks};
use crate::domain::key_account::key_account;
use crate::domain::{Account, AccountId, KeyAccountData, Workspace};
use crate::i18n::report::RP;
use crate::i18n::tr;
use crate::state::analyses::today;
use crate::state::use_app;

mod account;
mod people;
mod plan;
mod portfolio;
mod profile;

use crate::ui::lazy::lazy_page;
pub use account::AccountReport;
pub use portfolio::PortfolioReport;

lazy_page!(report, account_report, preload_account_report, (id: u64, client: bool) => {
    view! { <AccountReport id=id client=client/> }.into_any()
});
lazy_page!(report, portfolio_report, preload_portfolio_report, () => {
    view! { <PortfolioReport/> }.into_any()
});

/// An account and its key-account data, as a report shows them.
type Source = Memo<Option<(Account, KeyAccountData)>>;

/// The print button and, on paper, the footer every report has in every page's margin.
#[component]
fn ReportFrame(children: Children) -> impl IntoView {
    let lang = use_app().lang;
    crate::ui::paper::keep_printed_footer();
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
        </article>
    }
}

/// A report's table (`content`: its caption, head and body) in the frame it scrolls
/// in on a phone, focusable so that a keyboard can scroll it too. `class`: classes
/// besides `data-table`. A function, not a component: the content is built from
/// borrowed data, which a component's children could not hold.
fn report_table(class: Option<&'static str>, content: impl IntoView) -> impl IntoView {
    let class = match class {
        Some(more) => format!("data-table {more}"),
        None => "data-table".to_string(),
    };
    view! {
        <div class="table-wrap" tabindex="0">
            <table class=class>{content}</table>
        </div>
    }
}

/// The account's data for the report: as stored, or (client) as in the client copy.
fn report_source(id: AccountId, client: bool) -> Source {
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
        crate::domain::key_account::set_key_account(&mut ws.key_accounts, id, &data);
        let copy = client_copy(&ws, id, &marks(&ws.settings), today())?;
        let account = copy.account(id)?.clone();
        Some((account, key_account(&copy.key_accounts, id)))
    })
}
