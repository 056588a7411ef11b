//! The questionnaire page: who answered, the twelve areas, the result, the saved
//! assessments. The user's own assessment opens editable; anybody else's opens
//! read-only until the user chooses "Edit this assessment" (rule:
//! `domain::assessment_own`).

use leptos::prelude::*;

use crate::state::assessments::{assessments, List};

use super::own::{mark_own, stored_mark};
use super::result::AssessmentResult;
use super::saved::{AssessmentActions, SavedAssessments};
use super::share::LazySharePanel;
use super::{respondent_name, AssessmentTabs};
use crate::domain::assessment::{Area, Assessment};
use crate::domain::assessment_own::own_assessment;
use crate::i18n::assessment::{area_name, area_text, AS};
use crate::i18n::assessment_share::SL;
use crate::i18n::fill;
use crate::i18n::key_accounts::day_text;
use crate::i18n::tr;
use crate::state::analyses::today;
use crate::state::{use_app, Route};

/// The shown assessment and whether it may be changed here.
#[derive(Clone, Copy)]
pub struct Shown {
    pub list: List,
    /// Its id; `None` until the first answer creates the user's new assessment.
    pub current: RwSignal<Option<u64>>,
    pub shown: Memo<Option<Assessment>>,
    /// The user's own assessment (see `domain::assessment_own`).
    pub own: RwSignal<Option<u64>>,
    /// Somebody else's assessment the user chose to edit.
    pub unlocked: RwSignal<Option<u64>>,
}

impl Shown {
    /// The user's own, a new one, or one the user chose to edit: answers can change.
    pub fn editable(self) -> bool {
        let Some(id) = self.current.get() else {
            return true;
        };
        // An id that is gone (removed meanwhile): the first answer starts a new one.
        self.shown.with(Option::is_none)
            || self.own.get() == Some(id)
            || self.unlocked.get() == Some(id)
    }
}

/// Edits the shown assessment if it may be changed here; the first answer on an
/// empty page creates the user's own. Every answer to the user's own renews the mark.
fn edit(s: Shown, f: impl FnOnce(&mut Assessment)) {
    if !untrack(|| s.editable()) {
        return;
    }
    let wanted = s.current.get_untracked();
    let (id, after) = s.list.update(|l| {
        let id = match wanted.filter(|id| l.get(*id).is_some()) {
            Some(id) => id,
            None => {
                let a = Assessment::new(l.next_id(), today());
                let id = a.id;
                l.push(a);
                id
            }
        };
        if let Some(a) = l.get_mut(id) {
            f(a);
        }
        (id, l.get(id).cloned())
    });
    let created = Some(id) != wanted;
    if created || s.own.get_untracked() == Some(id) {
        if let Some(a) = &after {
            mark_own(a);
        }
        s.own.set(Some(id));
    }
    if Some(id) != wanted {
        s.current.set(Some(id));
    }
}

#[component]
pub fn AssessmentPage(id: Option<u64>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let list = assessments(app);
    let own = RwSignal::new(list.with_untracked(|l| own_assessment(l, stored_mark())));
    // The route's assessment, else the user's own; none until the first answer.
    let current = RwSignal::new(id.or_else(|| own.get_untracked()));
    let shown = Memo::new(move |_| {
        current
            .get()
            .and_then(|id| list.with(|l| l.get(id).cloned()))
    });
    let s = Shown {
        list,
        current,
        shown,
        own,
        unlocked: RwSignal::new(None),
    };
    let missing = id.is_some_and(|id| list.with_untracked(|l| l.get(id).is_none()));
    view! {
        <div class="page assessment">
            <h1>{tr(lang, AS::Title)}</h1>
            <AssessmentTabs current=Route::Assessment(id)/>
            <AssessmentActions current=current/>
            <p class="lead no-print">{tr(lang, AS::Intro)}</p>
            {missing.then(|| view! {
                <p class="banner banner-warn" role="alert">{tr(lang, crate::i18n::common::C::PageNotFound)}</p>
            })}
            <Whose s=s/>
            <WantedBy shown=shown/>
            <Respondent s=s/>
            <Questionnaire s=s/>
            <AssessmentResult shown=shown/>
            {move || current.get().map(|id| view! { <LazySharePanel id=id/> })}
            <SavedAssessments current=current own=own/>
        </div>
    }
}

