//! Pages loaded on demand. The shell (navigation, banners, storage, the accounts
//! register) is in the main wasm module; every other page is a split function that
//! `wasm-split-cli` moves into its own chunk (`.ci/build.sh`), fetched the first time the
//! page is opened or, after the first page is shown, while the browser is idle.
//!
//! A new page: one `split_page!` line here, one arm in [`load`] and one in
//! [`prefetch_all`]. With the cargo feature `eager-pages` (browser tests, which are not
//! post-processed by wasm-split) the same functions are plain async functions.

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::i18n::common::C;
use crate::state::route::AccountSection;
use crate::state::{use_app, Route};
use crate::ui::tr;

pub use crate::state::ChunkFailed;

/// `split_page!(chunk, page_fn, preload_fn, (args) => view)`: a page in its own chunk.
macro_rules! split_page {
    ($chunk:ident, $name:ident, $preload:ident, ($($arg:ident : $ty:ty),*) => $body:expr) => {
        #[cfg(not(feature = "eager-pages"))]
        #[::leptos::wasm_split::wasm_split(
            $chunk,
            wasm_split_path = ::leptos::wasm_split,
            preload($preload),
            fallible
        )]
        fn $name($($arg: $ty),*) -> Result<AnyView, ChunkFailed> {
            Ok($body)
        }

        #[cfg(feature = "eager-pages")]
        async fn $name($($arg: $ty),*) -> Result<AnyView, ChunkFailed> {
            Ok($body)
        }

        // Not every page is prefetched (the client view never is).
        #[cfg(feature = "eager-pages")]
        #[allow(dead_code)]
        async fn $preload() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
}

