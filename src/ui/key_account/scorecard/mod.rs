//! The balanced scorecard of a key account (docs/methods.md, "Balanced scorecard"): KPIs in four
//! perspectives with traffic lights and trends, what turned yellow or red, editing
//! KPIs and their actual values, templates (NPS from survey answers).

use leptos::prelude::*;

use crate::domain::scorecard::{Kpi, Perspective};
use crate::domain::AccountId;
use crate::i18n::scorecard::{perspective_text, SC};
use crate::i18n::tr;
use crate::i18n::Lang;
use crate::state::key_accounts::{key_account_data, update_key_account};
use crate::state::route::AccountSection;
use crate::state::{use_app, AppState};
use crate::ui::key_account::key_account_section;
use crate::ui::lazy::{lazy_page, lazy_part};

mod actuals;
mod add_kpi;
mod alarm;
mod kpi_editor;
mod kpi_table;
mod nps;

pub use add_kpi::AddKpi;
pub use kpi_editor::KpiEditor;

use alarm::Alarm;
use kpi_table::PerspectiveTable;

lazy_page!(account_scorecard, scorecard_page, preload_scorecard, (id: u64) => {
    view! { <ScorecardPage id=id/> }.into_any()
});
// Editing KPIs: a chunk of its own, so that no page chunk exceeds its budget.
lazy_part!(kpi_editor, kpi_editor, preload_kpi_editor,
    /// The editor of one KPI, from the KPI-editing chunk.
    LazyKpiEditor(id: u64, k: usize, kpi: Memo<Option<crate::domain::scorecard::Kpi>>) => {
    view! { <KpiEditor id=id k=k kpi=kpi/> }.into_any()
});
lazy_part!(kpi_editor, add_kpi, preload_add_kpi,
    /// The form to add a KPI, from the KPI-editing chunk.
    LazyAddKpi(id: u64) => {
    view! { <AddKpi id=id/> }.into_any()
});

fn edit_kpi(app: AppState, id: AccountId, k: usize, f: impl FnOnce(&mut Kpi)) {
    update_key_account(app, id, |d| {
        if let Some(kpi) = d.scorecard.get_mut(k) {
            f(kpi);
        }
    });
}

fn kpis_of(d: &mut crate::domain::KeyAccountData) -> &mut Vec<Kpi> {
    &mut d.scorecard
}

fn perspective_name(l: Lang, p: Perspective) -> String {
    l.t(perspective_text(p)).to_string()
}

#[component]
pub fn ScorecardPage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let data = key_account_data(app, id);
    let kpis = Memo::new(move |_| data.with(|d| d.scorecard.clone()));
    key_account_section(
        id,
        AccountSection::Scorecard,
        |l| l.t(SC::Section).to_string(),
        move |_| {
            view! {
                <p class="intro">{tr(lang, SC::Intro)}</p>
                <Alarm kpis=kpis/>
                {Perspective::ALL.map(|p| view! { <PerspectiveTable id=id perspective=p kpis=kpis/> }).collect_view()}
                <LazyAddKpi id=id/>
            }
        },
    )
}