/// Whose assessment is shown: a new one of the user's own, or somebody else's, read
/// only, with "Edit this assessment".
#[component]
fn Whose(s: Shown) -> impl IntoView {
    let lang = use_app().lang;
    let editable = Memo::new(move |_| s.editable());
    let whose = move |key: AS| {
        let l = lang.get();
        s.shown.with(|a| {
            a.as_ref()
                .map(|a| {
                    fill(
                        l.t(key),
                        &[
                            ("name", &respondent_name(l, a)),
                            ("date", &day_text(l, a.date)),
                        ],
                    )
                })
                .unwrap_or_default()
        })
    };
    let state = move || {
        let own = s.current.get().is_some() && s.own.get() == s.current.get();
        if s.shown.with(Option::is_none) {
            view! { <p class="hint no-print whose">{tr(lang, AS::OwnNew)}</p> }.into_any()
        } else if !editable.get() {
            view! {
                <div class="banner banner-info read-only no-print" role="region" aria-label=move || lang.get().t(AS::ReadOnlyLabel)>
                    <p>{whose(AS::ReadOnly)}</p>
                    <button type="button" class="primary" on:click=move |_| s.unlocked.set(s.current.get_untracked())>
                        {tr(lang, AS::EditThis)}
                    </button>
                </div>
            }
            .into_any()
        } else if own {
            view! { <p class="hint no-print whose">{tr(lang, AS::OwnShown)}</p> }.into_any()
        } else {
            view! { <p class="banner banner-warn no-print whose">{whose(AS::EditingOther)}</p> }
                .into_any()
        }
    };
    view! { <div aria-live="polite">{state}</div> }
}

/// "Answers wanted by …": the deadline of the invitation this assessment came from.
#[component]
fn WantedBy(shown: Memo<Option<Assessment>>) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        shown
            .with(|a| a.as_ref().and_then(|a| a.answers_wanted_by))
            .map(|d| {
                let text = fill(l.t(SL::WantedBy), &[("date", &day_text(l, d))]);
                view! { <p class="banner banner-info wanted-by">{text}</p> }
            })
    }
}

/// Who answered, when, and in which workshop.
#[component]
fn Respondent(s: Shown) -> impl IntoView {
    let lang = use_app().lang;
    let (list, shown) = (s.list, s.shown);
    let locked = move || !s.editable();
    let text = move |f: fn(&Assessment) -> String| {
        move || shown.with(|a| a.as_ref().map(f).unwrap_or_default())
    };
    let workshops = move || {
        list.with(|l| {
            l.workshops()
                .into_iter()
                .map(|w| view! { <option value=w.clone()></option> })
                .collect_view()
        })
    };
    view! {
        <div class="field-row respondent">
            <div class="field">
                <label for="as-respondent">{tr(lang, AS::Respondent)}</label>
                <input id="as-respondent" type="text" aria-describedby="as-respondent-hint"
                    readonly=locked prop:value=text(|a| a.respondent.clone())
                    on:change=move |ev| {
                        let t = event_target_value(&ev).trim().to_string();
                        edit(s, |a| a.respondent = t);
                    }/>
                <span id="as-respondent-hint" class="hint no-print">{tr(lang, AS::RespondentHint)}</span>
            </div>
            <div class="field">
                <label for="as-date">{tr(lang, AS::Date)}</label>
                <input id="as-date" type="date" required
                    readonly=locked
                    prop:value=move || shown.with(|a| a.as_ref().map(|a| a.date).unwrap_or_else(today).iso())
                    on:change=move |ev| {
                        // A cleared date keeps the one before: every assessment has a date.
                        if let Some(d) = crate::domain::day::Day::parse(&event_target_value(&ev)) {
                            edit(s, |a| a.date = d);
                        }
                    }/>
            </div>
            <div class="field">
                <label for="as-workshop">{tr(lang, AS::WorkshopName)}</label>
                <input id="as-workshop" type="text" list="as-workshops" aria-describedby="as-workshop-hint"
                    readonly=locked prop:value=text(|a| a.workshop.clone())
                    on:change=move |ev| {
                        let t = event_target_value(&ev).trim().to_string();
                        edit(s, |a| a.workshop = t);
                    }/>
                <datalist id="as-workshops">{workshops}</datalist>
                <span id="as-workshop-hint" class="hint no-print">{tr(lang, AS::WorkshopHint)}</span>
            </div>
        </div>
    }
}

