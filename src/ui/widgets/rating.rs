use leptos::prelude::*;

use crate::domain::weights::rating_key;
use crate::i18n::{common::C, fill};
use crate::state::use_app;

/// A 0-10 rating as an ARIA slider: type a digit (1 then 0 makes 10), arrows step,
/// Home/End, Delete clears; Tab moves on. Unrated shows "–" and says "not rated".
#[component]
pub fn RatingInput(
    /// Accessible name, e.g. "Innovation: Alpentec GmbH".
    #[prop(into)]
    label: Signal<String>,
    /// The rating; `None` is unrated.
    value: Signal<Option<u8>>,
    /// Called with the new rating.
    on_change: Callback<Option<u8>>,
    /// Inside a grid the arrow keys move between cells (the grid handles them) and
    /// +/- step the value; `row`/`col` locate the cell.
    #[prop(optional)]
    grid: bool,
    #[prop(optional)] row: usize,
    #[prop(optional)] col: usize,
) -> impl IntoView {
    let lang = use_app().lang;
    let text = move || {
        let l = lang.get();
        match value.get() {
            Some(v) => fill(l.t(C::RatingOf), &[("value", &v.to_string())]),
            None => l.t(C::RatingUnrated).to_string(),
        }
    };
    view! {
        <span
            class="rating"
            class:unrated=move || value.get().is_none()
            role="slider"
            tabindex="0"
            data-row=grid.then(|| row.to_string())
            data-col=grid.then(|| col.to_string())
            aria-label=move || label.get()
            aria-valuemin="0"
            aria-valuemax="10"
            aria-valuenow=move || value.get().map(|v| v.to_string())
            aria-valuetext=text
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                    return;
                }
                let key = ev.key();
                if grid && key.starts_with("Arrow") {
                    return;
                }
                if let Some(next) = rating_key(value.get_untracked(), &key) {
                    ev.prevent_default();
                    on_change.run(next);
                }
            }
        >
            {move || value.get().map(|v| v.to_string()).unwrap_or_else(|| "–".into())}
        </span>
    }
}
