//! The buying center of a key account (docs/methods.md, "Buying center and selling
//! center"): the page with its gap list and its rules, the people table with each
//! person's editor, the form to add a person, the map of influence × attitude and the
//! reports-to chart (both with their tables); below them the workspace's selling center
//! ([`crate::ui::key_account::selling_center`], from its chunk).

mod add_person;
mod charts;
mod choices;
mod gaps;
mod people;
mod person_editor;

use leptos::prelude::*;

use crate::domain::AccountId;
use crate::i18n::buying_center::BC;
use crate::i18n::tr;
use crate::state::key_accounts::key_account_data;
use crate::state::route::AccountSection;
use crate::state::use_app;
use crate::ui::key_account::key_account_section;
use crate::ui::key_account::selling_center::LazyTeamEditor;
use crate::ui::lazy::{lazy_page, lazy_part};
use add_person::AddPerson;
use charts::BuyingCenterCharts;
use gaps::GapList;
use people::PeopleTable;
use person_editor::PersonEditor;

lazy_page!(account_stakeholders, stakeholders_page, preload_stakeholders, (id: u64) => {
    view! { <StakeholdersPage id=id/> }.into_any()
});
// The editing parts and the charts of the buying center: chunks of their own, so that
// no page chunk exceeds its budget.
lazy_part!(stakeholder_editor, person_editor, preload_person_editor,
    /// The editor of one person of a buying center, from the stakeholder-editing chunk.
    LazyPersonEditor(id: u64, k: Memo<usize>, people: Memo<Vec<crate::domain::stakeholders::Stakeholder>>,
     person: Memo<Option<crate::domain::stakeholders::Stakeholder>>) => {
    view! { <PersonEditor id=id k=k people=people person=person/> }.into_any()
});
lazy_part!(stakeholder_editor, add_person, preload_add_person,
    /// The form to add a person, from the stakeholder-editing chunk.
    LazyAddPerson(id: u64) => {
    view! { <AddPerson id=id/> }.into_any()
});
lazy_part!(stakeholder_charts, buying_center_charts, preload_buying_center_charts,
    /// The buying center's map and reports-to chart, from their chunk.
    LazyBuyingCenterCharts(people: Memo<Vec<crate::domain::stakeholders::Stakeholder>>) => {
    view! { <BuyingCenterCharts people=people/> }.into_any()
});

#[component]
pub fn StakeholdersPage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let data = key_account_data(app, id);
    let people = Memo::new(move |_| data.with(|d| d.stakeholders.clone()));
    key_account_section(
        id,
        AccountSection::Stakeholders,
        |l| l.t(BC::Section).to_string(),
        move |_| {
            view! {
                <p class="intro">{tr(lang, BC::Intro)}</p>
                <GapList people=people/>
                <PeopleTable id=id people=people/>
                <LazyAddPerson id=id/>
                <Show when=move || people.with(|p| !p.is_empty())>
                    <LazyBuyingCenterCharts people=people/>
                </Show>
                <LazyTeamEditor/>
            }
        },
    )
}
