//! The accounts register: search, filter, sort, page through, toggle key accounts,
//! delete with undo. An empty workspace shows how to start (in the main module); the
//! register itself comes from the chunk `register`. What the register shows (filters,
//! sort, page, remembered for the session): [`register_view`].

pub mod account_form;
pub mod delete_account;
mod history_cols;
mod register_view;

use leptos::prelude::*;

use crate::domain::pareto::ClassMap;
use crate::domain::{AbcClass, Account};
use crate::i18n::tr;
use crate::i18n::{accounts::A, common::C, fill, Lang};
use crate::state::{use_app, Route};
use crate::ui::lazy::lazy_part;
use crate::ui::widgets::{EmptyWorkspace, Pager, SortHeader};
use delete_account::{DeleteAccountButton, DeleteDialog, DeleteQuestion};
use register_view::{KeyFilter, RegisterState, SortKey};

const PAGE_SIZE: usize = 50;

pub use crate::ui::format::{money, opt_money};

lazy_part!(register, register, preload_register,
    /// The register's filters, table and pager, from their chunk: a first visit (an
    /// empty workspace) never fetches it, so the start page downloads less.
    LazyRegister() => view! { <Register/> }.into_any());

/// Starts fetching the register's chunk (when the register is about to be needed: a
/// stored workspace found at start, the sample being loaded). Not leptos' executor: the
/// start calls it before the app is mounted.
pub fn fetch_register() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = preload_register().await;
    });
}

#[component]
pub fn AccountsPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let has_accounts = crate::ui::widgets::has_accounts(app);
    view! {
        <section class="page">
            <div class="page-head">
                <h1>{tr(lang, A::AccountsTitle)}</h1>
                <a class="button primary" href=Route::NewAccount.href()>{tr(lang, A::AddAccount)}</a>
            </div>
            <Show
                when=move || has_accounts.get()
                fallback=move || view! { <EmptyWorkspace/> }
            >
                <LazyRegister/>
            </Show>
        </section>
    }
}

/// The filters, the table of the current page and the pager.
#[component]
fn Register() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let state = RegisterState::remembered();
    let classes = Memo::new(move |_| app.abc.with(|r| r.class_map()));
    let history = history_cols::register_history(app);
    let visible = state.visible(app, classes, history);
    let pages = move || visible.with(|v| v.len().div_ceil(PAGE_SIZE).max(1));
    let ask = DeleteQuestion::default();
    view! {
        <Filters state=state visible=visible history=history/>
        <RegisterTable state=state visible=visible classes=classes history=history ask=ask/>
        <DeleteDialog ask=ask/>
        <Show when=move || visible.with(|v| v.is_empty())>
            <p class="empty-note">{tr(lang, C::NoMatches)}</p>
        </Show>
        <Pager page=state.page pages=Signal::derive(pages)/>
    }
}

/// The search, the two filters and how many accounts they let through.
#[component]
fn Filters(
    state: RegisterState,
    visible: Memo<Vec<usize>>,
    history: Memo<Option<history_cols::RegisterHistory>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let ta = move |k: A| lang.get().t(k);
    let RegisterState {
        search,
        key_filter,
        class_filter,
        ..
    } = state;
    view! {
        <div class="filters">
            <label>
                {tr(lang, A::Search)}
                <input
                    type="search"
                    prop:value=search
                    on:input=move |ev| search.set(event_target_value(&ev))
                />
            </label>
            <label>
                {tr(lang, A::FilterKey)}
                <select on:change=move |ev| {
                    key_filter.set(match event_target_value(&ev).as_str() {
                        "only" => KeyFilter::Only,
                        "without" => KeyFilter::Without,
                        _ => KeyFilter::All,
                    })
                }>
                    <option value="all" prop:selected=move || key_filter.get() == KeyFilter::All>{tr(lang, A::FilterAll)}</option>
                    <option value="only" prop:selected=move || key_filter.get() == KeyFilter::Only>{tr(lang, A::FilterOnlyKey)}</option>
                    <option value="without" prop:selected=move || key_filter.get() == KeyFilter::Without>{tr(lang, A::FilterNotKey)}</option>
                </select>
            </label>
            <label>
                {tr(lang, A::FilterClass)}
                <select on:change=move |ev| class_filter.set(AbcClass::from_letter(&event_target_value(&ev)))>
                    <option value="" prop:selected=move || class_filter.get().is_none()>{tr(lang, A::FilterAll)}</option>
                    <option value="A" prop:selected=move || class_filter.get() == Some(AbcClass::A)>"A"</option>
                    <option value="B" prop:selected=move || class_filter.get() == Some(AbcClass::B)>"B"</option>
                    <option value="C" prop:selected=move || class_filter.get() == Some(AbcClass::C)>"C"</option>
                </select>
            </label>
            <history_cols::YearSelect state=state history=history/>
            // Busy while typed text waits for the search delay (the tests wait on it).
            <p class="count" aria-live="polite" aria-busy=move || state.search_pending().to_string()>
                {move || fill(ta(A::ShownOf), &[
                    // try_: the register may be on its way out (the workspace
                    // emptied by an Undo) when this runs.
                    ("shown", &lang.get().count(visible.try_with(|v| v.len()).unwrap_or(0))),
                    ("total", &lang.get().count(app.store.accounts.with(|a| a.len()))),
                ])}
            </p>
        </div>
    }
}

