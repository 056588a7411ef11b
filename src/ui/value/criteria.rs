//! The criteria editor of the value model: each criterion's name, kind (qualitative or
//! a quantitative source), rating rule and direction, its order, removing (with Undo)
//! and adding one.

use leptos::prelude::*;

use crate::domain::value_model::{Criterion, Direction, Kind, RatingRule, Source};
use crate::domain::AccountId;
use crate::i18n::tr;
use crate::i18n::{fill, value::V};
use crate::state::AppState;
use crate::ui::format::criterion_name;
use crate::ui::widgets::NumberField;

fn source_text(s: Source) -> V {
    match s {
        Source::Revenue => V::SrcRevenue,
        Source::ContributionMargin => V::SrcMargin,
        Source::Potential => V::SrcPotential,
        Source::UntappedPotential => V::SrcUntapped,
        Source::ShareOfWallet => V::SrcWallet,
        Source::RelationshipYears => V::SrcYears,
        Source::ProfileFulfilment => V::SrcFulfilment,
        Source::Growth => V::SrcGrowth,
        Source::Stability => V::SrcStability,
    }
}

/// Changes criterion `i` of the value model, if it is there.
fn edit_criterion(app: AppState, i: usize, f: Box<dyn FnOnce(&mut Criterion)>) {
    app.store.value_model.update(|m| {
        if let Some(c) = m.criteria.get_mut(i) {
            f(c);
        }
    })
}

/// Removes criterion `i` with its ratings and its place on the portfolio axes, with
/// Undo.
fn remove_criterion(app: AppState, i: usize) {
    let lang = app.lang;
    let model = app.store.value_model;
    let portfolio = app.store.portfolio;
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
}

#[component]
pub fn CriteriaEditor(app: AppState) -> impl IntoView {
    let lang = app.lang;
    let model = app.store.value_model;
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
                    // Keyed by id: an edit, a move or a removal keeps the other rows (and
                    // the focus) where they are.
                    <For
                        each=move || model.with(|m| m.criteria.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
                        key=|id| id.clone()
                        children=move |id| view! { <CriterionRow app=app id=id/> }
                    />
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

/// One criterion's row of the criteria table; it follows its criterion when the order
/// changes.
#[component]
fn CriterionRow(app: AppState, id: String) -> impl IntoView {
    let lang = app.lang;
    let model = app.store.value_model;
    let count = move || model.with(|m| m.criteria.len());
    let at = Memo::new(move |_| model.with(|m| m.criteria.iter().position(|c| c.id == id)));
    // Where the criterion stands now (a removed one's row is on its way out).
    let index = move || at.get().unwrap_or(0);
    let edit = move |f: Box<dyn FnOnce(&mut Criterion)>| {
        if let Some(i) = at.get_untracked() {
            edit_criterion(app, i, f);
        }
    };
    let c = move || {
        at.get()
            .and_then(|i| model.with(|m| m.criteria.get(i).cloned()))
    };
    let name = move || {
        c().map(|c| criterion_name(&c, lang.get()))
            .unwrap_or_default()
    };
    let l = move |k: V| {
        fill(
            lang.get().t(k),
            &[("name", &name()), ("n", &(index() + 1).to_string())],
        )
    };
    view! {
        <tr>
            <td>
                <input type="text" aria-label=move || l(V::NameOf)
                    prop:value=name
                    on:change=move |ev| {
                        let v = event_target_value(&ev).trim().to_string();
                        if !v.is_empty() { edit(Box::new(move |c| c.name = v)); }
                    }/>
            </td>
            <td>
                <select aria-label=move || l(V::KindOf)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        edit(Box::new(move |c| match Source::from_key(&v) {
                            Some(s) => {
                                // A linear range belongs to its figure: another figure starts from its own.
                                if matches!(c.rule, RatingRule::Linear { .. }) && c.source != Some(s) {
                                    c.rule = s.default_linear();
                                }
                                c.kind = Kind::Quantitative;
                                c.source = Some(s);
                            }
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
                            edit(Box::new(move |c| c.rule = if linear {
                                c.source.unwrap_or(Source::Revenue).default_linear()
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
                                <NumberField id=format!("low-{}", index()) label=Signal::derive(move || format!("{}: {}", name(), lang.get().t(V::RuleLow)))
                                    value=Signal::derive(move || Some(low))
                                    on_commit=Callback::new(move |v: Option<f64>| edit(Box::new(move |c| {
                                        if let RatingRule::Linear { high, .. } = c.rule { c.rule = RatingRule::Linear { low: v.unwrap_or(0.0), high }; }
                                    })))/>
                                <NumberField id=format!("high-{}", index()) label=Signal::derive(move || format!("{}: {}", name(), lang.get().t(V::RuleHigh)))
                                    value=Signal::derive(move || Some(high))
                                    on_commit=Callback::new(move |v: Option<f64>| edit(Box::new(move |c| {
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
                        edit(Box::new(move |c| c.direction = if negative { Direction::Negative } else { Direction::Positive }));
                    }>
                    <option value="positive" selected=move || c().is_some_and(|c| c.direction == Direction::Positive)>{tr(lang, V::DirPositive)}</option>
                    <option value="negative" selected=move || c().is_some_and(|c| c.direction == Direction::Negative)>{tr(lang, V::DirNegative)}</option>
                </select>
            </td>
            <td class="actions">
                <button type="button" disabled=move || index() == 0
                    on:click=move |_| {
                        let i = index();
                        model.update(|m| if i > 0 { m.criteria.swap(i - 1, i) })
                    }>
                    <span aria-hidden="true">"↑"</span><span class="visually-hidden">{move || l(V::MoveUp)}</span></button>
                <button type="button" disabled=move || { index() + 1 >= count() }
                    on:click=move |_| {
                        let i = index();
                        model.update(|m| if i + 1 < m.criteria.len() { m.criteria.swap(i, i + 1) })
                    }>
                    <span aria-hidden="true">"↓"</span><span class="visually-hidden">{move || l(V::MoveDown)}</span></button>
                <button type="button" class="danger" on:click=move |_| {
                    if let Some(i) = at.get_untracked() {
                        remove_criterion(app, i);
                    }
                }>
                    <span aria-hidden="true">"×"</span><span class="visually-hidden">{move || l(V::RemoveCriterion)}</span></button>
            </td>
        </tr>
    }
}
