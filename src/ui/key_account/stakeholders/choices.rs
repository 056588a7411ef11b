//! The fixed choices of a person (level, attitude, role, contact) as `<option>`s and
//! labelled `<select>`s, shared by the person editor and the form to add a person.

use leptos::prelude::*;

use crate::i18n::buying_center::BC;
use crate::i18n::tr;
use crate::i18n::Lang;

/// `<option>`s of one of the fixed choices.
pub(super) fn options<T: Copy + PartialEq + 'static>(
    l: Lang,
    all: &[T],
    now: Option<T>,
    text: fn(T) -> BC,
) -> impl IntoView {
    all.iter()
        .enumerate()
        .map(|(i, v)| {
            view! { <option value=i.to_string() selected=now == Some(*v)>{l.t(text(*v))}</option> }
        })
        .collect_view()
}

/// A labelled `<select>` over one of the fixed choices: `now` is the current choice,
/// `set` receives a new one.
pub(super) fn choice_field<T: Copy + PartialEq + Send + Sync + 'static>(
    lang: RwSignal<Lang>,
    id: String,
    label: BC,
    all: &'static [T],
    text: fn(T) -> BC,
    now: impl Fn() -> Option<T> + Send + Sync + 'static,
    set: impl Fn(T) + 'static,
) -> impl IntoView {
    let label_for = id.clone();
    view! {
        <div class="field">
            <label for=label_for>{tr(lang, label)}</label>
            <select id=id on:change=move |ev| { if let Some(v) = chosen(all, &ev) { set(v) } }>
                {move || options(lang.get(), all, now(), text)}
            </select>
        </div>
    }
}

pub(super) fn chosen<T: Copy>(all: &[T], ev: &leptos::ev::Event) -> Option<T> {
    event_target_value(ev)
        .parse::<usize>()
        .ok()
        .and_then(|i| all.get(i).copied())
}
