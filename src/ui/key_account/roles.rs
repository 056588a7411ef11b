//! A key account's supplier-role ladder and selling dimension: each a ladder view, the
//! dated history (add, remove with undo), the target with its warning, and a timeline
//! chart of both.

use leptos::prelude::*;

use crate::charts::roles::{timeline_option, TimelineTexts};
use crate::charts::{Chart, ChartTable};
use crate::domain::day::Day;
use crate::domain::key_account::KeyAccountData;
use crate::domain::roles::{Change, History, Rung, Step, Target};
use crate::domain::{AccountId, SellingStage, SupplierRole};
use crate::i18n::key_accounts::{
    day_text, duration_text, overdue_text, role_text, selling_text, target_text, KA,
};
use crate::i18n::tr;
use crate::i18n::{fill, Lang};
use crate::state::analyses::today;
use crate::state::key_accounts::{account_name, is_key, key_account_data};
use crate::state::route::AccountSection;
use crate::state::use_app;
use crate::ui::key_account::{KeyAccountTabs, NotKeyAccount};
use crate::ui::widgets::RemoveButton;

/// The two ladders, as one type for the editor: a rung's position and its name, the
/// ladder's title, the prefix of its element ids, and where its history is kept.
trait Ladder: Rung + Send + Sync {
    const TITLE: KA;
    const PREFIX: &'static str;
    fn name(self) -> KA;
    fn history(data: &KeyAccountData) -> &History<Self>;
    fn history_mut(data: &mut KeyAccountData) -> &mut History<Self>;
}

impl Ladder for SupplierRole {
    const TITLE: KA = KA::LadderRoles;
    const PREFIX: &'static str = "role";
    fn name(self) -> KA {
        role_text(self)
    }
    fn history(data: &KeyAccountData) -> &History<Self> {
        &data.roles
    }
    fn history_mut(data: &mut KeyAccountData) -> &mut History<Self> {
        &mut data.roles
    }
}

impl Ladder for SellingStage {
    const TITLE: KA = KA::LadderSelling;
    const PREFIX: &'static str = "selling";
    fn name(self) -> KA {
        selling_text(self)
    }
    fn history(data: &KeyAccountData) -> &History<Self> {
        &data.selling
    }
    fn history_mut(data: &mut KeyAccountData) -> &mut History<Self> {
        &mut data.selling
    }
}

use crate::state::key_accounts::update_key_account as update;
use crate::ui::lazy::lazy_page;

lazy_page!(account_roles, roles_page, preload_roles, (id: u64) => {
    view! { <RolesPage id=id/> }.into_any()
});

#[component]
pub fn RolesPage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let day = today();
    let data = key_account_data(app, id);
    let option = Signal::derive(move || {
        let l = lang.get();
        let names = |all: &[KA]| all.iter().map(|k| l.t(*k).to_string()).collect::<Vec<_>>();
        let texts = TimelineTexts {
            roles: l.t(KA::LadderRoles).to_string(),
            selling: l.t(KA::LadderSelling).to_string(),
            role_names: names(
                &SupplierRole::ALL
                    .iter()
                    .map(|r| role_text(*r))
                    .collect::<Vec<_>>(),
            ),
            selling_names: names(
                &SellingStage::ALL
                    .iter()
                    .map(|s| selling_text(*s))
                    .collect::<Vec<_>>(),
            ),
        };
        data.with(|d| timeline_option(&d.roles, &d.selling, &texts, day))
    });
    let table = Signal::derive(move || {
        let l = lang.get();
        let mut rows: Vec<(Day, String, String, String)> = data.with(|d| {
            let roles = d.roles.steps.iter().map(|s| {
                (
                    s.date,
                    l.t(KA::LadderRoles).to_string(),
                    l.t(role_text(s.value)).to_string(),
                    s.note.clone(),
                )
            });
            let selling = d.selling.steps.iter().map(|s| {
                (
                    s.date,
                    l.t(KA::LadderSelling).to_string(),
                    l.t(selling_text(s.value)).to_string(),
                    s.note.clone(),
                )
            });
            roles.chain(selling).collect()
        });
        rows.sort_by_key(|r| r.0);
        ChartTable {
            columns: vec![
                l.t(KA::ColDate).into(),
                l.t(KA::ColChange).into(),
                l.t(KA::ColStep).into(),
                l.t(KA::ColNote).into(),
            ],
            numeric: vec![false; 4],
            rows: rows
                .into_iter()
                .map(|(d, which, step, note)| vec![day_text(l, d), which, step, note])
                .collect(),
        }
    });
    view! {
        {move || match (account_name(app, id), is_key(app, id)) {
            (Some(name), true) => {
                let label_name = name.clone();
                view! {
                    <section class="page">
                        <KeyAccountTabs id=id current=Some(AccountSection::Roles)/>
                        <h1>{name.clone()}" – "{tr(lang, KA::RolesSection)}</h1>
                        <div class="ladders">
                            {ladder_editor::<SupplierRole>(id, data, day)}
                            {ladder_editor::<SellingStage>(id, data, day)}
                        </div>
                        <Chart
                            option=option
                            label=Signal::derive(move || fill(lang.get().t(KA::TimelineChart), &[("name", &label_name)]))
                            table=table
                            height="360px"
                        />
                    </section>
                }.into_any()
            }
            _ => view! { <NotKeyAccount id=id/> }.into_any(),
        }}
    }
}

