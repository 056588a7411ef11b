//! Labelled inputs that commit on change: a choice, a longer text, a date.

use leptos::prelude::*;

use crate::domain::day::Day;
use crate::i18n::{tr, Label, Lang, Text};
use crate::state::use_app;

/// A labelled `<select>`. `options` are (value, text) pairs; `value` is the chosen one.
#[component]
pub fn SelectField(
    #[prop(into)] id: Signal<String>,
    #[prop(into)] label: Label,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <div class="field">
            <label for=id>{tr(lang, label)}</label>
            <select id=id on:change=move |ev| on_change.run(event_target_value(&ev))>
                {move || {
                    let now = value.get();
                    options.get().into_iter().map(|(v, text)| {
                        let selected = v == now;
                        view! { <option value=v selected=selected>{text}</option> }
                    }).collect_view()
                }}
            </select>
        </div>
    }
}

/// A labelled `<textarea>`; commits the trimmed text when the user leaves it.
#[component]
pub fn TextAreaField(
    #[prop(into)] id: Signal<String>,
    #[prop(into)] label: Label,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    /// Visible lines (default 2).
    #[prop(optional)]
    rows: Option<u32>,
) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <div class="field">
            <label for=id>{tr(lang, label)}</label>
            <textarea id=id rows=rows.unwrap_or(2) prop:value=value
                on:change=move |ev| on_change.run(event_target_value(&ev).trim().to_string())
            ></textarea>
        </div>
    }
}

/// A labelled date input; commits the day, or `None` when cleared.
#[component]
pub fn DateField(
    #[prop(into)] id: Signal<String>,
    #[prop(into)] label: Label,
    #[prop(into)] value: Signal<Option<Day>>,
    on_change: Callback<Option<Day>>,
) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <div class="field">
            <label for=id>{tr(lang, label)}</label>
            <input id=id type="date"
                prop:value=move || value.get().map(|d| d.iso()).unwrap_or_default()
                on:change=move |ev| on_change.run(Day::parse(&event_target_value(&ev)))/>
        </div>
    }
}

/// The `<option>`s of a choice among `all`, each valued by its position and named by
/// `text`; `now` is selected.
pub fn indexed_options<T: Copy + PartialEq, K: Text>(
    l: Lang,
    all: &[T],
    now: Option<T>,
    text: fn(T) -> K,
) -> impl IntoView {
    all.iter()
        .enumerate()
        .map(|(i, v)| {
            view! { <option value=i.to_string() selected=now == Some(*v)>{l.t(text(*v))}</option> }
        })
        .collect_view()
}

/// The choice at the position an `<option>` of [`indexed_options`] holds.
pub fn indexed_choice<T: Copy>(all: &[T], ev: &leptos::ev::Event) -> Option<T> {
    event_target_value(ev)
        .parse::<usize>()
        .ok()
        .and_then(|i| all.get(i).copied())
}

/// The trimmed text of a required field, or `None` with `missing` shown as the field's
/// error (which is cleared when there is a text).
pub fn required_text(
    lang: Lang,
    value: RwSignal<String>,
    error: RwSignal<Option<String>>,
    missing: impl Into<Label>,
) -> Option<String> {
    let text = value.get_untracked().trim().to_string();
    if text.is_empty() {
        error.set(Some(lang.t(missing.into()).to_string()));
        return None;
    }
    error.set(None);
    Some(text)
}
