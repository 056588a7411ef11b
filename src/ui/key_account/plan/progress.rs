//! The progress of the account plan: how many actions are done, open and overdue, and
//! the overdue ones listed.

use leptos::prelude::*;

use crate::domain::plan::Plan;
use crate::i18n::plan::{counts_text, overdue_line, PL};
use crate::state::analyses::today;
use crate::state::use_app;
use crate::ui::widgets::TitledSection;

/// Done, open, overdue; the overdue actions, longest overdue first.
#[component]
pub(super) fn PlanProgress(plan: Memo<Plan>) -> impl IntoView {
    let lang = use_app().lang;
    let day = today();
    let body = move || {
        let l = lang.get();
        plan.with(|p| {
            if p.actions.is_empty() {
                return view! { <p class="muted">{l.t(PL::NoActions)}</p> }.into_any();
            }
            let counts = counts_text(l, p.counts(day));
            let late: Vec<String> = p
                .overdue(day)
                .into_iter()
                .map(|a| overdue_line(l, a, day))
                .collect();
            view! {
                <p class="counts">{counts}</p>
                <ul class="attention">
                    {late.into_iter().map(|t| view! {
                        <li><strong class="badge overdue">{l.t(PL::PrOverdue)}</strong>" "{t}</li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        })
    };
    view! {
        <TitledSection id="progress-title" title=PL::Progress class="plan-progress">
            {body}
        </TitledSection>
    }
}
