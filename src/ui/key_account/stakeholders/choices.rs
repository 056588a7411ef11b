//! The fixed choices of a person (level, attitude, role, contact, influence) as
//! labelled `<select>`s, shared by the person editor and the form to add a person.

use leptos::prelude::*;

use crate::i18n::buying_center::BC;
use crate::i18n::tr;
use crate::i18n::Lang;
use crate::ui::widgets::{indexed_choice, indexed_options};

/// A labelled `<select>` over one of the fixed choices: `now` is the current choice,
/// `set` receives a new one.
pub(super) fn choice_field<T: Copy + PartialEq + Send + Sync + 'static>(
    lang: RwSignal<Lang>,
    id: Signal<String>,
    label: BC,
    all: &'static [T],
    text: fn(T) -> BC,
    now: impl Fn() -> Option<T> + Send + Sync + 'static,
    set: impl Fn(T) + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{tr(lang, label)}</label>
            <select id=id on:change=move |ev| { if let Some(v) = indexed_choice(all, &ev) { set(v) } }>
                {move || indexed_options(lang.get(), all, now(), text)}
            </select>
        </div>
    }
}

/// A labelled `<select>` of a person's influence, 1 to 5.
pub(super) fn influence_field(
    lang: RwSignal<Lang>,
    id: Signal<String>,
    now: impl Fn() -> Option<u8> + Send + Sync + 'static,
    set: impl Fn(u8) + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{tr(lang, BC::Influence)}</label>
            <select id=id on:change=move |ev| { if let Ok(v) = event_target_value(&ev).parse::<u8>() { set(v.clamp(1, 5)) } }>
                {move || { let now = now(); (1..=5u8).map(|v| view! { <option value=v.to_string() selected=now == Some(v)>{v}</option> }).collect_view() }}
            </select>
        </div>
    }
}
