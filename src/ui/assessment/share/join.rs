//! The page a workshop invitation opens (`#/assessment/join/<code>`): it switches to
//! the invitation's language, starts the participant's own assessment in the
//! workshop (with the deadline) and goes on to the questionnaire. Opening the same
//! invitation again continues the participant's own assessment in that workshop (or an
//! untouched one) instead of adding another.

use leptos::prelude::*;

use super::{code_in_address, LinkProblem};
use crate::domain::assessment::share_link::{Invitation, LinkError};
use crate::domain::assessment::Assessment;
use crate::domain::assessment_own::own_assessment;
use crate::i18n::assessment_share::{SL, SLT};
use crate::i18n::tr;
use crate::i18n::Lang;
use crate::persist::js::call_method;
use crate::persist::share_link::open_invitation;
use crate::state::analyses::today;
use crate::state::assessments::update_assessments;
use crate::state::{use_app, AppState, Route};
use crate::ui::assessment::own::{mark_own, stored_mark};

#[component]
pub fn JoinPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let code = code_in_address("join");
    let failed = RwSignal::new(None::<LinkError>);
    Effect::new(move |_| {
        let code = code.get();
        leptos::task::spawn_local(async move {
            match open_invitation(&code).await {
                Ok(inv) => join(app, inv),
                Err(e) => failed.set(Some(e)),
            }
        });
    });
    view! {
        <div class="page assessment">
            <h1>{tr(lang, SLT::JoinTitle)}</h1>
            {move || match failed.get() {
                None => view! { <p class="page-loading" role="status">{tr(lang, SL::Opening)}</p> }.into_any(),
                Some(e) => view! { <LinkProblem error=e invitation_expected=true/> }.into_any(),
            }}
        </div>
    }
}

/// Starts (or continues) the participant's assessment in the workshop and opens it.
fn join(app: AppState, inv: Invitation) {
    if let Some(l) = Lang::from_code(&inv.lang) {
        app.lang.set(l);
    }
    let workshop = inv.workshop.trim().to_string();
    let id = update_assessments(app.store.assessments, |list| {
        // The participant's own assessment in this workshop, else an untouched one.
        let own = own_assessment(list, stored_mark()).and_then(|id| list.get(id));
        let waiting = own.filter(|a| a.workshop.trim() == workshop).or_else(|| {
            list.iter().find(|a| {
                a.workshop.trim() == workshop && a.answered() == 0 && a.respondent.trim().is_empty()
            })
        });
        if let Some(a) = waiting {
            let id = a.id;
            if let Some(a) = list.get_mut(id) {
                a.answers_wanted_by = inv.deadline;
            }
            return id;
        }
        let mut a = Assessment::new(list.next_id(), today());
        a.workshop = workshop.clone();
        a.answers_wanted_by = inv.deadline;
        let id = a.id;
        list.push(a);
        id
    });
    if let Some(a) =
        crate::state::assessments::assessments(app).with_untracked(|l| l.get(id).cloned())
    {
        mark_own(&a);
    }
    // Replaced, not added: "Back" must not open the invitation again.
    if let Some(w) = web_sys::window() {
        let href = Route::Assessment(Some(id)).href();
        let _ = call_method(&w.location(), "replace", &[href.into()]);
    }
}
