//! The table of the selling center's members: how many contacts each owns over every
//! key account, and removing a member (with undo).

use leptos::prelude::*;

use super::save_team;
use crate::domain::stakeholders::TeamMember;
use crate::i18n::buying_center::BC;
use crate::i18n::common::C;
use crate::i18n::fill;
use crate::state::use_app;
use crate::ui::widgets::{Column, DataTable, EmptyNote, RemoveButton};

/// The members, one row each, or the note that there are none yet.
#[component]
pub(super) fn TeamTable(team: Memo<Vec<TeamMember>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let save = move |members: Vec<TeamMember>| save_team(app, members);
    move || {
        let l = lang.get();
        let members = team.get();
        if members.is_empty() {
            return view! { <EmptyNote text=BC::NoTeam/> }.into_any();
        }
        // How many contacts each member owns, over every key account.
        let all = app
            .store
            .key_accounts
            .with(|k| crate::domain::key_account::read_key_accounts(k).unwrap_or_default());
        let owned = |n: &str| {
            all.values()
                .flat_map(|d| d.stakeholders.iter())
                .filter(|p| p.counterpart == n)
                .count()
        };
        let columns = vec![
            Column::text(BC::MemberName),
            Column::text(BC::MemberFunction),
            Column::number(BC::Contacts),
            Column::hidden(C::RemoveColumn),
        ];
        let rows = members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let label = fill(l.t(BC::RemoveMember), &[("name", &m.name)]);
                let remove = move || {
                    let mut members = team.get_untracked();
                    if i >= members.len() {
                        return;
                    }
                    let gone = members.remove(i);
                    save(members);
                    let text = fill(
                        lang.get_untracked().t(BC::MemberRemoved),
                        &[("name", &gone.name)],
                    );
                    app.toasts.notify_with_undo(text, move || {
                        let mut members = team.get_untracked();
                        members.insert(i.min(members.len()), gone.clone());
                        save(members);
                    });
                };
                view! {
                    <tr>
                        <th scope="row">{m.name.clone()}</th>
                        <td>{m.function.clone()}</td>
                        <td class="num">{owned(&m.name)}</td>
                        <td><RemoveButton label=label on_remove=remove/></td>
                    </tr>
                }
            })
            .collect_view();
        view! { <DataTable class="team" columns=columns rows=rows/> }.into_any()
    }
}
