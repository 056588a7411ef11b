//! The customer's units: what they are called (the kind), their names, which unit each
//! is part of (a choice that would close a loop is refused), remove with Undo, add.

use leptos::prelude::*;

use crate::domain::history::units::would_cycle;
use crate::domain::history::{Unit, UnitId};
use crate::domain::AccountId;
use crate::i18n::whitespace::WH;
use crate::i18n::{fill, tr};
use crate::state::key_accounts::{key_account_data, remove_with_undo, update_key_account};
use crate::state::use_app;
use crate::ui::widgets::{RemoveButton, TextField};

/// Why a unit name cannot be stored (`except`: the unit being renamed).
fn name_problem(units: &[Unit], name: &str, except: Option<UnitId>) -> Option<(WH, String)> {
    let name = name.trim();
    if name.is_empty() {
        return Some((WH::UnitNameMissing, String::new()));
    }
    let taken = units
        .iter()
        .any(|u| Some(u.id) != except && u.name.trim().to_lowercase() == name.to_lowercase());
    taken.then(|| (WH::UnitNameTaken, name.to_string()))
}

#[component]
pub fn UnitsEditor(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let data = key_account_data(app, id);
    let units = Memo::new(move |_| data.with(|d| d.units.clone()));
    let kind = RwSignal::new(data.with_untracked(|d| d.unit_kind.clone()));
    let message = RwSignal::new(None::<String>);
    let new_name = RwSignal::new(String::new());
    let new_error = RwSignal::new(None::<String>);
    let say = move |key: WH, args: &[(&str, &str)]| fill(lang.get_untracked().t(key), args);
    let add = move || {
        let name = new_name.get_untracked();
        let problem = units.with_untracked(|u| name_problem(u, &name, None));
        if let Some((key, n)) = problem {
            new_error.set(Some(say(key, &[("name", &n)])));
            return;
        }
        new_error.set(None);
        let name = name.trim().to_string();
        update_key_account(app, id, |d| {
            let next = d.units.iter().map(|u| u.id).max().unwrap_or(0) + 1;
            d.units.push(Unit::new(next, &name, None));
        });
        new_name.set(String::new());
        app.toasts.notify(say(WH::UnitAdded, &[("name", &name)]));
    };
    let rename = move |unit: UnitId, name: String| {
        let problem = units.with_untracked(|u| name_problem(u, &name, Some(unit)));
        if let Some((key, n)) = problem {
            message.set(Some(say(key, &[("name", &n)])));
            return;
        }
        message.set(None);
        update_key_account(app, id, |d| {
            if let Some(u) = d.units.iter_mut().find(|u| u.id == unit) {
                u.name = name.trim().to_string();
            }
        });
    };
    let set_parent = move |unit: UnitId, text: String| {
        let parent: Option<UnitId> = text.parse().ok();
        let names = units.with_untracked(|all| {
            let name = |x: UnitId| all.iter().find(|u| u.id == x).map(|u| u.name.clone());
            let loop_to = parent.filter(|&p| would_cycle(all, unit, p));
            loop_to.map(|p| (name(unit).unwrap_or_default(), name(p).unwrap_or_default()))
        });
        if let Some((name, parent)) = names {
            message.set(Some(say(
                WH::UnitCycle,
                &[("name", &name), ("parent", &parent)],
            )));
            return;
        }
        message.set(None);
        update_key_account(app, id, |d| {
            if let Some(u) = d.units.iter_mut().find(|u| u.id == unit) {
                u.parent = parent;
            }
        });
    };
    let remove = move |unit: UnitId| {
        let in_use = app
            .store
            .history
            .with_untracked(|h| h.iter().any(|r| r.account == id && r.unit == Some(unit)));
        let Some((index, name)) = units.with_untracked(|all| {
            all.iter()
                .position(|u| u.id == unit)
                .map(|i| (i, all[i].name.clone()))
        }) else {
            return;
        };
        if in_use {
            message.set(Some(say(WH::UnitInUse, &[("name", &name)])));
            return;
        }
        message.set(None);
        let text = say(WH::UnitRemoved, &[("name", &name)]);
        remove_with_undo(app, id, index, |d| &mut d.units, move |_| text);
    };
    view! {
        <section aria-labelledby="ws-units">
            <h2 id="ws-units">{tr(lang, WH::Units)}</h2>
            <TextField id="ws-unit-kind".to_string() label=Signal::derive(move || lang.get().t(WH::UnitKind).to_string())
                value=kind
                on_change=Callback::new(move |text: String| {
                    update_key_account(app, id, |d| d.unit_kind = text.trim().to_string());
                })/>
            <p class="field-error" role="alert">{move || message.get()}</p>
            <Show when=move || units.with(|u| u.is_empty())>
                <p class="empty-note">{tr(lang, WH::NoUnits)}</p>
            </Show>
            <ul class="unit-list">
                <For each=move || units.get() key=|u| u.id let:unit>
                    <UnitRow unit=unit units=units rename=rename set_parent=set_parent remove=remove/>
                </For>
            </ul>
            <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <TextField id="ws-new-unit".to_string()
                    label=Signal::derive(move || lang.get().t(WH::NewUnit).to_string())
                    value=new_name error=new_error/>
                <button type="submit">{tr(lang, WH::AddUnit)}</button>
            </form>
        </section>
    }
}

