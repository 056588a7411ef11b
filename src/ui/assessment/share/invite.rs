//! The invitation of a workshop: its name, the questionnaire's language and an
//! optional deadline make a link (`#/assessment/join/…`) and its QR code, drawn as
//! SVG by the `qrcode` crate; "Show full screen" draws it large enough to scan from
//! the back of a room (Escape closes, the focus returns to the button).

use leptos::html;
use leptos::prelude::*;
use qrcode::render::svg;
use qrcode::QrCode;

use super::link_to;
use super::panel::{copy_text, select_all};
use crate::domain::assessment::share_link::Invitation;
use crate::domain::day::Day;
use crate::i18n::assessment_share::SL;
use crate::i18n::{fill, tr, Lang};
use crate::persist::js::{call_method, property};
use crate::persist::share_link::invitation_code;
use crate::state::use_app;

/// The SVG of a QR code of `text` (no text of the user in it: only squares), one unit
/// per module, and how many modules wide it is with its quiet zone.
fn qr_svg(text: &str) -> (String, u32) {
    let Ok(code) = QrCode::new(text.as_bytes()) else {
        return (String::new(), 1);
    };
    let svg = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .build();
    // A (non-micro) QR code's quiet zone is 4 modules on each side.
    let modules = u32::try_from(code.width()).unwrap_or(1) + 8;
    // Without the XML declaration, which has no place inside HTML.
    let svg = svg.find("<svg").map(|at| svg[at..].to_string());
    (svg.unwrap_or_default(), modules)
}

/// The side in CSS pixels of a QR code `modules` modules wide drawn in at most `room`
/// pixels: a whole number of pixels per module (at least one), so that every module
/// is drawn equally wide; a code scaled to fit has uneven modules that scanners misread.
pub fn qr_side_px(modules: u32, room: f64) -> u32 {
    let modules = modules.max(1);
    let per_module = (room / f64::from(modules)).floor().max(1.0);
    // At most a few hundred pixels per module: the cast cannot overflow.
    per_module.min(10_000.0) as u32 * modules
}

/// Puts the QR code's SVG into `holder` and names it: attributes set through the DOM,
/// so a workshop name is never read as markup.
fn show_qr(holder: &web_sys::HtmlElement, svg: &str, label: &str) {
    let _ = js_sys::Reflect::set(holder, &"innerHTML".into(), &svg.into());
    let el = property(holder, "firstElementChild");
    if el.is_object() {
        let _ = call_method(&el, "setAttribute", &["role".into(), "img".into()]);
        let _ = call_method(&el, "setAttribute", &["aria-label".into(), label.into()]);
    }
}

/// Sizes the QR code in `holder` to the largest whole number of pixels per module
/// that fits in `room` pixels.
fn size_qr(holder: &web_sys::HtmlElement, modules: u32, room: f64) {
    let side = qr_side_px(modules, room).to_string();
    let _ = holder.set_attribute("style", &format!("width:{side}px"));
    let el = property(holder, "firstElementChild");
    if el.is_object() {
        for name in ["width", "height"] {
            let _ = call_method(&el, "setAttribute", &[name.into(), side.as_str().into()]);
        }
    }
}

/// The window's inner width and height in CSS pixels.
fn window_size() -> (f64, f64) {
    let Some(w) = web_sys::window() else {
        return (0.0, 0.0);
    };
    let px = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    (px(w.inner_width()), px(w.inner_height()))
}

/// The invitation made: its link, the QR code's SVG and its accessible name.
#[derive(Clone)]
struct Made {
    link: String,
    svg: String,
    /// The code's width in modules, quiet zone included.
    modules: u32,
    label: String,
}

