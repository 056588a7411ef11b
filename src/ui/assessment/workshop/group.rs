//! The workshop's result as one group, as the single assessment shows its own: the
//! group's maturity, the seed's recommendations for the group's weakest areas, and
//! what the participants wrote per area (rules: `domain::workshop`).

use leptos::prelude::*;

use crate::domain::assessment::{AreaStats, Assessment};
use crate::domain::workshop::{comments_by_area, group_maturity, group_weakest};
use crate::i18n::assessment::area_name;
use crate::i18n::fill;
use crate::i18n::tr;
use crate::i18n::workshop::WS;
use crate::state::use_app;
use crate::ui::assessment::{maturity_text, respondent_name, weak_area_item};

/// How many weakest areas are named (more when tied), as for a single assessment.
const WEAKEST: usize = 3;

#[component]
pub fn GroupResult(
    participants: Memo<Vec<Assessment>>,
    stats: Memo<Vec<AreaStats>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let summary = move || {
        let l = lang.get();
        let Some(m) = stats.with(|s| group_maturity(s)) else {
            return l.t(WS::NoAnswersYet).to_string();
        };
        maturity_text(l, &m, l.t(WS::GroupMaturity), l.t(WS::GroupPartial))
    };
    let weakest = move || {
        let l = lang.get();
        let list = stats.with(|s| group_weakest(s, WEAKEST));
        if list.is_empty() {
            return None;
        }
        let items = list
            .into_iter()
            .map(|(area, average)| {
                let head = fill(
                    l.t(WS::AverageAt),
                    &[
                        ("area", area_name(l, area)),
                        ("average", &l.number(average, 1)),
                    ],
                );
                weak_area_item(l, area, head)
            })
            .collect_view();
        Some(view! {
            <div class="keep">
                <h4>{l.t(WS::GroupWeakest)}</h4>
                <ol class="weakest">{items}</ol>
            </div>
        })
    };
    let comments = move || {
        let l = lang.get();
        participants.with(|p| {
            let all: Vec<&Assessment> = p.iter().collect();
            let by_area = comments_by_area(&all);
            if by_area.is_empty() {
                return view! { <p>{l.t(WS::NoComments)}</p> }.into_any();
            }
            let items = by_area
                .into_iter()
                .map(|(area, list)| {
                    let lines = list
                        .into_iter()
                        .map(|c| {
                            let who = respondent_name(l, all[c.participant]);
                            view! { <li><span class="who">{who}": "</span>{c.text}</li> }
                        })
                        .collect_view();
                    view! {
                        <li class="keep">
                            <strong>{area_name(l, area)}</strong>
                            <ul>{lines}</ul>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="area-comments">{items}</ul> }.into_any()
        })
    };
    view! {
        <section class="group-result" aria-labelledby="ws-group">
            <h3 id="ws-group">{tr(lang, WS::GroupResult)}</h3>
            <p class="lead maturity" role="status">{summary}</p>
            {weakest}
            <h4>{tr(lang, WS::Comments)}</h4>
            {comments}
        </section>
    }
}
