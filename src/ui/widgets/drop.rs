use leptos::prelude::*;

use crate::i18n::{tr, Label};
use crate::state::browser::{dropped_file, picked_file};
use crate::state::use_app;

/// A drop zone for one file with a "Choose file" button inside it.
#[component]
pub fn FileDrop(
    /// The button's text, a catalogue key.
    #[prop(into)]
    choose: Label,
    /// The sentence beside it ("or drop it here").
    #[prop(into)]
    hint: Label,
    /// The file input's `accept` list.
    accept: &'static str,
    /// Called with the chosen or dropped file.
    on_file: Callback<web_sys::File>,
) -> impl IntoView {
    let lang = use_app().lang;
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        dragging.set(false);
        if let Some(file) = dropped_file(&ev) {
            on_file.run(file);
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        if let Some(file) = picked_file(&ev) {
            on_file.run(file);
        }
    };
    view! {
        <div
            class="dropzone"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <label class="button">
                {tr(lang, choose)}
                <input class="visually-hidden" type="file" accept=accept on:change=on_pick/>
            </label>
            <span class="muted">{tr(lang, hint)}</span>
        </div>
    }
}
