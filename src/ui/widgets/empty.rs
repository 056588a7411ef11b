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

/// Whether the workspace has accounts, for a page that gives way to [`EmptyWorkspace`]
/// without them. It follows the accounts one step behind, through an effect: when they
/// become empty (an Undo, the last one deleted), the page's own effects, woken by the
/// same change, run before the page is taken down, not after (they read values already
/// disposed then, and every later task failed).
pub fn has_accounts(app: crate::state::AppState) -> Signal<bool> {
    let has = RwSignal::new(app.store.accounts.with_untracked(|a| !a.is_empty()));
    Effect::new(move |_| has.set(!app.store.is_empty()));
    has.into()
}

/// What an empty workspace shows on the pages that need accounts: how to start.
#[component]
pub fn EmptyWorkspace() -> impl IntoView {
    use crate::i18n::{accounts::A, common::C, tr};
    use crate::state::{use_app, Route};
    let app = use_app();
    let lang = app.lang;
    view! {
        <EmptyState
            title=Signal::derive(move || lang.get().t(C::EmptyTitle).to_string())
            text=Signal::derive(move || lang.get().t(C::EmptyText).to_string())
        >
            <button class="primary" on:click=move |_| {
                app.load_sample();
                // The register shows the sample: its chunk comes beside the sample's.
                crate::ui::accounts::fetch_register();
            }>{tr(lang, C::LoadSample)}</button>
            <a class="button" href=Route::SheetImport.href()>{tr(lang, C::ImportSheet)}</a>
            <a class="button" href=Route::Data.href()>{tr(lang, C::ImportFile)}</a>
            <a class="button" href=Route::NewAccount.href()>{tr(lang, A::AddAccount)}</a>
            <a class="button" href=Route::Assessment(None).href()>{tr(lang, C::StartAssessment)}</a>
        </EmptyState>
    }
}
