//! Import and export: download the workspace, import a file (picker or drop) with a
//! check and a confirmation, restore the backup, start over.

pub mod client_copy;
pub mod currency;
pub mod file;
pub mod handover;
pub mod sheet_check;
pub mod sheet_export;
pub mod sheet_import;

use leptos::prelude::*;

use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;

use crate::domain::spreadsheet::FileKind;
use crate::i18n::tr;
use crate::i18n::{common::C, data::D, describe_import_error, errors::E, file::F, fill};
use crate::persist::{from_json, Loaded};
use crate::state::browser::read_text;
use crate::state::file_access::{can_write_files, open_file};
use crate::state::{use_app, Route};
use crate::ui::data::file::{json_name, open_problem, save, Target};
use crate::ui::data::handover::{hand_over, take};
use crate::ui::lazy::lazy_page;
use crate::ui::widgets::{ConfirmDialog, TextField};

lazy_page!(data, data_page, preload_data, () => {
    DataPage().into_any()
});

/// What the confirmation dialog replaces the workspace with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Replace {
    Sample,
    Clear,
}

/// A checked file waiting for the user's confirmation.
#[derive(Clone)]
struct Pending {
    file: String,
    loaded: Loaded,
    /// Opened (not imported): the workspace is then linked to the file, with its
    /// handle where the browser can write back to it.
    open: Option<Option<SendWrapper<JsValue>>>,
}

