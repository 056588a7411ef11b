//! The goals of the account plan: the list of goal cards (text, selling dimension and,
//! for a quantitative goal, its measure with plan against actual) and the form to add one.

use leptos::prelude::*;

use crate::domain::plan::{goal_progress, Goal, Measure, Plan};
use crate::domain::roles::Rung;
use crate::domain::scorecard::Kpi;
use crate::domain::{AccountId, KeyAccountData, SellingStage};
use crate::i18n::key_accounts::selling_text;
use crate::i18n::plan::PL;
use crate::i18n::{fill, tr};
use crate::state::key_accounts::remove_with_undo;
use crate::state::{use_app, AppState};
use crate::ui::widgets::{DateField, EmptyNote, NumberField, RemoveButton, TitledSection};

use super::edit_plan;
use crate::ui::key_account::rows::{row_field, row_position};

/// The goals, each an editable card with its plan against actual.
#[component]
pub(super) fn Goals(id: AccountId, plan: Memo<Plan>, kpis: Memo<Vec<Kpi>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let ids = Memo::new(move |_| plan.with(|p| p.goals.iter().map(|g| g.id).collect::<Vec<_>>()));
    let empty = Memo::new(move |_| ids.with(Vec::is_empty));
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = lang.get_untracked();
        let t = text.get_untracked().trim().to_string();
        if t.is_empty() {
            error.set(Some(l.t(PL::GoalMissing).to_string()));
            return;
        }
        error.set(None);
        let added = t.clone();
        edit_plan(app, id, move |p| {
            let goal = Goal {
                extra: Default::default(),
                id: p.next_goal_id(),
                text: t,
                dimension: None,
                measure: None,
                cell: None,
            };
            p.goals.push(goal);
        });
        text.set(String::new());
        app.notify(fill(l.t(PL::GoalAdded), &[("text", &added)]));
    };
    view! {
        <TitledSection id="goals-title" title=PL::Goals class="goals">
            <p class="muted">{tr(lang, PL::GoalsIntro)}</p>
            {move || if empty.get() {
                view! { <EmptyNote text=PL::NoGoals/> }.into_any()
            } else {
                view! {
                    <For each=move || ids.get() key=|g| *g children=move |g| {
                        view! { <GoalCard id=id goal=g at=row_position(ids, g) plan=plan kpis=kpis/> }
                    }/>
                }.into_any()
            }}
            <form class="inline-form" on:submit=add>
                <div class="field">
                    <label for="new-goal">{tr(lang, PL::GoalText)}</label>
                    <input id="new-goal" type="text" size="40" prop:value=move || text.get()
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby="new-goal-error"
                        on:input=move |ev| text.set(event_target_value(&ev))/>
                    <p class="field-error" id="new-goal-error">{move || error.get()}</p>
                </div>
                <button type="submit" class="primary">{tr(lang, PL::AddGoal)}</button>
            </form>
        </TitledSection>
    }
}

fn goals_of(d: &mut KeyAccountData) -> &mut Vec<Goal> {
    &mut d.plan.goals
}

/// Changes the goal with id `g` (found when the change is made).
fn edit_goal(app: AppState, id: AccountId, g: u32, f: impl FnOnce(&mut Goal)) {
    edit_plan(app, id, |p| {
        if let Some(goal) = p.goals.iter_mut().find(|x| x.id == g) {
            f(goal);
        }
    });
}

fn edit_measure(app: AppState, id: AccountId, g: u32, f: impl FnOnce(&mut Measure)) {
    edit_goal(app, id, g, |goal| {
        if let Some(m) = goal.measure.as_mut() {
            f(m);
        }
    });
}

/// One goal: its text, selling dimension and whether it is quantitative, and if so
/// its measure.
#[component]
fn GoalCard(
    id: AccountId,
    /// The goal's id.
    goal: u32,
    /// Its position in the list.
    at: Memo<usize>,
    plan: Memo<Plan>,
    kpis: Memo<Vec<Kpi>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let g = goal;
    let goal = Memo::new(move |_| plan.with(|p| p.goals.iter().find(|x| x.id == g).cloned()));
    let measure = Memo::new(move |_| goal.with(|x| x.as_ref().and_then(|x| x.measure.clone())));
    let quantitative = move || measure.with(Option::is_some);
    view! {
        <fieldset class="goal">
            <legend>{move || fill(lang.get().t(PL::GoalN), &[("n", &(at.get() + 1).to_string())])}</legend>
            <GoalHead id=id g=g at=at plan=plan goal=goal measure=measure/>
            <Show when=quantitative>
                <GoalMeasure id=id g=g at=at measure=measure kpis=kpis/>
            </Show>
        </fieldset>
    }
}