/// The twelve areas, each a group of five levels and a comment; progress on top.
#[component]
fn Questionnaire(s: Shown) -> impl IntoView {
    let lang = use_app().lang;
    let shown = s.shown;
    let done = move || shown.with(|a| a.as_ref().map_or(0, Assessment::answered));
    let next_open = move |_| {
        let open = shown.with_untracked(|a| {
            Area::ALL
                .into_iter()
                .find(|area| a.as_ref().and_then(|a| a.rating(*area)).is_none())
        });
        let element = open.and_then(|area| {
            web_sys::window()?
                .document()?
                .get_element_by_id(&format!("rate-{}-1", area.key()))
        });
        if let Some(el) = element {
            use wasm_bindgen::JsCast;
            el.scroll_into_view();
            if let Ok(input) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        }
    };
    let areas = Area::ALL
        .into_iter()
        .map(|area| view! { <AreaQuestion area=area s=s/> })
        .collect_view();
    view! {
        <section class="questionnaire no-print" aria-labelledby="as-questions">
            <h2 id="as-questions" class="visually-hidden">{tr(lang, AS::TabAnswer)}</h2>
            <div class="progress-row">
                <progress max="12" value=move || done().to_string() aria-labelledby="as-progress"></progress>
                <span id="as-progress" role="status">
                    {move || fill(lang.get().t(AS::Progress), &[("done", &done().to_string())])}
                </span>
                {move || if !s.editable() {
                    view! { <span></span> }.into_any()
                } else if done() < 12 {
                    view! { <button type="button" class="link" on:click=next_open>{tr(lang, AS::NextOpen)}</button> }.into_any()
                } else {
                    view! { <span>{tr(lang, AS::AllAnswered)}</span> }.into_any()
                }}
            </div>
            {areas}
        </section>
    }
}

#[component]
fn AreaQuestion(area: Area, s: Shown) -> impl IntoView {
    let lang = use_app().lang;
    let shown = s.shown;
    let locked = move || !s.editable();
    let key = area.key();
    let rating = Memo::new(move |_| shown.with(|a| a.as_ref().and_then(|a| a.rating(area))));
    let levels = (1..=5u8)
        .map(|n| {
            let id = format!("rate-{key}-{n}");
            view! {
                <label class="level" class:chosen=move || rating.get() == Some(n)>
                    <input type="radio" id=id name=format!("rate-{key}") value=n.to_string() disabled=locked
                        prop:checked=move || rating.get() == Some(n)
                        on:change=move |_| edit(s, |a| a.set_rating(area, Some(n)))/>
                    <span class="level-n">{n}</span>
                    <span class="level-text">{move || area_text(lang.get(), area).levels[usize::from(n) - 1]}</span>
                </label>
            }
        })
        .collect_view();
    let name = move || area_name(lang.get(), area);
    let comment_id = format!("comment-{key}");
    view! {
        <fieldset class="area-question" id=format!("area-{key}")>
            <legend>
                <span class="thesis">{move || fill(lang.get().t(AS::Thesis), &[("n", &area.number().to_string())])}</span>
                " "{name}
            </legend>
            <p class="question">{move || area_text(lang.get(), area).question}</p>
            <div class="levels">{levels}</div>
            <div class="area-foot">
                <div class="field">
                    <label for=comment_id.clone()>{move || fill(lang.get().t(AS::Comment), &[("area", name())])}</label>
                    <textarea id=comment_id rows="1" readonly=locked
                        prop:value=move || shown.with(|a| a.as_ref().map(|a| a.comment(area).to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            let t = event_target_value(&ev);
                            edit(s, |a| a.set_comment(area, &t));
                        }></textarea>
                </div>
                <Show when=move || rating.get().is_some() && !locked()>
                    <button type="button" class="link"
                        on:click=move |_| edit(s, |a| a.set_rating(area, None))>
                        {move || fill(lang.get().t(AS::ClearRating), &[("area", name())])}
                    </button>
                </Show>
            </div>
        </fieldset>
    }
}