split_page!(
    account_form,
    account_form_page,
    preload_account_form,
    (id: u64) => {
        view! { <crate::ui::account_form::AccountForm id=(id > 0).then_some(id)/> }.into_any()
    }
);
split_page!(key_account, key_account_page, preload_key_account, (id: u64) => {
    view! { <crate::ui::key_account::KeyAccountPage id=id/> }.into_any()
});
split_page!(account_roles, roles_page, preload_roles, (id: u64) => {
    view! { <crate::ui::roles::RolesPage id=id/> }.into_any()
});
split_page!(account_profile, profile_page, preload_profile, (id: u64) => {
    view! { <crate::ui::profile::ProfilePage id=id/> }.into_any()
});
split_page!(account_scorecard, scorecard_page, preload_scorecard, (id: u64) => {
    view! { <crate::ui::scorecard::ScorecardPage id=id/> }.into_any()
});
// The editing parts of the profile and the scorecard: chunks of their own, so that
// no page chunk exceeds its budget; fetched with the page (prefetch) or when shown.
split_page!(profile_editor, profile_editor, preload_profile_editor,
    (id: u64, current: Memo<Option<usize>>, profile: Memo<Option<crate::domain::profile::Profile>>) => {
    view! { <crate::ui::profile::ProfileEditor id=id current=current profile=profile/> }.into_any()
});
split_page!(profile_editor, profile_versions, preload_profile_versions,
    (id: u64, current: Memo<Option<usize>>, segments: Memo<Vec<crate::domain::profile::Segment>>) => {
    view! { <crate::ui::profile::ProfileVersions id=id current=current segments=segments/> }.into_any()
});
split_page!(kpi_editor, kpi_editor, preload_kpi_editor,
    (id: u64, k: usize, kpi: Memo<Option<crate::domain::scorecard::Kpi>>) => {
    view! { <crate::ui::scorecard::KpiEditor id=id k=k kpi=kpi/> }.into_any()
});
split_page!(kpi_editor, add_kpi, preload_add_kpi, (id: u64) => {
    view! { <crate::ui::scorecard::AddKpi id=id/> }.into_any()
});
split_page!(account_plan, plan_page, preload_plan, (id: u64) => {
    view! { <crate::ui::plan::PlanPage id=id/> }.into_any()
});
split_page!(plan_periods, plan_periods, preload_plan_periods,
    (id: u64, plan: Memo<crate::domain::plan::Plan>) => {
    view! { <crate::ui::plan::PlanPeriods id=id plan=plan/> }.into_any()
});
// The goals of the plan, and the editing parts and charts of the buying center: chunks
// of their own, so that no page chunk exceeds its budget.
split_page!(plan_goals, plan_goals, preload_plan_goals,
    (id: u64, plan: Memo<crate::domain::plan::Plan>, kpis: Memo<Vec<crate::domain::scorecard::Kpi>>) => {
    view! { <crate::ui::plan::Goals id=id plan=plan kpis=kpis/> }.into_any()
});
split_page!(stakeholder_editor, person_editor, preload_person_editor,
    (id: u64, k: usize, people: Memo<Vec<crate::domain::stakeholders::Stakeholder>>,
     person: Memo<Option<crate::domain::stakeholders::Stakeholder>>) => {
    view! { <crate::ui::stakeholders::PersonEditor id=id k=k people=people person=person/> }.into_any()
});
split_page!(stakeholder_editor, add_person, preload_add_person, (id: u64) => {
    view! { <crate::ui::stakeholders::AddPerson id=id/> }.into_any()
});
split_page!(stakeholder_editor, team_editor, preload_team_editor, () => {
    view! { <crate::ui::stakeholders::TeamEditor/> }.into_any()
});
split_page!(stakeholder_charts, buying_center_charts, preload_buying_center_charts,
    (people: Memo<Vec<crate::domain::stakeholders::Stakeholder>>) => {
    view! { <crate::ui::stakeholders::BuyingCenterCharts people=people/> }.into_any()
});
split_page!(account_stakeholders, stakeholders_page, preload_stakeholders, (id: u64) => {
    view! { <crate::ui::stakeholders::StakeholdersPage id=id/> }.into_any()
});
split_page!(report, account_report, preload_account_report, (id: u64, client: bool) => {
    view! { <crate::ui::report::AccountReport id=id client=client/> }.into_any()
});
split_page!(report, portfolio_report, preload_portfolio_report, () => {
    view! { <crate::ui::report::PortfolioReport/> }.into_any()
});
split_page!(key_accounts, key_accounts_page, preload_key_accounts, () => {
    crate::ui::key_accounts::KeyAccountsPage().into_any()
});
split_page!(pareto, pareto_page, preload_pareto, () => {
    crate::ui::pareto::ParetoPage().into_any()
});
split_page!(value_model, value_page, preload_value, () => {
    crate::ui::value::ValuePage().into_any()
});
// The set-up of the value model (criteria, who is rated): done once, so a chunk of its
// own that keeps the value-model chunk small.
split_page!(value_criteria, criteria_editor, preload_criteria, () => {
    view! { <crate::ui::value::CriteriaEditor app=use_app()/> }.into_any()
});
split_page!(value_criteria, who_is_rated, preload_who_is_rated, (rated: Memo<crate::ui::scoring::Rated>) => {
    view! { <crate::ui::value::WhoIsRated app=use_app() rated=rated/> }.into_any()
});
split_page!(portfolio, portfolio_page, preload_portfolio, () => {
    crate::ui::portfolio::PortfolioPage().into_any()
});
split_page!(assessment, assessment_page, preload_assessment, (id: Option<u64>) => {
    view! { <crate::ui::assessment::AssessmentPage id=id/> }.into_any()
});
// Comparing and the workshop: a chunk of their own (most visitors answer one).
split_page!(assessment_more, compare_page, preload_compare, () => {
    crate::ui::workshop::ComparePage().into_any()
});
split_page!(assessment_more, workshop_page, preload_workshop, () => {
    crate::ui::workshop::WorkshopPage().into_any()
});
// The client's own view of a client copy: only customers who opened one need it.
split_page!(client_view, client_view_page, preload_client_view, () => {
    crate::ui::client_view::ClientView().into_any()
});
split_page!(data, data_page, preload_data, () => {
    crate::ui::data::DataPage().into_any()
});
// Where the data is, persistence and storage use: a part of the data page in a chunk
// of its own, so that the data page's chunk stays within its budget.
split_page!(data_safety, safety_section, preload_safety_section, () => {
    crate::ui::file::SafetySection().into_any()
});
// The top bar's file name and Save button, shown once a file is linked.
split_page!(file_save, file_status, preload_file_status, () => {
    crate::ui::file::FileStatus().into_any()
});
split_page!(notices, notices, preload_notices, (update_ready: RwSignal<bool>) => {
    view! { <crate::ui::notices::Notices update_ready=update_ready/> }.into_any()
});
split_page!(sheet_import, sheet_import_page, preload_sheet_import, () => {
    crate::ui::sheet_import::SheetImportPage().into_any()
});
split_page!(sheet_map, sheet_mapping, preload_sheet_mapping,
    (rows: RwSignal<std::sync::Arc<crate::domain::spreadsheet::Rows>>, header_row: RwSignal<usize>,
     mapping: RwSignal<crate::domain::spreadsheet::Mapping>,
     decimal: RwSignal<crate::domain::number::DecimalSeparator>, file_name: RwSignal<String>,
     positions: RwSignal<Vec<usize>>) => {
    view! { <crate::ui::sheet_import::SheetMapping rows=rows header_row=header_row mapping=mapping decimal=decimal file_name=file_name positions=positions/> }.into_any()
});
split_page!(sheet_check, sheet_check, preload_sheet_check,
    (rows: RwSignal<std::sync::Arc<crate::domain::spreadsheet::Rows>>,
     settings: Memo<crate::domain::spreadsheet::ReadSettings>,
     column_names: Memo<Vec<String>>, file_name: RwSignal<String>) => {
    view! { <crate::ui::sheet_check::SheetCheck rows=rows settings=settings column_names=column_names file_name=file_name/> }.into_any()
});
split_page!(sheet_export, sheet_export, preload_sheet_export, () => {
    crate::ui::sheet_export::SheetExport().into_any()
});

