//! The accounts register: search, filter, sort, page through, toggle key accounts,
//! delete with undo. An empty workspace shows how to start.

pub mod account_form;
pub mod delete_account;

use std::cmp::Ordering;
use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::{AbcClass, Account, AccountId};
use crate::i18n::tr;
use crate::i18n::{accounts::A, common::C, fill, Lang};
use crate::state::browser::lower;
use crate::state::{use_app, Route};
use crate::ui::widgets::{self, Pager, SortHeader, SortState};

const PAGE_SIZE: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SortKey {
    Name,
    Industry,
    Region,
    Revenue,
    Margin,
    Potential,
    ShareOfWallet,
    Since,
    Class,
    Key,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyFilter {
    All,
    Only,
    Without,
}

/// How the user left the register: search, filters, sort and page. Kept for the
/// session, so opening an account and coming back finds the register as it was.
#[derive(Debug, Clone, PartialEq)]
struct RegisterView {
    search: String,
    key_filter: KeyFilter,
    class_filter: Option<AbcClass>,
    sort: SortState<SortKey>,
    page: usize,
}

impl Default for RegisterView {
    fn default() -> Self {
        RegisterView {
            search: String::new(),
            key_filter: KeyFilter::All,
            class_filter: None,
            sort: SortState {
                key: SortKey::Revenue,
                ascending: false,
            },
            page: 0,
        }
    }
}

thread_local! {
    // The page is rebuilt on every visit; its view outlives it here (one tab, one thread).
    static REGISTER_VIEW: std::cell::RefCell<RegisterView> = Default::default();
}

fn cmp_opt(a: Option<f64>, b: Option<f64>) -> Ordering {
    // Unknown values sort last in ascending order.
    match (a, b) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn compare(
    key: SortKey,
    a: &Account,
    b: &Account,
    classes: &HashMap<AccountId, AbcClass>,
) -> Ordering {
    match key {
        // Sorted by their lower-case keys before (`text_of`); equal here.
        SortKey::Name | SortKey::Industry | SortKey::Region => Ordering::Equal,
        SortKey::Revenue => a.revenue.total_cmp(&b.revenue),
        SortKey::Margin => cmp_opt(a.contribution_margin, b.contribution_margin),
        SortKey::Potential => cmp_opt(a.potential, b.potential),
        SortKey::ShareOfWallet => cmp_opt(a.share_of_wallet(), b.share_of_wallet()),
        SortKey::Since => cmp_opt(
            a.relationship_since.map(f64::from),
            b.relationship_since.map(f64::from),
        ),
        SortKey::Class => classes.get(&a.id).cmp(&classes.get(&b.id)),
        SortKey::Key => b.key_account.cmp(&a.key_account),
    }
}

/// The text a text column sorts by, if `key` is one.
fn text_of(key: SortKey, a: &Account) -> Option<&str> {
    match key {
        SortKey::Name => Some(&a.name),
        SortKey::Industry => Some(&a.industry),
        SortKey::Region => Some(&a.region),
        _ => None,
    }
}

/// An amount in the register, reports and analyses: whole units or cents
/// (docs/methods.md, "Amounts").
pub fn money(lang: Lang, v: f64) -> String {
    lang.amount(v)
}

pub fn opt_money(lang: Lang, v: Option<f64>) -> String {
    v.map(|v| money(lang, v)).unwrap_or_default()
}

#[component]
pub fn AccountsPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let ta = move |k: A| lang.get().t(k);
    let kept = REGISTER_VIEW.with(|v| v.borrow().clone());
    let (search, set_search) = signal(kept.search);
    let (key_filter, set_key_filter) = signal(kept.key_filter);
    let (class_filter, set_class_filter) = signal(kept.class_filter);
    let sort = RwSignal::new(kept.sort);
    let page = RwSignal::new(kept.page);
    Effect::new(move |_| {
        let view = RegisterView {
            search: search.get(),
            key_filter: key_filter.get(),
            class_filter: class_filter.get(),
            sort: sort.get(),
            page: page.get(),
        };
        REGISTER_VIEW.with(|v| *v.borrow_mut() = view);
    });
    let classes = Memo::new(move |_| app.abc.with(|r| r.class_map()));

    // Filtered and sorted ids; the rows themselves are read per page.
    let visible = Memo::new(move |_| {
        let needle = lower(search.get().trim());
        let kf = key_filter.get();
        let cf = class_filter.get();
        let SortState { key, ascending } = sort.get();
        classes.with(|classes| {
            app.store.accounts.with(|ws| {
                let list: Vec<&Account> = ws
                    .iter()
                    .filter(|a| needle.is_empty() || lower(&a.name).contains(&needle))
                    .filter(|a| match kf {
                        KeyFilter::All => true,
                        KeyFilter::Only => a.key_account,
                        KeyFilter::Without => !a.key_account,
                    })
                    .filter(|a| cf.is_none() || classes.get(&a.id) == cf.as_ref())
                    .collect();
                // Text columns: each account's lower-case key made once, not per comparison.
                let mut keyed: Vec<(String, &Account)> = list
                    .into_iter()
                    .map(|a| (text_of(key, a).map(lower).unwrap_or_default(), a))
                    .collect();
                keyed.sort_by(|(ka, a), (kb, b)| {
                    let o = ka
                        .cmp(kb)
                        .then_with(|| compare(key, a, b, classes))
                        .then_with(|| a.name.cmp(&b.name));
                    if ascending {
                        o
                    } else {
                        o.reverse()
                    }
                });
                keyed.into_iter().map(|(_, a)| a.id).collect::<Vec<_>>()
            })
        })
    });
    let pages = move || visible.with(|v| v.len().div_ceil(PAGE_SIZE).max(1));
    // Back to the first page whenever the filters change (not when the page is shown).
    Effect::new(move |shown: Option<()>| {
        search.track();
        key_filter.track();
        class_filter.track();
        if shown.is_some() {
            page.set(0);
        }
    });

    let header = move |key: SortKey, label: A, numeric: bool| {
        view! { <SortHeader key=key label=Signal::derive(move || ta(label).to_string()) numeric=numeric sort=sort/> }
    };
    let currency = crate::ui::format::use_currency();
    let money_header = move |key: SortKey, label: A| {
        let text =
            Signal::derive(move || crate::ui::format::with_currency(ta(label), &currency.get()));
        view! { <SortHeader key=key label=text numeric=true sort=sort/> }
    };

    let rows = move || {
        let lang = lang.get();
        let start = page.get().min(pages() - 1) * PAGE_SIZE;
        let ids: Vec<AccountId> =
            visible.with(|v| v.iter().skip(start).take(PAGE_SIZE).copied().collect());
        // Borrowed, not cloned: the map holds every account (20,000 is normal).
        classes.with(|classes| {
            app.store.accounts.with(|ws| {
                ids.iter()
                    .filter_map(|id| ws.account(*id))
                    .map(|a| account_row(a, classes.get(&a.id).copied(), lang))
                    .collect_view()
            })
        })
    };

    view! {
        <section class="page">
            <div class="page-head">
                <h1>{tr(lang, A::AccountsTitle)}</h1>
                <a class="button primary" href=Route::NewAccount.href()>{tr(lang, A::AddAccount)}</a>
            </div>
            <Show
                when=move || !app.store.is_empty()
                fallback=move || view! { <EmptyState/> }
            >
                <div class="filters">
                    <label>
                        {tr(lang, A::Search)}
                        <input
                            type="search"
                            prop:value=search
                            on:input=move |ev| set_search.set(event_target_value(&ev))
                        />
                    </label>
                    <label>
                        {tr(lang, A::FilterKey)}
                        <select on:change=move |ev| {
                            set_key_filter.set(match event_target_value(&ev).as_str() {
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
                        <select on:change=move |ev| set_class_filter.set(AbcClass::from_letter(&event_target_value(&ev)))>
                            <option value="" prop:selected=move || class_filter.get().is_none()>{tr(lang, A::FilterAll)}</option>
                            <option value="A" prop:selected=move || class_filter.get() == Some(AbcClass::A)>"A"</option>
                            <option value="B" prop:selected=move || class_filter.get() == Some(AbcClass::B)>"B"</option>
                            <option value="C" prop:selected=move || class_filter.get() == Some(AbcClass::C)>"C"</option>
                        </select>
                    </label>
                    <p class="count" aria-live="polite">
                        {move || fill(ta(A::ShownOf), &[
                            ("shown", &lang.get().count(visible.with(|v| v.len()))),
                            ("total", &lang.get().count(app.store.accounts.with(|a| a.len()))),
                        ])}
                    </p>
                </div>
                <div class="table-wrap">
                    <table class="accounts">
                        <thead>
                            <tr>
                                {header(SortKey::Name, A::ColName, false)}
                                {header(SortKey::Industry, A::ColIndustry, false)}
                                {header(SortKey::Region, A::ColRegion, false)}
                                {money_header(SortKey::Revenue, A::ColRevenue)}
                                {money_header(SortKey::Margin, A::ColMargin)}
                                {money_header(SortKey::Potential, A::ColPotential)}
                                {header(SortKey::ShareOfWallet, A::ColShareOfWallet, true)}
                                {header(SortKey::Since, A::ColSince, true)}
                                {header(SortKey::Class, A::ColClass, false)}
                                {header(SortKey::Key, A::ColKey, false)}
                                <th scope="col">{tr(lang, A::ColActions)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <Show when=move || visible.with(|v| v.is_empty())>
                    <p class="empty-note">{tr(lang, C::NoMatches)}</p>
                </Show>
                <Pager page=page pages=Signal::derive(pages)/>
            </Show>
        </section>
    }
}

fn account_row(a: &Account, class: Option<AbcClass>, lang: Lang) -> impl IntoView {
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
                <crate::ui::accounts::delete_account::DeleteAccountButton id=id name=name label=delete_label/>
            </td>
        </tr>
    }
}

/// What an empty workspace shows: how to start.
#[component]
pub fn EmptyState() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    view! {
        <widgets::EmptyState
            title=Signal::derive(move || lang.get().t(C::EmptyTitle).to_string())
            text=Signal::derive(move || lang.get().t(C::EmptyText).to_string())
        >
            <button class="primary" on:click=move |_| app.load_sample()>{tr(lang, C::LoadSample)}</button>
            <a class="button" href=Route::SheetImport.href()>{tr(lang, C::ImportSheet)}</a>
            <a class="button" href=Route::Data.href()>{tr(lang, C::ImportFile)}</a>
            <a class="button" href=Route::NewAccount.href()>{tr(lang, A::AddAccount)}</a>
            <a class="button" href=Route::Assessment(None).href()>{tr(lang, C::StartAssessment)}</a>
        </widgets::EmptyState>
    }
}
