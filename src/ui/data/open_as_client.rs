//! The data page's offer for a client copy whose account is not in this workspace: the
//! customer opens it as the client. A workspace already in this browser is put aside as
//! the backup, after the user has seen that it is (never replaced silently).

use leptos::prelude::*;

use crate::domain::client_copy::copy_info;
use crate::domain::Workspace;
use crate::i18n::{client_copy::CC, common::C, data::D, fill};
use crate::state::use_app;

/// What the preview shows for a client copy that cannot be merged here.
#[component]
pub fn OpenAsClient(
    /// The file's name.
    file: String,
    /// The copy, checked.
    copy: Workspace,
    /// Called when it was opened or the user cancelled.
    on_done: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let Some(info) = copy_info(&copy) else {
        return ().into_any();
    };
    let date = crate::i18n::key_accounts::day_text(lang, info.created);
    let head = if info.supplier.is_empty() {
        fill(
            lang.t(CC::SharedAnon),
            &[("file", &file), ("name", &info.name), ("date", &date)],
        )
    } else {
        fill(
            lang.t(CC::Shared),
            &[
                ("file", &file),
                ("name", &info.name),
                ("supplier", &info.supplier),
                ("date", &date),
            ],
        )
    };
    let current = app.store.accounts.with_untracked(|a| a.len());
    let name = info.name.clone();
    let open = move |_| {
        app.unlink_file();
        app.replace_workspace(copy.clone());
        on_done.run(());
        app.notify(fill(app.t(CC::Opened), &[("name", &name)]));
        crate::state::browser::navigate("#/accounts");
    };
    view! {
        <div class="import-preview" role="region" aria-label=lang.t(D::ImportTitle)>
            <p>{head}</p>
            <p>{lang.t(CC::OpenAsClientText)}</p>
            {(current > 0).then(|| view! {
                <p class="warn">{fill(lang.t(CC::OpenReplaces), &[("accounts", &lang.count(current))])}</p>
            })}
            // Only a workspace of the supplier's own lacks the account; an empty browser is the client's.
            {(current > 0).then(|| view! {
                <p class="muted">{fill(lang.t(CC::NotHere), &[("name", &info.name)])}</p>
            })}
            <div class="actions">
                <button class="primary" on:click=open>{lang.t(CC::OpenAsClient)}</button>
                {(current > 0).then(|| view! {
                    <button on:click=move |_| app.export()>{lang.t(D::ImportSaveCopyFirst)}</button>
                })}
                <button on:click=move |_| on_done.run(())>{lang.t(C::Cancel)}</button>
            </div>
        </div>
    }
    .into_any()
}