/// `split_fn!(chunk, name, (args) -> T => body)`: a function in a chunk of its own that
/// [`prefetch_all`] never fetches: the spreadsheet libraries (about 250 KB gzip each)
/// arrive only when the user opens or exports an Excel file.
macro_rules! split_fn {
    ($chunk:ident, $name:ident, ($($arg:ident : $ty:ty),*) -> $out:ty => $body:expr) => {
        #[cfg(not(feature = "eager-pages"))]
        #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> Result<$out, ChunkFailed> {
            Ok($body)
        }

        #[cfg(feature = "eager-pages")]
        pub async fn $name($($arg: $ty),*) -> Result<$out, ChunkFailed> {
            Ok($body)
        }
    };
}

/// What reading an Excel workbook gives: the sheet names, the sheet read and its rows;
/// `None` if cancelled.
pub type XlsxRead = std::pin::Pin<
    Box<
        dyn std::future::Future<
            Output = Result<
                Option<crate::persist::xlsx::BookRead>,
                crate::persist::xlsx::XlsxError,
            >,
        >,
    >,
>;

// A future, polled from here but running the reader's code in its chunk: it pauses
// after every 10,000 cells (progress shown, cancel checked), so a large sheet never
// blocks the page. `sheet: None` reads the first sheet that holds a list.
split_fn!(xlsx_read, read_xlsx,
    (bytes: Vec<u8>, sheet: Option<usize>, progress: RwSignal<Option<u32>>, cancel: RwSignal<bool>) -> XlsxRead => {
    Box::pin(async move {
        crate::persist::xlsx::read_book_in_batches(&bytes, sheet, |share| async move {
            progress.set(Some((share * 100.0) as u32));
            crate::state::browser::pause().await;
            !cancel.get_untracked()
        })
        .await
    })
});
/// What writing an Excel file gives: its bytes, or why it could not be made.
pub type XlsxWrite = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<u8>, String>>>>;

