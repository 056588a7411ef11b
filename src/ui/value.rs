//! The customer value model page: criteria and weights, which accounts are rated, the
//! rating grid (keyboard first) and the ranking with key-account proposals.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::value_model::{
    directions, model_weights, proposal, ranking, scores, Criterion, Direction, Kind, Proposal,
    RatingRule, Scope, Source,
};
use crate::domain::AccountId;
use crate::i18n::tr;
use crate::i18n::{fill, value::V, Lang};
use crate::state::analyses::{rated_accounts, Rated};
use crate::state::{use_app, AppState, Route};
use crate::ui::format::{completeness, criterion_name};
use crate::ui::lazy::{lazy_page, lazy_part};
use crate::ui::widgets::{EmptyState, NumberField, Pager, RatingInput, WeightEditor, WeightRow};

lazy_page!(value_model, value_page, preload_value, () => {
    ValuePage().into_any()
});
// The set-up of the value model (criteria, who is rated): done once, so a chunk of its
// own that keeps the value-model chunk small.
lazy_part!(value_criteria, criteria_editor, preload_criteria,
    /// The criteria editor of the value-model page, from its own chunk.
    LazyCriteriaEditor() => {
    view! { <CriteriaEditor app=use_app()/> }.into_any()
});
lazy_part!(value_criteria, who_is_rated, preload_who_is_rated,
    /// Which accounts the value model rates, from the set-up chunk.
    LazyWhoIsRated(rated: Memo<crate::state::analyses::Rated>) => {
    view! { <WhoIsRated app=use_app() rated=rated/> }.into_any()
});

const GRID_PAGE: usize = 25;

fn source_text(s: Source) -> V {
    match s {
        Source::Revenue => V::SrcRevenue,
        Source::ContributionMargin => V::SrcMargin,
        Source::Potential => V::SrcPotential,
        Source::UntappedPotential => V::SrcUntapped,
        Source::ShareOfWallet => V::SrcWallet,
        Source::RelationshipYears => V::SrcYears,
        Source::ProfileFulfilment => V::SrcFulfilment,
    }
}

#[component]
pub fn ValuePage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let model = app.store.value_model;
    let rated = rated_accounts(app);
    // Weighted sums only: re-run on a weight or direction change, cheap.
    let score_list = Memo::new(move |_| {
        let (w, d) = model.with(|m| (model_weights(m), directions(m)));
        rated.with(|r| scores(&r.points, &w, &d))
    });

    view! {
        <section class="page">
            <h1>{tr(lang, V::ValueTitle)}</h1>
            <p class="intro">{tr(lang, V::ValueIntro)}</p>
            <div class="value-layout">
                <LazyCriteriaEditor/>
                <WeightEditor
                    label=Signal::derive(move || lang.get().t(V::WeightsTitle).to_string())
                    rows=Signal::derive(move || {
                        let l = lang.get();
                        model.with(|m| m.criteria.iter().map(|c| WeightRow {
                            key: format!("v-{}", c.id),
                            name: criterion_name(c, l),
                            weight: c.weight,
                        }).collect())
                    })
                    on_change=Callback::new(move |weights: Vec<f64>| model.update(|m| {
                        for (c, w) in m.criteria.iter_mut().zip(weights) {
                            c.weight = w;
                        }
                    }))
                />
            </div>
            <LazyWhoIsRated rated=rated/>
            <Show
                when=move || rated.with(|r| !r.ids.is_empty())
                fallback=move || view! {
                    <EmptyState title=Signal::derive(move || lang.get().t(V::NoAccountsTitle).to_string())
                        text=Signal::derive(move || lang.get().t(V::NoAccountsText).to_string())>
                        <a class="button" href=Route::Accounts.href()>{tr(lang, crate::i18n::common::C::NavAccounts)}</a>
                    </EmptyState>
                }
            >
                <RatingGrid app=app rated=rated score_list=score_list/>
                <Ranking app=app rated=rated score_list=score_list/>
            </Show>
        </section>
    }
}

