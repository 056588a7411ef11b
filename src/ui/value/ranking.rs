//! The ranking of the rated accounts by score, with the key-account proposals to
//! accept, reject or reconsider.

use leptos::prelude::*;

use crate::domain::value_model::{proposal, ranking, Proposal};
use crate::domain::AccountId;
use crate::i18n::tr;
use crate::i18n::{fill, value::V, Lang};
use crate::state::{AppState, Route};
use crate::ui::format::completeness;

use super::{PagedTable, Paging, Scored, GRID_PAGE};

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
        <h2>{tr(lang, V::RankingTitle)}</h2>
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
                    order.get().into_iter().skip(start).take(GRID_PAGE).map(|(i, rank)| {
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
                                        on:click=move |_| decide(id, n1.clone(), p == Proposal::MakeKeyAccount)>{lang_now.t(V::Accept)}</button>
                                    <button type="button" aria-label=fill(lang_now.t(V::RejectFor), &[("name", &n)])
                                        on:click=move |_| model.update(|m| if !m.rejected.contains(&id) { m.rejected.push(id) })>{lang_now.t(V::Reject)}</button>
                                }.into_any()
                            }
                            Proposal::Rejected => view! {
                                <span>{lang_now.t(V::ProposalRejected)}" "</span>
                                <button type="button" class="link" aria-label=fill(lang_now.t(V::ReconsiderFor), &[("name", &n)])
                                    on:click=move |_| model.update(|m| m.rejected.retain(|a| *a != id))>{lang_now.t(V::Reconsider)}</button>
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