/// The table of the accounts on the current page, with sortable headers.
#[component]
fn RegisterTable(
    state: RegisterState,
    visible: Memo<Vec<usize>>,
    classes: Memo<ClassMap>,
    history: Memo<Option<history_cols::RegisterHistory>>,
    ask: DeleteQuestion,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let ta = move |k: A| lang.get().t(k);
    let RegisterState {
        sort, page, year, ..
    } = state;
    let pages = move || visible.with(|v| v.len().div_ceil(PAGE_SIZE).max(1));
    let header = move |key: SortKey, label: A, numeric: bool| {
        view! { <SortHeader key=key label=Signal::derive(move || ta(label).to_string()) numeric=numeric sort=sort/> }
    };
    let currency = crate::ui::format::use_currency();
    let money_header = move |key: SortKey, label: A| {
        let text =
            Signal::derive(move || crate::ui::format::with_currency(ta(label), &currency.get()));
        view! { <SortHeader key=key label=text numeric=true sort=sort/> }
    };
    // Beside a year's revenue, the list's figure is named apart from it.
    let revenue_label = Signal::derive(move || {
        let key = if history.with(Option::is_some) {
            A::HeadListRevenue
        } else {
            A::ColRevenue
        };
        crate::ui::format::with_currency(ta(key), &currency.get())
    });
    let rows = move || {
        let lang = lang.get();
        let start = page.get().min(pages() - 1) * PAGE_SIZE;
        // Positions in the accounts' list (the memo follows every change of it).
        let shown: Vec<usize> =
            visible.with(|v| v.iter().skip(start).take(PAGE_SIZE).copied().collect());
        // Borrowed, not cloned: the map holds every account (20,000 is normal).
        let chosen = year.get();
        classes.with(|classes| {
            history.with(|h| {
                app.store.accounts.with(|ws| {
                    shown
                        .iter()
                        .filter_map(|&i| ws.get(i))
                        .map(|a| {
                            let cells = history_cols::row_cells(h.as_ref(), a.id, chosen, lang);
                            account_row(a, classes.get(&a.id).copied(), lang, cells, ask)
                        })
                        .collect_view()
                })
            })
        })
    };
    view! {
        <div class="table-wrap">
            <table class=move || if history.with(Option::is_some) { "accounts with-history" } else { "accounts" }>
                <thead>
                    <tr>
                        {header(SortKey::Name, A::ColName, false)}
                        {header(SortKey::Industry, A::ColIndustry, false)}
                        {header(SortKey::Region, A::ColRegion, false)}
                        <SortHeader key=SortKey::Revenue label=revenue_label numeric=true sort=sort/>
                        {history_cols::header_cells(lang, state, history)}
                        {money_header(SortKey::Margin, A::HeadMargin)}
                        {money_header(SortKey::Potential, A::ColPotential)}
                        {header(SortKey::ShareOfWallet, A::HeadShareOfWallet, true)}
                        {header(SortKey::Since, A::ColSince, true)}
                        {header(SortKey::Class, A::ColClass, false)}
                        {header(SortKey::Key, A::ColKey, false)}
                        <th scope="col">{tr(lang, A::ColActions)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn account_row(
    a: &Account,
    class: Option<AbcClass>,
    lang: Lang,
    history: impl IntoView + 'static,
    ask: DeleteQuestion,
) -> impl IntoView {
    let app = use_app();
    let id = a.id;
    let name = a.name.clone();
    let key_label = fill(lang.t(A::KeyNamed), &[("name", &name)]);
    let delete_label = fill(lang.t(A::DeleteNamed), &[("name", &name)]);
    let key = a.key_account;
    let class_letter = class.map(|c| c.letter()).unwrap_or("");
    view! {
        <tr>
            <th scope="row"><a href=Route::Account(id).href()>{name.clone()}</a></th>
            <td>{a.industry.clone()}</td>
            <td>{a.region.clone()}</td>
            <td class="num">{money(lang, a.revenue)}</td>
            {history}
            <td class="num">{opt_money(lang, a.contribution_margin)}</td>
            <td class="num">{opt_money(lang, a.potential)}</td>
            <td class="num">{a.share_of_wallet().map(|s| lang.percent(s, 1)).unwrap_or_default()}</td>
            <td class="num">{a.relationship_since.map(|y| y.to_string()).unwrap_or_default()}</td>
            <td><span class=format!("badge class-{}", class_letter.to_ascii_lowercase())>{class_letter}</span></td>
            <td class="center">
                <input
                    type="checkbox"
                    aria-label=key_label
                    prop:checked=key
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        app.store.accounts.update(|ws| {
                            ws.set_key_account(id, on);
                        });
                    }
                />
            </td>
            <td>
                <DeleteAccountButton id=id name=name label=delete_label ask=ask lang=lang/>
            </td>
        </tr>
    }
}
