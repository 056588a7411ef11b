use leptos::prelude::*;

use crate::domain::AccountId;
use crate::i18n::key_accounts::KA;
use crate::i18n::tr;
use crate::state::route::AccountSection;
use crate::state::{use_app, Route};

/// The tabs of a key account's page; `current` is the section shown (`None`: overview).
/// Shared by the key account's sections and its master data (the account form).
#[component]
pub fn KeyAccountTabs(id: AccountId, current: Option<AccountSection>) -> impl IntoView {
    let lang = use_app().lang;
    let tab = move |route: Route, label: KA, here: bool| {
        view! {
            <a href=route.href() aria-current=here.then_some("page")>{tr(lang, label)}</a>
        }
    };
    view! {
        <nav class="tabs" aria-label=move || lang.get().t(KA::SectionsLabel)>
            {tab(Route::Account(id), KA::Overview, current.is_none())}
            {tab(Route::AccountSection(id, AccountSection::Roles), KA::RolesSection, current == Some(AccountSection::Roles))}
            {tab(Route::AccountSection(id, AccountSection::Profile), KA::ProfileSection, current == Some(AccountSection::Profile))}
            {tab(Route::AccountSection(id, AccountSection::Scorecard), KA::ScorecardSection, current == Some(AccountSection::Scorecard))}
            {tab(Route::AccountSection(id, AccountSection::Plan), KA::PlanSection, current == Some(AccountSection::Plan))}
            {tab(Route::AccountSection(id, AccountSection::Stakeholders), KA::StakeholdersSection, current == Some(AccountSection::Stakeholders))}
            {tab(Route::AccountSection(id, AccountSection::Whitespace), KA::WhitespaceSection, current == Some(AccountSection::Whitespace))}
            {tab(Route::AccountSection(id, AccountSection::Edit), KA::MasterData, current == Some(AccountSection::Edit))}
        </nav>
    }
}
