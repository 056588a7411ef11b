//! What the register shows: the search, the filters, the sort order and the page,
//! remembered for the session; the accounts they let through, in order.

use std::cmp::Ordering;
use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::{AbcClass, Account, AccountId};
use crate::state::browser::lower;
use crate::state::AppState;
use crate::ui::widgets::SortState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SortKey {
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
pub(super) enum KeyFilter {
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

/// The register's controls as signals; created from the remembered view, which they
/// keep up to date.
#[derive(Clone, Copy)]
pub(super) struct RegisterState {
    pub search: RwSignal<String>,
    pub key_filter: RwSignal<KeyFilter>,
    pub class_filter: RwSignal<Option<AbcClass>>,
    pub sort: RwSignal<SortState<SortKey>>,
    pub page: RwSignal<usize>,
}

impl RegisterState {
    pub fn remembered() -> RegisterState {
        let kept = REGISTER_VIEW.with(|v| v.borrow().clone());
        let state = RegisterState {
            search: RwSignal::new(kept.search),
            key_filter: RwSignal::new(kept.key_filter),
            class_filter: RwSignal::new(kept.class_filter),
            sort: RwSignal::new(kept.sort),
            page: RwSignal::new(kept.page),
        };
        let RegisterState {
            search,
            key_filter,
            class_filter,
            sort,
            page,
        } = state;
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
        // Back to the first page whenever the filters or the order change (not when the
        // page is shown): a new order starts at its top.
        Effect::new(move |shown: Option<()>| {
            search.track();
            key_filter.track();
            class_filter.track();
            sort.track();
            if shown.is_some() {
                page.set(0);
            }
        });
        state
    }

    /// The ids of the accounts the search and filters let through, in the sort order;
    /// the rows themselves are read per page.
    pub fn visible(
        self,
        app: AppState,
        classes: Memo<HashMap<AccountId, AbcClass>>,
    ) -> Memo<Vec<AccountId>> {
        let RegisterState {
            search,
            key_filter,
            class_filter,
            sort,
            ..
        } = self;
        // Each name lower-cased once per change of the list, not on every key typed in
        // the search (the browser's lower-casing crosses into JS for every call).
        let names = Memo::new(move |_| {
            app.store
                .accounts
                .with(|ws| ws.iter().map(|a| lower(&a.name)).collect::<Vec<_>>())
        });
        Memo::new(move |_| {
            let needle = lower(search.get().trim());
            let kf = key_filter.get();
            let cf = class_filter.get();
            let SortState { key, ascending } = sort.get();
            names.with(|names| {
                classes.with(|classes| {
                    app.store.accounts.with(|ws| {
                        // Text columns: each account's lower-case key made once, not per
                        // comparison.
                        let mut keyed: Vec<(String, &Account)> = ws
                            .iter()
                            .zip(names)
                            .filter(|(_, name)| needle.is_empty() || name.contains(&needle))
                            .filter(|(a, _)| match kf {
                                KeyFilter::All => true,
                                KeyFilter::Only => a.key_account,
                                KeyFilter::Without => !a.key_account,
                            })
                            .filter(|(a, _)| cf.is_none() || classes.get(&a.id) == cf.as_ref())
                            .map(|(a, name)| {
                                let text = match key {
                                    SortKey::Name => name.clone(),
                                    _ => text_of(key, a).map(lower).unwrap_or_default(),
                                };
                                (text, a)
                            })
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
            })
        })
    }
}
