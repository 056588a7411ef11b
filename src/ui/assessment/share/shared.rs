//! The page of a shared result (`#/assessment/shared/<code>`): the result read-only in
//! the reader's language, "Save to my assessments" and "Add to a workshop". A link
//! that cannot be read says why and changes nothing.

use leptos::prelude::*;

use super::{code_in_address, LinkProblem};
use crate::domain::assessment::share_link::LinkError;
use crate::domain::assessment::Assessment;
use crate::i18n::assessment_share::{SL, SLT};
use crate::i18n::fill;
use crate::i18n::key_accounts::day_text;
use crate::i18n::tr;
use crate::persist::share_link::open_result;
use crate::state::assessments::{assessments, update_assessments};
use crate::state::{use_app, Route};
use crate::ui::assessment::result::AssessmentResult;
use crate::ui::assessment::{respondent_name, AssessmentTabs};

#[component]
pub fn SharedPage() -> impl IntoView {
    let lang = use_app().lang;
    let code = code_in_address("shared");
    let opened = RwSignal::new(None::<Result<Assessment, LinkError>>);
    Effect::new(move |_| {
        let code = code.get();
        opened.set(None);
        leptos::task::spawn_local(async move {
            opened.set(Some(open_result(&code).await));
        });
    });
    let shown = Memo::new(move |_| opened.with(|o| o.as_ref().and_then(|r| r.clone().ok())));
    let body = move || match opened.get() {
        None => {
            view! { <p class="page-loading" role="status">{tr(lang, SL::Opening)}</p> }.into_any()
        }
        Some(Err(e)) => view! { <LinkProblem error=e invitation_expected=false/> }.into_any(),
        Some(Ok(_)) => view! { <SharedResult shown=shown/> }.into_any(),
    };
    view! {
        <div class="page assessment shared-result">
            <h1>{tr(lang, SLT::SharedTitle)}</h1>
            <AssessmentTabs current=Route::AssessmentShared/>
            {body}
        </div>
    }
}

/// Who answered, the result, and keeping it.
#[component]
fn SharedResult(shown: Memo<Option<Assessment>>) -> impl IntoView {
    let lang = use_app().lang;
    let who = move || {
        let l = lang.get();
        shown.with(|a| {
            a.as_ref()
                .map(|a| {
                    fill(
                        l.t(SL::SharedWho),
                        &[
                            ("name", &respondent_name(l, a)),
                            ("date", &day_text(l, a.date)),
                        ],
                    )
                })
                .unwrap_or_default()
        })
    };
    let workshop = move || {
        shown.with(|a| {
            a.as_ref()
                .filter(|a| !a.workshop.trim().is_empty())
                .map(|a| {
                    fill(
                        lang.get().t(SL::SharedWorkshop),
                        &[("workshop", &a.workshop)],
                    )
                })
        })
    };
    view! {
        <p class="lead">{tr(lang, SL::SharedIntro)}</p>
        <p><strong>{who}</strong></p>
        {move || workshop().map(|w| view! { <p>{w}</p> })}
        <KeepShared shown=shown/>
        <AssessmentResult shown=shown/>
    }
}

/// What keeping the shared result did: a message and where to see it.
#[derive(Clone)]
struct Kept {
    text: String,
    href: String,
    link: SL,
}

/// "Save to my assessments" and "Add to a workshop" (a name, the link's own first).
#[component]
fn KeepShared(shown: Memo<Option<Assessment>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let list = assessments(app);
    let kept = RwSignal::new(None::<Kept>);
    let workshop = RwSignal::new(
        shown
            .with_untracked(|a| a.as_ref().map(|a| a.workshop.trim().to_string()))
            .filter(|w| !w.is_empty())
            .or_else(|| list.with_untracked(|l| l.workshops().last().cloned()))
            .unwrap_or_default(),
    );
    let keep = move |into: Option<String>| {
        let Some(a) = shown.get_untracked() else {
            return;
        };
        let l = lang.get_untracked();
        let (added, id) = update_assessments(app.store.assessments, |all| {
            let added = all.add_imported(vec![a], into.as_deref());
            (added.added, all.last().map(|a| a.id))
        });
        kept.set(Some(match (added, into) {
            (0, _) => Kept {
                text: l.t(SL::AlreadyThere).into(),
                href: Route::Assessment(None).href(),
                link: SL::OpenSaved,
            },
            (_, Some(w)) => Kept {
                text: fill(l.t(SL::AddedTo), &[("workshop", &w)]),
                href: Route::Workshop.href(),
                link: SL::OpenWorkshop,
            },
            (_, None) => Kept {
                text: l.t(SL::Saved).into(),
                href: Route::Assessment(id).href(),
                link: SL::OpenSaved,
            },
        }));
    };
    let workshops = move || {
        list.with(|l| {
            l.workshops()
                .into_iter()
                .map(|w| view! { <option value=w></option> })
                .collect_view()
        })
    };
    view! {
        <div class="actions keep-shared no-print">
            <button type="button" class="primary" on:click=move |_| keep(None)>{tr(lang, SL::SaveToMine)}</button>
        </div>
        <div class="field-row no-print">
            <div class="field">
                <label for="sh-workshop">{tr(lang, SL::WorkshopField)}</label>
                <input id="sh-workshop" type="text" list="sh-workshops"
                    prop:value=move || workshop.get()
                    on:input=move |ev| workshop.set(event_target_value(&ev))/>
                <datalist id="sh-workshops">{workshops}</datalist>
            </div>
            <button type="button" class="keep-workshop"
                disabled=move || workshop.with(|w| w.trim().is_empty())
                on:click=move |_| keep(Some(workshop.get_untracked().trim().to_string()))>
                {tr(lang, SL::AddToWorkshop)}
            </button>
        </div>
        <div aria-live="polite">
            {move || kept.get().map(|k| view! {
                <p class="banner banner-info">{k.text}" "<a href=k.href>{tr(lang, k.link)}</a></p>
            })}
        </div>
    }
}
