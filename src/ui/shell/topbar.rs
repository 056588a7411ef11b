//! The top bar: the brand, the main navigation (behind a menu button on narrow
//! screens), the file and save status and the language. And the "skip to content" link
//! before it.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::tr;
use crate::i18n::{common::C, Lang};
use crate::state::{use_app, Route, SaveStatus};

/// The first thing a keyboard reaches: jumps over the navigation to the page.
#[component]
pub fn SkipLink() -> impl IntoView {
    let lang = use_app().lang;
    // A button, not `href="#main"`: the hash is the route.
    let skip = move |_| {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| {
                let find = |q: &str| d.query_selector(q).ok().flatten();
                find("main h1").or_else(|| find("main"))
            })
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = heading {
            let _ = h.set_attribute("tabindex", "-1");
            let _ = h.focus();
        }
    };
    view! { <button class="skip-link" on:click=skip>{tr(lang, C::SkipToContent)}</button> }
}

/// `client`: a client copy is open as the client, who sees neither the supplier's
/// navigation nor its tagline.
#[component]
pub fn TopBar(client: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let menu_open = RwSignal::new(false);
    let menu_button = NodeRef::<html::Button>::new();
    // Choosing a page closes the menu.
    Effect::new(move |_| {
        app.route.track();
        menu_open.set(false);
    });
    let on_key = move |e: web_sys::KeyboardEvent| {
        if e.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
            if let Some(b) = menu_button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    let nav_link = move |route: Route, key: C| {
        let current = move || {
            let is_key = |id| {
                app.store
                    .accounts
                    .with(|a| a.iter().any(|x| x.id == id && x.key_account))
            };
            let same = app.route.get().nav_section(is_key) == route;
            if same {
                Some("page")
            } else {
                None
            }
        };
        view! { <a href=route.href() aria-current=current>{tr(lang, key)}</a> }
    };
    view! {
        <header class="topbar" on:keydown=on_key>
            <div class="brand">
                <span class="logo" aria-hidden="true">"◆"</span>
                <span class="name">"Keystone"</span>
                <Show when=move || !client.get()>
                    <span class="tagline">{tr(lang, C::AppTagline)}</span>
                </Show>
            </div>
            <Show when=move || !client.get()>
            <button
                class="menu-button"
                node_ref=menu_button
                aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                aria-controls="main-nav"
                on:click=move |_| menu_open.update(|o| *o = !*o)
            >
                <span aria-hidden="true">"☰ "</span>{tr(lang, C::Menu)}
            </button>
            <nav id="main-nav" class:open=move || menu_open.get() aria-label=tr(lang, C::NavMain)>
                {nav_link(Route::Accounts, C::NavAccounts)}
                {nav_link(Route::KeyAccounts, C::NavKeyAccounts)}
                {nav_link(Route::Whitespace, C::NavWhitespace)}
                {nav_link(Route::Pareto, C::NavPareto)}
                {nav_link(Route::Development, C::NavDevelopment)}
                {nav_link(Route::ValueModel, C::NavValue)}
                {nav_link(Route::Portfolio, C::NavPortfolio)}
                {nav_link(Route::Assessment(None), C::NavAssessment)}
                {nav_link(Route::Data, C::NavData)}
            </nav>
            </Show>
            <div class="topbar-right">
                <Show when=move || app.file.with(Option::is_some)>
                    <crate::ui::data::file::LazyFileStatus/>
                </Show>
                <SaveIndicator/>
                <label class="lang">
                    <span class="visually-hidden">{tr(lang, C::Language)}</span>
                    <select
                        aria-label=tr(lang, C::Language)
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
            SaveStatus::Failed(_) => lang.t(C::NotSaved),
            _ if paused => lang.t(C::NotSaved),
            SaveStatus::Saved => lang.t(C::Saved),
            SaveStatus::Pending => lang.t(C::Saving),
        }
    };
    view! { <span class="save-status" role="status">{text}</span> }
}
