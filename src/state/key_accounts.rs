//! How pages read and write a key account's data. The store keeps every key account's
//! data as JSON (`store.key_accounts`, unknown fields kept); these give a page the typed
//! [`KeyAccountData`] of one account and write it back, through the one shape of
//! [`Typed`] areas.

use leptos::prelude::*;

use crate::domain::key_account::KeyAccountOf;
use crate::domain::{AccountId, KeyAccountData};
use crate::state::typed::{update_area, Typed};
use crate::state::AppState;

/// The account's name, or `None` if there is no such account (tracked).
pub fn account_name(app: AppState, id: AccountId) -> Option<String> {
    app.store
        .accounts
        .with(|a| a.account(id).map(|a| a.name.clone()))
}

/// One key account's data, typed, as a memo (empty if it has none yet).
pub fn key_account_data(app: AppState, id: AccountId) -> Memo<KeyAccountData> {
    Typed::of(app.store.key_accounts, KeyAccountOf(id)).memo()
}

/// Changes one key account's data (creating its entry on first use).
pub fn update_key_account(app: AppState, id: AccountId, f: impl FnOnce(&mut KeyAccountData)) {
    update_area(app.store.key_accounts, KeyAccountOf(id), f);
}

/// Removes item `index` of one of a key account's lists and offers to undo it (the
/// item goes back at its place, or at the end if the list got shorter). `message` names
/// the removed item in the notice.
pub fn remove_with_undo<T: Clone + Send + Sync + 'static>(
    app: AppState,
    id: AccountId,
    index: usize,
    list: fn(&mut KeyAccountData) -> &mut Vec<T>,
    message: impl FnOnce(&T) -> String,
) {
    let mut gone = None;
    update_key_account(app, id, |d| {
        let items = list(d);
        if index < items.len() {
            gone = Some(items.remove(index));
        }
    });
    let Some(gone) = gone else { return };
    app.toasts.notify_with_undo(message(&gone), move || {
        let back = gone.clone();
        update_key_account(app, id, move |d| {
            let items = list(d);
            items.insert(index.min(items.len()), back);
        });
    });
}

/// Whether the account is a key account (tracked).
pub fn is_key(app: AppState, id: AccountId) -> bool {
    app.store
        .accounts
        .with(|a| a.account(id).is_some_and(|a| a.key_account))
}
