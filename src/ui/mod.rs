//! Pages and components. Thin: they read the store and call domain functions.

pub mod accounts;
pub mod assessment;
pub mod client_view;
pub mod data;
pub mod development;
pub mod format;
pub mod key_account;
pub mod key_accounts;
pub mod lazy;
pub mod paper;
pub mod pareto;
pub mod portfolio;
pub mod report;
pub mod routes;
pub mod shell;
pub mod value;
pub mod whitespace;
pub mod widgets;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::common::{common_text_in, C};
use crate::i18n::tr;
use crate::state::{use_app, AppState, Route, SaveStatus};

/// Reads storage (decoding a stored workspace in its chunk), then mounts the app. If the
/// decoder cannot be fetched, says so in place of the app and leaves storage untouched.
pub fn start() {
    // Not leptos' spawn_local: its executor is set up by mounting, which comes after.
    wasm_bindgen_futures::spawn_local(async {
        // A returning visit to the register fetches its chunk while the workspace is
        // decoded (a first visit, with nothing stored, never needs it).
        let preload = || {
            let route = Route::parse(&crate::state::browser::current_hash());
            if matches!(route, Route::Accounts | Route::NotFound) {
                accounts::fetch_register();
            }
        };
        match crate::state::Stored::read_and(preload).await {
            Ok(stored) => leptos::mount::mount_to_body(move || view! { <App stored=stored/> }),
            Err(_) => {
                let lang = crate::state::startup_lang();
                leptos::mount::mount_to_body(move || {
                    view! { <p class="start-failed" role="alert">{lang.t(C::StartFailed)}</p> }
                })
            }
        }
    });
}

/// The whole application.
#[component]
pub fn App(
    /// What storage held, decoded before mounting: [`start`].
    stored: crate::state::Stored,
) -> impl IntoView {
    let app = AppState::init(stored);
    let lang = app.lang;
    paper::keep_page_numbers(lang);
    // Set by src/offline/client.js when a new build is waiting (the flag, if it said so
    // before the app started).
    let waiting = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"keystoneUpdate".into()).ok())
        .is_some_and(|v| v.is_truthy());
    let update_ready = RwSignal::new(waiting);
    let on_update =
        window_event_listener_untyped("keystone-update", move |_| update_ready.set(true));
    on_cleanup(move || on_update.remove());
    // A client copy opened as the client: its own view instead of the supplier's tool.
    // Switched in a task of its own, after the effects of the replacement ran: the page
    // that replaced the workspace (data page, client view) is then disposed with none
    // of its effects still queued.
    let client = RwSignal::new(untrack(|| client_view::is_client_copy(app)));
    Effect::new(move |_| {
        let now = client_view::is_client_copy(app);
        if now != client.get_untracked() {
            set_timeout(move || client.set(now), std::time::Duration::ZERO);
        }
    });
    view! {
        <shell::topbar::SkipLink/>
        <shell::topbar::TopBar client=client/>
        <shell::title::PageChange/>
        <Show when=move || {
            update_ready.get()
                || app.load_failure.with(Option::is_some)
                || matches!(app.save_status.get(), SaveStatus::Failed(_))
                || app.conflict.get()
        }>
            <shell::notices::LazyNotices update_ready=update_ready/>
        </Show>
        <main id="main">
            {move || if client.get() {
                view! { <client_view::LazyClientView/> }.into_any()
            } else { match app.route.get() {
                Route::Accounts => accounts::AccountsPage().into_any(),
                Route::NotFound => view! {
                    <p class="banner banner-warn" role="alert">{tr(lang, C::PageNotFound)}</p>
                    {accounts::AccountsPage()}
                }
                .into_any(),
                route => view! { <routes::LazyPage route=route/> }.into_any(),
            }}}
        </main>
        <ToastView/>
        <PrefetchPages/>
    }
}

/// Starts fetching the page chunks once the first page is on screen; Ctrl+S (⌘S on a
/// Mac) saves to the user's file on every page, Ctrl+Shift+S asks where.
#[component]
fn PrefetchPages() -> impl IntoView {
    Effect::new(move |_| routes::prefetch_when_idle());
    let app = use_app();
    let on_key = window_event_listener(leptos::ev::keydown, move |e| {
        if (e.ctrl_key() || e.meta_key()) && !e.alt_key() && e.key().eq_ignore_ascii_case("s") {
            e.prevent_default();
            // A field being edited commits its text on blur: the file gets it too.
            let active = crate::state::browser::focused();
            if let Some(el) = active.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.blur();
                let _ = el.focus();
            }
            data::file::save_to_file(app, e.shift_key());
        }
    });
    on_cleanup(move || on_key.remove());
}

#[component]
fn ToastView() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let tc = move |k: C| lang.get().t(k);
    view! {
        <div class="toast-area" role="status" aria-live="polite">
            {move || app.toasts.current.get().map(|toast| view! {
                <div
                    class="toast"
                    on:mouseenter=move |_| app.toasts.held.set(true)
                    on:mouseleave=move |_| app.toasts.held.set(false)
                    on:focusin=move |_| app.toasts.held.set(true)
                    on:focusout=move |_| app.toasts.held.set(false)
                >
                    // Made from a common key: in the language now chosen.
                    <span>{move || {
                        common_text_in(lang.get(), &toast.text).map_or_else(|| toast.text.clone(), str::to_string)
                    }}</span>
                    {toast.undo.is_some().then(|| view! {
                        <button on:click=move |_| app.toasts.undo(tc(C::Undone))>{tc(C::Undo)}</button>
                    })}
                    <button class="icon" on:click=move |_| app.toasts.current.set(None)>
                        <span aria-hidden="true">"×"</span><span class="visually-hidden">{tc(C::Dismiss)}</span></button>
                </div>
            })}
        </div>
    }
}