/// One ladder: the rungs with the current one and the target, the history table, the
/// form to add a step, and the target.
fn ladder_editor<T: Ladder>(id: AccountId, data: Memo<KeyAccountData>, day: Day) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let (title, prefix) = (T::TITLE, T::PREFIX);
    let history = Memo::new(move |_| data.with(|d| T::history(d).clone()));
    let ladder = move || {
        let l = lang.get();
        let h = history.get();
        let current = h.at(day);
        let target = h.target.as_ref().map(|t| t.value);
        // The date each rung was last reached (on or before today).
        let since = |r: T| {
            h.order()
                .into_iter()
                .map(|i| &h.steps[i])
                .rfind(|s| s.date <= day && s.value == r)
                .map(|s| s.date)
        };
        T::ALL
            .iter()
            .rev()
            .map(|&r| {
                let mut marks = Vec::new();
                if current == Some(r) {
                    marks.push(l.t(KA::RungCurrent).to_string());
                }
                if target == Some(r) {
                    marks.push(l.t(KA::RungTarget).to_string());
                }
                if let Some(d) = since(r).filter(|_| current == Some(r)) {
                    marks.push(fill(l.t(KA::RungSince), &[("date", &day_text(l, d))]));
                }
                view! {
                    <li class:current=current == Some(r) class:target=target == Some(r)
                        aria-current=(current == Some(r)).then_some("step")>
                        <span class="rung">{l.t(r.name())}</span>
                        {(!marks.is_empty()).then(|| view! { <span class="marks">{format!(" ({})", marks.join(", "))}</span> })}
                    </li>
                }
            })
            .collect_view()
    };
    let overdue = move || {
        let l = lang.get();
        let h = history.get();
        overdue_text(l, &h, day, T::name, KA::TargetOverdue)
            .map(|text| view! { <p class="banner banner-warn" role="alert">{text}</p> })
    };
    let rows = move || {
        let l: Lang = lang.get();
        let h = history.get();
        let spans = h.spans(day);
        if spans.is_empty() {
            return view! { <p class="muted">{l.t(KA::NoSteps)}</p> }.into_any();
        }
        let body = spans
            .into_iter()
            .rev()
            .map(|s| {
                let change = match s.change {
                    Change::First => KA::ChangeFirst,
                    Change::Up => KA::ChangeUp,
                    Change::Down => KA::ChangeDown,
                    Change::Same => KA::ChangeSame,
                };
                let held = match (s.days, s.current) {
                    (None, _) => l.t(KA::Planned).to_string(),
                    (Some(d), true) => fill(l.t(KA::SoFar), &[("time", &duration_text(l, d))]),
                    (Some(d), false) => duration_text(l, d),
                };
                let date = day_text(l, s.date);
                let note = h.steps[s.index].note.clone();
                let index = s.index;
                let removed = h.steps[s.index].clone();
                let remove_label = fill(l.t(KA::RemoveStep), &[("date", &date)]);
                let remove = move || {
                    update(app, id, |d| {
                        let steps = &mut T::history_mut(d).steps;
                        if index < steps.len() {
                            steps.remove(index);
                        }
                    });
                    let back = removed.clone();
                    let text = fill(
                        lang.get_untracked().t(KA::StepRemoved),
                        &[("date", &day_text(lang.get_untracked(), back.date))],
                    );
                    app.toasts.notify_with_undo(text, move || {
                        let back = back.clone();
                        update(app, id, move |d| {
                            let steps = &mut T::history_mut(d).steps;
                            steps.insert(index.min(steps.len()), back);
                        });
                    });
                };
                view! {
                    <tr class:down=s.change == Change::Down>
                        <td>{date}</td>
                        <th scope="row">{l.t(s.value.name())}</th>
                        <td>{l.t(change)}</td>
                        <td>{note}</td>
                        <td>{held}</td>
                        <td><RemoveButton label=remove_label on_remove=remove/></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="data-table history">
                    <caption class="visually-hidden">{fill(l.t(KA::HistoryOf), &[("ladder", l.t(title))])}</caption>
                    <thead><tr>
                        <th scope="col">{l.t(KA::ColDate)}</th>
                        <th scope="col">{l.t(KA::ColStep)}</th>
                        <th scope="col">{l.t(KA::ColChange)}</th>
                        <th scope="col">{l.t(KA::ColNote)}</th>
                        <th scope="col">{l.t(KA::ColHeld)}</th>
                        <th scope="col"><span class="visually-hidden">{l.t(KA::ColRemove)}</span></th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    // Adding a step.
    let date = RwSignal::new(day.iso());
    let value = RwSignal::new(0usize);
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(d) = Day::parse(&date.get_untracked()) else {
            error.set(true);
            return;
        };
        error.set(false);
        let step = Step {
            extra: Default::default(),
            date: d,
            value: T::ALL[value.get_untracked().min(T::ALL.len() - 1)],
            note: note.get_untracked().trim().to_string(),
        };
        update(app, id, |data| T::history_mut(data).steps.push(step));
        note.set(String::new());
        app.notify(lang.get_untracked().t(KA::StepAdded));
    };
    let options = move |selected: Option<usize>| {
        let l = lang.get();
        T::ALL
            .iter()
            .enumerate()
            .map(|(i, r)| view! { <option value=i.to_string() selected=selected == Some(i)>{l.t(r.name())}</option> })
            .collect_view()
    };
    // The target: a rung and a date, or none.
    let target_value = move || history.with(|h| h.target.as_ref().map(|t| t.value.position()));
    let set_target = move |rung: Option<usize>, on: Option<Day>| {
        update(app, id, |d| {
            let h = T::history_mut(d);
            // The target's unknown fields stay with it when it is changed.
            let old = h.target.take();
            let date = old.as_ref().map(|t| t.date);
            let extra = old.map(|t| t.extra).unwrap_or_default();
            h.target = match (rung, on.or(date)) {
                (Some(r), Some(date)) => Some(Target {
                    extra,
                    value: T::ALL[r.min(T::ALL.len() - 1)],
                    date,
                }),
                (Some(r), None) => Some(Target {
                    extra,
                    value: T::ALL[r.min(T::ALL.len() - 1)],
                    date: day,
                }),
                (None, _) => None,
            };
        })
    };
    let ids = move |what: &str| format!("{prefix}-{what}");
    view! {
        <section class="ladder-editor" aria-labelledby=ids("title")>
            <h2 id=ids("title")>{tr(lang, title)}</h2>
            {overdue}
            <ol class="ladder" aria-label=move || lang.get().t(title)>{ladder}</ol>
            {rows}
            <form class="add-step" on:submit=add>
                <fieldset>
                    <legend>{tr(lang, KA::AddStep)}</legend>
                    <div class="field">
                        <label for=ids("date")>{tr(lang, KA::StepDate)}</label>
                        <input id=ids("date") type="date" required prop:value=move || date.get()
                            aria-invalid=move || error.get().then_some("true")
                            aria-describedby=ids("date-error")
                            on:input=move |ev| date.set(event_target_value(&ev))/>
                        <p class="field-error" id=ids("date-error")>{move || error.get().then(|| lang.get().t(KA::DateMissing))}</p>
                    </div>
                    <div class="field">
                        <label for=ids("value")>{tr(lang, KA::StepValue)}</label>
                        <select id=ids("value") on:change=move |ev| value.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {move || options(Some(value.get()))}
                        </select>
                    </div>
                    <div class="field">
                        <label for=ids("note")>{tr(lang, KA::StepNote)}</label>
                        <input id=ids("note") type="text" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit" class="primary">{tr(lang, KA::AddStepButton)}</button>
                </fieldset>
            </form>
            <fieldset class="target">
                <legend>{tr(lang, KA::TargetTitle)}</legend>
                <p>{move || history.with(|h| target_text(lang.get(), h, T::name))}</p>
                <div class="field">
                    <label for=ids("target")>{tr(lang, KA::TargetValue)}</label>
                    <select id=ids("target") on:change=move |ev| {
                        let v = event_target_value(&ev);
                        set_target(v.parse().ok(), None);
                    }>
                        <option value="" selected=move || target_value().is_none()>{tr(lang, KA::NoTarget)}</option>
                        {move || options(target_value())}
                    </select>
                </div>
                <div class="field">
                    <label for=ids("target-date")>{tr(lang, KA::TargetDate)}</label>
                    <input id=ids("target-date") type="date"
                        prop:value=move || history.with(|h| h.target.as_ref().map(|t| t.date.iso()).unwrap_or_default())
                        disabled=move || target_value().is_none()
                        on:change=move |ev| {
                            if let Some(d) = Day::parse(&event_target_value(&ev)) {
                                set_target(target_value(), Some(d));
                            }
                        }/>
                </div>
            </fieldset>
        </section>
    }
}
