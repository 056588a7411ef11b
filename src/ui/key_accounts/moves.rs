//! Who moved between two days, and who has no entry yet.

use leptos::prelude::*;

use super::Row;
use crate::domain::day::Day;
use crate::domain::roles::{moves, History};
use crate::domain::{AccountId, SupplierRole};
use crate::i18n::fill;
use crate::i18n::key_accounts::{role_text, KA};
use crate::state::route::AccountSection;
use crate::state::{use_app, Route};
use crate::ui::widgets::{DateField, EmptyNote};

/// Who moved between two days (default: the last twelve months).
#[component]
pub(super) fn Moves(rows: Memo<Vec<Row>>, day: Day) -> impl IntoView {
    let lang = use_app().lang;
    let year_ago = Day::new(day.year() - 1, day.month(), day.day().min(28)).unwrap_or(day);
    let from = RwSignal::new(Some(year_ago));
    let to = RwSignal::new(Some(day));
    let moved = move || {
        let l = lang.get();
        let (Some(f), Some(t)) = (from.get(), to.get()) else {
            return view! { <EmptyNote text=KA::MovesNone/> }.into_any();
        };
        let list = rows.get();
        let histories: Vec<(AccountId, &History<SupplierRole>)> =
            list.iter().map(|r| (r.id, &r.data.roles)).collect();
        let found = moves(&histories, f.min(t), f.max(t));
        if found.is_empty() {
            return view! { <EmptyNote text=KA::MovesNone/> }.into_any();
        }
        let name_of = |id: AccountId| {
            list.iter()
                .find(|r| r.id == id)
                .map(|r| r.name.clone())
                .unwrap_or_default()
        };
        let text =
            |v: Option<SupplierRole>| v.map(|v| l.t(role_text(v))).unwrap_or(l.t(KA::NoEntry));
        view! {
            <ul class="moves">
                {found.into_iter().map(|m| {
                    let how = fill(l.t(if m.up { KA::MoveUp } else { KA::MoveDown }), &[("before", text(m.before)), ("after", text(m.after))]);
                    view! { <li class:down=!m.up><a href=Route::AccountSection(m.account, AccountSection::Roles).href()>{name_of(m.account)}</a>": "{how}</li> }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <div class="controls">
            <DateField id="moves-from".to_string() label=KA::MovesFrom value=from on_change=Callback::new(move |d| from.set(d))/>
            <DateField id="moves-to".to_string() label=KA::MovesTo value=to on_change=Callback::new(move |d| to.set(d))/>
        </div>
        {moved}
    }
}

/// The key accounts without any role entry, each linked to its roles.
#[component]
pub(super) fn Without(rows: Memo<Vec<Row>>) -> impl IntoView {
    move || {
        let list: Vec<(AccountId, String)> = rows.with(|r| {
            r.iter()
                .filter(|r| r.data.roles.steps.is_empty())
                .map(|r| (r.id, r.name.clone()))
                .collect()
        });
        if list.is_empty() {
            view! { <EmptyNote text=KA::AllHaveRoles/> }.into_any()
        } else {
            view! {
                <ul>{list.into_iter().map(|(id, name)| view! {
                    <li><a href=Route::AccountSection(id, AccountSection::Roles).href()>{name}</a></li>
                }).collect_view()}</ul>
            }
            .into_any()
        }
    }
}
