//! The account plan of a key account (docs/methods.md, "Account plan"):
//! the page and its lazily loaded parts, and the small helpers its sections share.
//! Each section (progress, status quo, SWOT, goals, actions, periods) has its own file.

mod actions;
mod goals;
mod periods;
mod progress;
mod status_quo;
mod swot;

use leptos::prelude::*;

use crate::domain::plan::{Plan, Progress};
use crate::domain::AccountId;
use crate::i18n::fill;
use crate::i18n::key_accounts::day_text;
use crate::i18n::plan::PL;
use crate::i18n::tr;
use crate::state::key_accounts::{key_account_data, update_key_account};
use crate::state::route::AccountSection;
use crate::state::{use_app, AppState};
use crate::ui::key_account::key_account_section;
use crate::ui::lazy::{lazy_page, lazy_part};

use actions::Actions;
use goals::Goals;
use periods::PlanPeriods;
use progress::PlanProgress;
use status_quo::StatusQuoEditor;
use swot::Swot;

pub use swot::SWOT_NAMES;

lazy_page!(account_plan, plan_page, preload_plan, (id: u64) => {
    view! { <PlanPage id=id/> }.into_any()
});
// The periods and the goals of the plan: chunks of their own, so that no page chunk
// exceeds its budget.
lazy_part!(plan_periods, plan_periods, preload_plan_periods,
    /// The plan periods (next period, versions, comparison), from their chunk.
    LazyPlanPeriods(id: u64, plan: Memo<crate::domain::plan::Plan>) => {
    view! { <PlanPeriods id=id plan=plan/> }.into_any()
});
lazy_part!(plan_goals, plan_goals, preload_plan_goals,
    /// The goals of an account plan, from their chunk.
    LazyPlanGoals(id: u64, plan: Memo<crate::domain::plan::Plan>, kpis: Memo<Vec<crate::domain::scorecard::Kpi>>) => {
    view! { <Goals id=id plan=plan kpis=kpis/> }.into_any()
});

/// Changes the plan of key account `id`.
fn edit_plan(app: AppState, id: AccountId, f: impl FnOnce(&mut Plan)) {
    update_key_account(app, id, |d| f(&mut d.plan));
}

pub fn progress_class(p: Progress) -> &'static str {
    match p {
        Progress::Overdue => "badge overdue",
        Progress::Open => "badge open",
        Progress::Done => "badge done",
        Progress::Dropped => "badge dropped",
    }
}

#[component]
pub fn PlanPage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let data = key_account_data(app, id);
    let plan = Memo::new(move |_| data.with(|d| d.plan.clone()));
    let kpis = Memo::new(move |_| data.with(|d| d.scorecard.clone()));
    key_account_section(
        id,
        AccountSection::Plan,
        |l| l.t(PL::Section).to_string(),
        move |_| {
            let since = move || {
                let l = lang.get();
                plan.with(|p| p.period_start)
                    .map(|d| fill(l.t(PL::PeriodSince), &[("date", &day_text(l, d))]))
            };
            view! {
                <p class="intro">{tr(lang, PL::Intro)}</p>
                <p class="muted">{since}</p>
                <PlanProgress plan=plan/>
                <StatusQuoEditor id=id plan=plan/>
                <Swot id=id plan=plan/>
                <LazyPlanGoals id=id plan=plan kpis=kpis/>
                <Actions id=id plan=plan/>
                <crate::ui::key_accounts::calendar::CalendarExport only=id/>
                <LazyPlanPeriods id=id plan=plan/>
            }
        },
    )
}
