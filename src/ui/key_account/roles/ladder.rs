//! One ladder's editor: the rungs with the current one and the target, the dated
//! history (remove with undo), the form to add a step, and the target.

use leptos::prelude::*;

use super::Ladder;
use crate::domain::day::Day;
use crate::domain::key_account::KeyAccountData;
use crate::domain::roles::{Change, History, Step, Target};
use crate::domain::AccountId;
use crate::i18n::key_accounts::{day_text, duration_text, KA};
use crate::i18n::key_accounts::{overdue_text, target_text};
use crate::i18n::{fill, tr, Lang};
use crate::state::key_accounts::update_key_account as update;
use crate::state::use_app;
use crate::ui::widgets::{Column, EmptyNote, RemoveButton, SelectField, TableHead};

/// One ladder: the rungs with the current one and the target, the history table, the
/// form to add a step, and the target.
pub(super) fn ladder_editor<T: Ladder>(
    id: AccountId,
    data: Memo<KeyAccountData>,
    day: Day,
) -> impl IntoView {
    let lang = use_app().lang;
    let (title, prefix) = (T::TITLE, T::PREFIX);
    let history = Memo::new(move |_| data.with(|d| T::history(d).clone()));
    let overdue = move || {
        let l = lang.get();
        let h = history.get();
        overdue_text(l, &h, day, T::name, KA::TargetOverdue)
            .map(|text| view! { <p class="banner banner-warn" role="alert">{text}</p> })
    };
    let (title_id, labelled_by) = (format!("{prefix}-title"), format!("{prefix}-title"));
    view! {
        <section class="ladder-editor" aria-labelledby=labelled_by>
            <h2 id=title_id>{tr(lang, title)}</h2>
            {overdue}
            <ol class="ladder" aria-label=move || lang.get().t(title)>{move || rungs::<T>(lang.get(), &history.get(), day)}</ol>
            {move || step_table::<T>(id, lang.get(), &history.get(), day)}
            {add_step::<T>(id, day)}
            {target_fields::<T>(id, history, day)}
        </section>
    }
}

/// The rungs, top first, each marked current, target and since when.
fn rungs<T: Ladder>(l: Lang, h: &History<T>, day: Day) -> impl IntoView {
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
}

/// The dated steps, newest first, each with how long it held and its remove button.
fn step_table<T: Ladder>(id: AccountId, l: Lang, h: &History<T>, day: Day) -> AnyView {
    let app = use_app();
    let lang = app.lang;
    let spans = h.spans(day);
    if spans.is_empty() {
        return view! { <EmptyNote text=KA::NoSteps/> }.into_any();
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
    let columns = vec![
        Column::text(KA::ColDate),
        Column::text(KA::ColStep),
        Column::text(KA::ColChange),
        Column::text(KA::ColNote),
        Column::text(KA::ColHeld),
        Column::hidden(KA::ColRemove),
    ];
    view! {
        <div class="table-wrap">
            <table class="data-table history">
                <caption class="visually-hidden">{fill(l.t(KA::HistoryOf), &[("ladder", l.t(T::TITLE))])}</caption>
                <TableHead columns=columns/>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The ladder's rungs as the (value, text) choices of a select: value is the position.
fn rung_choices<T: Ladder>(l: Lang) -> Vec<(String, String)> {
    T::ALL
        .iter()
        .enumerate()
        .map(|(i, r)| (i.to_string(), l.t(r.name()).to_string()))
        .collect()
}

/// The form to add a step: its date, rung and note.
fn add_step<T: Ladder>(id: AccountId, day: Day) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let prefix = T::PREFIX;
    let ids = move |what: &str| format!("{prefix}-{what}");
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
    let choices = Signal::derive(move || rung_choices::<T>(lang.get()));
    let chosen = Signal::derive(move || value.get().to_string());
    let choose = Callback::new(move |v: String| value.set(v.parse().unwrap_or(0)));
    view! {
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
                <SelectField id=ids("value") label=KA::StepValue options=choices value=chosen on_change=choose/>
                <div class="field">
                    <label for=ids("note")>{tr(lang, KA::StepNote)}</label>
                    <input id=ids("note") type="text" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="primary">{tr(lang, KA::AddStepButton)}</button>
            </fieldset>
        </form>
    }
}

/// The target: a rung and a date, or none.
fn target_fields<T: Ladder>(id: AccountId, history: Memo<History<T>>, day: Day) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let prefix = T::PREFIX;
    let ids = move |what: &str| format!("{prefix}-{what}");
    let target_value = move || history.with(|h| h.target.as_ref().map(|t| t.value.position()));
    let set_target = move |rung: Option<usize>, on: Option<Day>| {
        update(app, id, |d| {
            let h = T::history_mut(d);
            // The target's unknown fields stay with it when it is changed.
            let old = h.target.take();
            let date = old.as_ref().map(|t| t.date);
            let extra = old.map(|t| t.extra).unwrap_or_default();
            h.target = rung.map(|r| Target {
                extra,
                value: T::ALL[r.min(T::ALL.len() - 1)],
                date: on.or(date).unwrap_or(day),
            });
        })
    };
    let choices = Signal::derive(move || {
        let l = lang.get();
        let mut all = vec![(String::new(), l.t(KA::NoTarget).to_string())];
        all.extend(rung_choices::<T>(l));
        all
    });
    let chosen = Signal::derive(move || target_value().map(|i| i.to_string()).unwrap_or_default());
    let choose = Callback::new(move |v: String| set_target(v.parse().ok(), None));
    view! {
        <fieldset class="target">
            <legend>{tr(lang, KA::TargetTitle)}</legend>
            <p>{move || history.with(|h| target_text(lang.get(), h, T::name))}</p>
            <SelectField id=ids("target") label=KA::TargetValue options=choices value=chosen on_change=choose/>
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
    }
}
