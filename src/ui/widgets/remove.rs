use leptos::prelude::*;

/// The small "×" button that removes one item of a list; `label` names what it removes
/// ("Remove goal “…”"), for screen readers and tests.
#[component]
pub fn RemoveButton<F>(
    #[prop(into)] label: Signal<String>,
    /// Called on click.
    on_remove: F,
) -> impl IntoView
where
    F: Fn() + 'static,
{
    view! {
        <button type="button" class="link danger" on:click=move |_| on_remove()>
            <span aria-hidden="true">"×"</span>
            <span class="visually-hidden">{move || label.get()}</span>
        </button>
    }
}