// Like reading: the writer's code runs in its chunk, pausing between batches of rows.
split_fn!(xlsx_write, write_xlsx,
    (sheet: String, headers: Vec<String>, kinds: Vec<crate::domain::export::ColumnKind>,
     rows: crate::domain::spreadsheet::Rows) -> XlsxWrite => {
    Box::pin(async move {
        crate::persist::xlsx::write_xlsx_in_batches(&sheet, &headers, &kinds, &rows, |_| {
            crate::state::browser::pause()
        })
        .await
    })
});

// Save (Ctrl+S) from any page: the File System Access code arrives with the first save.
split_fn!(file_save, save_file, (app: crate::state::AppState, save_as: bool) -> () => {
    use crate::ui::file::{save, Target};
    leptos::task::spawn_local(save(app, if save_as { Target::Pick } else { Target::Linked }))
});

/// Saves to the user's file (Ctrl+S, the top bar's button), fetching the code first.
pub fn save_to_file(app: crate::state::AppState, save_as: bool) {
    leptos::task::spawn_local(async move {
        if save_file(app, save_as).await.is_err() {
            app.notify(app.t(C::PageLoadFailed));
        }
    });
}

/// Loads the chunk of a page and builds its view.
async fn load(route: Route) -> Result<AnyView, ChunkFailed> {
    match route {
        Route::NewAccount => account_form_page(0).await,
        // A key account has its own page; any other account its form. Decided once, on
        // arrival (untracked): the overview handles a flag switched off while it is shown.
        Route::Account(id) if untrack(|| crate::ui::key_account::is_key(use_app(), id)) => {
            key_account_page(id).await
        }
        Route::Account(id) => account_form_page(id).await,
        Route::AccountSection(id, AccountSection::Edit) => account_form_page(id).await,
        Route::AccountSection(id, AccountSection::Roles) => roles_page(id).await,
        Route::AccountSection(id, AccountSection::Profile) => profile_page(id).await,
        Route::AccountSection(id, AccountSection::Scorecard) => scorecard_page(id).await,
        Route::AccountSection(id, AccountSection::Plan) => plan_page(id).await,
        Route::AccountSection(id, AccountSection::Stakeholders) => stakeholders_page(id).await,
        Route::KeyAccounts => key_accounts_page().await,
        Route::Report(id, client) => account_report(id, client).await,
        Route::PortfolioReport => portfolio_report().await,
        Route::Pareto => pareto_page().await,
        Route::Data => data_page().await,
        Route::SheetImport => sheet_import_page().await,
        Route::ValueModel => value_page().await,
        Route::Portfolio => portfolio_page().await,
        Route::Assessment(id) => assessment_page(id).await,
        Route::AssessmentCompare => compare_page().await,
        Route::Workshop => workshop_page().await,
        // The shell renders these itself.
        Route::Accounts | Route::NotFound => Ok(().into_any()),
    }
}

/// Fetches every page chunk, one after another, so that later navigation never waits.
/// Failures are ignored here: opening the page retries and shows them.
pub fn prefetch_all() {
    leptos::task::spawn_local(async {
        let _ = preload_notices().await;
        let _ = preload_file_status().await; // and Save (Ctrl+S): the same chunk
        let _ = preload_data().await;
        let _ = preload_safety_section().await;
        let _ = preload_sheet_export().await;
        let _ = preload_sheet_import().await;
        let _ = preload_sheet_mapping().await;
        let _ = preload_sheet_check().await;
        let _ = preload_account_form().await;
        let _ = preload_key_accounts().await;
        let _ = preload_key_account().await;
        let _ = preload_roles().await;
        let _ = preload_profile().await;
        let _ = preload_scorecard().await;
        let _ = preload_profile_editor().await;
        let _ = preload_profile_versions().await; // same chunk: already there
        let _ = preload_kpi_editor().await;
        let _ = preload_plan().await;
        let _ = preload_plan_periods().await;
        let _ = preload_plan_goals().await;
        let _ = preload_stakeholders().await;
        let _ = preload_person_editor().await;
        let _ = preload_add_person().await; // same chunk: already there
        let _ = preload_team_editor().await; // same chunk: already there
        let _ = preload_buying_center_charts().await;
        let _ = preload_add_kpi().await; // same chunk: already there
        let _ = preload_account_report().await;
        let _ = preload_portfolio_report().await; // same chunk: already there
        let _ = preload_pareto().await;
        let _ = preload_value().await;
        let _ = preload_criteria().await;
        let _ = preload_who_is_rated().await; // same chunk: already there
        let _ = preload_portfolio().await;
        let _ = preload_assessment().await;
        let _ = preload_compare().await;
        let _ = preload_workshop().await; // same chunk: already there
    });
}

