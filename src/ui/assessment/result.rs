//! The result of one assessment: radar, overall maturity, the weakest areas with the
//! seed's recommendation, every answer with its level text and comment.

use leptos::prelude::*;

use crate::ui::widgets::TitledSection;

use super::{maturity_text, respondent_name, weak_area_item, AssessmentRadar};
use crate::charts::profile::SupplierRatings;
use crate::domain::assessment::{maturity, weakest_areas, Area, Assessment};
use crate::i18n::assessment::{area_name, area_text, AS};
use crate::i18n::tr;
use crate::i18n::{fill, Lang};
use crate::state::use_app;

/// How many weakest areas the result names (more when tied).
const WEAKEST: usize = 3;

/// Radar, overall maturity, the weakest areas with their recommendation, every answer.
#[component]
pub fn AssessmentResult(shown: Memo<Option<Assessment>>) -> impl IntoView {
    let lang = use_app().lang;
    let answered = move || shown.with(|a| a.as_ref().is_some_and(|a| a.answered() > 0));
    view! {
        <TitledSection id="as-result" title=AS::Result class="assessment-result">
            <Show when=answered fallback=move || view! { <p>{tr(lang, AS::NoAnswers)}</p> }>
                <ResultBody shown=shown/>
            </Show>
        </TitledSection>
    }
}

#[component]
fn ResultBody(shown: Memo<Option<Assessment>>) -> impl IntoView {
    let lang = use_app().lang;
    let with = move |f: &dyn Fn(&Assessment, Lang) -> String| {
        shown.with(|a| a.as_ref().map(|a| f(a, lang.get())).unwrap_or_default())
    };
    let summary = move || {
        with(&|a, l| {
            let Some(m) = maturity(a) else {
                return String::new();
            };
            maturity_text(l, &m, l.t(AS::Maturity), l.t(AS::MaturityPartial))
        })
    };
    let series = move || {
        let l = lang.get();
        shown.with(|a| {
            a.as_ref()
                .map(|a| {
                    vec![SupplierRatings {
                        name: respondent_name(l, a),
                        ratings: a.points(),
                    }]
                })
                .unwrap_or_default()
        })
    };
    let weakest = move || {
        let l = lang.get();
        shown.with(|a| {
            let list = a
                .as_ref()
                .map(|a| weakest_areas(a, WEAKEST))
                .unwrap_or_default();
            if list.is_empty() {
                return view! { <p>{l.t(AS::NoWeak)}</p> }.into_any();
            }
            let items = list
                .into_iter()
                .map(|(area, r)| {
                    let head = fill(
                        l.t(AS::RatedAt),
                        &[("area", area_name(l, area)), ("rating", &r.to_string())],
                    );
                    weak_area_item(l, area, head)
                })
                .collect_view();
            view! { <ol class="weakest">{items}</ol> }.into_any()
        })
    };
    let answers = move || {
        let l = lang.get();
        shown.with(|a| {
            let a = a.as_ref()?;
            let rows = Area::ALL
                .into_iter()
                .map(|area| {
                    let r = a.rating(area);
                    let level = r
                        .map(|r| area_text(l, area).levels[usize::from(r) - 1].to_string())
                        .unwrap_or_else(|| l.t(AS::NotAnswered).to_string());
                    view! {
                        <tr>
                            <th scope="row">{area_name(l, area)}</th>
                            <td class="num">{r.map(|r| r.to_string()).unwrap_or_else(|| "–".into())}</td>
                            <td>{level}</td>
                            <td>{a.comment(area).to_string()}</td>
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="table-wrap" tabindex="0">
                <table class="data-table answers">
                    <caption>{l.t(AS::Answers)}</caption>
                    <thead><tr>
                        <th scope="col">{l.t(AS::Area)}</th>
                        <th scope="col" class="num">{l.t(AS::Rating)}</th>
                        <th scope="col">{l.t(AS::LevelMeans)}</th>
                        <th scope="col">{l.t(AS::CommentCol)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            })
        })
    };
    view! {
        <p class="lead maturity" role="status">{summary}</p>
        <div class="results-row">
            <AssessmentRadar series=Signal::derive(series)/>
            <div>
                <h3>{tr(lang, AS::Weakest)}</h3>
                {weakest}
            </div>
        </div>
        {answers}
    }
}
