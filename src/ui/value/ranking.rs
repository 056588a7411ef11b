//! The ranking of the rated accounts by score, with the key-account proposals to
//! accept, reject or reconsider.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::value_model::{proposal, ranking, Proposal};
use crate::domain::AccountId;
use crate::i18n::tr;
use crate::i18n::{fill, value::V, Lang};
use crate::state::{AppState, Route};
use crate::ui::format::completeness;

use super::{PagedTable, Paging, Scored, GRID_PAGE};

const HEADING_ID: &str = "ranking-heading";

/// A decision draws the row's buttons anew, and the focus would fall to the page: it
/// moves to the first proposal button from the decided row on (the next proposal's
/// Accept, or Reconsider after a rejection), or to the ranking's heading when this
/// page has none left.
fn focus_next_proposal(row: usize) {
    set_timeout(
        move || {
            let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let rows = doc.query_selector_all("table.ranking tbody tr").ok();
            let next = rows.and_then(|rows| {
                (row as u32..rows.length()).find_map(|i| {
                    let tr: web_sys::Element = rows.item(i)?.dyn_into().ok()?;
                    tr.query_selector("td.proposal button").ok().flatten()
                })
            });
            let target = next.or_else(|| {
                let heading = doc.get_element_by_id(HEADING_ID)?;
                let _ = heading.set_attribute("tabindex", "-1");
                Some(heading)
            });
            if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        },
        Duration::ZERO,
    );
}

/// The ranking with its heading and pager.
#[component]
pub fn Ranking(app: AppState, scored: Scored) -> impl IntoView {
    let Scored { rated, scores } = scored;
    let lang = app.lang;
    let model = app.store.value_model;
    let order = Memo::new(move |_| scores.with(|s| ranking(s)));
    let paging = Paging::of(move || order.with(Vec::len));
    let page = paging.page;
    let decide = move |id: AccountId, name: String, key: bool| {
        app.store.accounts.update(|a| {
            a.set_key_account(id, key);
        });
        model.update(|m| m.rejected.retain(|a| *a != id));
        let l = lang.get_untracked();
        app.notify(fill(
            l.t(if key { V::MadeKey } else { V::NoLongerKey }),
            &[("name", &name)],
        ));
    };
    let l = move || lang.get();
    view! {
        <h2 id=HEADING_ID>{tr(lang, V::RankingTitle)}</h2>
        <PagedTable paging=paging>
        <table class="data-table ranking">
            <thead><tr>
                <th scope="col" class="num">{tr(lang, V::ColRank)}</th>
                <th scope="col">{tr(lang, V::ColAccount)}</th>
                <th scope="col" class="num">{tr(lang, V::ColScore)}</th>
                <th scope="col" class="num">{tr(lang, V::ColComplete)}</th>
                <th scope="col">{tr(lang, V::ColClass)}</th>
                <th scope="col">{tr(lang, V::ColKey)}</th>
                <th scope="col">{tr(lang, V::ColProposal)}</th>
            </tr></thead>
            <tbody>
                {move || {
                    let lang_now: Lang = l();
                    let start = page.get() * GRID_PAGE;
                    let cut_off = model.with(|m| m.cut_off);
                    let rejected = model.with(|m| m.rejected.clone());
                    let s = scores.get();
                    let r = rated.get();
                    order.get().into_iter().skip(start).take(GRID_PAGE).enumerate().map(|(row, (i, rank))| {
                        let id = r.ids[i];
                        let name = r.names[i].clone();
                        let key = r.key[i];
                        let score = s[i];
                        let p = proposal(&score, key, cut_off, rejected.contains(&id));
                        let n = name.clone();
                        let action = match p {
                            Proposal::MakeKeyAccount | Proposal::Review => {
                                let n1 = n.clone();
                                let text = lang_now.t(if p == Proposal::MakeKeyAccount { V::ProposeKey } else { V::ProposeReview });
                                view! {
                                    <span>{text}" "</span>
                                    <button type="button" aria-label=fill(lang_now.t(V::AcceptFor), &[("name", &n)])
                                        on:click=move |_| { decide(id, n1.clone(), p == Proposal::MakeKeyAccount); focus_next_proposal(row); }>{lang_now.t(V::Accept)}</button>
                                    <button type="button" aria-label=fill(lang_now.t(V::RejectFor), &[("name", &n)])
                                        on:click=move |_| { model.update(|m| if !m.rejected.contains(&id) { m.rejected.push(id) }); focus_next_proposal(row); }>{lang_now.t(V::Reject)}</button>
                                }.into_any()
                            }
                            Proposal::Rejected => view! {
                                <span>{lang_now.t(V::ProposalRejected)}" "</span>
                                <button type="button" class="link" aria-label=fill(lang_now.t(V::ReconsiderFor), &[("name", &n)])
                                    on:click=move |_| { model.update(|m| m.rejected.retain(|a| *a != id)); focus_next_proposal(row); }>{lang_now.t(V::Reconsider)}</button>
                            }.into_any(),
                            Proposal::None => ().into_any(),
                        };
                        let score_text = match score.value {
                            Some(v) => lang_now.number(v, 1),
                            None => lang_now.t(V::Incomplete).to_string(),
                        };
                        view! {
                            <tr>
                                <td class="num">{rank.map(|r| r.to_string()).unwrap_or_default()}</td>
                                <th scope="row"><a href=Route::Account(id).href()>{name}</a></th>
                                <td class="num" class:incomplete=score.value.is_none()>{score_text}</td>
                                <td class="num">{completeness(&score, lang_now)}</td>
                                <td>{r.class[i].map(|c| c.letter()).unwrap_or("–")}</td>
                                <td>{if key { lang_now.t(V::Yes) } else { "" }}</td>
                                <td class="proposal">{action}</td>
                            </tr>
                        }
                    }).collect_view()
                }}
            </tbody>
        </table>
        </PagedTable>
    }
}
