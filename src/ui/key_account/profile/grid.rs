//! The ratings grid of the profile editor: a row per criterion, a column for us and
//! for each competitor, each cell a rating 0-100.

use leptos::prelude::*;

use super::editor::ProfileEdit;
use crate::charts::profile::supplier_color;
use crate::domain::profile::Profile;
use crate::i18n::common::C;
use crate::i18n::profile::{criterion_text, PR};
use crate::i18n::{fill, tr, Lang};
use crate::state::use_app;
use crate::ui::widgets::{parse_field, RemoveButton};

/// The grid of the current segment. It is rebuilt only when criteria or competitors
/// are added or removed, so the cell being typed in keeps its focus while values change.
#[component]
pub fn RatingsGrid(
    edit: ProfileEdit,
    profile: Memo<Option<Profile>>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let shape = Memo::new(move |_| {
        profile.with(|p| {
            p.as_ref()
                .map(|p| {
                    (
                        p.criteria.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
                        p.competitors.len(),
                    )
                })
                .unwrap_or_default()
        })
    });
    move || {
        let (ids, competitors) = shape.get();
        let header = (0..competitors)
            .map(|k| view! { <CompetitorHead k=k edit=edit profile=profile/> })
            .collect_view();
        let rows = ids
            .into_iter()
            .enumerate()
            .map(|(i, cid)| {
                view! {
                    <CriterionRow i=i cid=cid competitors=competitors edit=edit profile=profile error=error/>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="data-table profile-grid">
                    <caption>{tr(lang, PR::Ratings)}</caption>
                    <thead><tr>
                        <th scope="col">{tr(lang, PR::Criterion)}</th>
                        <th scope="col">
                            <span class="swatch" style=format!("background:{}", supplier_color(0)) aria-hidden="true"></span>
                            {tr(lang, PR::Us)}
                        </th>
                        {header}
                        <th scope="col"><span class="visually-hidden">{tr(lang, C::RemoveColumn)}</span></th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    }
}

/// The name of criterion `i` in the UI language (tracks the language and the profile).
fn criterion_name(lang: RwSignal<Lang>, profile: Memo<Option<Profile>>, i: usize) -> String {
    let l = lang.get();
    profile.with(|p| {
        p.as_ref()
            .and_then(|p| p.criteria.get(i))
            .map(|c| criterion_text(l, &c.id, &c.name))
            .unwrap_or_default()
    })
}

/// The name of competitor `k`.
fn competitor_name(profile: Memo<Option<Profile>>, k: usize) -> String {
    profile.with(|p| {
        p.as_ref()
            .and_then(|p| p.competitors.get(k))
            .map(|c| c.name.clone())
            .unwrap_or_default()
    })
}

/// The column header of competitor `k`: its colour, its name to edit, removing it.
#[component]
fn CompetitorHead(k: usize, edit: ProfileEdit, profile: Memo<Option<Profile>>) -> impl IntoView {
    let lang = use_app().lang;
    let competitor_name = move |k: usize| competitor_name(profile, k);
    let remove = move || {
        let Some(before) = profile.get_untracked() else {
            return;
        };
        let name = competitor_name(k);
        edit.change(move |p| {
            if k < p.competitors.len() {
                p.competitors.remove(k);
            }
        });
        edit.undoable(
            fill(
                lang.get_untracked().t(PR::CompetitorRemoved),
                &[("name", &name)],
            ),
            before,
        );
    };
    view! {
        <th scope="col">
            <span class="swatch" style=format!("background:{}", supplier_color(k + 1)) aria-hidden="true"></span>
            <input type="text" class="cell-name"
                aria-label=move || fill(lang.get().t(PR::CompetitorName), &[("n", &(k + 1).to_string())])
                prop:value=move || competitor_name(k)
                on:change=move |ev| {
                    let text = event_target_value(&ev).trim().to_string();
                    if !text.is_empty() {
                        edit.change(move |p| if let Some(c) = p.competitors.get_mut(k) { c.name = text });
                    }
                }/>
            <RemoveButton label=Signal::derive(move || fill(lang.get().t(PR::RemoveCompetitor), &[("name", &competitor_name(k))])) on_remove=remove/>
        </th>
    }
}

/// The row of criterion `i`: its name to edit, the ratings, removing it.
#[component]
fn CriterionRow(
    i: usize,
    cid: String,
    competitors: usize,
    edit: ProfileEdit,
    profile: Memo<Option<Profile>>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let criterion_name = move |i: usize| criterion_name(lang, profile, i);
    let rating = move |k: Option<usize>| {
        let cid = cid.clone();
        view! { <RatingTd i=i cid=cid k=k edit=edit profile=profile error=error/> }
    };
    let remove = move || {
        let Some(before) = profile.get_untracked() else {
            return;
        };
        let name = criterion_name(i);
        edit.change(move |p| {
            if i < p.criteria.len() {
                let gone = p.criteria.remove(i).id;
                p.us.remove(&gone);
                for c in &mut p.competitors {
                    c.ratings.remove(&gone);
                }
            }
        });
        edit.undoable(
            fill(
                lang.get_untracked().t(PR::CriterionRemoved),
                &[("name", &name)],
            ),
            before,
        );
    };
    view! {
        <tr>
            <th scope="row">
                <input type="text" class="cell-name"
                    aria-label=move || fill(lang.get().t(PR::CriterionName), &[("n", &(i + 1).to_string())])
                    prop:value=move || criterion_name(i)
                    on:change=move |ev| {
                        let text = event_target_value(&ev).trim().to_string();
                        let l = lang.get_untracked();
                        edit.change(move |p| {
                            if let Some(c) = p.criteria.get_mut(i) {
                                // The default's own name stays the default (and follows the language).
                                let default = criterion_text(l, &c.id, "");
                                c.name = if text == default { String::new() } else { text };
                            }
                        });
                    }/>
            </th>
            {rating(None)}
            {(0..competitors).map(|k| rating(Some(k))).collect_view()}
            <td>
                <RemoveButton label=Signal::derive(move || fill(lang.get().t(PR::RemoveCriterion), &[("name", &criterion_name(i))])) on_remove=remove/>
            </td>
        </tr>
    }
}

/// The cell rating criterion `cid` (row `i`) for us (`k` = `None`) or competitor `k`.
#[component]
fn RatingTd(
    i: usize,
    cid: String,
    k: Option<usize>,
    edit: ProfileEdit,
    profile: Memo<Option<Profile>>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let cid2 = cid.clone();
    let value = Signal::derive(move || {
        profile.with(|p| {
            let p = p.as_ref()?;
            match k {
                None => p.us.get(&cid).copied(),
                Some(k) => p.competitors.get(k)?.ratings.get(&cid).copied(),
            }
        })
    });
    let commit = Callback::new(move |v: Option<f64>| {
        let cid = cid2.clone();
        edit.change(move |p| {
            let ratings = match k {
                None => &mut p.us,
                Some(k) => match p.competitors.get_mut(k) {
                    Some(c) => &mut c.ratings,
                    None => return,
                },
            };
            match v {
                Some(v) => ratings.insert(cid, v),
                None => ratings.remove(&cid),
            };
        })
    });
    let label = Signal::derive(move || {
        let l = lang.get();
        let supplier = match k {
            None => l.t(PR::Us).to_string(),
            Some(k) => competitor_name(profile, k),
        };
        fill(
            l.t(PR::RatingOf),
            &[
                ("supplier", &supplier),
                ("criterion", &criterion_name(lang, profile, i)),
            ],
        )
    });
    view! { <td><RatingCell label=label value=value on_commit=commit error=error/></td> }
}

/// One rating cell: text in the UI language's notation, committed on change, 0-100.
#[component]
fn RatingCell(
    #[prop(into)] label: Signal<String>,
    value: Signal<Option<f64>>,
    on_commit: Callback<Option<f64>>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let invalid = RwSignal::new(false);
    let change = move |ev: leptos::ev::Event| {
        let l = lang.get_untracked();
        let text = event_target_value(&ev);
        match parse_field(l, &text) {
            Ok(v) if v.is_none_or(|v| (0.0..=100.0).contains(&v)) => {
                invalid.set(false);
                error.set(None);
                on_commit.run(v);
            }
            Ok(_) => {
                invalid.set(true);
                error.set(Some(fill(l.t(PR::RatingRange), &[("text", text.trim())])));
            }
            Err(m) => {
                invalid.set(true);
                error.set(Some(m));
            }
        }
    };
    view! {
        <input type="text" inputmode="decimal" class="cell" aria-label=move || label.get()
            aria-invalid=move || invalid.get().then_some("true")
            prop:value=move || { invalid.set(false); value.get().map(|v| lang.get().number_exact(v)).unwrap_or_default() }
            on:change=change/>
    }
}