#[component]
pub fn CriteriaEditor(app: AppState) -> impl IntoView {
    let lang = app.lang;
    let model = app.store.value_model;
    let portfolio = app.store.portfolio;
    let count = move || model.with(|m| m.criteria.len());
    let edit = move |i: usize, f: Box<dyn FnOnce(&mut Criterion)>| {
        model.update(|m| {
            if let Some(c) = m.criteria.get_mut(i) {
                f(c);
            }
        })
    };
    let remove = move |i: usize| {
        let l = lang.get_untracked();
        let Some((index, criterion, ratings)) = model
            .try_update(|m| {
                let c = m.criteria.get(i)?.clone();
                let kept: Vec<(AccountId, u8)> = m
                    .ratings
                    .iter()
                    .filter_map(|(a, row)| row.get(&c.id).map(|p| (*a, *p)))
                    .collect();
                m.remove_criterion(&c.id);
                Some((i, c, kept))
            })
            .flatten()
        else {
            return;
        };
        let axes = portfolio.with_untracked(|p| (p.attractiveness.clone(), p.position.clone()));
        portfolio.update(|p| p.remove_criterion(&criterion.id));
        let text = fill(
            l.t(V::CriterionRemoved),
            &[("name", &criterion_name(&criterion, l))],
        );
        app.toasts.notify_with_undo(text, move || {
            model.update(|m| {
                let at = index.min(m.criteria.len());
                m.criteria.insert(at, criterion.clone());
                for (a, p) in &ratings {
                    m.set_rating(*a, &criterion.id, Some(*p));
                }
            });
            portfolio.update(|p| {
                p.attractiveness = axes.0.clone();
                p.position = axes.1.clone();
            });
        });
    };
    view! {
        <div class="criteria">
            <h2>{tr(lang, V::CriteriaTitle)}</h2>
            <div class="table-wrap">
            <table class="data-table criteria-table">
                <thead><tr>
                    <th scope="col">{tr(lang, V::ColCriterion)}</th>
                    <th scope="col">{tr(lang, V::ColKind)}</th>
                    <th scope="col">{tr(lang, V::ColRule)}</th>
                    <th scope="col">{tr(lang, V::ColDirection)}</th>
                    <th scope="col"><span class="visually-hidden">{tr(lang, V::ColCriterion)}</span></th>
                </tr></thead>
                <tbody>
                    {move || (0..count()).map(|i| {
                        let c = move || model.with(|m| m.criteria.get(i).cloned());
                        let name = move || c().map(|c| criterion_name(&c, lang.get())).unwrap_or_default();
                        let l = move |k: V| fill(lang.get().t(k), &[("name", &name()), ("n", &(i + 1).to_string())]);
                        view! {
                            <tr>
                                <td>
                                    <input type="text" aria-label=move || l(V::NameOf)
                                        prop:value=name
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev).trim().to_string();
                                            if !v.is_empty() { edit(i, Box::new(move |c| c.name = v)); }
                                        }/>
                                </td>
                                <td>
                                    <select aria-label=move || l(V::KindOf)
                                        on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            edit(i, Box::new(move |c| match Source::from_key(&v) {
                                                Some(s) => { c.kind = Kind::Quantitative; c.source = Some(s); }
                                                None => { c.kind = Kind::Qualitative; c.source = None; }
                                            }));
                                        }>
                                        <option value="" selected=move || c().is_some_and(|c| c.kind == Kind::Qualitative)>
                                            {tr(lang, V::KindQualitative)}
                                        </option>
                                        {Source::ALL.into_iter().map(|s| view! {
                                            <option value=s.key() selected=move || c().is_some_and(|c| c.kind == Kind::Quantitative && c.source == Some(s))>
                                                {move || format!("{}: {}", lang.get().t(V::KindQuantitative), lang.get().t(source_text(s)))}
                                            </option>
                                        }).collect_view()}
                                    </select>
                                </td>
                                <td>
                                    <Show when=move || c().is_some_and(|c| c.kind == Kind::Quantitative)>
                                        <select aria-label=move || l(V::RuleOf)
                                            on:change=move |ev| {
                                                let linear = event_target_value(&ev) == "linear";
                                                edit(i, Box::new(move |c| c.rule = if linear {
                                                    RatingRule::Linear { low: 0.0, high: 1_000_000.0 }
                                                } else {
                                                    RatingRule::Quantile
                                                }));
                                            }>
                                            <option value="quantile" selected=move || c().is_some_and(|c| c.rule == RatingRule::Quantile)>{tr(lang, V::RuleQuantile)}</option>
                                            <option value="linear" selected=move || c().is_some_and(|c| matches!(c.rule, RatingRule::Linear { .. }))>{tr(lang, V::RuleLinear)}</option>
                                        </select>
                                        {move || match c().map(|c| c.rule) {
                                            Some(RatingRule::Linear { low, high }) => view! {
                                                <div class="row2">
                                                    <NumberField id=format!("low-{i}") label=Signal::derive(move || format!("{} – {}", lang.get().t(V::RuleLow), name()))
                                                        value=Signal::derive(move || Some(low))
                                                        on_commit=Callback::new(move |v: Option<f64>| edit(i, Box::new(move |c| {
                                                            if let RatingRule::Linear { high, .. } = c.rule { c.rule = RatingRule::Linear { low: v.unwrap_or(0.0), high }; }
                                                        })))/>
                                                    <NumberField id=format!("high-{i}") label=Signal::derive(move || format!("{} – {}", lang.get().t(V::RuleHigh), name()))
                                                        value=Signal::derive(move || Some(high))
                                                        on_commit=Callback::new(move |v: Option<f64>| edit(i, Box::new(move |c| {
                                                            if let RatingRule::Linear { low, .. } = c.rule { c.rule = RatingRule::Linear { low, high: v.unwrap_or(0.0) }; }
                                                        })))/>
                                                </div>
                                            }.into_any(),
                                            _ => ().into_any(),
                                        }}
                                    </Show>
                                </td>
                                <td>
                                    <select aria-label=move || l(V::DirectionOf)
                                        on:change=move |ev| {
                                            let negative = event_target_value(&ev) == "negative";
                                            edit(i, Box::new(move |c| c.direction = if negative { Direction::Negative } else { Direction::Positive }));
                                        }>
                                        <option value="positive" selected=move || c().is_some_and(|c| c.direction == Direction::Positive)>{tr(lang, V::DirPositive)}</option>
                                        <option value="negative" selected=move || c().is_some_and(|c| c.direction == Direction::Negative)>{tr(lang, V::DirNegative)}</option>
                                    </select>
                                </td>
                                <td class="actions">
                                    <button type="button" disabled=move || i == 0
                                        on:click=move |_| model.update(|m| if i > 0 { m.criteria.swap(i - 1, i) })>
                                        <span aria-hidden="true">"↑"</span><span class="visually-hidden">{move || l(V::MoveUp)}</span></button>
                                    <button type="button" disabled=move || { i + 1 >= count() }
                                        on:click=move |_| model.update(|m| if i + 1 < m.criteria.len() { m.criteria.swap(i, i + 1) })>
                                        <span aria-hidden="true">"↓"</span><span class="visually-hidden">{move || l(V::MoveDown)}</span></button>
                                    <button type="button" class="danger" on:click=move |_| remove(i)>
                                        <span aria-hidden="true">"×"</span><span class="visually-hidden">{move || l(V::RemoveCriterion)}</span></button>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
            <button type="button" on:click=move |_| model.update(|m| {
                let mut c = Criterion::qualitative(&m.next_criterion_id(), 0.0);
                c.name = lang.get_untracked().t(V::NewCriterion).to_string();
                m.criteria.push(c);
            })>{tr(lang, V::AddCriterion)}</button>
        </div>
    }
}

#[component]
pub fn WhoIsRated(app: AppState, rated: Memo<Rated>) -> impl IntoView {
    let lang = app.lang;
    let model = app.store.value_model;
    let search = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let add = move || {
        let wanted = search.get_untracked().trim().to_lowercase();
        let found = app.store.accounts.with_untracked(|a| {
            a.iter()
                .find(|a| a.name.to_lowercase() == wanted)
                .map(|a| a.id)
        });
        match found {
            Some(id) => {
                model.update(|m| {
                    if !m.added.contains(&id) {
                        m.added.push(id)
                    }
                });
                search.set(String::new());
                message.set(None);
            }
            None => message.set(Some(fill(
                lang.get_untracked().t(V::AccountUnknown),
                &[("name", &search.get_untracked())],
            ))),
        }
    };
    let scope_radio = move |scope: Scope, text: V| {
        view! {
            <label class="radio">
                <input type="radio" name="scope" prop:checked=move || model.with(|m| m.scope == scope)
                    on:change=move |_| model.update(|m| m.scope = scope)/>
                {tr(lang, text)}
            </label>
        }
    };
    view! {
        <div class="who">
            <h2>{tr(lang, V::WhoTitle)}</h2>
            <fieldset>
                <legend class="visually-hidden">{tr(lang, V::WhoTitle)}</legend>
                {scope_radio(Scope::A, V::ScopeA)}
                {scope_radio(Scope::AB, V::ScopeAB)}
            </fieldset>
            <form class="inline" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <label for="add-account">{tr(lang, V::AddAccount)}</label>
                <input id="add-account" type="text" list="account-names" prop:value=search
                    on:input=move |ev| search.set(event_target_value(&ev))/>
                <datalist id="account-names">
                    {move || {
                        let q = search.get().trim().to_lowercase();
                        if q.len() < 2 { return Vec::new(); }
                        app.store.accounts.with(|a| a.iter()
                            .filter(|a| a.name.to_lowercase().contains(&q))
                            .take(20)
                            .map(|a| view! { <option value=a.name.clone()></option> })
                            .collect::<Vec<_>>())
                    }}
                </datalist>
                <button type="submit">{tr(lang, V::AddAccountButton)}</button>
            </form>
            {move || message.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
            <ul class="added">
                {move || model.with(|m| m.added.clone()).into_iter().map(|id| {
                    let name = app.store.accounts.with_untracked(|a| a.account(id).map(|a| a.name.clone())).unwrap_or_default();
                    let label = fill(lang.get().t(V::RemoveAdded), &[("name", &name)]);
                    view! {
                        <li>{name.clone()}" "
                            <button type="button" class="link" on:click=move |_| model.update(|m| m.added.retain(|a| *a != id))>
                                <span aria-hidden="true">"×"</span><span class="visually-hidden">{label}</span></button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p role="status">{move || fill(lang.get().t(V::RatedCount), &[("count", &lang.get().count(rated.with(|r| r.ids.len())))])}</p>
            <NumberField id="cut-off" label=Signal::derive(move || lang.get().t(V::CutOff).to_string())
                value=Signal::derive(move || model.with(|m| Some(m.cut_off)))
                on_commit=Callback::new(move |v: Option<f64>| model.update(|m| m.cut_off = v.unwrap_or(60.0).clamp(0.0, 100.0)))/>
        </div>
    }
}

/// Moves the focus inside the rating grid with the arrow keys.
fn move_focus(ev: &leptos::ev::KeyboardEvent) {
    let (dr, dc): (i64, i64) = match ev.key().as_str() {
        "ArrowUp" => (-1, 0),
        "ArrowDown" => (1, 0),
        "ArrowLeft" => (0, -1),
        "ArrowRight" => (0, 1),
        _ => return,
    };
    let Some(cell) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let pos = |k: &str| cell.get_attribute(k).and_then(|v| v.parse::<i64>().ok());
    let (Some(r), Some(c)) = (pos("data-row"), pos("data-col")) else {
        return;
    };
    let selector = format!("[data-row=\"{}\"][data-col=\"{}\"]", r + dr, c + dc);
    if let Some(next) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        ev.prevent_default();
        let _ = next.focus();
    }
}

#[component]
fn RatingGrid(
    app: AppState,
    rated: Memo<Rated>,
    score_list: Memo<Vec<crate::domain::value_model::Score>>,
) -> impl IntoView {
    let lang = app.lang;
    let model = app.store.value_model;
    let page = RwSignal::new(0usize);
    let pages = Signal::derive(move || rated.with(|r| r.ids.len().div_ceil(GRID_PAGE).max(1)));
    // Rows change with the set of rated accounts, not with their points: a rating must
    // not rebuild the grid under the focused cell.
    let rows = Memo::new(move |_| rated.with(|r| (r.ids.clone(), r.names.clone())));
    // The qualitative criteria used anywhere (value model or a portfolio axis).
    let columns = Memo::new(move |_| {
        let on_axis = app.store.portfolio.with(|p| {
            p.attractiveness
                .iter()
                .chain(&p.position)
                .filter(|w| w.weight > 0.0)
                .map(|w| w.criterion.clone())
                .collect::<Vec<_>>()
        });
        let l = lang.get();
        model.with(|m| {
            m.criteria
                .iter()
                .filter(|c| {
                    c.kind == Kind::Qualitative && (c.weight > 0.0 || on_axis.contains(&c.id))
                })
                .map(|c| (c.id.clone(), criterion_name(c, l)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h2>{tr(lang, V::GridTitle)}</h2>
        <p class="hint">{tr(lang, V::GridHelp)}</p>
        <div class="table-wrap">
        <table class="data-table rating-grid" aria-label=move || lang.get().t(V::GridLabel)
            on:keydown=move |ev| move_focus(&ev)>
            <thead><tr>
                <th scope="col">{tr(lang, V::ColAccount)}</th>
                {move || columns.get().into_iter().map(|(_, name)| view! { <th scope="col">{name}</th> }).collect_view()}
                <th scope="col" class="num">{tr(lang, V::ColComplete)}</th>
            </tr></thead>
            <tbody>
                {move || {
                    let start = page.get() * GRID_PAGE;
                    let cols = columns.get();
                    let (ids, names) = rows.get();
                    (start..ids.len().min(start + GRID_PAGE)).map(|row| {
                        let id = ids[row];
                        let name = names[row].clone();
                        let cells = cols.iter().enumerate().map(|(col, (cid, cname))| {
                            let cid = cid.clone();
                            let cid2 = cid.clone();
                            let label = fill(lang.get_untracked().t(V::CellLabel), &[("criterion", cname), ("account", &name)]);
                            view! {
                                <td data-cell="">
                                    <RatingInput
                                        label=label
                                        grid=true
                                        row=row
                                        col=col
                                        value=Signal::derive(move || model.with(|m| m.rating(id, &cid)))
                                        on_change=Callback::new(move |p: Option<u8>| model.update(|m| m.set_rating(id, &cid2, p)))
                                    />
                                </td>
                            }
                        }).collect_view();
                        let completeness = move || score_list.with(|s| s.get(row).map(|s| completeness(s, lang.get())).unwrap_or_default());
                        view! {
                            <tr>
                                <th scope="row"><a href=Route::Account(id).href()>{name.clone()}</a></th>
                                {cells}
                                <td class="num">{completeness}</td>
                            </tr>
                        }
                    }).collect_view()
                }}
            </tbody>
        </table>
        </div>
        <Pager page=page pages=pages/>
    }
}

#[component]
fn Ranking(
    app: AppState,
    rated: Memo<Rated>,
    score_list: Memo<Vec<crate::domain::value_model::Score>>,
) -> impl IntoView {
    let lang = app.lang;
    let model = app.store.value_model;
    let page = RwSignal::new(0usize);
    let order = Memo::new(move |_| score_list.with(|s| ranking(s)));
    let pages = Signal::derive(move || order.with(|o| o.len().div_ceil(GRID_PAGE).max(1)));
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
        <div class="table-wrap">
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
                    let s = score_list.get();
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
        </div>
        <Pager page=page pages=pages/>
    }
}
