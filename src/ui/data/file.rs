//! Saving to the user's own file (Save, Save as…, Ctrl+S) and what the data page says
//! about the browser's copy (where it is, persistence, how full storage is). Fetched as
//! chunks: the first Save, or the data page.

use leptos::prelude::*;

use crate::i18n::tr;
use crate::i18n::{file::F, fill, Lang};
use crate::persist::storage_use::{readable_size, storage_use, StorageUse};
use crate::state::file::last_copy;
use crate::state::file_access::{
    can_write_files, handle_name, pick_save_target, write_file, FileError,
};
use crate::state::storage_info::{estimate, request_persistence, Persistence};
use crate::state::{browser, dated_file_name, use_app, AppState, SaveStatus};
use crate::ui::lazy::{lazy_fn, lazy_part};

// Where the data is, persistence and storage use: a part of the data page in a chunk
// of its own, so that the data page's chunk stays within its budget.
lazy_part!(data_safety, safety_section, preload_safety_section,
    /// Where the data is and how safe it is (data page), from its chunk.
    LazySafetySection() => {
    SafetySection().into_any()
});
lazy_part!(file_save, file_status, preload_file_status,
    /// The top bar's file name and Save button (once a file is linked), from its
    /// chunk; nothing while it arrives.
    quiet LazyFileStatus() => {
    FileStatus().into_any()
});
// Save (Ctrl+S) from any page: the File System Access code arrives with the first save.
lazy_fn!(file_save, save_file, (app: AppState, save_as: bool) -> () => {
    leptos::task::spawn_local(save(app, if save_as { Target::Pick } else { Target::Linked }))
});

/// Saves to the user's file (Ctrl+S, the top bar's button), fetching the code first.
pub fn save_to_file(app: AppState, save_as: bool) {
    leptos::task::spawn_local(async move {
        if save_file(app, save_as).await.is_err() {
            app.notify(app.t(crate::i18n::common::C::PageLoadFailed));
        }
    });
}

/// Where Save writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The linked file (asks where, if there is none or the browser cannot write to it).
    Linked,
    /// A file the user picks (Save as…).
    Pick,
    /// A download under this name (Save as… where the browser cannot write to files).
    Named(String),
}

/// `name` ending in `.json`.
pub fn json_name(name: &str) -> String {
    let name = name.trim();
    let name = if name.is_empty() {
        "keystone-workspace"
    } else {
        name
    };
    if name.to_lowercase().ends_with(".json") {
        name.to_string()
    } else {
        format!("{name}.json")
    }
}

/// Saves the workspace to the user's file: written back through the File System Access
/// API where the browser has it, else downloaded under the file's name. Says how it
/// went in a toast; a cancelled picker says nothing.
pub async fn save(app: AppState, target: Target) {
    let lang = app.lang.get_untracked();
    let link = app.file.get_untracked();
    let suggested = link
        .as_ref()
        .map(|l| l.name.clone())
        .unwrap_or_else(|| dated_file_name("keystone-workspace"));
    if !can_write_files() {
        let name = match target {
            Target::Named(n) => json_name(&n),
            _ => suggested,
        };
        let (text, content) = app.file_text();
        match browser::download(&name, &text, "application/json") {
            Ok(()) => {
                app.link_file(name.clone(), None, content);
                app.record_copy(&name);
                app.notify(fill(lang.t(F::Downloaded), &[("file", &name)]));
            }
            Err(_) => report(app, &name, FileError::Other("download".into())),
        }
        return;
    }
    let linked = link.and_then(|l| l.handle).map(|h| (*h).clone());
    let handle = match (target, linked) {
        (Target::Linked, Some(handle)) => handle,
        _ => match pick_save_target(&suggested).await {
            Ok(handle) => handle,
            Err(e) => return report(app, &suggested, e),
        },
    };
    let name = handle_name(&handle).unwrap_or(suggested);
    // Made after the picker closed, so it holds every change made meanwhile.
    let (text, content) = app.file_text();
    match write_file(&handle, &text).await {
        Ok(()) => {
            app.link_file(name.clone(), Some(handle), content);
            app.record_copy(&name);
            app.notify(fill(lang.t(F::Saved), &[("file", &name)]));
        }
        Err(e) => report(app, &name, e),
    }
}

/// Why a file could not be opened or saved, as a user reads it; none for a cancel.
fn reason(lang: Lang, error: &FileError) -> Option<String> {
    match error {
        FileError::Cancelled => None,
        FileError::NotAllowed => Some(lang.t(F::NotAllowed).to_string()),
        FileError::Other(detail) => Some(detail.clone()),
    }
}

