//! What the register shows: the search, the filters, the sort order and the page,
//! remembered for the session; the accounts they let through, in order.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::pareto::ClassMap;
use crate::domain::ranks::ranks_by;
use crate::domain::sort_order::{
    number_primary, rank_primary, sorted_positions, still_sorted, NameIndex,
};
use crate::domain::{AbcClass, Account};
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
    /// The revenue of the chosen history year.
    YearRevenue,
    /// Its change to the year before, in percent.
    YearChange,
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
    /// The history year the register shows; `None`: the latest full year.
    year: Option<i32>,
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
            year: None,
        }
    }
}

thread_local! {
    // The page is rebuilt on every visit; its view outlives it here (one tab, one thread).
    static REGISTER_VIEW: std::cell::RefCell<RegisterView> = Default::default();
    // The last visit's name index and order: the next visit checks them in one pass
    // instead of lower-casing and sorting 100,000 accounts again.
    static LAST_NAMES: std::cell::RefCell<Option<Arc<Names>>> = Default::default();
    static LAST_ORDER: std::cell::RefCell<Vec<usize>> = Default::default();
}

/// The number a numeric column sorts by, made once per account before sorting (not per
/// comparison: 100,000 accounts take 1.7 million comparisons). Unknown values are NaN,
/// sorted last in either direction.
fn number_of(key: SortKey, a: &Account, classes: &ClassMap) -> f64 {
    let known = |v: Option<f64>| v.unwrap_or(f64::NAN);
    match key {
        // Sorted by their lower-case keys (`text_of`); equal here.
        SortKey::Name | SortKey::Industry | SortKey::Region => 0.0,
        SortKey::Revenue => a.revenue,
        SortKey::Margin => known(a.contribution_margin),
        SortKey::Potential => known(a.potential),
        SortKey::ShareOfWallet => known(a.share_of_wallet()),
        SortKey::Since => known(a.relationship_since.map(f64::from)),
        // Without a class first, then A, B, C.
        SortKey::Class => classes.get(&a.id).map_or(-1.0, |&c| f64::from(c as u8)),
        // Key accounts first.
        SortKey::Key => f64::from(u8::from(!a.key_account)),
        // The history figures come from the history (`figures`); equal here.
        SortKey::YearRevenue | SortKey::YearChange => 0.0,
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

/// The accounts' names, in the accounts' order: their lower case with its ranks (for
/// searching and sorting), and the names that are not ASCII as they were (to reuse
/// their lower case, which costs a trip to the browser each, when the accounts change).
#[derive(Default)]
struct Names {
    index: NameIndex,
    non_ascii: HashMap<usize, String>,
}

impl Names {
    /// Whether `index` still holds the lower case of each of `names`.
    fn holds<'a>(&self, mut names: impl ExactSizeIterator<Item = &'a str>) -> bool {
        let lower = self.index.lower();
        names.len() == lower.len()
            && lower.iter().enumerate().all(|(i, l)| {
                let name = names.next().unwrap_or_default();
                if name.is_ascii() {
                    name.len() == l.len()
                        && name
                            .bytes()
                            .zip(l.bytes())
                            .all(|(n, l)| n.to_ascii_lowercase() == l)
                } else {
                    self.non_ascii.get(&i).is_some_and(|kept| kept == name)
                }
            })
    }
}

/// How long the search waits after the last key before filtering: a burst of keys
/// costs one pass over the accounts, not one per key.
const SEARCH_DELAY: std::time::Duration = std::time::Duration::from_millis(150);

/// How long after a new name index its ranks are made.
const RANK_AFTER: std::time::Duration = std::time::Duration::from_millis(300);

/// The register's controls as signals; created from the remembered view, which they
/// keep up to date.
#[derive(Clone, Copy)]
pub(super) struct RegisterState {
    pub search: RwSignal<String>,
    /// The search as the filter uses it: trimmed, lower case, set [`SEARCH_DELAY`]
    /// after the last change of `search`.
    needle: RwSignal<String>,
    pub key_filter: RwSignal<KeyFilter>,
    pub class_filter: RwSignal<Option<AbcClass>>,
    pub sort: RwSignal<SortState<SortKey>>,
    pub page: RwSignal<usize>,
    pub year: RwSignal<Option<i32>>,
}

impl RegisterState {
    pub fn remembered() -> RegisterState {
        let kept = REGISTER_VIEW.with(|v| v.borrow().clone());
        let state = RegisterState {
            needle: RwSignal::new(lower(kept.search.trim())),
            search: RwSignal::new(kept.search),
            key_filter: RwSignal::new(kept.key_filter),
            class_filter: RwSignal::new(kept.class_filter),
            sort: RwSignal::new(kept.sort),
            page: RwSignal::new(kept.page),
            year: RwSignal::new(kept.year),
        };
        let RegisterState {
            search,
            needle,
            key_filter,
            class_filter,
            sort,
            page,
            year,
        } = state;
        Effect::new(move |_| {
            let view = RegisterView {
                search: search.get(),
                key_filter: key_filter.get(),
                class_filter: class_filter.get(),
                sort: sort.get(),
                page: page.get(),
                year: year.get(),
            };
            REGISTER_VIEW.with(|v| *v.borrow_mut() = view);
        });
        let typed = StoredValue::new(0u64);
        Effect::new(move |shown: Option<()>| {
            let text = search.get();
            if shown.is_none() {
                return;
            }
            let this = typed.get_value() + 1;
            typed.set_value(this);
            set_timeout(
                move || {
                    // try_: the page may be gone by then.
                    if typed.try_get_value() == Some(this) {
                        let _ = needle.try_set(lower(text.trim()));
                    }
                },
                SEARCH_DELAY,
            );
        });
        // Back to the first page whenever the filters or the order change (not when the
        // page is shown): a new order starts at its top.
        Effect::new(move |shown: Option<()>| {
            needle.track();
            key_filter.track();
            class_filter.track();
            sort.track();
            if shown.is_some() {
                page.set(0);
            }
        });
        state
    }

    /// Whether typed text waits for [`SEARCH_DELAY`] (the list does not show it yet).
    pub fn search_pending(self) -> bool {
        let typed = lower(self.search.with(|s| s.trim().to_string()).as_str());
        self.needle.with(|n| *n != typed)
    }

    /// The positions (in the accounts' list) of the accounts the search and filters let
    /// through, in the sort order; the rows themselves are read per page. Sorting and
    /// filtering are separate memos: typing filters the sorted list again, it does not
    /// sort 100,000 accounts per key.
    pub fn visible(
        self,
        app: AppState,
        classes: Memo<ClassMap>,
        history: Memo<Option<super::history_cols::RegisterHistory>>,
    ) -> Memo<Vec<usize>> {
        let RegisterState {
            needle,
            key_filter,
            class_filter,
            sort,
            ..
        } = self;
        let names = lower_names(app);
        // The order of the last run is kept when it is still the order (checked in one
        // pass): ticking a key account with 100,000 accounts does not sort them again.
        let order = Memo::new_owning(move |old: Option<Vec<usize>>| {
            // A new page starts from the last visit's order (kept only if still right).
            let old = old.or_else(|| Some(LAST_ORDER.with(|o| o.borrow().clone())));
            let SortState { key, ascending } = sort.get();
            let desc = !ascending;
            let year = self.year.get();
            // The history figures of the sort column, by position, as sort numbers
            // (unknown: NaN); `None` for the other columns.
            let figures: Option<Vec<f64>> = match key {
                SortKey::YearRevenue | SortKey::YearChange => Some(history.with(|h| {
                    app.store.accounts.with(|ws| match h {
                        Some(h) => ws
                            .iter()
                            .map(|a| h.figure(key, a.id, year).unwrap_or(f64::NAN))
                            .collect(),
                        None => vec![f64::NAN; ws.len()],
                    })
                })),
                _ => None,
            };
            names.with(|names| {
                let index = &names.index;
                // Each account's key made once, not per comparison: the rank of the
                // lower-case text of a text column, else the number; ties are
                // ordered by name (`sort_order`).
                let primary: Vec<u64> = match key {
                    SortKey::Name => index
                        .rank()
                        .iter()
                        .map(|&r| rank_primary(r, desc))
                        .collect(),
                    SortKey::Industry | SortKey::Region => app.store.accounts.with(|ws| {
                        let raw: Vec<&str> =
                            ws.iter().map(|a| text_of(key, a).unwrap_or("")).collect();
                        // A blank comes last in either direction, as a blank figure does.
                        ranks_by(&raw, lower)
                            .into_iter()
                            .zip(&raw)
                            .map(|(r, t)| match t.trim().is_empty() {
                                true => u64::MAX,
                                false => rank_primary(r, desc),
                            })
                            .collect()
                    }),
                    _ => {
                        let numbers: Vec<f64> = figures.unwrap_or_else(|| {
                            classes.with(|classes| {
                                app.store.accounts.with(|ws| {
                                    ws.iter().map(|a| number_of(key, a, classes)).collect()
                                })
                            })
                        });
                        numbers.iter().map(|&x| number_primary(x, desc)).collect()
                    }
                };
                if let Some(old) = old {
                    if still_sorted(&old, &primary, desc, index) {
                        return (old, false);
                    }
                }
                let positions = sorted_positions(&primary, desc, index);
                LAST_ORDER.with(|o| o.borrow_mut().clone_from(&positions));
                (positions, true)
            })
        });
        Memo::new(move |_| {
            let kf = key_filter.get();
            let cf = class_filter.get();
            needle.with(|needle| {
                order.with(|order| {
                    names.with(|names| {
                        classes.with(|classes| {
                            app.store.accounts.with(|ws| {
                                order
                                    .iter()
                                    .copied()
                                    .filter(|&i| {
                                        let a = &ws[i];
                                        (needle.is_empty()
                                            || names.index.lower()[i].contains(needle))
                                            && match kf {
                                                KeyFilter::All => true,
                                                KeyFilter::Only => a.key_account,
                                                KeyFilter::Without => !a.key_account,
                                            }
                                            && (cf.is_none() || classes.get(&a.id) == cf.as_ref())
                                    })
                                    .collect()
                            })
                        })
                    })
                })
            })
        })
    }
}

/// The accounts' names in lower case, made again when the accounts change; a name
/// already lower-cased is reused (the browser's lower-casing crosses into JS for every
/// call), so ticking a key account lower-cases nothing, and the index is unchanged.
fn lower_names(app: AppState) -> Memo<Arc<Names>> {
    Memo::new_owning(move |old: Option<Arc<Names>>| {
        app.store.accounts.with(|ws| {
            let first = old.is_none();
            // A new page starts from the last visit's index.
            let old = old
                .or_else(|| LAST_NAMES.with(|n| n.borrow().clone()))
                .unwrap_or_default();
            if old.holds(ws.iter().map(|a| a.name.as_str())) {
                return (old, first);
            }
            let known: HashMap<&str, &str> = old
                .non_ascii
                .iter()
                .map(|(&i, name)| (name.as_str(), old.index.lower()[i].as_str()))
                .collect();
            let lower: Vec<String> = ws
                .iter()
                .map(|a| match known.get(a.name.as_str()) {
                    Some(l) => l.to_string(),
                    None => lower(&a.name),
                })
                .collect();
            let non_ascii = ws
                .iter()
                .enumerate()
                .filter(|(_, a)| !a.name.is_ascii())
                .map(|(i, a)| (i, a.name.clone()))
                .collect();
            let names = Arc::new(Names {
                index: NameIndex::new(lower),
                non_ascii,
            });
            LAST_NAMES.with(|n| *n.borrow_mut() = Some(names.clone()));
            // The names' ranks (about 40 ms for 100,000) are made in a task of their
            // own once the rows are drawn, not in the first drawing nor on the first
            // click on a column whose ties need them.
            let later = names.clone();
            set_timeout(
                move || {
                    later.index.rank();
                },
                RANK_AFTER,
            );
            (names, true)
        })
    })
}