#[component]
pub fn InvitePanel(
    /// The workshop shown on the page: the name the invitation starts with.
    workshop: Signal<Option<String>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let name = RwSignal::new(workshop.get_untracked().unwrap_or_default());
    let invite_lang = RwSignal::new(lang.get_untracked());
    let deadline = RwSignal::new(None::<Day>);
    let made = RwSignal::new(None::<Made>);
    let missing = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    let create = move |_| {
        let workshop = name.get_untracked().trim().to_string();
        missing.set(workshop.is_empty());
        copied.set(None);
        if workshop.is_empty() {
            made.set(None);
            return;
        }
        let inv = Invitation {
            workshop: workshop.clone(),
            lang: invite_lang.get_untracked().code().to_string(),
            deadline: deadline.get_untracked(),
        };
        let label = fill(
            lang.get_untracked().t(SL::QrLabel),
            &[("workshop", &workshop)],
        );
        leptos::task::spawn_local(async move {
            let link = link_to("join", &invitation_code(&inv).await);
            let (svg, modules) = qr_svg(&link);
            made.set(Some(Made {
                link,
                svg,
                modules,
                label,
            }));
        });
    };
    view! {
        <section class="invite-panel no-print" aria-labelledby="inv-title">
            <h3 id="inv-title">{tr(lang, SL::InviteTitle)}</h3>
            <p class="hint">{tr(lang, SL::InviteIntro)}</p>
            <div class="field-row">
                <div class="field">
                    <label for="inv-name">{tr(lang, SL::InviteWorkshop)}</label>
                    <input id="inv-name" type="text" prop:value=move || name.get()
                        aria-invalid=move || missing.get().then_some("true")
                        on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="inv-lang">{tr(lang, SL::InviteLang)}</label>
                    <select id="inv-lang" prop:value=move || invite_lang.get().code()
                        on:change=move |ev| {
                            if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                                invite_lang.set(l);
                            }
                        }>
                        <option value="en">"English"</option>
                        <option value="de">"Deutsch"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="inv-deadline">{tr(lang, SL::InviteDeadline)}</label>
                    <input id="inv-deadline" type="date"
                        on:change=move |ev| deadline.set(Day::parse(&event_target_value(&ev)))/>
                </div>
            </div>
            <div class="actions">
                <button type="button" class="primary" on:click=create>{tr(lang, SL::MakeInvite)}</button>
            </div>
            <Show when=move || missing.get()>
                <p class="banner banner-error" role="alert">{tr(lang, SL::NameNeeded)}</p>
            </Show>
            {move || made.get().map(|m| view! { <InvitationView made=m copied=copied/> })}
        </section>
    }
}

/// The link with "Copy link", the QR code and its full-screen view.
#[component]
fn InvitationView(made: Made, copied: RwSignal<Option<bool>>) -> impl IntoView {
    let lang = use_app().lang;
    let small = NodeRef::<html::Div>::new();
    let large = NodeRef::<html::Div>::new();
    let dialog = NodeRef::<html::Dialog>::new();
    let opener = NodeRef::<html::Button>::new();
    let Made {
        link,
        svg,
        modules,
        label,
    } = made;
    let (svg_small, label_small) = (svg.clone(), label.clone());
    Effect::new(move |_| {
        if let Some(div) = small.get() {
            show_qr(&div, &svg_small, &label_small);
            // About 14rem beside the link, less in a narrow column.
            let column = div.parent_element().map_or(0, |p| p.client_width());
            size_qr(&div, modules, f64::from(column).min(224.0));
        }
    });
    let (svg_large, label_large) = (svg, label.clone());
    Effect::new(move |_| {
        if let Some(div) = large.get() {
            show_qr(&div, &svg_large, &label_large);
        }
    });
    // Sized for the window as it is (when opened, and when a phone is turned): all of
    // its width but the dialog's padding, and most of its height (Close goes below).
    let fit_large = move || {
        if let Some(div) = large.get_untracked() {
            let (width, height) = window_size();
            size_qr(&div, modules, (width - 48.0).min(height * 0.82));
        }
    };
    let on_resize = window_event_listener(leptos::ev::resize, move |_| fit_large());
    on_cleanup(move || on_resize.remove());
    let open_full = move |_| {
        fit_large();
        if let Some(d) = dialog.get() {
            let _ = call_method(&d, "showModal", &[]);
        }
    };
    let close_full = move |_| {
        if let Some(d) = dialog.get() {
            let _ = call_method(&d, "close", &[]);
        }
    };
    // Escape closes a modal dialog by itself; the focus then goes back to the button.
    let on_close = move |_| {
        if let Some(b) = opener.get() {
            let _ = b.focus();
        }
    };
    let copy_link = link.clone();
    let copy = move |_| {
        let text = copy_link.clone();
        leptos::task::spawn_local(async move { copied.set(Some(copy_text(&text).await)) });
    };
    view! {
        <div class="invitation">
            <div class="field share-link">
                <label for="inv-link">{tr(lang, SL::InviteLink)}</label>
                <input id="inv-link" type="text" readonly prop:value=link
                    on:focus=select_all/>
            </div>
            <div class="actions">
                <button type="button" on:click=copy>{tr(lang, SL::CopyLink)}</button>
                <button type="button" node_ref=opener on:click=open_full>{tr(lang, SL::FullScreen)}</button>
            </div>
            <div aria-live="polite">{move || copied.get().map(|ok| view! {
                <p class="hint">{tr(lang, if ok { SL::Copied } else { SL::CopyFailed })}</p>
            })}</div>
            <div class="qr" node_ref=small></div>
            <dialog class="qr-full" node_ref=dialog aria-label=label on:close=on_close>
                <div class="qr qr-large" node_ref=large></div>
                <button type="button" on:click=close_full>{tr(lang, SL::Close)}</button>
            </dialog>
        </div>
    }
}
