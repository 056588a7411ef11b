use leptos::prelude::*;

/// A heading, a sentence and the actions that get the user started.
#[component]
pub fn EmptyState(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] text: Signal<String>,
    /// Buttons or links.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="empty-state">
            <h2>{move || title.get()}</h2>
            <p>{move || text.get()}</p>
            <div class="actions">{children()}</div>
        </div>
    }
}
