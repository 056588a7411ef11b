//! The table of routes to pages, and the list of parts fetched while the browser is
//! idle. Each page and part is declared beside its component ([`crate::ui::lazy`]).

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::state::route::AccountSection;
use crate::state::{use_app, Route};
use crate::ui::accounts::account_form;
use crate::ui::assessment::{share, workshop};
use crate::ui::data::{self, sheet_import};
use crate::ui::key_account::{self, plan, profile, roles, scorecard, stakeholders};
use crate::ui::lazy::{lazy_view, ChunkFailed};
use crate::ui::{
    assessment, development, key_accounts, pareto, portfolio, report, value, whitespace,
};

/// Loads the chunk of a page and builds its view.
async fn load(route: Route) -> Result<AnyView, ChunkFailed> {
    match route {
        Route::NewAccount => account_form::account_form_page(0).await,
        // A key account has its own page; any other account its form. Decided once, on
        // arrival (untracked): the overview handles a flag switched off while it is shown.
        Route::Account(id) if untrack(|| crate::state::key_accounts::is_key(use_app(), id)) => {
            key_account::key_account_page(id).await
        }
        Route::Account(id) => account_form::account_form_page(id).await,
        Route::AccountSection(id, section) => match section {
            AccountSection::Edit => account_form::account_form_page(id).await,
            AccountSection::Roles => roles::roles_page(id).await,
            AccountSection::Profile => profile::profile_page(id).await,
            AccountSection::Scorecard => scorecard::scorecard_page(id).await,
            AccountSection::Plan => plan::plan_page(id).await,
            AccountSection::Stakeholders => stakeholders::stakeholders_page(id).await,
            AccountSection::Whitespace => whitespace::whitespace_page(id).await,
        },
        Route::KeyAccounts => key_accounts::key_accounts_page().await,
        Route::Whitespace => whitespace::across_page().await,
        Route::Report(id, client) => report::account_report(id, client).await,
        Route::PortfolioReport => report::portfolio_report().await,
        Route::Pareto => pareto::pareto_page().await,
        Route::Development => development::development_page().await,
        Route::Data => data::data_page().await,
        Route::SheetImport => sheet_import::sheet_import_page().await,
        Route::ValueModel => value::value_page().await,
        Route::Portfolio => portfolio::portfolio_page().await,
        Route::Assessment(id) => assessment::assessment_page(id).await,
        Route::AssessmentCompare => workshop::compare_page().await,
        Route::Workshop => workshop::workshop_page().await,
        Route::AssessmentShared => share::shared_page().await,
        Route::AssessmentJoin => share::join_page().await,
        // The shell renders these itself.
        Route::Accounts | Route::NotFound => Ok(().into_any()),
    }
}

/// Fetches every page's chunk and its parts, one after another, so that later
/// navigation never waits. Failures are ignored here: opening the page retries and shows
/// them. Parts that share a chunk are listed once; the client view and the spreadsheet
/// libraries are never prefetched.
pub fn prefetch_all() {
    use crate::ui::data::{file, history_import, sheet_check, sheet_export};
    use crate::ui::shell::notices;
    leptos::task::spawn_local(async {
        let _ = crate::ui::accounts::preload_register().await;
        let _ = notices::preload_notices().await;
        let _ = file::preload_file_status().await; // and Save (Ctrl+S): the same chunk
        let _ = data::preload_data().await;
        let _ = file::preload_safety_section().await;
        let _ = sheet_export::preload_sheet_export().await;
        let _ = history_import::preload_history_section().await;
        let _ = sheet_import::preload_sheet_import().await;
        let _ = sheet_import::preload_sheet_mapping().await;
        let _ = sheet_check::preload_sheet_check().await;
        let _ = account_form::preload_account_form().await;
        let _ = key_accounts::preload_key_accounts().await;
        let _ = key_account::preload_key_account().await;
        let _ = roles::preload_roles().await;
        let _ = profile::preload_profile().await;
        let _ = scorecard::preload_scorecard().await;
        let _ = profile::preload_profile_editor().await; // and the versions
        let _ = scorecard::preload_kpi_editor().await; // and adding a KPI
        let _ = plan::preload_plan().await;
        let _ = plan::preload_plan_periods().await;
        let _ = plan::preload_plan_goals().await;
        let _ = stakeholders::preload_stakeholders().await;
        let _ = stakeholders::preload_person_editor().await; // and adding, the team
        let _ = stakeholders::preload_buying_center_charts().await;
        let _ = whitespace::preload_whitespace().await;
        let _ = whitespace::preload_whitespace_across().await;
        let _ = report::preload_account_report().await; // and the portfolio report
        let _ = pareto::preload_pareto().await;
        let _ = development::preload_development().await;
        let _ = value::preload_value().await;
        let _ = value::preload_criteria().await; // and who is rated
        let _ = portfolio::preload_portfolio().await;
        let _ = assessment::preload_assessment().await;
        let _ = workshop::preload_compare().await; // and the workshop
        let _ = share::preload_share().await; // result links, pasting them, the two pages
        let _ = share::preload_invite().await;
    });
}

/// Calls `prefetch_all` once the open page is on screen — its chunk arrived (no
/// loading note) and every chart on it drawn — and the browser is idle then (or a
/// second later where `requestIdleCallback` is missing, as in Safari). Fetching other
/// pages earlier competes with the open page's own chunks and ECharts on a slow line.
/// After 10 s it starts anyway (a chart that cannot be drawn must not hold it back).
pub fn prefetch_when_idle() {
    when_page_drawn(0, || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let callback = Closure::once_into_js(|| {
            prefetch_all();
            // The service worker is registered now (src/offline/client.js), not earlier:
            // its download of the whole build must not compete with the first page.
            crate::state::browser::dispatch("keystone-idle");
        });
        let has_idle =
            js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
        if has_idle {
            let _ = window.request_idle_callback(callback.unchecked_ref());
        } else {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.unchecked_ref(),
                1000,
            );
        }
    });
}

/// Runs `then` once no page is loading and every chart has its canvas, checking every
/// 100 ms (`waited` of them so far, at most 100).
fn when_page_drawn(waited: u32, then: impl FnOnce() + 'static) {
    let pending = web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.query_selector(".page-loading, div.chart:not(:has(canvas))"));
    // A browser without `:has()` cannot tell: it does not wait.
    let drawn = !matches!(pending, Some(Ok(Some(_))));
    if drawn || waited >= 100 {
        then();
        return;
    }
    set_timeout(
        move || when_page_drawn(waited + 1, then),
        std::time::Duration::from_millis(100),
    );
}

/// A page from its chunk: a loading note while it arrives, a message with a retry if it
/// cannot be loaded.
#[component]
pub fn LazyPage(route: Route) -> impl IntoView {
    lazy_view(move || load(route), false)
}
