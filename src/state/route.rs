//! Hash routes (`#/pareto`, `#/accounts/42`): a static file server knows only the files
//! in dist/, so every page lives behind the `#` and survives a reload or a shared link.

use crate::domain::AccountId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Accounts,
    NewAccount,
    Account(AccountId),
    Pareto,
    ValueModel,
    Portfolio,
    Data,
    NotFound,
}

impl Route {
    /// Parses `location.hash`; an empty hash is the accounts register.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?']).next().unwrap_or("").trim_end_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            [""] | ["accounts"] => Route::Accounts,
            ["accounts", "new"] => Route::NewAccount,
            ["accounts", id] => id.parse().map(Route::Account).unwrap_or(Route::NotFound),
            ["pareto"] => Route::Pareto,
            ["value"] => Route::ValueModel,
            ["portfolio"] => Route::Portfolio,
            ["data"] => Route::Data,
            _ => Route::NotFound,
        }
    }

    pub fn href(self) -> String {
        match self {
            Route::Accounts | Route::NotFound => "#/accounts".into(),
            Route::NewAccount => "#/accounts/new".into(),
            Route::Account(id) => format!("#/accounts/{id}"),
            Route::Pareto => "#/pareto".into(),
            Route::ValueModel => "#/value".into(),
            Route::Portfolio => "#/portfolio".into(),
            Route::Data => "#/data".into(),
        }
    }
}
