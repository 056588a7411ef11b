//! The document title of each page, in the UI language: "Alpentec GmbH – Account-Plan –
//! Keystone". Browser tabs, history and screen readers announce it on every page change.

use crate::i18n::{
    accounts::A, assessment::AS, assessment_share::SLT, common::C, data::D, key_accounts::KA,
    report::RP, sheet::SH, whitespace::WH, Lang,
};
use crate::state::route::{AccountSection, Route};

/// The account a page shows, as its title names it.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    pub name: &'a str,
    /// A key account's page is its overview; any other account's is its form.
    pub key_account: bool,
}

/// The title for `route`; `account` is the account it shows, if any.
pub fn page_title(route: Route, account: Option<Shown>, lang: Lang) -> String {
    let page: &str = match route {
        Route::Accounts | Route::NotFound => lang.t(C::NavAccounts),
        Route::NewAccount => lang.t(A::NewAccountTitle),
        Route::Account(_) => lang.t(KA::Overview),
        Route::AccountSection(_, s) => lang.t(section_name(s)),
        Route::KeyAccounts => lang.t(C::NavKeyAccounts),
        Route::Whitespace => lang.t(WH::AcrossTitle),
        Route::Report(_, false) => lang.t(RP::AccountReport),
        Route::Report(_, true) => lang.t(RP::ClientReport),
        Route::PortfolioReport => lang.t(RP::PortfolioReport),
        Route::Pareto => lang.t(C::NavPareto),
        Route::Development => lang.t(C::DevelopmentTitle),
        Route::ValueModel => lang.t(C::NavValue),
        Route::Portfolio => lang.t(C::NavPortfolio),
        Route::Data => lang.t(D::DataTitle),
        Route::SheetImport => lang.t(SH::Title),
        Route::Assessment(_) => lang.t(AS::Title),
        Route::AssessmentCompare => lang.t(AS::TabCompare),
        Route::Workshop => lang.t(AS::TabWorkshop),
        Route::AssessmentShared => lang.t(SLT::SharedTitle),
        Route::AssessmentJoin => lang.t(SLT::JoinTitle),
    };
    let key_account = account.is_some_and(|a| a.key_account);
    let account = account.map(|a| a.name.trim()).filter(|n| !n.is_empty());
    match (route, account) {
        // The form of an account that is not a key account has no sections: its name.
        (Route::Account(_), Some(name)) if !key_account => format!("{name} – Keystone"),
        (Route::Account(_), Some(name)) => format!("{name} – {page} – Keystone"),
        (Route::AccountSection(..) | Route::Report(..), Some(name)) => {
            format!("{name} – {page} – Keystone")
        }
        _ => format!("{page} – Keystone"),
    }
}

fn section_name(s: AccountSection) -> KA {
    match s {
        AccountSection::Edit => KA::MasterData,
        AccountSection::Roles => KA::RolesSection,
        AccountSection::Profile => KA::ProfileSection,
        AccountSection::Scorecard => KA::ScorecardSection,
        AccountSection::Plan => KA::PlanSection,
        AccountSection::Stakeholders => KA::StakeholdersSection,
        AccountSection::Whitespace => KA::WhitespaceSection,
    }
}
