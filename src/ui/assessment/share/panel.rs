//! Under a result: "Share as link" (comments only if ticked, the note that the part
//! after # never reaches a server, the link's length, the file past 2,000 characters)
//! and, in a workshop, "Send my answers": the phone's share sheet, else the link
//! copied, else the file, saying which happened.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::link_to;
use crate::domain::assessment::share_link::LINK_LIMIT;
use crate::domain::assessment::Assessment;
use crate::i18n::assessment_share::SL;
use crate::i18n::{fill, tr};
use crate::persist::js::{call_method, property};
use crate::persist::share_link::result_code;
use crate::state::assessments::assessments;
use crate::state::use_app;
use crate::ui::assessment::export_assessments;

/// Copies `text`; `false` if the browser does not allow it.
pub async fn copy_text(text: &str) -> bool {
    let clipboard = property(&navigator(), "clipboard");
    match call_method(&clipboard, "writeText", &[text.into()]) {
        Ok(p) => JsFuture::from(js_sys::Promise::from(p)).await.is_ok(),
        Err(_) => false,
    }
}

fn navigator() -> JsValue {
    web_sys::window().map_or(JsValue::UNDEFINED, |w| w.navigator().into())
}

/// How "Send my answers" went.
#[derive(Clone, Copy, PartialEq)]
enum Sent {
    Shared,
    Cancelled,
    Copied,
    Downloaded,
}

#[component]
pub fn SharePanel(id: u64) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let list = assessments(app);
    let shown = Memo::new(move |_| list.with(|l| l.get(id).cloned()));
    let comments = RwSignal::new(false);
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<bool>);
    let sent = RwSignal::new(None::<Sent>);
    // Which request made the link: a slower older one must not overwrite a newer one.
    let made = StoredValue::new(0u32);
    let make = move || {
        let Some(a) = shown.get_untracked() else {
            return;
        };
        let with_comments = comments.get_untracked();
        made.update_value(|n| *n += 1);
        let this = made.get_value();
        leptos::task::spawn_local(async move {
            let code = result_code(&a, with_comments).await;
            if made.get_value() == this {
                link.set(Some(link_to("shared", &code)));
            }
        });
    };
    // A new answer or the checkbox: a link already shown is made again with them at
    // once (never silently taken away or left stale).
    Effect::new(move |first: Option<()>| {
        shown.track();
        comments.track();
        copied.set(None);
        if first.is_some() && link.with_untracked(Option::is_some) {
            make();
        }
    });
    let make_link = move |_| make();
    let copy = move |_| {
        let Some(text) = link.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move { copied.set(Some(copy_text(&text).await)) });
    };
    let send = move |_| {
        let Some(a) = shown.get_untracked() else {
            return;
        };
        let with_comments = comments.get_untracked();
        let title = lang.get_untracked().t(SL::ShareSheetTitle).to_string();
        leptos::task::spawn_local(async move {
            sent.set(Some(send_answers(&a, with_comments, &title).await));
        });
    };
    let too_long =
        move || link.with(|l| l.as_ref().is_some_and(|l| l.chars().count() > LINK_LIMIT));
    let in_workshop =
        move || shown.with(|a| a.as_ref().is_some_and(|a| !a.workshop.trim().is_empty()));
    let answered = move || shown.with(|a| a.as_ref().is_some_and(|a| a.answered() > 0));
    view! {
        <Show when=answered>
        <section class="share-panel no-print" aria-labelledby="sh-title">
            <h2 id="sh-title">{tr(lang, SL::ShareTitle)}</h2>
            <p class="hint" id="sh-note">{tr(lang, SL::ShareNote)}</p>
            <div class="actions">
                <label class="check">
                    <input type="checkbox" prop:checked=move || comments.get()
                        on:change=move |ev| comments.set(event_target_checked(&ev))/>
                    " "{tr(lang, SL::IncludeComments)}
                </label>
                <button type="button" aria-describedby="sh-note" on:click=make_link>{tr(lang, SL::ShareLink)}</button>
                <Show when=in_workshop>
                    <button type="button" class="primary" aria-describedby="sh-send-hint" on:click=send>{tr(lang, SL::SendAnswers)}</button>
                </Show>
            </div>
            <Show when=in_workshop>
                <p class="hint" id="sh-send-hint">{tr(lang, SL::SendHint)}</p>
            </Show>
            <div aria-live="polite">{move || sent.get().map(|s| {
                let key = match s {
                    Sent::Shared => SL::SentShared,
                    Sent::Cancelled => SL::SentCancelled,
                    Sent::Copied => SL::SentCopied,
                    Sent::Downloaded => SL::SentDownloaded,
                };
                view! { <p class="banner banner-info sent">{tr(lang, key)}</p> }
            })}</div>
            {move || link.get().map(|l| {
                let n = l.chars().count();
                view! {
                    <div class="field share-link">
                        <label for="sh-link">{tr(lang, SL::LinkLabel)}</label>
                        <input id="sh-link" type="text" readonly prop:value=l.clone()
                            aria-describedby="sh-length"
                            on:focus=select_all/>
                        <span id="sh-length" class="hint">{move || fill(lang.get().t(SL::LinkLength), &[("n", &lang.get().count(n))])}</span>
                    </div>
                    <div class="actions">
                        <button type="button" on:click=copy>{tr(lang, SL::CopyLink)}</button>
                    </div>
                }
            })}
            <div aria-live="polite">{move || copied.get().map(|ok| view! {
                <p class="hint">{tr(lang, if ok { SL::Copied } else { SL::CopyFailed })}</p>
            })}</div>
            <Show when=too_long>
                <div class="banner banner-warn" role="status">
                    <p>{move || fill(lang.get().t(SL::TooLong), &[("n", &lang.get().count(link.with(|l| l.as_ref().map_or(0, |l| l.chars().count()))))])}</p>
                    <button type="button" on:click=move |_| {
                        if let Some(a) = shown.get_untracked() {
                            export_assessments(&[a], None);
                        }
                    }>{tr(lang, SL::SendFile)}</button>
                </div>
            </Show>
        </section>
        </Show>
    }
}

/// The share sheet with the link; else the link copied; else the file. A link past
/// the limit goes as the file straight away.
async fn send_answers(a: &Assessment, comments: bool, title: &str) -> Sent {
    let link = link_to("shared", &result_code(a, comments).await);
    if link.chars().count() <= LINK_LIMIT {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &link.as_str().into());
        // Missing (most desktop browsers): the next way is tried.
        if let Ok(promise) = call_method(&navigator(), "share", &[data.into()]) {
            match JsFuture::from(js_sys::Promise::from(promise)).await {
                Ok(_) => return Sent::Shared,
                // The person closed the share sheet: their choice, no fallback.
                Err(e) if error_name(&e) == "AbortError" => return Sent::Cancelled,
                Err(_) => {}
            }
        }
        if copy_text(&link).await {
            return Sent::Copied;
        }
    }
    // The file carries what the link would: no comments unless they were ticked.
    let mut sent = a.clone();
    if !comments {
        sent.comments.clear();
    }
    export_assessments(std::slice::from_ref(&sent), None);
    Sent::Downloaded
}

/// Selects a read-only link's text when it gets the focus, ready to copy.
pub fn select_all(ev: leptos::ev::FocusEvent) {
    if let Some(target) = ev.target() {
        let _ = call_method(&target, "select", &[]);
    }
}

fn error_name(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}