/// The first row of a goal: text, selling dimension, quantitative or not, remove.
#[component]
fn GoalHead(
    id: AccountId,
    g: u32,
    at: Memo<usize>,
    plan: Memo<Plan>,
    goal: Memo<Option<Goal>>,
    measure: Memo<Option<Measure>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let field = move |what: &'static str| row_field("goal", at, what);
    let text = move || goal.with(|x| x.as_ref().map(|x| x.text.clone()).unwrap_or_default());
    let quantitative = move || measure.with(Option::is_some);
    let remove = move || {
        let l = lang.get_untracked();
        let Some(i) = plan.with_untracked(|p| p.goals.iter().position(|x| x.id == g)) else {
            return;
        };
        remove_with_undo(app, id, i, goals_of, |gone: &Goal| {
            fill(l.t(PL::GoalRemoved), &[("text", &gone.text)])
        });
    };
    let remove_label =
        Signal::derive(move || fill(lang.get().t(PL::RemoveGoal), &[("text", &text())]));
    view! {
        <div class="field-row">
            <div class="field grow">
                <label for=field("text")>{tr(lang, PL::GoalText)}</label>
                <input id=field("text") type="text" size="40" prop:value=text on:change=move |ev| {
                    let t = event_target_value(&ev).trim().to_string();
                    if !t.is_empty() {
                        edit_goal(app, id, g, |x| x.text = t);
                    }
                }/>
            </div>
            <div class="field">
                <label for=field("dimension")>{tr(lang, PL::Dimension)}</label>
                <select id=field("dimension") on:change=move |ev| {
                    let d = event_target_value(&ev).parse::<usize>().ok().and_then(|i| SellingStage::ALL.get(i).copied());
                    edit_goal(app, id, g, |x| x.dimension = d);
                }>
                    {move || {
                        let l = lang.get();
                        let now = goal.with(|x| x.as_ref().and_then(|x| x.dimension));
                        let none = view! { <option value="" selected=now.is_none()>{l.t(PL::NoDimension)}</option> };
                        let stages = SellingStage::ALL.iter().enumerate().map(|(i, s)| view! {
                            <option value=i.to_string() selected=now == Some(*s)>{l.t(selling_text(*s))}</option>
                        }).collect_view();
                        (none, stages)
                    }}
                </select>
            </div>
            <div class="field checkbox">
                <input id=field("quant") type="checkbox" prop:checked=quantitative on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    edit_goal(app, id, g, |x| {
                        x.measure = on.then(|| Measure {
                            extra: Default::default(),
                            kpi: x.text.clone(),
                            target: 0.0,
                            due: None,
                            linked_kpi: None,
                            actual: None,
                        });
                    });
                }/>
                <label for=field("quant")>{tr(lang, PL::Quantitative)}</label>
            </div>
            <RemoveButton label=remove_label on_remove=remove/>
        </div>
    }
}

/// The measure of a quantitative goal: KPI, target, date, where its actual comes from,
/// the actual, and plan against actual.
#[component]
fn GoalMeasure(
    id: AccountId,
    g: u32,
    at: Memo<usize>,
    measure: Memo<Option<Measure>>,
    kpis: Memo<Vec<Kpi>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let field = move |what: &'static str| row_field("goal", at, what);
    let label = move |key: PL| Signal::derive(move || lang.get().t(key).to_string());
    let number = move |f: fn(&Measure) -> Option<f64>| {
        Signal::derive(move || measure.with(|m| m.as_ref().and_then(f)))
    };
    let set_target = Callback::new(move |v: Option<f64>| {
        edit_measure(app, id, g, |m| m.target = v.unwrap_or(0.0));
    });
    let set_actual = Callback::new(move |v: Option<f64>| {
        edit_measure(app, id, g, |m| m.actual = v);
    });
    let progress = move || {
        let l = lang.get();
        let m = measure.get()?;
        let p = kpis.with(|k| goal_progress(&m, k));
        let target = l.number_as_typed(p.target, 2);
        Some(match p.actual {
            Some(a) => fill(
                l.t(PL::PlanVsActual),
                &[
                    ("target", &target),
                    ("actual", &l.number_as_typed(a, 2)),
                    (
                        "achieved",
                        &p.achieved
                            .map(|q| l.percent(q * 100.0, 0))
                            .unwrap_or_else(|| "–".into()),
                    ),
                ],
            ),
            None => fill(l.t(PL::NoActual), &[("target", &target)]),
        })
    };
    view! {
        <div class="field-row">
            <div class="field">
                <label for=field("kpi")>{tr(lang, PL::MeasureKpi)}</label>
                <input id=field("kpi") type="text"
                    prop:value=move || measure.with(|m| m.as_ref().map(|m| m.kpi.clone()).unwrap_or_default())
                    on:change=move |ev| {
                        let t = event_target_value(&ev).trim().to_string();
                        edit_measure(app, id, g, |m| m.kpi = t);
                    }/>
            </div>
            <NumberField id=field("target") label=label(PL::MeasureTarget) value=number(|m| Some(m.target)) on_commit=set_target/>
            <DateField id=field("due") label=PL::MeasureDue
                value=Signal::derive(move || measure.with(|m| m.as_ref().and_then(|m| m.due)))
                on_change=Callback::new(move |d| edit_measure(app, id, g, |m| m.due = d))/>
            <div class="field">
                <label for=field("source")>{tr(lang, PL::ActualFrom)}</label>
                <select id=field("source") on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let linked = (!v.is_empty()).then_some(v);
                    edit_measure(app, id, g, |m| m.linked_kpi = linked);
                }>
                    {move || {
                        let l = lang.get();
                        let now = measure.with(|m| m.as_ref().and_then(|m| m.linked_kpi.clone()));
                        let own = view! { <option value="" selected=now.is_none()>{l.t(PL::OwnActual)}</option> };
                        let linked = kpis.get().into_iter().map(|k| {
                            let selected = now.as_deref() == Some(k.name.as_str());
                            let text = fill(l.t(PL::LinkedKpi), &[("name", &k.name)]);
                            view! { <option value=k.name selected=selected>{text}</option> }
                        }).collect_view();
                        (own, linked)
                    }}
                </select>
            </div>
            <Show when=move || measure.with(|m| m.as_ref().is_some_and(|m| m.linked_kpi.is_none()))>
                <NumberField id=field("actual") label=label(PL::Actual) value=number(|m| m.actual) on_commit=set_actual/>
            </Show>
        </div>
        <p class="goal-progress" role="status">{progress}</p>
    }
}