#[component]
pub fn DataPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let td = move |k: D| lang.get().t(k);
    let pending = RwSignal::new(None::<Pending>);
    let refused = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let confirm_open = RwSignal::new(false);
    let confirm_text = RwSignal::new(String::new());
    let confirm_action = RwSignal::new(None::<Replace>);
    let name = RwSignal::new(app.store.settings.with_untracked(|s| s.name.clone()));
    // A name loaded from a file or another tab shows up here.
    Effect::new(move |_| {
        let stored = app.store.settings.with(|s| s.name.clone());
        if name.get_untracked().trim() != stored {
            name.set(stored);
        }
    });

    let save_as_name = RwSignal::new(None::<String>);
    let open_input = NodeRef::<leptos::html::Input>::new();

    let take_file = move |file: web_sys::File, open: Option<Option<SendWrapper<JsValue>>>| {
        pending.set(None);
        refused.set(None);
        let notice = lang.get_untracked().t(D::HandedToSheet);
        let Some(file) = hand_over(app, file, FileKind::Spreadsheet, Route::SheetImport, notice)
        else {
            return;
        };
        let name = file.name();
        leptos::task::spawn_local(async move {
            let lang = lang.get_untracked();
            match read_text(&file).await {
                Ok(text) => match from_json(&text) {
                    Ok(loaded) => pending.set(Some(Pending {
                        file: name,
                        loaded,
                        open,
                    })),
                    Err(e) => refused.set(Some(fill(
                        lang.t(D::ImportRefused),
                        &[
                            ("file", &name),
                            ("reason", &describe_import_error(&e, lang)),
                        ],
                    ))),
                },
                Err(_) => refused.set(Some(fill(
                    lang.t(D::ImportRefused),
                    &[("file", &name), ("reason", lang.t(E::ErrNotText))],
                ))),
            }
        });
    };

    // A workspace file given to the customer-list import.
    if let Some(file) = take(Route::Data) {
        take_file(file, None);
    }
    let on_pick = move |ev: leptos::ev::Event| {
        if let Some(file) = crate::state::browser::picked_file(&ev) {
            take_file(file, None);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        dragging.set(false);
        if let Some(file) = crate::state::browser::dropped_file(&ev) {
            take_file(file, None);
        }
    };
    // Open file…: the browser's file picker with a handle to write back to, else a file
    // input (Save then downloads under the same name).
    let open = move |_| {
        if !can_write_files() {
            if let Some(input) = open_input.get() {
                input.click();
            }
            return;
        }
        leptos::task::spawn_local(async move {
            match open_file().await {
                Ok((file, handle)) => take_file(file, Some(Some(SendWrapper::new(handle)))),
                Err(e) => {
                    pending.set(None);
                    refused.set(open_problem(lang.get_untracked(), &e));
                }
            }
        });
    };
    let on_open_pick = move |ev: leptos::ev::Event| {
        if let Some(file) = crate::state::browser::picked_file(&ev) {
            take_file(file, Some(None));
        }
    };
    let save_as = move |_| {
        if can_write_files() {
            leptos::task::spawn_local(save(app, Target::Pick));
        } else {
            let current = app
                .file
                .with_untracked(|f| f.as_ref().map(|f| f.name.clone()));
            save_as_name.set(Some(
                current.unwrap_or_else(|| crate::state::dated_file_name("keystone-workspace")),
            ));
        }
    };

    let confirm_import = move || {
        if let Some(p) = pending.get_untracked() {
            app.replace_workspace(p.loaded.workspace);
            pending.set(None);
            match p.open {
                Some(handle) => {
                    let content = app.current_content_hash();
                    app.link_file(p.file.clone(), handle.map(|h| h.take()), content);
                    app.notify(fill(
                        lang.get_untracked().t(F::Opened),
                        &[("file", &p.file)],
                    ));
                }
                None => {
                    app.unlink_file();
                    app.notify(fill(td(D::Imported), &[("file", &p.file)]));
                }
            }
        }
    };

    let summary = move || {
        pending.get().map(|p| {
            if crate::domain::client_copy::copy_info(&p.loaded.workspace).is_some() {
                // Merged where its account is; elsewhere opened as the client.
                return merge_preview(app, p.clone(), pending).unwrap_or_else(|_| view! {
                    <crate::ui::client_view::OpenAsClient file=p.file.clone() copy=p.loaded.workspace.clone()
                        on_done=Callback::new(move |_| pending.set(None))/>
                }.into_any());
            }
            let lang = lang.get();
            let ws = &p.loaded.workspace;
            let when = if p.loaded.exported_at.is_empty() {
                lang.t(D::ImportUnknownDate).to_string()
            } else {
                lang.date_time(&p.loaded.exported_at)
            };
            let current = app.store.accounts.with(|a| a.len());
            view! {
                <div class="import-preview" role="region" aria-label=lang.t(D::ImportTitle)>
                    <p>{fill(lang.t(D::ImportSummary), &[
                        ("file", &p.file),
                        ("accounts", &lang.count(ws.accounts.len())),
                        ("key", &lang.count(ws.key_account_count())),
                        ("when", &when),
                        ("version", if p.loaded.app_version.is_empty() { "?" } else { &p.loaded.app_version }),
                    ])}</p>
                    {(!p.loaded.warnings.is_empty()).then(|| view! {
                        <div class="warn">
                            <p>{lang.t(D::ImportWarnings)}</p>
                            <ul>{p.loaded.warnings.iter().map(|w| view! {
                                <li>{crate::i18n::errors::describe_problem(w, lang)}</li>
                            }).collect_view()}</ul>
                        </div>
                    })}
                    {(current > 0).then(|| view! {
                        <p class="warn">{fill(lang.t(D::ImportReplaceWarning), &[("accounts", &lang.count(current))])}</p>
                    })}
                    <div class="actions">
                        <button class="primary" on:click=move |_| confirm_import()>
                            {if p.open.is_some() { lang.t(F::OpenConfirm) } else { lang.t(D::ImportConfirm) }}
                        </button>
                        {(current > 0).then(|| view! {
                            <button on:click=move |_| app.export()>{lang.t(D::ImportSaveCopyFirst)}</button>
                        })}
                        <button on:click=move |_| pending.set(None)>{lang.t(C::Cancel)}</button>
                    </div>
                </div>
            }
            .into_any()
        })
    };

    view! {
        <section class="page narrow">
            <h1>{tr(lang, D::DataTitle)}</h1>

            <TextField
                id="ws-name"
                label=Signal::derive(move || td(D::WorkspaceName).to_string())
                value=name
                on_change=Callback::new(move |text: String| {
                    app.store.settings.update(|s| s.name = text.trim().to_string());
                })
            />
            <crate::ui::data::currency::CurrencyField/>

            <h2>{tr(lang, F::FileTitle)}</h2>
            <p>{tr(lang, F::FileText)}</p>
            <p class="file-link">{move || {
                let lang = lang.get();
                app.file.with(|f| match f {
                    Some(f) => format!("{} {}", fill(lang.t(F::FileOpen), &[("file", &f.name)]),
                        lang.t(if f.changed { F::FileHasChanges } else { F::FileUpToDate })),
                    None => lang.t(F::FileNone).to_string(),
                })
            }}</p>
            <div class="actions">
                <button on:click=open>{tr(lang, F::OpenFile)}</button>
                <input node_ref=open_input class="visually-hidden" type="file" tabindex="-1"
                    accept=".json,application/json" aria-label=tr(lang, F::OpenFileInput) on:change=on_open_pick/>
                <button class="primary" aria-keyshortcuts="Control+S"
                    on:click=move |_| leptos::task::spawn_local(save(app, Target::Linked))>{tr(lang, F::Save)}</button>
                <button aria-keyshortcuts="Control+Shift+S" on:click=save_as>{tr(lang, F::SaveAs)}</button>
            </div>
            {move || save_as_name.get().is_some().then(|| {
                let name = RwSignal::new(save_as_name.get_untracked().unwrap_or_default());
                view! {
                    <div class="save-as">
                        <TextField id="save-as-name" label=Signal::derive(move || lang.get().t(F::SaveAsName).to_string()) value=name/>
                        <div class="actions">
                            <button class="primary" on:click=move |_| {
                                save_as_name.set(None);
                                leptos::task::spawn_local(save(app, Target::Named(json_name(&name.get_untracked()))));
                            }>{tr(lang, F::SaveAsDownload)}</button>
                            <button on:click=move |_| save_as_name.set(None)>{tr(lang, C::Cancel)}</button>
                        </div>
                    </div>
                }
            })}

            <crate::ui::data::file::LazySafetySection/>

            <h2>{tr(lang, D::ExportTitle)}</h2>
            <p>{tr(lang, D::ExportText)}</p>
            <button class="primary" on:click=move |_| app.export()>{tr(lang, D::ExportButton)}</button>

            <h2>{tr(lang, D::ImportTitle)}</h2>
            <p>{tr(lang, D::ImportText)}</p>
            <div
                class="dropzone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label class="button">
                    {tr(lang, D::ChooseFile)}
                    <input class="visually-hidden" type="file" accept=".json,application/json" on:change=on_pick/>
                </label>
                <span class="muted">{tr(lang, D::DropHere)}</span>
            </div>
            {move || refused.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
            {summary}

            <crate::ui::data::sheet_export::LazySheetExport/>

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

            <h2>{tr(lang, D::FileFormatTitle)}</h2>
            <p>{tr(lang, D::FileFormatText)}" "<a href="keystone-workspace.schema.json">"keystone-workspace.schema.json"</a></p>
        </section>
    }
}

/// A returned client copy: what merging it changes, and the button that does it (with
/// Undo). `Err` if its account is not in this workspace (it is then offered to open as
/// the client).
fn merge_preview(
    app: crate::state::AppState,
    p: Pending,
    pending: RwSignal<Option<Pending>>,
) -> Result<AnyView, ()> {
    use crate::domain::client_copy::{apply_returned, copy_info};
    use crate::domain::key_account::{key_account, set_key_account};
    use crate::i18n::plan::{merge_change_text, CC};
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
