//! The gap list of a buying center, with the two rules the user can change.

use leptos::prelude::*;

use crate::domain::stakeholders::{gap_rules, gaps, set_gap_rules, GapRules, Stakeholder};
use crate::i18n::buying_center::{gap_text, BC};
use crate::i18n::tr;
use crate::state::analyses::today;
use crate::state::use_app;
use crate::ui::widgets::TitledSection;

/// The gaps, with the two rules the user can change (kept per workspace).
#[component]
pub(super) fn GapList(people: Memo<Vec<Stakeholder>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let rules = Memo::new(move |_| app.store.settings.with(gap_rules));
    let day = today();
    let error = RwSignal::new(None::<String>);
    let set_rule = move |f: fn(&mut GapRules, u32), text: String| match text.trim().parse::<u32>() {
        Ok(v) if (1..=120).contains(&v) => {
            error.set(None);
            let mut r = rules.get_untracked();
            f(&mut r, v);
            app.store.settings.update(|s| set_gap_rules(s, r));
        }
        _ => error.set(Some(lang.get_untracked().t(BC::RuleWrong).to_string())),
    };
    let list = move || {
        let l = lang.get();
        let found = people.with(|p| gaps(p, day, rules.get()));
        if found.is_empty() {
            return view! { <p>{l.t(BC::NoGaps)}</p> }.into_any();
        }
        let lines: Vec<String> = people.with(|p| found.iter().map(|g| gap_text(l, g, p)).collect());
        view! {
            <ul class="attention gaps">
                {lines.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <TitledSection id="gaps-title" title=BC::Gaps class="gap-list">
            {list}
            <div class="field-row">
                <div class="field">
                    <label for="gap-stale">{tr(lang, BC::StaleMonths)}</label>
                    <input id="gap-stale" type="number" min="1" max="120" step="1"
                        aria-describedby="gap-rule-error"
                        prop:value=move || rules.get().stale_months.to_string()
                        on:change=move |ev| set_rule(|r, v| r.stale_months = v, event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="gap-max">{tr(lang, BC::MaxPerCounterpart)}</label>
                    <input id="gap-max" type="number" min="1" max="120" step="1"
                        aria-describedby="gap-rule-error"
                        prop:value=move || rules.get().max_per_counterpart.to_string()
                        on:change=move |ev| set_rule(|r, v| r.max_per_counterpart = v as usize, event_target_value(&ev))/>
                </div>
            </div>
            <p class="field-error" id="gap-rule-error" role="alert">{move || error.get()}</p>
        </TitledSection>
    }
}
