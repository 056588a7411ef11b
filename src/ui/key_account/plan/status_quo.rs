//! The status quo of the account plan: the three stock-taking questions
//! (docs/methods.md, "Account plan"), each answered in a text area.

use leptos::prelude::*;

use crate::domain::plan::Plan;
use crate::domain::AccountId;
use crate::i18n::plan::PL;
use crate::i18n::tr;
use crate::state::use_app;
use crate::ui::widgets::TitledSection;

use super::edit_plan;

/// The three stock-taking questions, each with a text area.
#[component]
pub(super) fn StatusQuoEditor(id: AccountId, plan: Memo<Plan>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    type Field = fn(&mut crate::domain::plan::StatusQuo) -> &mut String;
    let questions: [(&str, PL, Field); 3] = [
        ("sq-important", PL::ImportantToUs, |s| {
            &mut s.important_to_us
        }),
        ("sq-matter", PL::WhyWeMatter, |s| &mut s.why_we_matter),
        ("sq-only", PL::WhatOnlyWeDo, |s| &mut s.what_only_we_do),
    ];
    let fields = questions
        .into_iter()
        .map(|(key, question, field)| {
            let value = move || {
                let mut sq = plan.with(|p| p.status_quo.clone());
                field(&mut sq).clone()
            };
            view! {
                <div class="field">
                    <label for=key>{tr(lang, question)}</label>
                    <textarea id=key rows="2" prop:value=value on:change=move |ev| {
                        let text = event_target_value(&ev).trim().to_string();
                        edit_plan(app, id, |p| *field(&mut p.status_quo) = text);
                    }></textarea>
                </div>
            }
        })
        .collect_view();
    view! {
        <TitledSection id="sq-title" title=PL::StatusQuo class="status-quo">
            {fields}
        </TitledSection>
    }
}
