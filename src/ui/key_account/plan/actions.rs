//! The action plan of the account plan: one editable row per action with its progress
//! flagged, and the form to add an action.

use leptos::prelude::*;

use crate::domain::day::Day;
use crate::domain::plan::{Action, ActionStatus, Plan, Progress};
use crate::domain::{AccountId, KeyAccountData};
use crate::i18n::common::C;
use crate::i18n::plan::{progress_text, status_text, PL};
use crate::i18n::{fill, tr, Lang};
use crate::state::analyses::today;
use crate::state::key_accounts::remove_with_undo;
use crate::state::{use_app, AppState};
use crate::ui::widgets::{
    indexed_choice, indexed_options, parse_field, EmptyNote, NumberField, RemoveButton,
    TitledSection,
};

use super::{edit_plan, progress_class};
use crate::ui::key_account::rows::{row_field, row_position};

fn actions_of(d: &mut KeyAccountData) -> &mut Vec<Action> {
    &mut d.plan.actions
}

/// The action plan: one row per action, every field editable, its progress flagged.
#[component]
pub(super) fn Actions(id: AccountId, plan: Memo<Plan>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let ids = Memo::new(move |_| plan.with(|p| p.actions.iter().map(|a| a.id).collect::<Vec<_>>()));
    let empty = Memo::new(move |_| ids.with(Vec::is_empty));
    let currency = crate::ui::format::use_currency();
    // Names of the selling center, offered for "owner".
    let team = Memo::new(move |_| {
        app.store
            .settings
            .with(crate::domain::stakeholders::selling_center)
    });
    let rows = move || {
        if empty.get() {
            return view! { <EmptyNote text=PL::NoActions/> }.into_any();
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
                        <For each=move || ids.get() key=|a| *a children=move |a| {
                            view! { <ActionRow id=id action=a at=row_position(ids, a) plan=plan/> }
                        }/>
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <TitledSection id="actions-title" title=PL::Actions class="actions-plan">
            <datalist id="team-names">
                {move || team.get().into_iter().map(|m| view! { <option value=m.name></option> }).collect_view()}
            </datalist>
            {rows}
            <AddAction id=id plan=plan/>
        </TitledSection>
    }
}

/// Changes the action with id `a` (found when the change is made).
fn edit_action(app: AppState, id: AccountId, a: u32, f: impl FnOnce(&mut Action)) {
    edit_plan(app, id, |p| {
        if let Some(action) = p.actions.iter_mut().find(|x| x.id == a) {
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
fn ActionRow(
    id: AccountId,
    /// The action's id.
    action: u32,
    /// Its position in the list.
    at: Memo<usize>,
    plan: Memo<Plan>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let day = today();
    let a = action;
    let action = Memo::new(move |_| plan.with(|p| p.actions.iter().find(|x| x.id == a).cloned()));
    let field = move |what: &'static str| row_field("action", at, what);
    let name = move |key: PL| {
        move || {
            let l = lang.get();
            fill(
                l.t(PL::ActionOf),
                &[("field", l.t(key)), ("n", &(at.get() + 1).to_string())],
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
        let Some(i) = plan.with_untracked(|p| p.actions.iter().position(|x| x.id == a)) else {
            return;
        };
        remove_with_undo(app, id, i, actions_of, |gone: &Action| {
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
                    if let Some(s) = indexed_choice(&ActionStatus::ALL, &ev) {
                        edit_action(app, id, a, |x| x.status = s);
                    }
                }>
                {move || indexed_options(lang.get(), &ActionStatus::ALL, action.with(|x| x.as_ref().map(|x| x.status)), status_text)}
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
                cell: None,
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
