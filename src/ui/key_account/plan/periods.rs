//! The periods of the account plan: start the next period, the closed versions, and
//! two of them (or one and the current plan) compared.

use leptos::prelude::*;

use crate::domain::plan::{compare, Action, Change, Goal, Plan, PlanComparison, PlanVersion};
use crate::domain::AccountId;
use crate::i18n::key_accounts::day_text;
use crate::i18n::plan::{status_text, PL};
use crate::i18n::{fill, tr, Lang};
use crate::state::analyses::today;
use crate::state::key_accounts::{key_account_data, update_key_account};
use crate::state::use_app;
use crate::ui::widgets::{Column, ConfirmDialog, DataTable, EmptyNote, TitledSection};

use super::swot::SWOT_NAMES;

/// Plan periods: start the next one, the earlier versions, and two of them compared.
#[component]
pub(super) fn PlanPeriods(id: AccountId, plan: Memo<Plan>) -> impl IntoView {
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
    view! {
        <TitledSection id="periods-title" title=PL::Periods class="plan-periods">
            <p class="muted">{tr(lang, PL::PeriodsIntro)}</p>
            <button type="button" on:click=move |_| asking.set(true)>{tr(lang, PL::StartNext)}</button>
            <ConfirmDialog open=asking text=Signal::derive(move || lang.get().t(PL::StartNextConfirm).to_string())
                confirm_label=Signal::derive(move || lang.get().t(PL::StartNext).to_string()) on_confirm=start/>
            <VersionList versions=versions/>
            <h3>{tr(lang, PL::Compare)}</h3>
            <Show when=move || versions.with(|v| !v.is_empty())>
                <div class="field-row">
                    <VersionSelect select_id="compare-earlier" label={PL::Earlier} chosen=earlier
                        fallback=|n| n.saturating_sub(1) versions=versions/>
                    <VersionSelect select_id="compare-later" label={PL::Later} chosen=later
                        fallback=|n| n versions=versions/>
                </div>
            </Show>
            <Comparison versions=versions plan=plan earlier=earlier later=later/>
        </TitledSection>
    }
}

/// The chosen one of the versions and the current plan (index `n`: the current plan),
/// or `fallback` while none is chosen.
fn pick(
    versions: Memo<Vec<PlanVersion>>,
    chosen: RwSignal<Option<usize>>,
    fallback: usize,
) -> usize {
    let n = versions.with(Vec::len);
    chosen.get().filter(|&i| i <= n).unwrap_or(fallback.min(n))
}

/// The plan of version `i`, or the current plan.
fn plan_at(versions: Memo<Vec<PlanVersion>>, plan: Memo<Plan>, i: usize) -> Plan {
    versions
        .with(|v| v.get(i).map(|v| v.plan.clone()))
        .unwrap_or_else(|| plan.get())
}

/// The name of version `i` (the day it was closed), or of the current plan.
fn option_name(versions: Memo<Vec<PlanVersion>>, l: Lang, i: usize) -> String {
    versions.with(|v| match v.get(i) {
        Some(v) => fill(l.t(PL::VersionOf), &[("date", &day_text(l, v.closed))]),
        None => l.t(PL::Current).to_string(),
    })
}

/// The closed versions, newest first, with their numbers of goals and actions.
#[component]
fn VersionList(versions: Memo<Vec<PlanVersion>>) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        let v = versions.get();
        if v.is_empty() {
            return ().into_any();
        }
        let columns = vec![
            Column::text(PL::Closed),
            Column::number(PL::Goals),
            Column::number(PL::ActionsCount),
        ];
        let rows = v
            .iter()
            .rev()
            .map(|v| {
                view! {
                    <tr>
                        <th scope="row">{day_text(l, v.closed)}</th>
                        <td class="num">{v.plan.goals.len()}</td>
                        <td class="num">{v.plan.actions.len()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <DataTable class="versions" caption=l.t(PL::Versions) focusable=true columns=columns rows=rows/>
        }
        .into_any()
    }
}

/// The choice of one side of the comparison: a version or the current plan.
#[component]
fn VersionSelect(
    select_id: &'static str,
    label: PL,
    chosen: RwSignal<Option<usize>>,
    /// The choice while none is made, from the number of versions.
    fallback: fn(usize) -> usize,
    versions: Memo<Vec<PlanVersion>>,
) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <div class="field">
            <label for=select_id>{tr(lang, label)}</label>
            <select id=select_id on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                {move || {
                    let l = lang.get();
                    let n = versions.with(Vec::len);
                    let now = pick(versions, chosen, fallback(n));
                    (0..=n).map(|i| view! {
                        <option value=i.to_string() selected=now == i>{option_name(versions, l, i)}</option>
                    }).collect_view()
                }}
            </select>
        </div>
    }
}