/// Calls `prefetch_all` once the browser is idle after the first page (or after a
/// second where `requestIdleCallback` is missing, as in Safari).
pub fn prefetch_when_idle() {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(|| {
        prefetch_all();
        // The service worker is registered now (src/offline/client.js), not earlier:
        // its download of the whole build must not compete with the first page.
        crate::state::browser::dispatch("keystone-idle");
    });
    let has_idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    if has_idle {
        let _ = window.request_idle_callback(callback.unchecked_ref());
    } else {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 1000);
    }
}

/// A page from its chunk: a loading note while it arrives, a message with a retry if it
/// cannot be loaded.
#[component]
pub fn LazyPage(route: Route) -> impl IntoView {
    view! { <Lazy load=move || load(route)/> }
}

/// The client's own view of a client copy, from its chunk (instead of every page).
#[component]
pub fn LazyClientView() -> impl IntoView {
    view! { <Lazy load=client_view_page/> }
}

/// The column mapping of a spreadsheet import, from its chunk.
#[component]
pub fn LazySheetMapping(
    rows: RwSignal<std::sync::Arc<crate::domain::spreadsheet::Rows>>,
    header_row: RwSignal<usize>,
    mapping: RwSignal<crate::domain::spreadsheet::Mapping>,
    decimal: RwSignal<crate::domain::number::DecimalSeparator>,
    file_name: RwSignal<String>,
    positions: RwSignal<Vec<usize>>,
) -> impl IntoView {
    view! { <Lazy load=move || sheet_mapping(rows, header_row, mapping, decimal, file_name, positions)/> }
}

/// The checks and the confirmation of a spreadsheet import, from their chunk.
#[component]
pub fn LazySheetCheck(
    rows: RwSignal<std::sync::Arc<crate::domain::spreadsheet::Rows>>,
    settings: Memo<crate::domain::spreadsheet::ReadSettings>,
    column_names: Memo<Vec<String>>,
    file_name: RwSignal<String>,
) -> impl IntoView {
    view! { <Lazy load=move || sheet_check(rows, settings, column_names, file_name)/> }
}

/// The top bar's file status, from its chunk; nothing while it arrives.
#[component]
pub fn LazyFileStatus() -> impl IntoView {
    view! { <Lazy load=file_status quiet=true/> }
}

/// The banners (a new version, storage problems), from their chunk.
#[component]
pub fn LazyNotices(update_ready: RwSignal<bool>) -> impl IntoView {
    view! { <Lazy load=move || notices(update_ready) quiet=true/> }
}

/// Where the data is and how safe it is (data page), from its chunk.
#[component]
pub fn LazySafetySection() -> impl IntoView {
    view! { <Lazy load=safety_section/> }
}

/// The spreadsheet exports of the data page, from their chunk.
#[component]
pub fn LazySheetExport() -> impl IntoView {
    view! { <Lazy load=sheet_export/> }
}

/// The criteria editor of the value-model page, from its own chunk.
#[component]
pub fn LazyCriteriaEditor() -> impl IntoView {
    view! { <Lazy load=criteria_editor/> }
}

/// The weights and ratings editor of a requirement profile, from its chunk.
#[component]
pub fn LazyProfileEditor(
    id: u64,
    current: Memo<Option<usize>>,
    profile: Memo<Option<crate::domain::profile::Profile>>,
) -> impl IntoView {
    view! { <Lazy load=move || profile_editor(id, current, profile)/> }
}

