//! The workspace itself: its name and currency, restoring the backup, and starting over
//! (the sample or an empty workspace, after a confirmation).

use leptos::prelude::*;

use crate::i18n::tr;
use crate::i18n::{common::C, data::D, fill};
use crate::state::AppState;
use crate::ui::widgets::{ConfirmDialog, TextField};

/// What the confirmation dialog replaces the workspace with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Replace {
    Sample,
    Clear,
}

/// The workspace's name and currency.
#[component]
pub fn WorkspaceFields(app: AppState) -> impl IntoView {
    let lang = app.lang;
    let td = move |k: D| lang.get().t(k);
    let name = RwSignal::new(app.store.settings.with_untracked(|s| s.name.clone()));
    // A name loaded from a file or another tab shows up here.
    Effect::new(move |_| {
        let stored = app.store.settings.with(|s| s.name.clone());
        if name.get_untracked().trim() != stored {
            name.set(stored);
        }
    });
    view! {
        <TextField
            id="ws-name"
            label=Signal::derive(move || td(D::WorkspaceName).to_string())
            value=name
            on_change=Callback::new(move |text: String| {
                app.store.settings.update(|s| s.name = text.trim().to_string());
            })
        />
        <crate::ui::data::currency::CurrencyField/>
    }
}

/// The backup kept before the workspace was last replaced, and its restore button.
#[component]
pub fn BackupSection(app: AppState) -> impl IntoView {
    let lang = app.lang;
    let td = move |k: D| lang.get().t(k);
    view! {
        <h2>{tr(lang, D::BackupTitle)}</h2>
        {move || match app.backup.with(|b| b.as_ref().map(|w| w.accounts.len())) {
            Some(n) => view! {
                <p>{fill(td(D::BackupText), &[("accounts", &lang.get().count(n))])}</p>
                <button on:click=move |_| {
                    app.unlink_file();
                    app.restore_backup();
                    app.notify(td(D::Restored));
                }>{td(D::RestoreBackup)}</button>
            }.into_any(),
            None => view! { <p class="muted">{td(D::NoBackup)}</p> }.into_any(),
        }}
    }
}

/// Starting over: the sample or an empty workspace, confirmed when accounts are lost.
#[component]
pub fn ClearSection(app: AppState) -> impl IntoView {
    let lang = app.lang;
    let td = move |k: D| lang.get().t(k);
    let confirm_open = RwSignal::new(false);
    let confirm_text = RwSignal::new(String::new());
    let confirm_action = RwSignal::new(None::<Replace>);
    view! {
        <h2>{tr(lang, D::ClearTitle)}</h2>
        <div class="actions">
            <button on:click=move |_| {
                let n = app.store.accounts.with_untracked(|a| a.len());
                if n == 0 {
                    app.unlink_file();
                    app.load_sample();
                } else {
                    confirm_text.set(fill(td(D::ConfirmSample), &[("accounts", &lang.get_untracked().count(n))]));
                    confirm_action.set(Some(Replace::Sample));
                    confirm_open.set(true);
                }
            }>{tr(lang, C::LoadSample)}</button>
            <button class="danger" on:click=move |_| {
                let n = app.store.accounts.with_untracked(|a| a.len());
                if n > 0 {
                    confirm_text.set(fill(td(D::ConfirmClear), &[("accounts", &lang.get_untracked().count(n))]));
                    confirm_action.set(Some(Replace::Clear));
                    confirm_open.set(true);
                }
            }>{tr(lang, D::ClearButton)}</button>
        </div>
        <ConfirmDialog
            open=confirm_open
            text=confirm_text
            confirm_label=Signal::derive(move || match confirm_action.get() {
                Some(Replace::Sample) => lang.get().t(D::ReplaceWithSample).to_string(),
                _ => lang.get().t(D::ClearButton).to_string(),
            })
            on_confirm=Callback::new(move |_| match confirm_action.get_untracked() {
                Some(Replace::Sample) => {
                    app.unlink_file();
                    app.load_sample();
                }
                Some(Replace::Clear) => {
                    app.unlink_file();
                    app.replace_workspace(Default::default());
                    app.notify(td(D::Cleared));
                }
                None => {}
            })
        />
    }
}
