use leptos::prelude::*;

use crate::i18n::tr;
use crate::state::use_app;

/// A modal question before something destructive. Shown while `open` is true; the
/// confirm button has the focus, Escape or Cancel closes it without acting.
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
    Effect::new(move |_| {
        if open.get() {
            if let Some(b) = button.get() {
                let _ = b.focus();
            }
        }
    });
    let label = move || confirm_label.get();
    view! {
        <Show when=move || open.get()>
            <div class="dialog-backdrop">
                <div
                    class="dialog"
                    role="alertdialog"
                    aria-modal="true"
                    aria-labelledby="confirm-text"
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            open.set(false);
                        }
                    }
                >
                    <p id="confirm-text">{move || text.get()}</p>
                    <div class="actions">
                        <button class="danger" node_ref=button on:click=move |_| {
                            open.set(false);
                            on_confirm.run(());
                        }>{label}</button>
                        <button on:click=move |_| open.set(false)>{tr(lang, crate::i18n::common::C::Cancel)}</button>
                    </div>
                </div>
            </div>
        </Show>
    }
}
