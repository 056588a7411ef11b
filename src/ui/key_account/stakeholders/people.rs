//! The people table of a buying center: one row per person, with that person's editor
//! (from its chunk) folded below the row.

use leptos::prelude::*;

use super::LazyPersonEditor;
use crate::domain::stakeholders::Stakeholder;
use crate::domain::{AccountId, KeyAccountData};
use crate::i18n::buying_center::{
    attitude_text, contact_line, level_text, name_of, roles_text, BC,
};
use crate::i18n::common::C;
use crate::i18n::fill;
use crate::state::key_accounts::{remove_with_undo, update_key_account};
use crate::state::use_app;
use crate::ui::key_account::rows::row_position;
use crate::ui::widgets::{Column, EmptyNote, RemoveButton, TableHead, TitledSection};

fn people_of(d: &mut KeyAccountData) -> &mut Vec<Stakeholder> {
    &mut d.stakeholders
}

/// The people, one row each with an editor below it.
#[component]
pub(super) fn PeopleTable(id: AccountId, people: Memo<Vec<Stakeholder>>) -> impl IntoView {
    let ids = Memo::new(move |_| people.with(|p| p.iter().map(|p| p.id).collect::<Vec<_>>()));
    let empty = Memo::new(move |_| ids.with(Vec::is_empty));
    let body = move || {
        if empty.get() {
            return view! { <EmptyNote text=BC::NoPeople/> }.into_any();
        }
        view! {
            <div class="table-wrap">
                <table class="data-table people">
                    <TableHead columns=vec![
                        Column::text(BC::Name),
                        Column::text(BC::Level),
                        Column::text(BC::Roles),
                        Column::text(BC::Attitude),
                        Column::number(BC::Influence),
                        Column::text(BC::ReportsTo),
                        Column::text(BC::Contact),
                        Column::text(BC::Counterpart),
                        Column::hidden(C::RemoveColumn),
                    ]/>
                    <For each=move || ids.get() key=|p| *p children=move |p| {
                        view! { <PersonRow id=id person=p at=row_position(ids, p) people=people/> }
                    }/>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <TitledSection id="people-title" title=BC::People>
            {body}
        </TitledSection>
    }
}

#[component]
fn PersonRow(
    id: AccountId,
    /// The person's id.
    person: u32,
    /// Their position in the list.
    at: Memo<usize>,
    people: Memo<Vec<Stakeholder>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let key = person;
    let person = Memo::new(move |_| people.with(|p| p.iter().find(|p| p.id == key).cloned()));
    let name = move || person.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let cells = move || {
        let l = lang.get();
        let p = person.get()?;
        let boss = p
            .reports_to
            .map(|b| people.with(|all| name_of(all, b)))
            .unwrap_or_default();
        let contact = contact_line(l, &p);
        let name = if p.function.is_empty() {
            p.name.clone()
        } else {
            format!("{} – {}", p.name, p.function)
        };
        let opposes = p.attitude.opposes();
        Some(view! {
            <th scope="row">{name}</th>
            <td>{l.t(level_text(p.level))}</td>
            <td>{roles_text(l, &p)}</td>
            <td class:opposes=opposes>{l.t(attitude_text(p.attitude))}</td>
            <td class="num">{p.influence}</td>
            <td>{boss}</td>
            <td>{contact}</td>
            <td>{p.counterpart.clone()}</td>
        })
    };
    let remove = move || {
        let l = lang.get_untracked();
        // People who reported to the removed one report to nobody now; undo restores
        // only the person (their links are re-entered by hand if wanted).
        let Some(k) = people.with_untracked(|p| p.iter().position(|p| p.id == key)) else {
            return;
        };
        remove_with_undo(app, id, k, people_of, |gone: &Stakeholder| {
            fill(l.t(BC::PersonRemoved), &[("name", &gone.name)])
        });
        update_key_account(app, id, |d| {
            for p in d
                .stakeholders
                .iter_mut()
                .filter(|p| p.reports_to == Some(key))
            {
                p.reports_to = None;
            }
        });
    };
    let remove_label =
        Signal::derive(move || fill(lang.get().t(BC::RemovePerson), &[("name", &name())]));
    view! {
        <tbody class="person">
            <tr>
                {cells}
                <td><RemoveButton label=remove_label on_remove=remove/></td>
            </tr>
            <tr class="person-edit">
                <td colspan="9">
                    <details>
                        <summary>{move || fill(lang.get().t(BC::Edit), &[("name", &name())])}</summary>
                        <LazyPersonEditor id=id k=at people=people person=person/>
                    </details>
                </td>
            </tr>
        </tbody>
    }
}
