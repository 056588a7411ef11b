//! The banners above the page: a new version, and storage problems. Rarely shown, so
//! fetched as a chunk when one is (and by the idle prefetch).

use leptos::prelude::*;

use crate::i18n::tr;
use crate::i18n::{common::C, file::F, fill};
use crate::persist::storage::StorageFailure;
use crate::state::{use_app, SaveStatus};
use crate::ui::lazy::lazy_part;

lazy_part!(notices, notices, preload_notices,
    /// The banners (a new version, storage problems), from their chunk.
    quiet LazyNotices(update_ready: RwSignal<bool>) => {
    view! { <Notices update_ready=update_ready/> }.into_any()
});

/// Every banner that applies now.
#[component]
pub fn Notices(
    /// Whether a new version is waiting (src/offline/client.js).
    update_ready: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <UpdateBanner ready=update_ready/>
        <Banners/>
    }
}

/// "A new version is available" with a reload button, when src/offline/client.js says
/// a new build is waiting (the flag, if it said so before the app started).
#[component]
fn UpdateBanner(ready: RwSignal<bool>) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <Show when=move || ready.get()>
            <div class="banner banner-info" role="status">
                <p>{tr(lang, F::UpdateReady)}</p>
                <div class="actions">
                    <button class="primary" on:click=|_| crate::state::browser::dispatch("keystone-reload")>
                        {tr(lang, F::UpdateReload)}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// Storage problems, each with what the user can do about it.
#[component]
pub fn Banners() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let tc = move |k: C| lang.get().t(k);
    let (downloaded, set_downloaded) = signal(false);
    view! {
        {move || app.load_failure.get().map(|f| {
            let can_start_fresh = f.backed_up || downloaded.get();
            view! {
                <div class="banner banner-error" role="alert">
                    <p>{fill(tc(C::LoadFailed), &[("detail", f.problem.text(lang.get())), ("key", f.kept_under)])}</p>
                    <div class="actions">
                        <button on:click=move |_| { app.download_unreadable(); set_downloaded.set(true); }>
                            {tc(C::DownloadRaw)}
                        </button>
                        <button disabled=!can_start_fresh on:click=move |_| app.start_fresh()>
                            {tc(C::StartFresh)}
                        </button>
                    </div>
                </div>
            }
        })}
        {move || match app.save_status.get() {
            SaveStatus::Failed(f) => {
                let text = match f {
                    StorageFailure::Quota => tc(C::SaveFailedQuota).to_string(),
                    StorageFailure::Blocked => tc(C::SaveFailedBlocked).to_string(),
                    StorageFailure::Other(d) => fill(tc(C::SaveFailedOther), &[("detail", &d)]),
                    StorageFailure::NotStorable(p) => fill(
                        tc(C::SaveRefused),
                        &[("detail", &crate::i18n::errors::describe_problem(&p, lang.get()))],
                    ),
                };
                Some(view! {
                    <div class="banner banner-error" role="alert">
                        <p>{text}</p>
                        <div class="actions">
                            <button on:click=move |_| app.export()>{tc(C::ExportNow)}</button>
                            <button on:click=move |_| app.save_now()>{tc(C::RetrySave)}</button>
                        </div>
                    </div>
                })
            }
            _ => None,
        }}
        <Show when=move || app.conflict.get()>
            <div class="banner banner-warn" role="alert">
                <p><strong>{tr(lang, C::ConflictTitle)}</strong>" "{tr(lang, C::ConflictText)}</p>
                <div class="actions">
                    <button on:click=move |_| app.take_other_tab()>{tr(lang, C::ConflictLoad)}</button>
                    <button on:click=move |_| app.keep_this_tab()>{tr(lang, C::ConflictKeep)}</button>
                    <button on:click=move |_| app.export()>{tr(lang, C::ExportNow)}</button>
                </div>
            </div>
        </Show>
    }
}
