//! The workshop page's box for result links: any pasted text, every
//! `#/assessment/shared/…` in it read; the readable ones join the workshop each link
//! names (one naming none joins the page's), one already there is recognised as with
//! files, the others are named with their problem.

use leptos::prelude::*;

use crate::domain::assessment::share_link::find_result_codes;
use crate::i18n::assessment_share::{link_error_text, SL};
use crate::i18n::{fill, tr};
use crate::persist::share_link::open_result;
use crate::state::{use_app, AppState};

#[component]
pub fn PasteLinks(
    /// Where links naming no workshop go.
    workshop: Signal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let text = RwSignal::new(String::new());
    let problems = RwSignal::new(Vec::<String>::new());
    // The toast of the last addition: a later paste that adds nothing closes it, so it
    // does not still say "3 assessments added" beside the new problem.
    let toast = StoredValue::new(None::<u64>);
    let add = move |_| {
        let pasted = text.get_untracked();
        let into = workshop.get_untracked();
        add_links(
            app,
            pasted,
            into,
            Pasted {
                problems,
                text,
                toast,
            },
        );
    };
    view! {
        <section class="paste-links no-print" aria-labelledby="ws-paste-title">
            <h3 id="ws-paste-title">{tr(lang, SL::PasteTitle)}</h3>
            <div class="field">
                <label for="ws-paste">{tr(lang, SL::PasteLabel)}</label>
                <textarea id="ws-paste" rows="3" prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="button" disabled=move || text.with(|t| t.trim().is_empty()) on:click=add>
                    {tr(lang, SL::PasteAdd)}
                </button>
            </div>
            <Show when=move || problems.with(|p| !p.is_empty())>
                <div class="banner banner-error" role="alert">
                    <ul>{move || problems.get().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                </div>
            </Show>
        </section>
    }
}

/// Reads every link in `pasted` and adds the readable results to the workshops they
/// name (`into` for those naming none); the toast
/// offers to undo the whole addition. The box is emptied when every link was read.
fn add_links(app: AppState, pasted: String, into: Option<String>, box_: Pasted) {
    let Pasted {
        problems,
        text,
        toast,
    } = box_;
    let lang = app.lang.get_untracked();
    let stale = move || {
        if let Some(id) = toast.get_value() {
            app.toasts.dismiss_shown(id);
        }
    };
    let codes = find_result_codes(&pasted);
    if codes.is_empty() {
        stale();
        problems.set(vec![lang.t(SL::PasteNone).to_string()]);
        return;
    }
    leptos::task::spawn_local(async move {
        let mut incoming = Vec::new();
        let mut refused = Vec::new();
        for (i, code) in codes.iter().enumerate() {
            match open_result(code).await {
                Ok(a) => incoming.push(a),
                Err(e) => refused.push(fill(
                    lang.t(SL::PasteRefused),
                    &[
                        ("n", &(i + 1).to_string()),
                        ("detail", &link_error_text(lang, &e, false)),
                    ],
                )),
            }
        }
        let all_read = refused.is_empty();
        problems.set(refused);
        if incoming.is_empty() {
            stale();
            return;
        }
        if all_read {
            text.set(String::new());
        }
        crate::ui::assessment::add_imported_with_undo(app, lang, incoming, into.as_deref());
        toast.set_value(app.toasts.shown());
    });
}

/// The paste box's state an addition reads and writes.
#[derive(Clone, Copy)]
struct Pasted {
    problems: RwSignal<Vec<String>>,
    text: RwSignal<String>,
    toast: StoredValue<Option<u64>>,
}
