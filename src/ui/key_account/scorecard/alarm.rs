//! What needs attention on the scorecard: the KPIs yellow or red now, and those
//! that turned so since the period before.

use leptos::prelude::*;

use super::perspective_name;
use crate::domain::scorecard::{Kpi, Status};
use crate::i18n::fill;
use crate::i18n::scorecard::{status_class, status_text, SC};
use crate::state::use_app;
use crate::ui::widgets::TitledSection;

/// What is yellow or red now, and what turned so since the period before.
#[component]
pub fn Alarm(kpis: Memo<Vec<Kpi>>) -> impl IntoView {
    let lang = use_app().lang;
    let items = move || {
        let l = lang.get();
        let mut found: Vec<(Status, String)> = kpis.with(|all| {
            all.iter()
                .filter_map(|k| {
                    let turn = k.turn()?;
                    let (period, _) = k.latest()?;
                    let now = turn.latest;
                    if now == Status::Green {
                        return None;
                    }
                    let args = |extra: Vec<(&'static str, String)>| {
                        let mut a = vec![
                            ("name", k.name.clone()),
                            ("perspective", perspective_name(l, k.perspective)),
                            ("now", l.t(status_text(Some(now))).to_string()),
                            ("period", period.text()),
                        ];
                        a.extend(extra);
                        a
                    };
                    let text = match turn.previous {
                        Some(before) if turn.got_worse() => {
                            let a =
                                args(vec![("before", l.t(status_text(Some(before))).to_string())]);
                            let refs: Vec<(&str, &str)> =
                                a.iter().map(|(k, v)| (*k, v.as_str())).collect();
                            fill(l.t(SC::TurnedSince), &refs)
                        }
                        _ => {
                            let a = args(Vec::new());
                            let refs: Vec<(&str, &str)> =
                                a.iter().map(|(k, v)| (*k, v.as_str())).collect();
                            fill(l.t(SC::StillBad), &refs)
                        }
                    };
                    Some((now, text))
                })
                .collect()
        });
        // Red first.
        found.sort_by_key(|f| std::cmp::Reverse(f.0));
        if found.is_empty() {
            return view! { <p>{l.t(SC::AlarmNone)}</p> }.into_any();
        }
        view! {
            <ul class="attention">
                {found.into_iter().map(|(s, text)| view! {
                    <li><span class=status_class(Some(s))>{l.t(status_text(Some(s)))}</span>" "{text}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <TitledSection id="alarm-title" title=SC::Alarm class="alarm">
            {items}
        </TitledSection>
    }
}
