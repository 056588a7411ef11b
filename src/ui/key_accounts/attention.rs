//! What needs attention: every key account's overdue actions, and the scorecards'
//! traffic lights (worst perspective first).

use leptos::prelude::*;

use super::Row;
use crate::domain::day::Day;
use crate::domain::scorecard::{perspective_status, severity, Perspective, Status};
use crate::domain::AccountId;
use crate::i18n::fill;
use crate::i18n::scorecard::{perspective_text, status_class, status_text, SC};
use crate::state::route::AccountSection;
use crate::state::{use_app, Route};
use crate::ui::widgets::{Column, EmptyNote, TableHead};

/// One overdue action of a key account, as the list shows it.
struct LateAction {
    id: AccountId,
    name: String,
    text: String,
}

/// Every key account's overdue actions, each linked to its plan.
#[component]
pub(super) fn LateActions(rows: Memo<Vec<Row>>, day: Day) -> impl IntoView {
    use crate::i18n::plan::{overdue_line, PL};
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        let list: Vec<LateAction> = rows.with(|r| {
            r.iter()
                .flat_map(|r| {
                    r.data
                        .plan
                        .overdue(day)
                        .into_iter()
                        .map(|a| LateAction {
                            id: r.id,
                            name: r.name.clone(),
                            text: overdue_line(l, a, day),
                        })
                        .collect::<Vec<_>>()
                })
                .collect()
        });
        if list.is_empty() {
            return view! { <EmptyNote text=PL::NoOverdue/> }.into_any();
        }
        view! {
            <ul class="attention overdue-actions">
                {list.into_iter().map(|a| view! {
                    <li>
                        <a href=Route::AccountSection(a.id, AccountSection::Plan).href()>{a.name}</a>
                        ": "{a.text}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    }
}

/// One key account's scorecard at a glance.
struct LightRow {
    id: AccountId,
    name: String,
    cells: [Option<Status>; 4],
}

/// One row of lights: each cell a link to the account's scorecard.
fn light_row(l: crate::i18n::Lang, row: LightRow) -> impl IntoView {
    let href = Route::AccountSection(row.id, AccountSection::Scorecard).href();
    let name = row.name;
    let cells = Perspective::ALL
        .iter()
        .zip(row.cells)
        .map(|(p, s)| {
            let label = fill(
                l.t(SC::LightCell),
                &[
                    ("status", l.t(status_text(s))),
                    ("name", &name),
                    ("perspective", l.t(perspective_text(*p))),
                ],
            );
            view! {
                <td><a href=href.clone() aria-label=label><span class=status_class(s)>{l.t(status_text(s))}</span></a></td>
            }
        })
        .collect_view();
    view! { <tr><th scope="row">{name}</th>{cells}</tr> }
}

/// Scorecards at a glance: worst perspective first, each cell a link.
#[component]
pub(super) fn Lights(rows: Memo<Vec<Row>>) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        let mut list: Vec<LightRow> = rows.with(|r| {
            r.iter()
                .map(|r| LightRow {
                    id: r.id,
                    name: r.name.clone(),
                    cells: perspective_status(&r.data.scorecard),
                })
                .collect()
        });
        list.sort_by(|a, b| {
            severity(&b.cells)
                .cmp(&severity(&a.cells))
                .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        let body = list.into_iter().map(|r| light_row(l, r)).collect_view();
        let columns = std::iter::once(Column::text(SC::Account))
            .chain(Perspective::ALL.map(|p| Column::text(perspective_text(p))))
            .collect();
        view! {
            <div class="table-wrap">
                <table class="data-table lights">
                    <caption class="visually-hidden">{l.t(SC::LightsCaption)}</caption>
                    <TableHead columns=columns/>
                    <tbody>{body}</tbody>
                </table>
            </div>
        }
    }
}