fn report(app: AppState, name: &str, error: FileError) {
    let lang = app.lang.get_untracked();
    if let Some(reason) = reason(lang, &error) {
        app.notify(fill(
            lang.t(F::SaveFailed),
            &[("file", name), ("reason", &reason)],
        ));
    }
}

/// The text of an open-file problem.
pub fn open_problem(lang: Lang, error: &FileError) -> Option<String> {
    reason(lang, error).map(|reason| fill(lang.t(F::OpenFailed), &[("reason", &reason)]))
}

/// An ISO 8601 UTC time as the local `YYYY-MM-DDTHH:MM`.
fn local_time(iso: &str) -> String {
    let d = js_sys::Date::new(&iso.into());
    if d.get_time().is_nan() {
        return iso.to_string();
    }
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// The data page's account of the browser's copy: where it is, the last copy made,
/// persistence (asked for on arrival), how full the browser's storage is, offline
/// availability.
#[component]
pub fn SafetySection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let persistence = RwSignal::new(None::<Persistence>);
    leptos::task::spawn_local(async move {
        persistence.set(Some(request_persistence().await));
    });
    // The browser's estimate, asked again after every save, so the numbers follow the
    // workspace. `None` inside: IndexedDB is not available.
    let used = RwSignal::new(None::<Option<StorageUse>>);
    Effect::new(move |_| {
        if app.save_status.with(|s| *s == SaveStatus::Saved) {
            leptos::task::spawn_local(async move {
                let answer = crate::persist::idb::is_open().then_some(
                    estimate()
                        .await
                        .map(|(u, q)| storage_use(u, q))
                        .unwrap_or(storage_use(0.0, 0.0)),
                );
                let _ = used.try_set(Some(answer));
            });
        }
    });
    let offline = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"serviceWorker".into()).ok())
        .and_then(|sw| js_sys::Reflect::get(&sw, &"controller".into()).ok())
        .is_some_and(|c| !c.is_null() && !c.is_undefined());
    view! {
        <h2>{tr(lang, F::SafetyTitle)}</h2>
        <p>{tr(lang, F::SafetyText)}</p>
        <div class="safety">
            <p class="last-copy">{move || {
                let lang = lang.get();
                app.last_copy.with(|copy| match copy.as_deref().and_then(last_copy) {
                    Some((when, file)) => fill(lang.t(F::LastCopy), &[("when", &lang.date_time(&local_time(when))), ("file", file)]),
                    None => lang.t(F::NoCopy).to_string(),
                })
            }}</p>
            <p class="persistence" role="status">{move || lang.get().t(match persistence.get() {
                None => F::PersistAsking,
                Some(Persistence::Granted) => F::PersistGranted,
                Some(Persistence::NotGranted) => F::PersistNotGranted,
                Some(Persistence::Unsupported) => F::PersistUnsupported,
            })}</p>
            {move || {
                let lang = lang.get();
                let size = |bytes: f64| {
                    let (value, unit) = readable_size(bytes);
                    format!("{} {unit}", lang.number(value, 1))
                };
                match used.get()? {
                    Some(u) => Some(view! {
                        <p class="stored-use">{if u.quota > 0.0 {
                            fill(lang.t(F::StoredUse), &[("used", &size(u.used)), ("total", &size(u.quota)), ("share", &lang.percent(u.share * 100.0, 0))])
                        } else {
                            fill(lang.t(F::StoredUseNoQuota), &[("used", &size(u.used))])
                        }}</p>
                        {u.warn.then(|| view! { <p class="warn" role="alert">{lang.t(F::StorageFull)}</p> })}
                    }.into_any()),
                    None => Some(view! { <p class="warn" role="alert">{lang.t(F::StorageBlocked)}</p> }.into_any()),
                }
            }}
            <p>{tr(lang, if offline { F::OfflineReady } else { F::OfflineNot })}</p>
        </div>
    }
}

/// The linked file's name and whether the workspace has changes not saved to it, with
/// a Save button; nothing while no file is linked.
#[component]
pub fn FileStatus() -> impl IntoView {
    let app = use_app();
    move || {
        app.file.with(|f| {
            f.as_ref().map(|f| {
                let lang = app.lang.get();
                let key = if f.changed { F::FileChanged } else { F::FileSaved };
                view! {
                    <span class="file-status" class:changed=f.changed>{fill(lang.t(key), &[("file", &f.name)])}</span>
                    <button class="small" aria-keyshortcuts="Control+S" on:click=move |_| save_to_file(app, false)>
                        {lang.t(F::SaveToFile)}
                    </button>
                }
            })
        })
    }
}
