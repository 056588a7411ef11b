//! The SWOT of the account plan: one quadrant each for strengths, weaknesses,
//! opportunities and threats, with entries to add and remove.

use leptos::prelude::*;

use crate::domain::plan::Plan;
use crate::domain::{AccountId, KeyAccountData};
use crate::i18n::plan::PL;
use crate::i18n::{fill, tr};
use crate::state::key_accounts::{remove_with_undo, update_key_account};
use crate::state::use_app;
use crate::ui::widgets::{RemoveButton, TitledSection};

/// The four SWOT lists of a key account's plan: strengths, weaknesses, opportunities,
/// threats (the order of [`SWOT_NAMES`]).
type SwotOf = fn(&mut KeyAccountData) -> &mut Vec<String>;
const SWOT_LISTS: [SwotOf; 4] = [
    |d| &mut d.plan.swot.strengths,
    |d| &mut d.plan.swot.weaknesses,
    |d| &mut d.plan.swot.opportunities,
    |d| &mut d.plan.swot.threats,
];

pub use crate::i18n::plan::SWOT_NAMES;

/// The SWOT section: its four quadrants side by side.
#[component]
pub(super) fn Swot(id: AccountId, plan: Memo<Plan>) -> impl IntoView {
    view! {
        <TitledSection id="swot-title" title=PL::Swot>
            <div class="swot">
                {(0..4).map(|q| view! { <SwotList id=id quadrant=q plan=plan/> }).collect_view()}
            </div>
        </TitledSection>
    }
}

/// One quadrant of the SWOT: its entries, each removable, and a field to add one.
#[component]
fn SwotList(id: AccountId, quadrant: usize, plan: Memo<Plan>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let name = SWOT_NAMES[quadrant];
    let entries = Memo::new(move |_| {
        plan.with(|p| {
            [
                &p.swot.strengths,
                &p.swot.weaknesses,
                &p.swot.opportunities,
                &p.swot.threats,
            ][quadrant]
                .clone()
        })
    });
    let text = RwSignal::new(String::new());
    let input_id = format!("swot-{quadrant}-new");
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked().trim().to_string();
        if t.is_empty() {
            return;
        }
        update_key_account(app, id, |d| SWOT_LISTS[quadrant](d).push(t));
        text.set(String::new());
    };
    let list = move || {
        let l = lang.get();
        let items = entries.get();
        if items.is_empty() {
            return view! { <p class="muted">{l.t(PL::Empty)}</p> }.into_any();
        }
        view! {
            <ul>
                {items.into_iter().enumerate().map(|(i, entry)| {
                    let label = fill(l.t(PL::RemoveEntry), &[("text", &entry)]);
                    let remove = move || {
                        let l = lang.get_untracked();
                        remove_with_undo(app, id, i, SWOT_LISTS[quadrant], |gone: &String| {
                            fill(l.t(PL::EntryRemoved), &[("text", gone)])
                        });
                    };
                    view! { <li>{entry}" "<RemoveButton label=label on_remove=remove/></li> }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let label_id = input_id.clone();
    view! {
        <div class=format!("swot-quadrant swot-{quadrant}")>
            <h3>{tr(lang, name)}</h3>
            {list}
            <form class="inline-form" on:submit=add>
                <div class="field">
                    <label for=label_id class="visually-hidden">
                        {move || { let l = lang.get(); fill(l.t(PL::NewEntry), &[("list", l.t(name))]) }}
                    </label>
                    <input id=input_id type="text" prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))/>
                </div>
                <button type="submit">{tr(lang, PL::Add)}</button>
            </form>
        </div>
    }
}
