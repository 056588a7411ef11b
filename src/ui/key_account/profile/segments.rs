//! The segment bar of the profile page: the segments as tabs, the name of the
//! current one, adding and removing segments.

use leptos::prelude::*;

use super::{add_segment, edit};
use crate::domain::profile::Segment;
use crate::domain::AccountId;
use crate::i18n::profile::PR;
use crate::i18n::{fill, tr};
use crate::state::key_accounts::update_key_account;
use crate::state::use_app;

/// The segments as tabs, the name of the current one, adding and removing.
#[component]
pub fn SegmentBar(
    id: AccountId,
    segments: Memo<Vec<Segment>>,
    current: Memo<Option<usize>>,
    chosen: RwSignal<usize>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let tabs = move || {
        let here = current.get();
        segments.with(|all| {
            all.iter()
                .enumerate()
                .map(|(i, s)| {
                    view! {
                        <button type="button" class="segment" aria-pressed=if here == Some(i) { "true" } else { "false" }
                            on:click=move |_| chosen.set(i)>{s.name.clone()}</button>
                    }
                })
                .collect_view()
        })
    };
    let add = move |_| {
        let l = lang.get_untracked();
        let n = segments.with_untracked(Vec::len);
        let name = format!("{} {}", l.t(PR::NewSegmentName), n + 1);
        let notice = fill(l.t(PR::SegmentAdded), &[("name", &name)]);
        add_segment(app, id, name);
        chosen.set(n);
        app.notify(notice);
    };
    let remove = move |_| {
        let Some(i) = current.get_untracked() else {
            return;
        };
        let Some(gone) = segments.with_untracked(|s| s.get(i).cloned()) else {
            return;
        };
        update_key_account(app, id, |d| {
            d.profiles.remove(i);
        });
        chosen.set(i.saturating_sub(1));
        let text = fill(
            lang.get_untracked().t(PR::SegmentRemoved),
            &[("name", &gone.name)],
        );
        app.toasts.notify_with_undo(text, move || {
            let back = gone.clone();
            update_key_account(app, id, move |d| {
                let at = i.min(d.profiles.len());
                d.profiles.insert(at, back);
            });
            chosen.set(i);
        });
    };
    let seg_name = move || {
        current
            .get()
            .and_then(|i| segments.with(|s| s.get(i).map(|s| s.name.clone())))
            .unwrap_or_default()
    };
    view! {
        <div class="segments" role="group" aria-label=move || lang.get().t(PR::Segments)>
            {tabs}
            <button type="button" on:click=add>{tr(lang, PR::AddSegment)}</button>
        </div>
        <div class="field-row">
            <div class="field">
                <label for="segment-name">{tr(lang, PR::SegmentName)}</label>
                <input id="segment-name" type="text" prop:value=seg_name
                    on:change=move |ev| {
                        let text = event_target_value(&ev).trim().to_string();
                        if let (Some(i), false) = (current.get_untracked(), text.is_empty()) {
                            edit(app, id, i, |s| s.name = text);
                        }
                    }/>
            </div>
            <button type="button" class="link danger" on:click=remove>
                {move || fill(lang.get().t(PR::RemoveSegment), &[("name", &seg_name())])}
            </button>
        </div>
    }
}
