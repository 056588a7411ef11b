use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::tr;
use crate::state::browser::focused;
use crate::state::use_app;

/// A modal question before something destructive. Shown while `open` is true; the
/// confirm button has the focus, Tab and Shift+Tab stay between its two buttons, and
/// Escape or Cancel closes it without acting and gives the focus back to where it was
/// (the button that asked). A click on the dimmed page keeps the focus in it.
#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    /// The question.
    #[prop(into)]
    text: Signal<String>,
    /// The confirm button's text: the action itself ("Clear workspace"), never a bare
    /// "Confirm", so the user knows what the button does without rereading the question.
    #[prop(into)]
    confirm_label: Signal<String>,
    /// Called when the user confirms.
    on_confirm: Callback<()>,
) -> impl IntoView {
    let lang = use_app().lang;
    let button = NodeRef::<leptos::html::Button>::new();
    let cancel = NodeRef::<leptos::html::Button>::new();
    // The element that had the focus when the question opened (wasm is single-threaded).
    let before = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |_| {
        if open.get() {
            let active = focused().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            before.set_value(active);
            if let Some(b) = button.get() {
                let _ = b.focus();
            }
        }
    });
    // Closed without acting: the focus goes back. (After confirming, the caller decides:
    // the asking row may be gone.)
    let dismiss = move || {
        open.set(false);
        if let Some(e) = before.get_value() {
            let _ = e.focus();
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Escape" => dismiss(),
        "Tab" => {
            let (first, last) = (button.get(), cancel.get());
            let active = focused();
            let at = |b: &Option<web_sys::HtmlButtonElement>| matches!((b, &active), (Some(b), Some(a)) if a == b.unchecked_ref::<web_sys::Element>());
            let to = if ev.shift_key() && at(&first) {
                last
            } else if !ev.shift_key() && at(&last) {
                first
            } else {
                None
            };
            if let Some(to) = to {
                ev.prevent_default();
                let _ = to.focus();
            }
        }
        _ => {}
    };
    let label = move || confirm_label.get();
    view! {
        <Show when=move || open.get()>
            <div class="dialog-backdrop" on:mousedown=|ev| ev.prevent_default()>
                <div
                    class="dialog"
                    role="alertdialog"
                    aria-modal="true"
                    aria-labelledby="confirm-text"
                    on:keydown=on_keydown
                >
                    <p id="confirm-text">{move || text.get()}</p>
                    <div class="actions">
                        <button class="danger" node_ref=button on:click=move |_| {
                            open.set(false);
                            on_confirm.run(());
                        }>{label}</button>
                        <button node_ref=cancel on:click=move |_| dismiss()>{tr(lang, crate::i18n::common::C::Cancel)}</button>
                    </div>
                </div>
            </div>
        </Show>
    }
}
