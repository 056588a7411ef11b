//! The account plan of a key account (DOMAIN.md section 7, seeds 000, 001 and 004):
//! status quo from the stock-taking questions, SWOT, goals with plan against actual,
//! the action plan with its progress, and plan periods that can be compared.

use leptos::prelude::*;

use crate::domain::day::Day;
use crate::domain::plan::{
    compare, goal_progress, Action, ActionStatus, Change, Goal, Measure, Plan, Progress,
};
use crate::domain::roles::Rung;
use crate::domain::{AccountId, KeyAccountData, SellingStage};
use crate::i18n::common::C;
use crate::i18n::key_accounts::{day_text, selling_text};
use crate::i18n::plan::{counts_text, overdue_line, progress_text, status_text, PL};
use crate::i18n::tr;
use crate::i18n::{fill, Lang};
use crate::state::analyses::today;
use crate::state::key_accounts::{key_account_data, remove_with_undo, update_key_account};
use crate::state::route::AccountSection;
use crate::state::{use_app, AppState};
use crate::ui::key_account::key_account_section;
use crate::ui::lazy::{lazy_page, lazy_part};
use crate::ui::widgets::{parse_field, ConfirmDialog, NumberField, RemoveButton};

lazy_page!(account_plan, plan_page, preload_plan, (id: u64) => {
    view! { <PlanPage id=id/> }.into_any()
});
// The periods and the goals of the plan: chunks of their own, so that no page chunk
// exceeds its budget.
lazy_part!(plan_periods, plan_periods, preload_plan_periods,
    /// The plan periods (next period, versions, comparison), from their chunk.
    LazyPlanPeriods(id: u64, plan: Memo<crate::domain::plan::Plan>) => {
    view! { <PlanPeriods id=id plan=plan/> }.into_any()
});
lazy_part!(plan_goals, plan_goals, preload_plan_goals,
    /// The goals of an account plan, from their chunk.
    LazyPlanGoals(id: u64, plan: Memo<crate::domain::plan::Plan>, kpis: Memo<Vec<crate::domain::scorecard::Kpi>>) => {
    view! { <Goals id=id plan=plan kpis=kpis/> }.into_any()
});

fn edit_plan(app: AppState, id: AccountId, f: impl FnOnce(&mut Plan)) {
    update_key_account(app, id, |d| f(&mut d.plan));
}

fn goals_of(d: &mut KeyAccountData) -> &mut Vec<Goal> {
    &mut d.plan.goals
}

fn actions_of(d: &mut KeyAccountData) -> &mut Vec<Action> {
    &mut d.plan.actions
}

pub fn progress_class(p: Progress) -> &'static str {
    match p {
        Progress::Overdue => "badge overdue",
        Progress::Open => "badge open",
        Progress::Done => "badge done",
        Progress::Dropped => "badge dropped",
    }
}

#[component]
pub fn PlanPage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let data = key_account_data(app, id);
    let plan = Memo::new(move |_| data.with(|d| d.plan.clone()));
    let kpis = Memo::new(move |_| data.with(|d| d.scorecard.clone()));
    key_account_section(
        id,
        AccountSection::Plan,
        |l| l.t(PL::Section).to_string(),
        move |_| {
            let since = move || {
                let l = lang.get();
                plan.with(|p| p.period_start)
                    .map(|d| fill(l.t(PL::PeriodSince), &[("date", &day_text(l, d))]))
            };
            view! {
                <p class="intro">{tr(lang, PL::Intro)}</p>
                <p class="muted">{since}</p>
                <PlanProgress plan=plan/>
                <StatusQuoEditor id=id plan=plan/>
                <section aria-labelledby="swot-title">
                    <h2 id="swot-title">{tr(lang, PL::Swot)}</h2>
                    <div class="swot">
                        {(0..4).map(|q| view! { <SwotList id=id quadrant=q plan=plan/> }).collect_view()}
                    </div>
                </section>
                <LazyPlanGoals id=id plan=plan kpis=kpis/>
                <Actions id=id plan=plan/>
                <LazyPlanPeriods id=id plan=plan/>
            }
        },
    )
}

