//! Importing a workspace file: the file picker and drop zone, the check of a chosen
//! file, and the summary that asks for confirmation before it replaces the workspace.

use leptos::prelude::*;

use crate::ui::widgets::FileDrop;

use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;

use crate::domain::spreadsheet::FileKind;
use crate::i18n::tr;
use crate::i18n::{common::C, data::D, describe_import_error, errors::E, file::F, fill};
use crate::persist::file_records::decode_file_in_batches;
use crate::persist::Loaded;
use crate::state::browser::{read_text_in_parts, unless_stopped};
use crate::state::{AppState, Route};
use crate::ui::data::handover::hand_over;
use crate::ui::data::merge::merge_preview;

/// A checked file waiting for the user's confirmation.
#[derive(Clone)]
pub struct Pending {
    pub file: String,
    /// Shared, not copied, by every drawing of the summary (100,000 accounts).
    pub loaded: std::sync::Arc<Loaded>,
    /// Opened (not imported): the workspace is then linked to the file, with its
    /// handle where the browser can write back to it.
    pub open: Option<Option<SendWrapper<JsValue>>>,
}

/// The state of a file being taken in: the checked file waiting for confirmation, or
/// why it was refused.
#[derive(Clone, Copy)]
pub struct Intake {
    pub pending: RwSignal<Option<Pending>>,
    pub refused: RwSignal<Option<String>>,
    /// The file being checked now (a file of 100,000 customers takes a second or so).
    pub checking: RwSignal<Option<String>>,
    /// How far the check is, in percent.
    pub progress: RwSignal<u32>,
    /// The file whose check the user stopped.
    pub stopped: RwSignal<Option<String>>,
    /// What the last confirmation did, and the height of the summary it replaces (kept,
    /// so that a double click's second click does not land on what moved up).
    pub done: RwSignal<Option<(String, f64)>>,
}

impl Default for Intake {
    fn default() -> Self {
        Self::new()
    }
}

impl Intake {
    pub fn new() -> Self {
        Self {
            pending: RwSignal::new(None),
            refused: RwSignal::new(None),
            checking: RwSignal::new(None),
            progress: RwSignal::new(0),
            stopped: RwSignal::new(None),
            done: RwSignal::new(None),
        }
    }

    /// Stops the check under way; nothing changes.
    pub fn stop(self) {
        let file = self.checking.get_untracked();
        self.checking.set(None);
        self.stopped.set(file);
    }

    /// Reads and checks a chosen file (a spreadsheet is handed to the customer-list
    /// import instead). `open`: opened rather than imported, with its handle if any.
    pub fn take_file(
        self,
        app: AppState,
        file: web_sys::File,
        open: Option<Option<SendWrapper<JsValue>>>,
    ) {
        let Intake {
            pending,
            refused,
            checking,
            progress,
            stopped,
            done,
        } = self;
        let lang = app.lang;
        pending.set(None);
        refused.set(None);
        checking.set(None);
        stopped.set(None);
        done.set(None);
        let notice = lang.get_untracked().t(D::HandedToSheet);
        let Some(file) = hand_over(app, file, FileKind::Spreadsheet, Route::SheetImport, notice)
        else {
            return;
        };
        let name = file.name();
        progress.set(0);
        checking.set(Some(name.clone()));
        leptos::task::spawn_local(async move {
            // Read and decoded in batches, pausing before a task grows long (a file of
            // 100,000 customers was one task of half a second and more).
            let pacer = crate::state::browser::Pacer::new();
            let work = async {
                match read_text_in_parts(&file, &pacer).await {
                    Ok(text) => Some(
                        decode_file_in_batches(&text, |share| {
                            progress.set((share * 100.0) as u32);
                            pacer.step()
                        })
                        .await,
                    ),
                    Err(_) => None,
                }
            };
            // Stopped, another file chosen meanwhile (that one's check answers), or the
            // page left: the work is dropped at its next pause.
            let current =
                || checking.try_get_untracked().flatten().as_deref() == Some(name.as_str());
            let Some(decoded) = unless_stopped(work, || !current()).await else {
                return;
            };
            if !current() {
                return;
            }
            checking.set(None);
            let lang = lang.get_untracked();
            let refuse = |reason: &str| {
                refused.set(Some(fill(
                    lang.t(D::ImportRefused),
                    &[("file", &name), ("reason", reason)],
                )))
            };
            match decoded {
                Some(Ok(loaded)) => pending.set(Some(Pending {
                    file: name.clone(),
                    loaded: std::sync::Arc::new(loaded),
                    open,
                })),
                Some(Err(e)) => refuse(&describe_import_error(&e, lang)),
                None => refuse(lang.t(E::ErrNotText)),
            }
        });
    }
}

