//! The client copy section of a key account's overview: the workspace's confidential
//! marks, who the customer sees as the sender, and the export.

use leptos::prelude::*;

use crate::ui::widgets::TitledSection;

use crate::domain::AccountId;
use crate::i18n::fill;
use crate::i18n::tr;
use crate::state::analyses::today;
use crate::state::key_accounts::account_name;
use crate::state::typed::Typed;
use crate::state::use_app;

/// The client copy of this key account: the workspace's confidential marks, and the
/// export of a file without anything marked.
#[component]
pub fn ClientCopy(id: AccountId) -> impl IntoView {
    use crate::domain::client_copy::{client_copy, Confidential, MarksArea};
    use crate::i18n::client_copy::{mark_text, CC};
    let app = use_app();
    let lang = app.lang;
    let marked = Typed::of(app.store.settings, MarksArea);
    let asked = app
        .store
        .settings
        .with_untracked(|s| s.name.trim().is_empty());
    let export = move |_| {
        let ws = app.store.snapshot();
        let Some(copy) = marked.with_untracked(|m| client_copy(&ws, id, m, today())) else {
            return;
        };
        let name = account_name(app, id).unwrap_or_default();
        let now = crate::state::browser::now_iso();
        let text = crate::persist::client_file::client_file(&copy, crate::APP_VERSION, &now);
        let file = crate::ui::format::client_copy_file(&name, &now, "");
        let _ = crate::state::browser::download(&file, &text, "application/json");
        app.notify(fill(
            lang.get_untracked().t(CC::Exported),
            &[("name", &name)],
        ));
    };
    view! {
        <TitledSection id="client-copy-title" title=CC::Title class="client-copy">
            <p class="muted">{tr(lang, CC::Intro)}</p>
            <p class="muted">{move || {
                let l = lang.get();
                let name = app.store.settings.with(|s| s.name.trim().to_string());
                if name.is_empty() {
                    l.t(CC::SentAsNone).to_string()
                } else {
                    fill(l.t(CC::SentAs), &[("supplier", &name)])
                }
            }}</p>
            // Asked where it is missing, and kept in view while the user types it.
            {asked.then(|| view! { <SenderName/> })}
            <fieldset class="marks">
                <legend>{tr(lang, CC::Marks)}</legend>
                {Confidential::ALL.into_iter().map(|m| {
                    let box_id = format!("mark-{}", m as usize);
                    view! {
                        <span class="checkbox">
                            <input id=box_id.clone() type="checkbox"
                                prop:checked=move || marked.with(|list| list.contains(&m))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    marked.update(|list| {
                                        list.retain(|x| *x != m);
                                        if on {
                                            list.push(m);
                                        }
                                    });
                                }/>
                            <label for=box_id>{tr(lang, mark_text(m))}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            <button type="button" on:click=export>{tr(lang, CC::Export)}</button>
        </TitledSection>
    }
}

/// The workspace name, asked for as the sender's name where it is still empty.
#[component]
fn SenderName() -> impl IntoView {
    use crate::i18n::client_copy::CC;
    use crate::ui::widgets::TextField;
    let app = use_app();
    let lang = app.lang;
    let name = RwSignal::new(app.store.settings.with_untracked(|s| s.name.clone()));
    view! {
        <TextField
            id="client-copy-sender"
            label=Signal::derive(move || lang.get().t(CC::SenderName).to_string())
            value=name
            on_change=Callback::new(move |text: String| {
                let text = text.trim().to_string();
                app.store.settings.update(|s| s.name = text);
            })
        />
    }
}