/// Done, open, overdue; the overdue actions, longest overdue first.
#[component]
fn PlanProgress(plan: Memo<Plan>) -> impl IntoView {
    let lang = use_app().lang;
    let day = today();
    let body = move || {
        let l = lang.get();
        plan.with(|p| {
            if p.actions.is_empty() {
                return view! { <p class="muted">{l.t(PL::NoActions)}</p> }.into_any();
            }
            let counts = counts_text(l, p.counts(day));
            let late: Vec<String> = p
                .overdue(day)
                .into_iter()
                .map(|a| overdue_line(l, a, day))
                .collect();
            view! {
                <p class="counts">{counts}</p>
                <ul class="attention">
                    {late.into_iter().map(|t| view! {
                        <li><strong class="badge overdue">{l.t(PL::PrOverdue)}</strong>" "{t}</li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        })
    };
    view! {
        <section class="plan-progress" aria-labelledby="progress-title">
            <h2 id="progress-title">{tr(lang, PL::Progress)}</h2>
            {body}
        </section>
    }
}

/// The three stock-taking questions of seed 001, each with a text area.
#[component]
fn StatusQuoEditor(id: AccountId, plan: Memo<Plan>) -> impl IntoView {
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
        <section class="status-quo" aria-labelledby="sq-title">
            <h2 id="sq-title">{tr(lang, PL::StatusQuo)}</h2>
            {fields}
        </section>
    }
}

/// The four SWOT lists of a key account's plan: strengths, weaknesses, opportunities,
/// threats (the order of [`SWOT_NAMES`]).
type SwotOf = fn(&mut KeyAccountData) -> &mut Vec<String>;
const SWOT_LISTS: [SwotOf; 4] = [
    |d| &mut d.plan.swot.strengths,
    |d| &mut d.plan.swot.weaknesses,
    |d| &mut d.plan.swot.opportunities,
    |d| &mut d.plan.swot.threats,
];

pub const SWOT_NAMES: [PL; 4] = [
    PL::Strengths,
    PL::Weaknesses,
    PL::Opportunities,
    PL::Threats,
];

/// One quadrant of the SWOT: its entries, each removable, and a field to add one.
#[component]
fn SwotList(id: AccountId, quadrant: usize, plan: Memo<Plan>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let name = SWOT_NAMES[quadrant];
    let entries = Memo::new(move |_| {
        plan.with(|p| {
            [
                &p.swot.strengths,
                &p.swot.weaknesses,
                &p.swot.opportunities,
                &p.swot.threats,
            ][quadrant]
                .clone()
        })
    });
    let text = RwSignal::new(String::new());
    let input_id = format!("swot-{quadrant}-new");
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked().trim().to_string();
        if t.is_empty() {
            return;
        }
        update_key_account(app, id, |d| SWOT_LISTS[quadrant](d).push(t));
        text.set(String::new());
    };
    let list = move || {
        let l = lang.get();
        let items = entries.get();
        if items.is_empty() {
            return view! { <p class="muted">{l.t(PL::Empty)}</p> }.into_any();
        }
        view! {
            <ul>
                {items.into_iter().enumerate().map(|(i, entry)| {
                    let label = fill(l.t(PL::RemoveEntry), &[("text", &entry)]);
                    let remove = move || {
                        let l = lang.get_untracked();
                        remove_with_undo(app, id, i, SWOT_LISTS[quadrant], |gone: &String| {
                            fill(l.t(PL::EntryRemoved), &[("text", gone)])
                        });
                    };
                    view! { <li>{entry}" "<RemoveButton label=label on_remove=remove/></li> }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let label_id = input_id.clone();
    view! {
        <div class=format!("swot-quadrant swot-{quadrant}")>
            <h3>{tr(lang, name)}</h3>
            {list}
            <form class="inline-form" on:submit=add>
                <div class="field">
                    <label for=label_id class="visually-hidden">
                        {move || { let l = lang.get(); fill(l.t(PL::NewEntry), &[("list", l.t(name))]) }}
                    </label>
                    <input id=input_id type="text" prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))/>
                </div>
                <button type="submit">{tr(lang, PL::Add)}</button>
            </form>
        </div>
    }
}

/// The goals, each an editable card with its plan against actual.
#[component]
pub fn Goals(
    id: AccountId,
    plan: Memo<Plan>,
    kpis: Memo<Vec<crate::domain::scorecard::Kpi>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let count = Memo::new(move |_| plan.with(|p| p.goals.len()));
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
            };
            p.goals.push(goal);
        });
        text.set(String::new());
        app.notify(fill(l.t(PL::GoalAdded), &[("text", &added)]));
    };
    view! {
        <section class="goals" aria-labelledby="goals-title">
            <h2 id="goals-title">{tr(lang, PL::Goals)}</h2>
            <p class="muted">{tr(lang, PL::GoalsIntro)}</p>
            {move || match count.get() {
                0 => view! { <p class="muted">{tr(lang, PL::NoGoals)}</p> }.into_any(),
                n => (0..n).map(|g| view! { <GoalCard id=id g=g plan=plan kpis=kpis/> }).collect_view().into_any(),
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
        </section>
    }
}

fn edit_goal(app: AppState, id: AccountId, g: usize, f: impl FnOnce(&mut Goal)) {
    edit_plan(app, id, |p| {
        if let Some(goal) = p.goals.get_mut(g) {
            f(goal);
        }
    });
}

fn edit_measure(app: AppState, id: AccountId, g: usize, f: impl FnOnce(&mut Measure)) {
    edit_goal(app, id, g, |goal| {
        if let Some(m) = goal.measure.as_mut() {
            f(m);
        }
    });
}

/// One goal: text, selling dimension, and if quantitative its KPI, target, date and
/// where its actual comes from.
#[component]
fn GoalCard(
    id: AccountId,
    g: usize,
    plan: Memo<Plan>,
    kpis: Memo<Vec<crate::domain::scorecard::Kpi>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let goal = Memo::new(move |_| plan.with(|p| p.goals.get(g).cloned()));
    let field = move |what: &str| format!("goal-{g}-{what}");
    let text = move || goal.with(|x| x.as_ref().map(|x| x.text.clone()).unwrap_or_default());
    let measure = Memo::new(move |_| goal.with(|x| x.as_ref().and_then(|x| x.measure.clone())));
    let quantitative = move || measure.with(Option::is_some);
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
    let remove = move || {
        let l = lang.get_untracked();
        remove_with_undo(app, id, g, goals_of, |gone: &Goal| {
            fill(l.t(PL::GoalRemoved), &[("text", &gone.text)])
        });
    };
    let remove_label =
        Signal::derive(move || fill(lang.get().t(PL::RemoveGoal), &[("text", &text())]));
    view! {
        <fieldset class="goal">
            <legend>{move || fill(lang.get().t(PL::GoalN), &[("n", &(g + 1).to_string())])}</legend>
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
            <Show when=quantitative>
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
                    <div class="field">
                        <label for=field("due")>{tr(lang, PL::MeasureDue)}</label>
                        <input id=field("due") type="date"
                            prop:value=move || measure.with(|m| m.as_ref().and_then(|m| m.due).map(|d| d.iso()).unwrap_or_default())
                            on:change=move |ev| {
                                let d = Day::parse(&event_target_value(&ev));
                                edit_measure(app, id, g, |m| m.due = d);
                            }/>
                    </div>
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
            </Show>
        </fieldset>
    }
}

/// The action plan: one row per action, every field editable, its progress flagged.
#[component]
fn Actions(id: AccountId, plan: Memo<Plan>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let count = Memo::new(move |_| plan.with(|p| p.actions.len()));
    let currency = crate::ui::format::use_currency();
    // Names of the selling center, offered for "owner".
    let team = Memo::new(move |_| {
        app.store
            .settings
            .with(crate::domain::stakeholders::selling_center)
    });
    let rows = move || {
        let n = count.get();
        if n == 0 {
            return view! { <p class="muted">{tr(lang, PL::NoActions)}</p> }.into_any();
        }
        view! {
            <div class="table-wrap">
                <table class="data-table actions-table">
                    <thead><tr>
                        <th scope="col">{tr(lang, PL::Action)}</th>
                        <th scope="col">{tr(lang, PL::Owner)}</th>
                        <th scope="col">{tr(lang, PL::Due)}</th>
                        <th scope="col" class="num">{move || crate::ui::format::with_currency(lang.get().t(PL::Cost), &currency.get())}</th>
                        <th scope="col">{tr(lang, PL::Status)}</th>
                        <th scope="col">{tr(lang, PL::ForGoal)}</th>
                        <th scope="col">{tr(lang, PL::Flag)}</th>
                        <th scope="col"><span class="visually-hidden">{tr(lang, C::RemoveColumn)}</span></th>
                    </tr></thead>
                    <tbody>
                        {(0..n).map(|a| view! { <ActionRow id=id a=a plan=plan/> }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="actions-plan" aria-labelledby="actions-title">
            <h2 id="actions-title">{tr(lang, PL::Actions)}</h2>
            <datalist id="team-names">
                {move || team.get().into_iter().map(|m| view! { <option value=m.name></option> }).collect_view()}
            </datalist>
            {rows}
            <AddAction id=id plan=plan/>
        </section>
    }
}

fn edit_action(app: AppState, id: AccountId, a: usize, f: impl FnOnce(&mut Action)) {
    edit_plan(app, id, |p| {
        if let Some(action) = p.actions.get_mut(a) {
            f(action);
        }
    });
}

/// The options of "for goal": none, or one of the plan's goals.
fn goal_options(l: Lang, plan: &Plan, now: Option<u32>) -> impl IntoView {
    let none = view! { <option value="" selected=now.is_none()>{l.t(PL::NoGoal)}</option> };
    let goals = plan
        .goals
        .iter()
        .map(|g| {
            view! { <option value=g.id.to_string() selected=now == Some(g.id)>{g.text.clone()}</option> }
        })
        .collect_view();
    (none, goals)
}

#[component]
fn ActionRow(id: AccountId, a: usize, plan: Memo<Plan>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let day = today();
    let action = Memo::new(move |_| plan.with(|p| p.actions.get(a).cloned()));
    let field = move |what: &str| format!("action-{a}-{what}");
    let name = move |key: PL| {
        move || {
            let l = lang.get();
            fill(
                l.t(PL::ActionOf),
                &[("field", l.t(key)), ("n", &(a + 1).to_string())],
            )
        }
    };
    let text = move |f: fn(&Action) -> String| {
        move || action.with(|x| x.as_ref().map(f).unwrap_or_default())
    };
    let cost_label = Signal::derive(name(PL::Cost));
    let cost = Signal::derive(move || action.with(|x| x.as_ref().and_then(|x| x.cost)));
    let set_cost = Callback::new(move |v: Option<f64>| {
        edit_action(app, id, a, |x| x.cost = v.map(|c| c.max(0.0)));
    });
    let progress = move || action.with(|x| x.as_ref().map(|x| x.progress(day)));
    let flag = move || {
        let l = lang.get();
        progress().map(|p| view! { <span class=progress_class(p)>{l.t(progress_text(p))}</span> })
    };
    let remove = move || {
        let l = lang.get_untracked();
        remove_with_undo(app, id, a, actions_of, |gone: &Action| {
            fill(l.t(PL::ActionRemoved), &[("text", &gone.text)])
        });
    };
    let remove_label = Signal::derive(move || {
        fill(
            lang.get().t(PL::RemoveAction),
            &[("text", &text(|x| x.text.clone())())],
        )
    });
    view! {
        <tr class:overdue=move || progress() == Some(Progress::Overdue)>
            <td><input id=field("text") type="text" aria-label=name(PL::Action) prop:value=text(|x| x.text.clone())
                on:change=move |ev| {
                    let t = event_target_value(&ev).trim().to_string();
                    if !t.is_empty() {
                        edit_action(app, id, a, |x| x.text = t);
                    }
                }/></td>
            <td><input id=field("owner") type="text" list="team-names" size="14" aria-label=name(PL::Owner)
                prop:value=text(|x| x.owner.clone())
                on:change=move |ev| {
                    let t = event_target_value(&ev).trim().to_string();
                    edit_action(app, id, a, |x| x.owner = t);
                }/></td>
            <td><input id=field("due") type="date" aria-label=name(PL::Due)
                prop:value=text(|x| x.due.map(|d| d.iso()).unwrap_or_default())
                on:change=move |ev| {
                    let d = Day::parse(&event_target_value(&ev));
                    edit_action(app, id, a, |x| x.due = d);
                }/></td>
            <td class="num cost"><NumberField id=field("cost") label=cost_label value=cost on_commit=set_cost/></td>
            <td><select id=field("status") aria-label=name(PL::Status) on:change=move |ev| {
                    if let Some(s) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| ActionStatus::ALL.get(i).copied()) {
                        edit_action(app, id, a, |x| x.status = s);
                    }
                }>
                {move || {
                    let l = lang.get();
                    let now = action.with(|x| x.as_ref().map(|x| x.status));
                    ActionStatus::ALL.iter().enumerate().map(|(i, s)| view! {
                        <option value=i.to_string() selected=now == Some(*s)>{l.t(status_text(*s))}</option>
                    }).collect_view()
                }}
            </select></td>
            <td><select id=field("goal") aria-label=name(PL::ForGoal) on:change=move |ev| {
                    let goal = event_target_value(&ev).parse::<u32>().ok();
                    edit_action(app, id, a, |x| x.goal = goal);
                }>
                {move || {
                    let now = action.with(|x| x.as_ref().and_then(|x| x.goal));
                    plan.with(|p| goal_options(lang.get(), p, now))
                }}
            </select></td>
            <td>{flag}</td>
            <td><RemoveButton label=remove_label on_remove=remove/></td>
        </tr>
    }
}

/// Picks one field's message out of the form's (text, cost) errors.
type ErrorOf = fn((Option<String>, Option<String>)) -> Option<String>;

/// The form to add an action.
#[component]
fn AddAction(id: AccountId, plan: Memo<Plan>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let text = RwSignal::new(String::new());
    let owner = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let cost = RwSignal::new(String::new());
    let goal = RwSignal::new(None::<u32>);
    let errors = RwSignal::new((None::<String>, None::<String>));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = lang.get_untracked();
        let t = text.get_untracked().trim().to_string();
        let text_error = t.is_empty().then(|| l.t(PL::ActionMissing).to_string());
        let c = parse_field(l, &cost.get_untracked());
        let cost_error = match &c {
            Err(m) => Some(m.clone()),
            Ok(Some(v)) if *v < 0.0 => Some(l.t(crate::i18n::errors::E::KindNegative).to_string()),
            _ => None,
        };
        errors.set((text_error.clone(), cost_error.clone()));
        if text_error.is_some() || cost_error.is_some() {
            return;
        }
        let action_text = t.clone();
        let (o, d, g) = (
            owner.get_untracked().trim().to_string(),
            Day::parse(&due.get_untracked()),
            goal.get_untracked(),
        );
        let c = c.ok().flatten();
        edit_plan(app, id, move |p| {
            let action = Action {
                extra: Default::default(),
                id: p.next_action_id(),
                text: action_text,
                owner: o,
                due: d,
                cost: c,
                status: ActionStatus::Open,
                goal: g,
            };
            p.actions.push(action);
        });
        text.set(String::new());
        cost.set(String::new());
        app.notify(fill(l.t(PL::ActionAdded), &[("text", &t)]));
    };
    let input = move |key: &'static str,
                      label: PL,
                      value: RwSignal<String>,
                      kind: &'static str,
                      error: Option<ErrorOf>| {
        let input_id = format!("new-action-{key}");
        let error_id = format!("{input_id}-error");
        let message = move || error.and_then(|f| f(errors.get()));
        view! {
            <div class="field">
                <label for=input_id.clone()>{tr(lang, label)}</label>
                <input id=input_id type=kind list=(key == "owner").then_some("team-names")
                    prop:value=move || value.get()
                    aria-invalid=move || message().is_some().then_some("true")
                    aria-describedby=error_id.clone()
                    on:input=move |ev| value.set(event_target_value(&ev))/>
                <p class="field-error" id=error_id>{message}</p>
            </div>
        }
    };
    view! {
        <form class="add-action" on:submit=add aria-labelledby="add-action-title">
            <h3 id="add-action-title">{tr(lang, PL::AddAction)}</h3>
            <div class="field-row">
                {input("text", PL::Action, text, "text", Some(|e| e.0))}
                {input("owner", PL::Owner, owner, "text", None)}
                {input("due", PL::Due, due, "date", None)}
                {input("cost", PL::Cost, cost, "text", Some(|e| e.1))}
                <div class="field">
                    <label for="new-action-goal">{tr(lang, PL::ForGoal)}</label>
                    <select id="new-action-goal" on:change=move |ev| goal.set(event_target_value(&ev).parse().ok())>
                        {move || plan.with(|p| goal_options(lang.get(), p, goal.get()))}
                    </select>
                </div>
            </div>
            <button type="submit" class="primary">{tr(lang, PL::AddAction)}</button>
        </form>
    }
}

/// Plan periods: start the next one, the earlier versions, and two of them compared.
#[component]
pub fn PlanPeriods(id: AccountId, plan: Memo<Plan>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let data = key_account_data(app, id);
    let versions = Memo::new(move |_| data.with(|d| d.plan_versions.clone()));
    let asking = RwSignal::new(false);
    let start = Callback::new(move |()| {
        let day = today();
        let before = data.get_untracked();
        update_key_account(app, id, |d| {
            let (version, next) = d.plan.start_next_period(day);
            d.plan_versions.push(version);
            d.plan = next;
        });
        asking.set(false);
        app.toasts
            .notify_with_undo(lang.get_untracked().t(PL::NextStarted), move || {
                let back = before.clone();
                update_key_account(app, id, move |d| {
                    d.plan = back.plan;
                    d.plan_versions = back.plan_versions;
                });
            });
    });
    // Choices: the versions (oldest first), then the current plan.
    let earlier = RwSignal::new(None::<usize>);
    let later = RwSignal::new(None::<usize>);
    let pick = move |chosen: RwSignal<Option<usize>>, fallback: usize| {
        let n = versions.with(Vec::len);
        chosen.get().filter(|&i| i <= n).unwrap_or(fallback.min(n))
    };
    let plan_at = move |i: usize| -> Plan {
        versions
            .with(|v| v.get(i).map(|v| v.plan.clone()))
            .unwrap_or_else(|| plan.get())
    };
    let option_name = move |l: Lang, i: usize| {
        versions.with(|v| match v.get(i) {
            Some(v) => fill(l.t(PL::VersionOf), &[("date", &day_text(l, v.closed))]),
            None => l.t(PL::Current).to_string(),
        })
    };
    let select = move |key: &'static str,
                       label: PL,
                       chosen: RwSignal<Option<usize>>,
                       fallback: fn(usize) -> usize| {
        view! {
            <div class="field">
                <label for=key>{tr(lang, label)}</label>
                <select id=key on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                    {move || {
                        let l = lang.get();
                        let n = versions.with(Vec::len);
                        let now = pick(chosen, fallback(n));
                        (0..=n).map(|i| view! {
                            <option value=i.to_string() selected=now == i>{option_name(l, i)}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
        }
    };
    let comparison = move || {
        let l = lang.get();
        let n = versions.with(Vec::len);
        if n == 0 {
            return view! { <p class="muted">{l.t(PL::NoVersions)}</p> }.into_any();
        }
        let (a, b) = (pick(earlier, n - 1), pick(later, n));
        let diff = compare(&plan_at(a), &plan_at(b));
        if diff.is_empty() {
            return view! { <p>{l.t(PL::NoChanges)}</p> }.into_any();
        }
        let goal_text = |g: &Goal| match &g.measure {
            Some(m) => format!("{} ({}: {})", g.text, m.kpi, l.number_as_typed(m.target, 2)),
            None => g.text.clone(),
        };
        let action_text = |x: &Action| {
            let due = x.due.map(|d| day_text(l, d)).unwrap_or_default();
            format!("{} – {} – {}", x.text, due, l.t(status_text(x.status)))
        };
        let mut rows: Vec<(String, String, String, String)> = Vec::new();
        let kind = |c: &str| c.to_string();
        for c in &diff.goals {
            let what = l.t(PL::Goal).to_string();
            rows.push(match c {
                Change::Added(g) => (what, kind(l.t(PL::Added)), String::new(), goal_text(g)),
                Change::Removed(g) => (what, kind(l.t(PL::Removed)), goal_text(g), String::new()),
                Change::Changed { before, after } => (
                    what,
                    kind(l.t(PL::Changed)),
                    goal_text(before),
                    goal_text(after),
                ),
            });
        }
        for c in &diff.actions {
            let what = l.t(PL::Action).to_string();
            rows.push(match c {
                Change::Added(x) => (what, kind(l.t(PL::Added)), String::new(), action_text(x)),
                Change::Removed(x) => (what, kind(l.t(PL::Removed)), action_text(x), String::new()),
                Change::Changed { before, after } => (
                    what,
                    kind(l.t(PL::Changed)),
                    action_text(before),
                    action_text(after),
                ),
            });
        }
        for (q, entry, added) in &diff.swot {
            let what = l.t(SWOT_NAMES[*q]).to_string();
            rows.push(if *added {
                (what, kind(l.t(PL::Added)), String::new(), entry.clone())
            } else {
                (what, kind(l.t(PL::Removed)), entry.clone(), String::new())
            });
        }
        view! {
            {diff.status_quo_changed.then(|| view! { <p>{l.t(PL::StatusQuoChanged)}</p> })}
            <div class="table-wrap" tabindex="0">
                <table class="data-table compare">
                    <thead><tr>
                        <th scope="col"><span class="visually-hidden">{l.t(PL::Section)}</span></th>
                        <th scope="col">{l.t(PL::Change)}</th>
                        <th scope="col">{option_name(l, a)}</th>
                        <th scope="col">{option_name(l, b)}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|(what, change, before, after)| view! {
                            <tr><th scope="row">{what}</th><td>{change}</td><td>{before}</td><td>{after}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let list = move || {
        let l = lang.get();
        let v = versions.get();
        if v.is_empty() {
            return ().into_any();
        }
        view! {
            <div class="table-wrap" tabindex="0">
            <table class="data-table versions">
                <caption>{l.t(PL::Versions)}</caption>
                <thead><tr>
                    <th scope="col">{l.t(PL::Closed)}</th>
                    <th scope="col" class="num">{l.t(PL::Goals)}</th>
                    <th scope="col" class="num">{l.t(PL::ActionsCount)}</th>
                </tr></thead>
                <tbody>
                    {v.iter().rev().map(|v| view! {
                        <tr>
                            <th scope="row">{day_text(l, v.closed)}</th>
                            <td class="num">{v.plan.goals.len()}</td>
                            <td class="num">{v.plan.actions.len()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="plan-periods" aria-labelledby="periods-title">
            <h2 id="periods-title">{tr(lang, PL::Periods)}</h2>
            <p class="muted">{tr(lang, PL::PeriodsIntro)}</p>
            <button type="button" on:click=move |_| asking.set(true)>{tr(lang, PL::StartNext)}</button>
            <ConfirmDialog open=asking text=Signal::derive(move || lang.get().t(PL::StartNextConfirm).to_string())
                confirm_label=Signal::derive(move || lang.get().t(PL::StartNext).to_string()) on_confirm=start/>
            {list}
            <h3>{tr(lang, PL::Compare)}</h3>
            <Show when=move || versions.with(|v| !v.is_empty())>
                <div class="field-row">
                    {select("compare-earlier", PL::Earlier, earlier, |n| n.saturating_sub(1))}
                    {select("compare-later", PL::Later, later, |n| n)}
                </div>
            </Show>
            {comparison}
        </section>
    }
}
