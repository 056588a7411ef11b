use leptos::prelude::*;

use crate::domain::number::{parse_number_with, DecimalSeparator, NumberError};
use crate::i18n::{accounts::A, fill};
use crate::state::use_app;

/// A labelled text input with an error message under it (`aria-describedby`).
#[component]
pub fn TextField(
    /// The input's id; the error's id is `<id>-error`. A signal: a row of a keyed list
    /// is named by its current position.
    #[prop(into)]
    id: Signal<String>,
    /// The visible label (also the accessible name).
    #[prop(into)]
    label: Signal<String>,
    /// The text; updated on every keystroke.
    value: RwSignal<String>,
    /// A message shown under the field; marks it invalid.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// `inputmode` hint, e.g. "decimal".
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// Called when the value is committed (Enter or leaving the field).
    #[prop(optional)]
    on_change: Option<Callback<String>>,
) -> impl IntoView {
    let err_id = Signal::derive(move || format!("{}-error", id.get()));
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            <input
                id=id
                type="text"
                inputmode=inputmode.unwrap_or("text")
                prop:value=value
                on:input=move |ev| value.set(event_target_value(&ev))
                on:change=move |ev| {
                    if let Some(cb) = on_change {
                        cb.run(event_target_value(&ev));
                    }
                }
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=err_id
            />
            <p class="field-error" id=err_id>{move || error.get()}</p>
        </div>
    }
}

/// [`crate::domain::number::parse_number`], converting the digits with the browser's
/// `parseFloat` (see `parse_number_with`).
pub fn parse_typed(text: &str, sep: DecimalSeparator) -> Result<f64, NumberError> {
    parse_number_with(text, sep, |plain| {
        Some(js_sys::parse_float(plain)).filter(|v| !v.is_nan())
    })
}

/// Parses a number typed in the UI language (`1.234,5` in German); empty is `None`.
/// The error names the text.
pub fn parse_field(lang: crate::i18n::Lang, text: &str) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_typed(text, lang.decimal_separator())
        .map(Some)
        .map_err(|_| fill(lang.t(A::NotANumberMsg), &[("text", text.trim())]))
}

/// A [`TextField`] for a number in the UI language's notation. It keeps the text the
/// user typed and commits a parsed number on change; a text that is not a number shows
/// the error and commits nothing.
#[component]
pub fn NumberField(
    #[prop(into)] id: Signal<String>,
    #[prop(into)] label: Signal<String>,
    /// The committed number (`None`: empty).
    value: Signal<Option<f64>>,
    /// Called with the parsed number when the user commits a valid text.
    on_commit: Callback<Option<f64>>,
) -> impl IntoView {
    let lang = use_app().lang;
    // Every decimal that was typed and stored: a field never shows a rounded value.
    let show = move |v: Option<f64>| {
        let l = lang.get_untracked();
        v.map(|v| l.number_exact(v)).unwrap_or_default()
    };
    let text = RwSignal::new(show(value.get_untracked()));
    let error = RwSignal::new(None::<String>);
    // Outside changes (and a language switch) rewrite the text.
    Effect::new(move |_| {
        lang.track();
        text.set(show(value.get()));
        error.set(None);
    });
    let commit =
        Callback::new(
            move |typed: String| match parse_field(lang.get_untracked(), &typed) {
                Ok(v) => {
                    error.set(None);
                    on_commit.run(v);
                }
                Err(m) => error.set(Some(m)),
            },
        );
    view! {
        <TextField id=id label=label value=text error=error inputmode="decimal" on_change=commit/>
    }
}