/// The two chosen plans compared: what was added, removed or changed.
#[component]
fn Comparison(
    versions: Memo<Vec<PlanVersion>>,
    plan: Memo<Plan>,
    earlier: RwSignal<Option<usize>>,
    later: RwSignal<Option<usize>>,
) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        let n = versions.with(Vec::len);
        if n == 0 {
            return view! { <EmptyNote text=PL::NoVersions/> }.into_any();
        }
        let (a, b) = (pick(versions, earlier, n - 1), pick(versions, later, n));
        let diff = compare(&plan_at(versions, plan, a), &plan_at(versions, plan, b));
        if diff.is_empty() {
            return view! { <p>{l.t(PL::NoChanges)}</p> }.into_any();
        }
        let rows = compare_rows(l, &diff);
        view! {
            {diff.status_quo_changed.then(|| view! { <p>{l.t(PL::StatusQuoChanged)}</p> })}
            <div class="table-wrap" tabindex="0">
                <table class="data-table compare">
                    <thead><tr>
                        <th scope="col"><span class="visually-hidden">{l.t(PL::Section)}</span></th>
                        <th scope="col">{l.t(PL::Change)}</th>
                        <th scope="col">{option_name(versions, l, a)}</th>
                        <th scope="col">{option_name(versions, l, b)}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|r| view! {
                            <tr><th scope="row">{r.what}</th><td>{r.change}</td><td>{r.before}</td><td>{r.after}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    }
}

/// One row of the comparison: what changed (goal, action, a SWOT list), how, and the
/// entry before and after.
struct CompareRow {
    what: String,
    change: String,
    before: String,
    after: String,
}

impl CompareRow {
    fn new(what: &str, change: &str, before: String, after: String) -> CompareRow {
        CompareRow {
            what: what.to_string(),
            change: change.to_string(),
            before,
            after,
        }
    }
}

/// The rows of a comparison: the goals, then the actions, then the SWOT entries.
fn compare_rows(l: Lang, diff: &PlanComparison) -> Vec<CompareRow> {
    let goal_text = |g: &Goal| match &g.measure {
        Some(m) => format!("{} ({}: {})", g.text, m.kpi, l.number_as_typed(m.target, 2)),
        None => g.text.clone(),
    };
    let action_text = |x: &Action| {
        let due = x.due.map(|d| day_text(l, d)).unwrap_or_default();
        format!("{} – {} – {}", x.text, due, l.t(status_text(x.status)))
    };
    let mut rows: Vec<CompareRow> = Vec::new();
    for c in &diff.goals {
        rows.push(change_row(l, l.t(PL::Goal), c, goal_text));
    }
    for c in &diff.actions {
        rows.push(change_row(l, l.t(PL::Action), c, action_text));
    }
    for (q, entry, added) in &diff.swot {
        let what = l.t(SWOT_NAMES[*q]);
        rows.push(if *added {
            CompareRow::new(what, l.t(PL::Added), String::new(), entry.clone())
        } else {
            CompareRow::new(what, l.t(PL::Removed), entry.clone(), String::new())
        });
    }
    rows
}

/// The row of one added, removed or changed goal or action.
fn change_row<T>(l: Lang, what: &str, c: &Change<T>, text: impl Fn(&T) -> String) -> CompareRow {
    match c {
        Change::Added(x) => CompareRow::new(what, l.t(PL::Added), String::new(), text(x)),
        Change::Removed(x) => CompareRow::new(what, l.t(PL::Removed), text(x), String::new()),
        Change::Changed { before, after } => {
            CompareRow::new(what, l.t(PL::Changed), text(before), text(after))
        }
    }
}
