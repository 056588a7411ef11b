//! The panel of one cell: mark it not relevant (or relevant again), enter or clear its
//! potential, or create a plan action for it.

use leptos::prelude::*;

use super::matrix::cell_label;
use super::Shown;
use crate::domain::history::units::set_mark;
use crate::domain::history::whitespace::CellStatus;
use crate::domain::history::CellRef;
use crate::domain::plan::{Action, ActionStatus};
use crate::domain::AccountId;
use crate::i18n::whitespace::{action_text, WH};
use crate::i18n::{fill, tr};
use crate::state::key_accounts::update_key_account;
use crate::state::route::AccountSection;
use crate::state::{use_app, Route};
use crate::ui::widgets::{parse_field, TextField};

#[component]
pub fn CellPanel(
    id: AccountId,
    shown: Memo<Option<Shown>>,
    selected: RwSignal<Option<CellRef>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let potential = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let created = RwSignal::new(None::<String>);
    let heading = NodeRef::<leptos::html::H3>::new();
    // A newly chosen cell starts with a clean form, and the focus moves to the panel.
    Effect::new(move |_| {
        selected.track();
        potential.set(String::new());
        error.set(None);
        created.set(None);
        // After the panel of the new cell is drawn: a keyboard user lands on it, not
        // behind the rest of the table.
        if selected.get_untracked().is_some() {
            request_animation_frame(move || {
                if let Some(h) = heading.get_untracked() {
                    let _ = h.focus();
                }
            });
        }
    });
    // The cell's place and status now (a mark or a new action changes the status).
    let here = Memo::new(move |_| {
        let cell = selected.get()?;
        shown.with(|s| {
            let s = s.as_ref()?;
            let (r, c) = s.place(cell)?;
            Some((
                s.matrix.cells[r][c].clone(),
                s.offerings[r].clone(),
                s.units[c].0.clone(),
                cell_label(lang.get(), s, r, c),
            ))
        })
    });
    let mark = move |edit: Box<dyn FnOnce(&mut crate::domain::history::CellMark)>| {
        let Some(cell) = selected.get_untracked() else {
            return;
        };
        update_key_account(app, id, |d| set_mark(&mut d.whitespace, cell, edit));
    };
    let save_potential = move || {
        let l = lang.get_untracked();
        match parse_field(l, &potential.get_untracked()) {
            Err(m) => error.set(Some(m)),
            Ok(None) => error.set(Some(l.t(WH::PotentialMissing).to_string())),
            Ok(Some(v)) if v < 0.0 => error.set(Some(l.t(WH::PotentialNegative).to_string())),
            Ok(Some(v)) => {
                error.set(None);
                mark(Box::new(move |m| m.potential = Some(v)));
            }
        }
    };
    let create_action = move || {
        let (Some(cell), Some((_, offering, unit, _))) =
            (selected.get_untracked(), here.get_untracked())
        else {
            return;
        };
        let text = action_text(lang.get_untracked(), &offering, &unit);
        let stored = text.clone();
        update_key_account(app, id, move |d| {
            let action = Action {
                id: d.plan.next_action_id(),
                text: stored,
                owner: String::new(),
                due: None,
                cost: None,
                status: ActionStatus::Open,
                goal: None,
                cell: Some(cell),
                extra: Default::default(),
            };
            d.plan.actions.push(action);
        });
        created.set(Some(text));
    };
    view! {
        {move || here.get().map(|(status, offering, unit, label)| {
            let l = lang.get();
            let title = fill(l.t(WH::CellTitle), &[("offering", &offering), ("unit", &unit)]);
            let parts_buy = matches!(status, CellStatus::PartsBuy(_));
            let bought = parts_buy || matches!(status, CellStatus::Buys(_));
            let not_relevant = matches!(status, CellStatus::NotRelevant);
            let open = matches!(status, CellStatus::Open(_));
            view! {
                <div class="ws-panel" role="group" aria-labelledby="ws-panel-title">
                    <h3 id="ws-panel-title" tabindex="-1" node_ref=heading>{title}</h3>
                    <p>{label}</p>
                    <Show when=move || bought>
                        <p class="muted">
                            {move || lang.get().t(if parts_buy { WH::PartsBuyNote } else { WH::BoughtNote })}
                        </p>
                    </Show>
                    <div class="actions">
                        <Show when=move || !bought && !not_relevant>
                            <button type="button" on:click=move |_| mark(Box::new(|m| m.not_relevant = true))>
                                {tr(lang, WH::MarkNotRelevant)}
                            </button>
                        </Show>
                        <Show when=move || not_relevant>
                            <button type="button" on:click=move |_| mark(Box::new(|m| m.not_relevant = false))>
                                {tr(lang, WH::MarkRelevant)}
                            </button>
                        </Show>
                        <Show when=move || open>
                            <button type="button" class="primary" on:click=move |_| create_action()>
                                {tr(lang, WH::CreateAction)}
                            </button>
                        </Show>
                    </div>
                    <Show when=move || !bought>
                        <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); save_potential(); }>
                            <TextField id="ws-potential".to_string()
                                label=Signal::derive(move || lang.get().t(WH::Potential).to_string())
                                value=potential error=error inputmode="decimal"/>
                            <button type="submit">{tr(lang, WH::SavePotential)}</button>
                            <button type="button" on:click=move |_| mark(Box::new(|m| m.potential = None))>
                                {tr(lang, WH::ClearPotential)}
                            </button>
                        </form>
                    </Show>
                    <button type="button" class="link" on:click=move |_| selected.set(None)>{tr(lang, WH::Close)}</button>
                </div>
            }
        })}
        {move || created.get().map(|text| view! {
            <p class="banner banner-ok" role="status">
                {fill(lang.get().t(WH::ActionCreated), &[("text", &text)])}" "
                <a href=Route::AccountSection(id, AccountSection::Plan).href()>{tr(lang, WH::OpenPlan)}</a>
            </p>
        })}
    }
}
