//! Hash routes (`#/pareto`, `#/accounts/42`): a static file server knows only the files
//! in dist/, so every page lives behind the `#` and survives a reload or a shared link.

use crate::domain::AccountId;

/// A section of a key account's page below `#/accounts/42/…`; the overview is the page
/// itself. Later features add theirs (profile, scorecard, plan, stakeholders).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountSection {
    /// The master-data form.
    Edit,
    /// Supplier role and selling dimension.
    Roles,
    /// Requirement and performance profile against competitors.
    Profile,
    /// Balanced scorecard.
    Scorecard,
    /// Account plan: status quo, SWOT, goals, actions, periods.
    Plan,
    /// Buying center and our counterparts.
    Stakeholders,
    /// The customer's units and the whitespace matrix.
    Whitespace,
}

impl AccountSection {
    pub const ALL: [AccountSection; 7] = [
        AccountSection::Edit,
        AccountSection::Roles,
        AccountSection::Profile,
        AccountSection::Scorecard,
        AccountSection::Plan,
        AccountSection::Stakeholders,
        AccountSection::Whitespace,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            AccountSection::Edit => "edit",
            AccountSection::Roles => "roles",
            AccountSection::Profile => "profile",
            AccountSection::Scorecard => "scorecard",
            AccountSection::Plan => "plan",
            AccountSection::Stakeholders => "stakeholders",
            AccountSection::Whitespace => "whitespace",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Accounts,
    NewAccount,
    /// A key account's overview, or the form of any other account.
    Account(AccountId),
    AccountSection(AccountId, AccountSection),
    KeyAccounts,
    /// Offerings × key accounts: penetration and selling stages.
    Whitespace,
    /// The printed report of a key account; `true`: its client version.
    Report(AccountId, bool),
    /// The printed portfolio report for management.
    PortfolioReport,
    Pareto,
    /// Development over time: yearly figures, class migration, growth per customer.
    Development,
    ValueModel,
    Portfolio,
    Data,
    /// Importing a customer list from a spreadsheet (CSV, Excel).
    SheetImport,
    /// The KAM self-assessment: one assessment (`None`: the newest, or a new one).
    Assessment(Option<u64>),
    /// Two assessments compared.
    AssessmentCompare,
    /// A workshop's participants together.
    Workshop,
    /// A result shared as a link (`#/assessment/shared/<code>`); the page reads the
    /// code from the address, so that the route stays a small value.
    AssessmentShared,
    /// A workshop invitation (`#/assessment/join/<code>`).
    AssessmentJoin,
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
            ["accounts", id, "report"] => id
                .parse()
                .map(|id| Route::Report(id, false))
                .unwrap_or(Route::NotFound),
            ["accounts", id, "client-report"] => id
                .parse()
                .map(|id| Route::Report(id, true))
                .unwrap_or(Route::NotFound),
            ["accounts", id, slug] => {
                let section = AccountSection::ALL.into_iter().find(|s| s.slug() == *slug);
                match (id.parse(), section) {
                    (Ok(id), Some(section)) => Route::AccountSection(id, section),
                    _ => Route::NotFound,
                }
            }
            ["key-accounts"] => Route::KeyAccounts,
            ["whitespace"] => Route::Whitespace,
            ["report"] => Route::PortfolioReport,
            ["pareto"] => Route::Pareto,
            ["development"] => Route::Development,
            ["value"] => Route::ValueModel,
            ["portfolio"] => Route::Portfolio,
            ["data"] => Route::Data,
            ["import"] => Route::SheetImport,
            ["assessment"] => Route::Assessment(None),
            ["assessment", "compare"] => Route::AssessmentCompare,
            ["assessment", "workshop"] => Route::Workshop,
            ["assessment", "shared", _] => Route::AssessmentShared,
            ["assessment", "join", _] => Route::AssessmentJoin,
            ["assessment", id] => id
                .parse()
                .map(|id| Route::Assessment(Some(id)))
                .unwrap_or(Route::NotFound),
            _ => Route::NotFound,
        }
    }

    /// The navigation entry this page belongs to, marked as current there: a key
    /// account's pages and reports belong to "Key accounts", another account's form to
    /// "Accounts", the assessment's comparison and workshop to the self-assessment.
    pub fn nav_section(self, is_key: impl Fn(AccountId) -> bool) -> Route {
        match self {
            Route::NewAccount => Route::Accounts,
            Route::Account(id) if is_key(id) => Route::KeyAccounts,
            Route::Account(_) => Route::Accounts,
            Route::AccountSection(..) | Route::Report(..) => Route::KeyAccounts,
            Route::PortfolioReport => Route::Portfolio,
            Route::SheetImport => Route::Data,
            Route::Assessment(_)
            | Route::AssessmentCompare
            | Route::Workshop
            | Route::AssessmentShared
            | Route::AssessmentJoin => Route::Assessment(None),
            other => other,
        }
    }

    pub fn href(self) -> String {
        match self {
            Route::Accounts | Route::NotFound => "#/accounts".into(),
            Route::NewAccount => "#/accounts/new".into(),
            Route::Account(id) => format!("#/accounts/{id}"),
            Route::AccountSection(id, s) => format!("#/accounts/{id}/{}", s.slug()),
            Route::KeyAccounts => "#/key-accounts".into(),
            Route::Whitespace => "#/whitespace".into(),
            Route::Report(id, false) => format!("#/accounts/{id}/report"),
            Route::Report(id, true) => format!("#/accounts/{id}/client-report"),
            Route::PortfolioReport => "#/report".into(),
            Route::Pareto => "#/pareto".into(),
            Route::Development => "#/development".into(),
            Route::ValueModel => "#/value".into(),
            Route::Portfolio => "#/portfolio".into(),
            Route::Data => "#/data".into(),
            Route::SheetImport => "#/import".into(),
            Route::Assessment(None) => "#/assessment".into(),
            Route::Assessment(Some(id)) => format!("#/assessment/{id}"),
            Route::AssessmentCompare => "#/assessment/compare".into(),
            Route::Workshop => "#/assessment/workshop".into(),
            // Without their code: the code is in the address the page was opened with.
            Route::AssessmentShared => "#/assessment/shared/".into(),
            Route::AssessmentJoin => "#/assessment/join/".into(),
        }
    }
}
