//! Paper: what every printed page carries in its margins. The page number ("Page 2 of
//! 5", in the UI language) at the bottom right of every printed page, and on reports
//! and the workshop the footer (workspace, date) at the bottom left, both as CSS page-margin boxes
//! (`@page { @bottom-right { content: … counter(page) … } }`), which Chromium prints
//! outside the content, so they never cover a table. The rules live in `<style>`
//! elements the app keeps up to date; the texts come from the catalogue, and a
//! user-provided text (the workspace name) is written as an escaped CSS string.

use leptos::prelude::*;

use crate::charts::profile::{unrated_competitors, SupplierRatings};
use crate::i18n::key_accounts::day_text;
use crate::i18n::report::RP;
use crate::i18n::{fill, Lang};
use crate::state::analyses::today;
use crate::state::use_app;

const PAGE_NUMBERS: &str = "keystone-page-numbers";
const FOOTER: &str = "keystone-print-footer";
const MARGIN_TEXT: &str = "font: 8pt system-ui, sans-serif; color: #4b5563;";

/// `text` as a CSS string literal: quotes and backslashes escaped, control characters
/// and `<` `>` as hexadecimal escapes (so no text can end the string, the rule or the
/// `<style>` element).
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || c == '<' || c == '>' => {
                out.push_str(&format!("\\{:x} ", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A `content` value from a template with `{page}` and `{pages}`: the words as CSS
/// strings, the placeholders as the page counters.
pub fn page_counter_content(template: &str) -> String {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let (counter, len) = if rest[start..].starts_with("{pages}") {
            ("counter(pages)", 7)
        } else if rest[start..].starts_with("{page}") {
            ("counter(page)", 6)
        } else {
            break;
        };
        if start > 0 {
            parts.push(css_string(&rest[..start]));
        }
        parts.push(counter.to_string());
        rest = &rest[start + len..];
    }
    if !rest.is_empty() {
        parts.push(css_string(rest));
    }
    parts.join(" ")
}

/// The page-number rule for `lang`.
pub fn page_number_css(lang: Lang) -> String {
    format!(
        "@page {{ @bottom-right {{ content: {}; {MARGIN_TEXT} }} }}",
        page_counter_content(lang.t(RP::PageOf))
    )
}

/// The footer rule: `text` at the bottom left of every page.
pub fn footer_css(text: &str) -> String {
    format!(
        "@page {{ @bottom-left {{ content: {}; {MARGIN_TEXT} }} }}",
        css_string(text)
    )
}

/// Puts `css` into the `<style id=…>` in the document's head (created when missing);
/// `None` removes it.
fn set_style(id: &str, css: Option<&str>) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let existing = doc.get_element_by_id(id);
    match (css, existing) {
        (None, Some(el)) => el.remove(),
        (None, None) => {}
        (Some(css), Some(el)) => el.set_text_content(Some(css)),
        (Some(css), None) => {
            let (Ok(el), Some(head)) = (
                doc.create_element("style"),
                doc.query_selector("head").ok().flatten(),
            ) else {
                return;
            };
            el.set_id(id);
            el.set_text_content(Some(css));
            let _ = head.append_child(&el);
        }
    }
}

/// Keeps the page numbers of every printed page in the UI language.
pub fn keep_page_numbers(lang: RwSignal<Lang>) {
    Effect::new(move |_| set_style(PAGE_NUMBERS, Some(&page_number_css(lang.get()))));
}

/// While the calling component is mounted, every printed page carries `footer` at the
/// bottom left.
pub fn keep_footer(footer: impl Fn() -> String + Send + Sync + 'static) {
    Effect::new(move |_| set_style(FOOTER, Some(&footer_css(&footer()))));
    on_cleanup(|| set_style(FOOTER, None));
}

/// While the calling page is mounted, every printed page carries the workspace's name
/// and today's date ("Keystone workspace · printed …") at the bottom left. Only on
/// paper: on screen nothing has been printed yet.
pub fn keep_printed_footer() {
    let app = use_app();
    let lang = app.lang;
    keep_footer(move || {
        let l = lang.get();
        let name = app.store.settings.with(|s| s.name.clone());
        let workspace = if name.trim().is_empty() {
            l.t(RP::Unnamed).to_string()
        } else {
            name
        };
        fill(
            l.t(RP::Footer),
            &[("workspace", &workspace), ("date", &day_text(l, today()))],
        )
    });
}

/// "Left out of the chart (no ratings): …", or nothing when every supplier is drawn.
/// `ratings_confidential`: the competitors' ratings were left out of a client copy, so
/// the note says that instead of claiming they have none — without their names, which
/// a document for the client must not carry.
pub fn not_drawn(lang: Lang, suppliers: &[SupplierRatings], ratings_confidential: bool) -> String {
    let names = unrated_competitors(suppliers);
    if names.is_empty() {
        return String::new();
    }
    if ratings_confidential {
        return lang.t(RP::NotShownConfidential).to_string();
    }
    fill(lang.t(RP::NotDrawn), &[("names", &names.join(", "))])
}
