//! Two self-assessments side by side: the radar of both and the change per area.

use leptos::prelude::*;

use crate::state::assessments::{assessments, List};

use crate::charts::profile::SupplierRatings;
use crate::domain::assessment::{compare, maturity, Assessment};
use crate::domain::assessment_own::{compare_defaults, same_respondent};
use crate::i18n::assessment::{area_name, AS};
use crate::i18n::tr;
use crate::i18n::{fill, Lang};
use crate::state::{use_app, Route};
use crate::ui::assessment::{assessment_label, respondent_name, AssessmentRadar, AssessmentTabs};

/// The two assessments compared: (before, after).
type Pair = Memo<Option<(Assessment, Assessment)>>;

#[component]
pub fn ComparePage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let list = assessments(app);
    // By default the same person's two newest, earlier first; none when nobody
    // answered twice (rule: `domain::assessment_own::compare_defaults`).
    let defaults = list.with_untracked(compare_defaults);
    let before = RwSignal::new(defaults.map(|d| d.0));
    let after = RwSignal::new(defaults.map(|d| d.1));
    let pair: Pair = Memo::new(move |_| {
        let (b, a) = (before.get()?, after.get()?);
        list.with(|l| Some((l.get(b)?.clone(), l.get(a)?.clone())))
    });
    // Nothing chosen, or two different people: said, not hidden.
    let whose = move || {
        let l = lang.get();
        pair.with(|p| match p {
            None => l.t(AS::CompareChoose).to_string(),
            Some((b, a)) if !same_respondent(b, a) => fill(
                l.t(AS::CompareTwoPeople),
                &[
                    ("before", &respondent_name(l, b)),
                    ("after", &respondent_name(l, a)),
                ],
            ),
            Some(_) => String::new(),
        })
    };
    let series = move || {
        let l = lang.get();
        pair.with(|p| {
            p.as_ref()
                .map(|(b, a)| {
                    vec![
                        SupplierRatings {
                            name: assessment_label(l, a),
                            ratings: a.points(),
                        },
                        SupplierRatings {
                            name: assessment_label(l, b),
                            ratings: b.points(),
                        },
                    ]
                })
                .unwrap_or_default()
        })
    };
    view! {
        <div class="page assessment">
            <h1>{tr(lang, AS::Title)}</h1>
            <p class="lead no-print">{tr(lang, AS::CompareIntro)}</p>
            <AssessmentTabs current=Route::AssessmentCompare/>
            <Show when=move || list.with(|l| l.len() >= 2)
                fallback=move || view! { <p>{tr(lang, AS::CompareNeedsTwo)}</p> }>
                <div class="field-row no-print">
                    <AssessmentChoice list=list which=before label=AS::Before id="cmp-before"/>
                    <AssessmentChoice list=list which=after label=AS::After id="cmp-after"/>
                </div>
                <p class="hint no-print" role="status">{whose}</p>
                <div class="results-row">
                    <AssessmentRadar series=Signal::derive(series)/>
                    <div><Deltas pair=pair/></div>
                </div>
            </Show>
        </div>
    }
}

/// The choice of one of the two assessments.
#[component]
fn AssessmentChoice(
    list: List,
    which: RwSignal<Option<u64>>,
    label: AS,
    id: &'static str,
) -> impl IntoView {
    let lang = use_app().lang;
    let options = move || {
        let l = lang.get();
        let chosen = which.get();
        list.with(|all| {
            all.iter()
                .map(|a| {
                    view! {
                        <option value=a.id.to_string() selected=chosen == Some(a.id)>
                            {assessment_label(l, a)}
                        </option>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="field">
            <label for=id>{tr(lang, label)}</label>
            <select id=id on:change=move |ev| which.set(event_target_value(&ev).parse().ok())>
                <option value="" selected=move || which.get().is_none()>{tr(lang, AS::ChooseOne)}</option>
                {options}
            </select>
        </div>
    }
}

/// "Overall 2.1 → 2.8 (+0.7)", or nothing while either has no maturity.
fn overall_change(l: Lang, before: &Assessment, after: &Assessment) -> String {
    let avg = |a| maturity(a).map(|m| m.average);
    let (Some(x), Some(y)) = (avg(before), avg(after)) else {
        return String::new();
    };
    let d = y - x;
    let sign = if d > 0.0 {
        "+"
    } else if d < 0.0 {
        "−"
    } else {
        "±"
    };
    fill(
        l.t(AS::OverallChange),
        &[
            ("before", &l.number(x, 1)),
            ("after", &l.number(y, 1)),
            ("delta", &format!("{sign}{}", l.number(d.abs(), 1))),
        ],
    )
}

/// The overall change and the change per area.
#[component]
fn Deltas(pair: Pair) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        pair.with(|p| {
            let (b, a) = p.as_ref()?;
            let rows = compare(b, a)
                .into_iter()
                .map(|d| {
                    let change = match d.delta() {
                        Some(x) if x > 0 => format!("+{x}"),
                        Some(x) if x < 0 => format!("−{}", -x),
                        Some(_) => "±0".into(),
                        None => "–".into(),
                    };
                    let r = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
                    view! {
                        <tr>
                            <th scope="row">{area_name(l, d.area)}</th>
                            <td class="num">{r(d.before)}</td>
                            <td class="num">{r(d.after)}</td>
                            <td class="num">{change}</td>
                        </tr>
                    }
                })
                .collect_view();
            let overall = overall_change(l, b, a);
            Some(view! {
                <p class="lead" role="status">{overall}</p>
                <div class="table-wrap" tabindex="0">
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{l.t(AS::Area)}</th>
                        <th scope="col" class="num">{l.t(AS::Before)}</th>
                        <th scope="col" class="num">{l.t(AS::After)}</th>
                        <th scope="col" class="num">{l.t(AS::Change)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            })
        })
    }
}