/// One unit: its name, the unit it is part of, remove.
#[component]
fn UnitRow(
    unit: Unit,
    units: Memo<Vec<Unit>>,
    rename: impl Fn(UnitId, String) + Copy + Send + Sync + 'static,
    set_parent: impl Fn(UnitId, String) + Copy + Send + Sync + 'static,
    remove: impl Fn(UnitId) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_app().lang;
    let me = unit.id;
    let position = Memo::new(move |_| {
        units.with(|all| all.iter().position(|u| u.id == me).map_or(0, |i| i + 1))
    });
    let n = move || position.get().to_string();
    let name = RwSignal::new(unit.name.clone());
    let current = Memo::new(move |_| units.with(|all| all.iter().find(|u| u.id == me).cloned()));
    // Outside changes (an Undo, a refused rename) rewrite the text.
    Effect::new(move |_| {
        if let Some(u) = current.get() {
            name.set(u.name);
        }
    });
    let name_id = Signal::derive(move || format!("ws-unit-{me}"));
    let parent_id = format!("ws-unit-parent-{me}");
    view! {
        <li class="unit-row">
            <TextField id=name_id
                label=Signal::derive(move || fill(lang.get().t(WH::UnitName), &[("n", &n())]))
                value=name
                on_change=Callback::new(move |text: String| rename(me, text))/>
            <div class="field">
                <label for=parent_id.clone()>{move || fill(lang.get().t(WH::UnitParent), &[("n", &n())])}</label>
                <select id=parent_id on:change=move |ev| set_parent(me, event_target_value(&ev))>
                    {move || {
                        let parent = current.get().and_then(|u| u.parent);
                        let others: Vec<(UnitId, String)> = units.with(|all| {
                            // A unit that would close a loop is not offered.
                            all.iter()
                                .filter(|u| u.id != me && !would_cycle(all, me, u.id))
                                .map(|u| (u.id, u.name.clone()))
                                .collect()
                        });
                        view! {
                            <option value="" selected=parent.is_none()>{lang.get().t(WH::NoParent)}</option>
                            {others.into_iter().map(|(pid, pname)| view! {
                                <option value=pid.to_string() selected=parent == Some(pid)>{pname}</option>
                            }).collect_view()}
                        }
                    }}
                </select>
            </div>
            <RemoveButton
                label=Signal::derive(move || {
                    let name = current.get().map(|u| u.name).unwrap_or_default();
                    fill(lang.get().t(WH::RemoveUnit), &[("name", &name)])
                })
                on_remove=move || remove(me)/>
        </li>
    }
}
