//! The table of a segment's saved versions: date, our weighted performance, removing
//! one with an undo.

use leptos::prelude::*;

use super::versions::VersionState;
use super::{edit, points};
use crate::i18n::common::C;
use crate::i18n::fill;
use crate::i18n::key_accounts::day_text;
use crate::i18n::profile::PR;
use crate::ui::widgets::{Column, DataTable, RemoveButton};

/// The saved versions, oldest first, or a note that there are none.
#[component]
pub fn VersionList(state: VersionState) -> impl IntoView {
    let VersionState {
        app,
        id,
        current,
        versions,
        from,
        to,
        ..
    } = state;
    let lang = app.lang;
    move || {
        let l = lang.get();
        let all = versions.get();
        if all.is_empty() {
            return view! { <p class="muted">{l.t(PR::NoVersions)}</p> }.into_any();
        }
        let rows = all
            .into_iter()
            .enumerate()
            .map(|(v, version)| {
                let when = day_text(l, version.date);
                let perf = points(l, version.profile.our_performance());
                let remove_label = fill(l.t(PR::RemoveVersion), &[("date", &when)]);
                let remove = move || {
                    let Some(i) = current.get_untracked() else {
                        return;
                    };
                    let gone = version.clone();
                    edit(app, id, i, |s| {
                        if v < s.versions.len() {
                            s.versions.remove(v);
                        }
                    });
                    from.set(None);
                    to.set(None);
                    let l = lang.get_untracked();
                    app.toasts.notify_with_undo(
                        fill(
                            l.t(PR::VersionRemoved),
                            &[("date", &day_text(l, gone.date))],
                        ),
                        move || {
                            let back = gone.clone();
                            edit(app, id, i, move |s| {
                                s.versions.push(back);
                                s.versions.sort_by_key(|v| v.date);
                            });
                        },
                    );
                };
                view! {
                    <tr>
                        <th scope="row">{when}</th>
                        <td class="num">{perf}</td>
                        <td><RemoveButton label=remove_label on_remove=remove/></td>
                    </tr>
                }
            })
            .collect_view();
        let columns = vec![
            Column::text(PR::VersionDate),
            Column::number(PR::WeightedPerformance),
            Column::hidden(C::RemoveColumn),
        ];
        view! { <DataTable class="versions" focusable=true columns=columns rows=rows/> }.into_any()
    }
}