/// The import section: its heading and text, the picker and drop zone, a refusal and
/// the summary of a checked file.
#[component]
pub fn ImportSection(app: AppState, intake: Intake) -> impl IntoView {
    let lang = app.lang;
    let Intake {
        pending,
        refused,
        checking,
        progress,
        stopped,
        done,
    } = intake;
    let on_file = Callback::new(move |file| intake.take_file(app, file, None));
    view! {
        <h2>{tr(lang, D::ImportTitle)}</h2>
        <p>{tr(lang, D::ImportText)}</p>
        <FileDrop choose=D::ChooseFile hint=D::DropHere accept=".json,application/json" on_file=on_file/>
        {move || checking.get().map(|file| {
            let text = move |key| fill(lang.get().t(key), &[("file", &file)]);
            let (label, stop) = (text.clone(), text.clone());
            view! {
                <div class="reading" role="status">
                    <progress max="100" value=move || progress.get() aria-label=move || label(D::ImportChecking)></progress>
                    <span>{move || text(D::ImportChecking)}</span>
                    <button aria-label=move || stop(D::ImportStopCheck) on:click=move |_| intake.stop()>
                        {tr(lang, C::Cancel)}
                    </button>
                </div>
            }
        })}
        {move || stopped.get().map(|file| view! {
            <p role="status">{move || fill(lang.get().t(D::ImportStopped), &[("file", &file)])}</p>
        })}
        {move || refused.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
        {move || pending.get().map(|p| summary(app, p, intake))}
        {move || done.get().map(|(text, height)| view! {
            <p role="status" style=format!("min-height:{height}px")>{text}</p>
        })}
    }
}

/// Replaces the workspace with the pending file, linking it if it was opened; `ev` is
/// the click on the summary's button.
fn confirm_import(app: AppState, intake: Intake, ev: &leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let lang = app.lang;
    let pending = intake.pending;
    let height = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(".import-preview").ok().flatten())
        .map_or(0.0, |e| e.get_bounding_client_rect().height());
    // Taken out, so that the workspace is moved into place, not copied.
    if let Some(p) = pending.try_update(Option::take).flatten() {
        let loaded = std::sync::Arc::unwrap_or_clone(p.loaded);
        app.replace_workspace(loaded.workspace);
        let said = match p.open {
            Some(handle) => {
                let content = app.current_content_hash();
                app.link_file(p.file.clone(), handle.map(|h| h.take()), content);
                lang.get_untracked().t(F::Opened)
            }
            None => {
                app.unlink_file();
                lang.get_untracked().t(D::Imported)
            }
        };
        let text = fill(said, &[("file", &p.file)]);
        app.notify(text.clone());
        intake.done.set(Some((text, height)));
    }
}

/// What a checked file holds, with the buttons that import it or cancel; a client copy
/// is offered to merge or to open as the client.
fn summary(app: AppState, p: Pending, intake: Intake) -> AnyView {
    let pending = intake.pending;
    if crate::domain::client_copy::copy_info(&p.loaded.workspace).is_some() {
        // Merged where its account is; elsewhere opened as the client.
        return merge_preview(app, p.clone(), pending).unwrap_or_else(|_| {
            view! {
            <super::open_as_client::OpenAsClient file=p.file.clone() copy=p.loaded.workspace.clone()
                on_done=Callback::new(move |_| pending.set(None))/>
        }.into_any()
        });
    }
    let lang = app.lang.get();
    let ws = &p.loaded.workspace;
    // A file written by another tool may say neither when nor by which version.
    let (summary, when) = if p.loaded.exported_at.is_empty() {
        (D::ImportSummaryUndated, String::new())
    } else {
        (D::ImportSummary, lang.date_time(&p.loaded.exported_at))
    };
    let version = match p.loaded.app_version.as_str() {
        "" => lang.t(D::ImportUnknownVersion).to_string(),
        v => format!("Keystone {v}"),
    };
    let current = app.store.accounts.with(|a| a.len());
    view! {
        <div class="import-preview" role="region" aria-label=lang.t(D::ImportTitle)>
            <p>{fill(lang.t(summary), &[
                ("file", &p.file),
                ("accounts", &lang.count(ws.accounts.len())),
                ("key", &lang.count(ws.key_account_count())),
                ("when", &when),
                ("version", &version),
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
                <button class="primary" on:click=move |ev| confirm_import(app, intake, &ev)>
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
}
