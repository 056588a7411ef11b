//! A key account's own page: the page frame its sections share, and the overview
//! (figures, current role and selling stage, what needs attention, the client copy and
//! the reports). The tabs are a widget (`widgets::KeyAccountTabs`): the account form
//! shows them too.

mod client_copy;
mod overview;
pub mod plan;
pub mod profile;
pub mod roles;
mod rows;
pub mod scorecard;
pub mod selling_center;
pub mod stakeholders;
pub(crate) mod trend;

use leptos::prelude::*;

use crate::domain::AccountId;
use crate::i18n::fill;
use crate::i18n::key_accounts::KA;
use crate::i18n::tr;
use crate::i18n::Lang;
use crate::state::analyses::{standings, today};
use crate::state::key_accounts::{account_name, is_key, key_account_data};
use crate::state::route::AccountSection;
use crate::state::{use_app, Route};
use crate::ui::lazy::lazy_page;
use crate::ui::widgets::KeyAccountTabs;
use client_copy::ClientCopy;
use overview::{Attention, Figures, Overview, ReportLinks};
use trend::RevenueTrend;

lazy_page!(key_account, key_account_page, preload_key_account, (id: u64) => {
    view! { <KeyAccountPage id=id/> }.into_any()
});

/// The page of a key-account section, or the note that the account is not (or no
/// longer) a key account. `body` gets the account's name.
pub fn key_account_section<V: IntoView + 'static>(
    id: AccountId,
    section: AccountSection,
    title: impl Fn(Lang) -> String + Send + Sync + 'static,
    body: impl Fn(String) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let title = std::sync::Arc::new(title);
    move || match (account_name(app, id), is_key(app, id)) {
        (Some(name), true) => {
            let title = title.clone();
            let heading = name.clone();
            view! {
                <section class="page">
                    <KeyAccountTabs id=id current=Some(section)/>
                    <h1>{heading}" – "{move || title(lang.get())}</h1>
                    {body(name)}
                </section>
            }
            .into_any()
        }
        _ => view! { <NotKeyAccount id=id/> }.into_any(),
    }
}

/// For an account that is not (or no longer) a key account: says so and offers to make
/// it one.
#[component]
pub fn NotKeyAccount(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    view! {
        {move || match account_name(app, id) {
            None => view! { <p class="banner banner-warn" role="alert">{tr(lang, KA::NoSuchAccount)}</p> }.into_any(),
            Some(name) => view! {
                <section class="page">
                    <h1>{move || fill(lang.get().t(KA::NotKeyTitle), &[("name", &name)])}</h1>
                    <p>{tr(lang, KA::NotKeyText)}</p>
                    <div class="actions">
                        <button class="primary" on:click=move |_| app.store.accounts.update(|a| { a.set_key_account(id, true); })>
                            {tr(lang, KA::MakeKey)}
                        </button>
                        <a class="button" href=Route::AccountSection(id, AccountSection::Edit).href()>{tr(lang, KA::MasterData)}</a>
                    </div>
                </section>
            }.into_any(),
        }}
    }
}

/// The overview of a key account.
#[component]
pub fn KeyAccountPage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let of = Overview {
        id,
        data: key_account_data(app, id),
        standing: standings(app),
        day: today(),
    };
    view! {
        {move || match (account_name(app, id), is_key(app, id)) {
            (Some(name), true) => view! {
                <section class="page">
                    <KeyAccountTabs id=id current=None/>
                    <h1>{name.clone()}</h1>
                    <div class="field checkbox">
                        <input id="key-toggle" type="checkbox" prop:checked=true
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                app.store.accounts.update(|a| { a.set_key_account(id, on); });
                            }/>
                        <label for="key-toggle">{tr(lang, KA::KeyToggle)}</label>
                    </div>
                    <Figures of=of/>
                    <RevenueTrend id=id name=name/>
                    <h2>{tr(lang, KA::Attention)}</h2>
                    <Attention of=of/>
                    <ClientCopy id=id/>
                    <ReportLinks id=id/>
                </section>
            }.into_any(),
            _ => view! { <NotKeyAccount id=id/> }.into_any(),
        }}
    }
}
