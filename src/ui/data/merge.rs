//! Merging a returned client copy into the workspace: what it changes, and the button
//! that merges it (with Undo).

use leptos::prelude::*;

use crate::i18n::{common::C, data::D, fill};
use crate::ui::data::import::Pending;

/// A returned client copy: what merging it changes, and the button that does it (with
/// Undo). `Err` if its account is not in this workspace (it is then offered to open as
/// the client).
pub(crate) fn merge_preview(
    app: crate::state::AppState,
    p: Pending,
    pending: RwSignal<Option<Pending>>,
) -> Result<AnyView, ()> {
    use crate::domain::client_copy::{apply_returned, copy_info};
    use crate::domain::key_account::{key_account, set_key_account};
    use crate::i18n::client_copy::{merge_change_text, CC};
    let lang = app.lang.get();
    let Some(info) = copy_info(&p.loaded.workspace) else {
        return Err(());
    };
    let date = crate::i18n::key_accounts::day_text(lang, info.created);
    let head = fill(
        lang.t(CC::IsCopy),
        &[("file", &p.file), ("name", &info.name), ("date", &date)],
    );
    let Some((merged, changes)) = apply_returned(&app.store.snapshot(), &p.loaded.workspace) else {
        return Err(());
    };
    let id = info.account;
    let name = info.name.clone();
    let count = changes.len();
    let merge = move |_| {
        let before = app
            .store
            .key_accounts
            .with_untracked(|k| key_account(k, id));
        let after = key_account(&merged.key_accounts, id);
        app.store
            .key_accounts
            .update(|k| set_key_account(k, id, &after));
        pending.set(None);
        let l = app.lang.get_untracked();
        let text = fill(
            l.t(CC::Merged),
            &[("count", &l.count(count)), ("name", &name)],
        );
        app.toasts.notify_with_undo(text, move || {
            let back = before.clone();
            app.store
                .key_accounts
                .update(|k| set_key_account(k, id, &back));
        });
    };
    let list = if changes.is_empty() {
        view! { <p>{lang.t(CC::MergeNothing)}</p> }.into_any()
    } else {
        view! {
            <p>{lang.t(CC::MergeChanges)}</p>
            <ul class="merge-changes">
                {changes.iter().map(|c| view! { <li>{merge_change_text(lang, c)}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    Ok(view! {
        <div class="import-preview" role="region" aria-label=lang.t(D::ImportTitle)>
            <p>{head}</p>
            {list}
            <p class="muted">{lang.t(CC::MergeKeeps)}</p>
            <div class="actions">
                <button class="primary" on:click=merge>
                    {fill(lang.t(CC::MergeButton), &[("name", &info.name)])}
                </button>
                <button on:click=move |_| pending.set(None)>{lang.t(C::Cancel)}</button>
            </div>
        </div>
    }
    .into_any())
}
