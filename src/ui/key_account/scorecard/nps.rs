//! The NPS helper of an NPS KPI: computes the score from raw answers or from the
//! shares of promoters and detractors.

use leptos::prelude::*;

use crate::domain::scorecard::{nps_from_answers, nps_from_shares, parse_answers};
use crate::i18n::scorecard::SC;
use crate::i18n::{fill, tr};
use crate::state::use_app;
use crate::ui::widgets::parse_field;

/// Computes an NPS from raw 0-10 answers or from the shares of promoters and
/// detractors, into the value field of the actual-value form.
#[component]
pub fn NpsHelper(k: usize, value: RwSignal<String>) -> impl IntoView {
    let lang = use_app().lang;
    let answers = RwSignal::new(String::new());
    let promoters = RwSignal::new(String::new());
    let detractors = RwSignal::new(String::new());
    let result = RwSignal::new(None::<String>);
    let field = move |what: &str| format!("kpi-{k}-nps-{what}");
    let compute = move |_| {
        let l = lang.get_untracked();
        let typed = answers.get_untracked();
        let nps = if typed.trim().is_empty() {
            let p = parse_field(l, &promoters.get_untracked());
            let d = parse_field(l, &detractors.get_untracked());
            match (p, d) {
                (Ok(Some(p)), Ok(Some(d))) => Ok((nps_from_shares(p, d), None)),
                (Err(m), _) | (_, Err(m)) => Err(m),
                _ => Err(l.t(SC::NpsNoAnswers).to_string()),
            }
        } else {
            match parse_answers(&typed) {
                Ok(list) => match nps_from_answers(&list) {
                    Some(n) => Ok((n, Some(list.len()))),
                    None => Err(l.t(SC::NpsNoAnswers).to_string()),
                },
                Err(bad) => Err(fill(l.t(SC::NotAnAnswer), &[("text", &bad)])),
            }
        };
        match nps {
            Ok((n, count)) => {
                let text = l.number_as_typed((n * 10.0).round() / 10.0, 1);
                value.set(text.clone());
                result.set(Some(match count {
                    Some(c) => fill(
                        l.t(SC::NpsResult),
                        &[("value", &text), ("n", &c.to_string())],
                    ),
                    None => text,
                }));
            }
            Err(m) => result.set(Some(m)),
        }
    };
    view! {
        <fieldset class="nps">
            <legend>{tr(lang, SC::NpsFrom)}</legend>
            <div class="field">
                <label for=field("answers")>{tr(lang, SC::NpsAnswers)}</label>
                <textarea id=field("answers") rows="2" prop:value=move || answers.get()
                    on:input=move |ev| answers.set(event_target_value(&ev))></textarea>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for=field("promoters")>{tr(lang, SC::NpsPromoters)}</label>
                    <input id=field("promoters") type="text" inputmode="decimal" prop:value=move || promoters.get()
                        on:input=move |ev| promoters.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for=field("detractors")>{tr(lang, SC::NpsDetractors)}</label>
                    <input id=field("detractors") type="text" inputmode="decimal" prop:value=move || detractors.get()
                        on:input=move |ev| detractors.set(event_target_value(&ev))/>
                </div>
            </div>
            <button type="button" on:click=compute>{tr(lang, SC::NpsCompute)}</button>
            <p role="status">{move || result.get()}</p>
        </fieldset>
    }
}