/// The saved versions of a requirement profile, from their chunk.
#[component]
pub fn LazyProfileVersions(
    id: u64,
    current: Memo<Option<usize>>,
    segments: Memo<Vec<crate::domain::profile::Segment>>,
) -> impl IntoView {
    view! { <Lazy load=move || profile_versions(id, current, segments)/> }
}

/// The editor of one KPI, from the KPI-editing chunk.
#[component]
pub fn LazyKpiEditor(
    id: u64,
    k: usize,
    kpi: Memo<Option<crate::domain::scorecard::Kpi>>,
) -> impl IntoView {
    view! { <Lazy load=move || kpi_editor(id, k, kpi)/> }
}

/// The form to add a KPI, from the KPI-editing chunk.
#[component]
pub fn LazyAddKpi(id: u64) -> impl IntoView {
    view! { <Lazy load=move || add_kpi(id)/> }
}

/// The plan periods (next period, versions, comparison), from their chunk.
#[component]
pub fn LazyPlanPeriods(id: u64, plan: Memo<crate::domain::plan::Plan>) -> impl IntoView {
    view! { <Lazy load=move || plan_periods(id, plan)/> }
}

/// The goals of an account plan, from their chunk.
#[component]
pub fn LazyPlanGoals(
    id: u64,
    plan: Memo<crate::domain::plan::Plan>,
    kpis: Memo<Vec<crate::domain::scorecard::Kpi>>,
) -> impl IntoView {
    view! { <Lazy load=move || plan_goals(id, plan, kpis)/> }
}

/// The editor of one person of a buying center, from the stakeholder-editing chunk.
#[component]
pub fn LazyPersonEditor(
    id: u64,
    k: usize,
    people: Memo<Vec<crate::domain::stakeholders::Stakeholder>>,
    person: Memo<Option<crate::domain::stakeholders::Stakeholder>>,
) -> impl IntoView {
    view! { <Lazy load=move || person_editor(id, k, people, person)/> }
}

/// The form to add a person, from the stakeholder-editing chunk.
#[component]
pub fn LazyAddPerson(id: u64) -> impl IntoView {
    view! { <Lazy load=move || add_person(id)/> }
}

/// The selling-center editor, from the stakeholder-editing chunk.
#[component]
pub fn LazyTeamEditor() -> impl IntoView {
    view! { <Lazy load=team_editor/> }
}

/// The buying center's map and reports-to chart, from their chunk.
#[component]
pub fn LazyBuyingCenterCharts(
    people: Memo<Vec<crate::domain::stakeholders::Stakeholder>>,
) -> impl IntoView {
    view! { <Lazy load=move || buying_center_charts(people)/> }
}

/// Which accounts the value model rates, from the set-up chunk.
#[component]
pub fn LazyWhoIsRated(rated: Memo<crate::ui::scoring::Rated>) -> impl IntoView {
    view! { <Lazy load=move || who_is_rated(rated)/> }
}

/// A view from a chunk: a loading note while it arrives, a message with a retry if it
/// cannot be loaded.
#[component]
fn Lazy<F, Fut>(
    load: F,
    /// No loading note (small parts of the shell, not pages).
    #[prop(optional)]
    quiet: bool,
) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<AnyView, ChunkFailed>> + 'static,
{
    let lang = use_app().lang;
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=move || (!quiet).then(|| view! {
            <p class="page-loading" role="status">{tr(lang, C::PageLoading)}</p>
        })>
            {move || {
                attempt.track();
                Suspend::new(SendWrapper::new(async move {
                    match load().await {
                        Ok(page) => page,
                        Err(ChunkFailed) => view! {
                            <div class="banner banner-error" role="alert">
                                <p>{tr(lang, C::PageLoadFailed)}</p>
                                <button on:click=move |_| attempt.update(|n| *n += 1)>
                                    {tr(lang, C::Retry)}
                                </button>
                            </div>
                        }
                        .into_any(),
                    }
                }))
            }}
        </Suspense>
    }
}
