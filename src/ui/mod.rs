//! Pages and components. Thin: they read the store and call domain functions.

pub mod account_form;
pub mod accounts;
pub mod data;
pub mod pareto;

use leptos::prelude::*;

use crate::i18n::{describe_import_error, fill, Lang, T};
use crate::persist::storage::{StorageFailure, KEY_UNREADABLE};
use crate::state::{use_app, AppState, Route, SaveStatus};

/// A reactive UI text. Every text shares this one closure type, so Leptos compiles
/// the code that renders and updates a text once instead of once per call site.
pub fn tr(
    lang: RwSignal<Lang>,
    key: T,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || lang.get().t(key)
}

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let app = AppState::init();
    let lang = app.lang;
    let nav_link = move |route: Route, key: T| {
        let current = move || {
            let r = app.route.get();
            let same = match route {
                Route::Accounts => {
                    matches!(r, Route::Accounts | Route::Account(_) | Route::NewAccount)
                }
                other => r == other,
            };
            if same {
                Some("page")
            } else {
                None
            }
        };
        view! { <a href=route.href() aria-current=current>{tr(lang, key)}</a> }
    };
    view! {
        <header class="topbar">
            <div class="brand">
                <span class="logo" aria-hidden="true">"◆"</span>
                <span class="name">"Keystone"</span>
                <span class="tagline">{tr(lang, T::AppTagline)}</span>
            </div>
            <nav aria-label=tr(lang, T::NavMain)>
                {nav_link(Route::Accounts, T::NavAccounts)}
                {nav_link(Route::Pareto, T::NavPareto)}
                {nav_link(Route::Data, T::NavData)}
            </nav>
            <div class="topbar-right">
                <SaveIndicator/>
                <label class="lang">
                    <span class="visually-hidden">{tr(lang, T::Language)}</span>
                    <select
                        aria-label=tr(lang, T::Language)
                        on:change=move |ev| {
                            if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                                lang.set(l);
                            }
                        }
                        prop:value=move || lang.get().code()
                    >
                        <option value="en">"English"</option>
                        <option value="de">"Deutsch"</option>
                    </select>
                </label>
            </div>
        </header>
        <Banners/>
        <main id="main">
            {move || match app.route.get() {
                Route::Accounts => accounts::AccountsPage().into_any(),
                Route::NewAccount => view! { <account_form::AccountForm id=None/> }.into_any(),
                Route::Account(id) => view! { <account_form::AccountForm id=Some(id)/> }.into_any(),
                Route::Pareto => pareto::ParetoPage().into_any(),
                Route::Data => data::DataPage().into_any(),
                Route::NotFound => view! {
                    <p class="banner banner-warn" role="alert">{tr(lang, T::PageNotFound)}</p>
                    {accounts::AccountsPage()}
                }
                .into_any(),
            }}
        </main>
        <ToastView/>
    }
}

/// "Saved" / "Saving…" in the top bar, for screen readers as a status.
#[component]
fn SaveIndicator() -> impl IntoView {
    let app = use_app();
    let text = move || {
        let lang = app.lang.get();
        // While saving is paused the banner explains why; "Saving…" would be untrue.
        let paused = app.load_failure.with(Option::is_some) || app.conflict.get();
        match app.save_status.get() {
            SaveStatus::Failed(_) => lang.t(T::NotSaved),
            _ if paused => lang.t(T::NotSaved),
            SaveStatus::Saved => lang.t(T::Saved),
            SaveStatus::Pending => lang.t(T::Saving),
        }
    };
    view! { <span class="save-status" role="status">{text}</span> }
}

/// Storage problems, each with what the user can do about it.
#[component]
fn Banners() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let t = move |k: T| lang.get().t(k);
    let (downloaded, set_downloaded) = signal(false);
    view! {
        {move || app.load_failure.get().map(|f| {
            let can_start_fresh = f.backed_up || downloaded.get();
            view! {
                <div class="banner banner-error" role="alert">
                    <p>{fill(t(T::LoadFailed), &[("detail", &describe_import_error(&f.error, lang.get())), ("key", KEY_UNREADABLE)])}</p>
                    <div class="actions">
                        <button on:click=move |_| { app.download_unreadable(); set_downloaded.set(true); }>
                            {t(T::DownloadRaw)}
                        </button>
                        <button disabled=!can_start_fresh on:click=move |_| app.start_fresh()>
                            {t(T::StartFresh)}
                        </button>
                    </div>
                </div>
            }
        })}
        {move || match app.save_status.get() {
            SaveStatus::Failed(f) => {
                let text = match f {
                    StorageFailure::Quota => t(T::SaveFailedQuota).to_string(),
                    StorageFailure::Blocked => t(T::SaveFailedBlocked).to_string(),
                    StorageFailure::Other(d) => fill(t(T::SaveFailedOther), &[("detail", &d)]),
                };
                Some(view! {
                    <div class="banner banner-error" role="alert">
                        <p>{text}</p>
                        <div class="actions">
                            <button on:click=move |_| app.export()>{t(T::ExportNow)}</button>
                            <button on:click=move |_| app.save_now()>{t(T::RetrySave)}</button>
                        </div>
                    </div>
                })
            }
            _ => None,
        }}
        <Show when=move || app.conflict.get()>
            <div class="banner banner-warn" role="alert">
                <p><strong>{tr(lang, T::ConflictTitle)}</strong>" "{tr(lang, T::ConflictText)}</p>
                <div class="actions">
                    <button on:click=move |_| app.take_other_tab()>{tr(lang, T::ConflictLoad)}</button>
                    <button on:click=move |_| app.keep_this_tab()>{tr(lang, T::ConflictKeep)}</button>
                    <button on:click=move |_| app.export()>{tr(lang, T::ExportNow)}</button>
                </div>
            </div>
        </Show>
    }
}

#[component]
fn ToastView() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let t = move |k: T| lang.get().t(k);
    view! {
        <div class="toast-area" role="status" aria-live="polite">
            {move || app.toast.get().map(|toast| view! {
                <div class="toast">
                    <span>{toast.text.clone()}</span>
                    {toast.undo.is_some().then(|| view! {
                        <button on:click=move |_| app.undo()>{t(T::Undo)}</button>
                    })}
                    <button class="icon" aria-label=t(T::Dismiss) on:click=move |_| app.toast.set(None)>"×"</button>
                </div>
            })}
        </div>
    }
}
