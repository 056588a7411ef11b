//! The linked workspace file: which file is open, Open file…, Save and Save as….

use leptos::prelude::*;

use send_wrapper::SendWrapper;

use crate::i18n::tr;
use crate::i18n::{common::C, file::F, fill};
use crate::state::file_access::{can_write_files, open_file};
use crate::state::AppState;
use crate::ui::data::file::{json_name, open_problem, save, Target};
use crate::ui::data::import::Intake;
use crate::ui::widgets::TextField;

/// The file section: its heading, the linked file's state and the open and save buttons,
/// with the name asked for by Save as… where the browser can only download.
#[component]
pub fn FileSection(app: AppState, intake: Intake) -> impl IntoView {
    let lang = app.lang;
    let save_as_name = RwSignal::new(None::<String>);
    let open_input = NodeRef::<leptos::html::Input>::new();
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
                Ok((file, handle)) => {
                    intake.take_file(app, file, Some(Some(SendWrapper::new(handle))))
                }
                Err(e) => {
                    intake.pending.set(None);
                    intake.refused.set(open_problem(lang.get_untracked(), &e));
                }
            }
        });
    };
    let on_open_pick = move |ev: leptos::ev::Event| {
        if let Some(file) = crate::state::browser::picked_file(&ev) {
            intake.take_file(app, file, Some(None));
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
    view! {
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
    }
}
