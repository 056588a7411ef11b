//! The requirement and performance profile of a key account (DOMAIN.md section 5):
//! segments, the customer's criteria and weights, the ratings of us and the
//! competitors, the results (weighted performance, rank, gaps, value drivers, chart)
//! and dated versions compared side by side.

use leptos::prelude::*;

use crate::charts::profile::{
    drawn_suppliers, is_radar, profile_option, series_table, supplier_color, SupplierRatings,
};
use crate::charts::{Chart, ChartClick, ChartTable};
use crate::domain::day::Day;
use crate::domain::profile::{
    compare, gaps, ranks, value_drivers, weighted_performance, Competitor, Profile,
    ProfileCriterion, ProfileVersion, Segment,
};
use crate::domain::AccountId;
use crate::i18n::common::C;
use crate::i18n::key_accounts::day_text;
use crate::i18n::profile::{criterion_text, PR};
use crate::i18n::tr;
use crate::i18n::{fill, Lang};
use crate::state::analyses::today;
use crate::state::key_accounts::{key_account_data, update_key_account};
use crate::state::route::AccountSection;
use crate::state::{use_app, AppState};
use crate::ui::key_account::key_account_section;
use crate::ui::lazy::{lazy_page, lazy_part};
use crate::ui::widgets::{parse_field, EmptyState, RemoveButton, WeightEditor, WeightRow};

lazy_page!(account_profile, profile_page, preload_profile, (id: u64) => {
    view! { <ProfilePage id=id/> }.into_any()
});
// The editing parts: a chunk of their own, so that no page chunk exceeds its budget;
// fetched with the page (prefetch) or when shown.
lazy_part!(profile_editor, profile_editor, preload_profile_editor,
    /// The weights and ratings editor of a requirement profile, from its chunk.
    LazyProfileEditor(id: u64, current: Memo<Option<usize>>, profile: Memo<Option<crate::domain::profile::Profile>>) => {
    view! { <ProfileEditor id=id current=current profile=profile/> }.into_any()
});
lazy_part!(profile_editor, profile_versions, preload_profile_versions,
    /// The saved versions of a requirement profile, from their chunk.
    LazyProfileVersions(id: u64, current: Memo<Option<usize>>, segments: Memo<Vec<crate::domain::profile::Segment>>) => {
    view! { <ProfileVersions id=id current=current segments=segments/> }.into_any()
});

/// Changes segment `seg` of the key account.
fn edit(app: AppState, id: AccountId, seg: usize, f: impl FnOnce(&mut Segment)) {
    update_key_account(app, id, |d| {
        if let Some(s) = d.profiles.get_mut(seg) {
            f(s);
        }
    });
}

/// A rating or a change as text ("–" when missing).
fn points(l: Lang, v: Option<f64>) -> String {
    v.map(|v| l.number_as_typed(v, 1))
        .unwrap_or_else(|| "–".into())
}

fn signed(l: Lang, v: Option<f64>) -> String {
    match v {
        Some(v) if v > 0.0 => format!("+{}", l.number_as_typed(v, 1)),
        other => points(l, other),
    }
}

/// Criterion names in the UI language.
fn criterion_names(l: Lang, p: &Profile) -> Vec<String> {
    p.criteria
        .iter()
        .map(|c| criterion_text(l, &c.id, &c.name))
        .collect()
}

/// Us and every competitor with their ratings in criterion order.
fn suppliers(l: Lang, p: &Profile) -> Vec<SupplierRatings> {
    let mut all = vec![SupplierRatings {
        name: l.t(PR::Us).to_string(),
        ratings: p.our_ratings(),
    }];
    for (c, ratings) in p.competitors.iter().zip(p.competitor_ratings()) {
        all.push(SupplierRatings {
            name: c.name.clone(),
            ratings,
        });
    }
    all
}

/// A free id for a new criterion (`c1`, `c2`, …).
fn next_criterion_id(p: &Profile) -> String {
    (1..)
        .map(|n| format!("c{n}"))
        .find(|id| !p.criteria.iter().any(|c| c.id == *id))
        .expect("an unused id exists")
}

#[component]
pub fn ProfilePage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let data = key_account_data(app, id);
    let chosen = RwSignal::new(0usize);
    let segments = Memo::new(move |_| data.with(|d| d.profiles.clone()));
    // The segment shown, `None` while there is none.
    let current = Memo::new(move |_| {
        let n = segments.with(Vec::len);
        (n > 0).then(|| chosen.get().min(n - 1))
    });
    let profile = Memo::new(move |_| {
        let i = current.get()?;
        segments.with(|s| s.get(i).map(|s| s.profile.clone()))
    });
    let start = move |_| {
        let name = lang.get_untracked().t(PR::DefaultSegment).to_string();
        update_key_account(app, id, |d| {
            d.profiles.push(Segment {
                extra: Default::default(),
                name,
                profile: Profile::with_default_criteria(),
                versions: Vec::new(),
            })
        });
        chosen.set(0);
    };
    key_account_section(
        id,
        AccountSection::Profile,
        |l| l.t(PR::Section).to_string(),
        move |name| {
            view! {
                <p class="intro">{tr(lang, PR::Intro)}</p>
                {move || if current.get().is_none() {
                    view! {
                        <EmptyState title=Signal::derive(move || lang.get().t(PR::NoProfileTitle).to_string())
                            text=Signal::derive(move || lang.get().t(PR::NoProfileText).to_string())>
                            <button class="primary" on:click=start>{tr(lang, PR::StartProfile)}</button>
                        </EmptyState>
                    }.into_any()
                } else {
                    let name = name.clone();
                    view! {
                        <SegmentBar id=id segments=segments current=current chosen=chosen/>
                        <LazyProfileEditor id=id current=current profile=profile/>
                        <ProfileResults profile=profile account=name/>
                        <LazyProfileVersions id=id current=current segments=segments/>
                    }.into_any()
                }}
            }
        },
    )
}

/// The segments as tabs, the name of the current one, adding and removing.
#[component]
fn SegmentBar(
    id: AccountId,
    segments: Memo<Vec<Segment>>,
    current: Memo<Option<usize>>,
    chosen: RwSignal<usize>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let tabs = move || {
        let here = current.get();
        segments.with(|all| {
            all.iter()
                .enumerate()
                .map(|(i, s)| {
                    view! {
                        <button type="button" class="segment" aria-pressed=if here == Some(i) { "true" } else { "false" }
                            on:click=move |_| chosen.set(i)>{s.name.clone()}</button>
                    }
                })
                .collect_view()
        })
    };
    let add = move |_| {
        let l = lang.get_untracked();
        let n = segments.with_untracked(Vec::len);
        let name = format!("{} {}", l.t(PR::NewSegmentName), n + 1);
        let notice = fill(l.t(PR::SegmentAdded), &[("name", &name)]);
        update_key_account(app, id, |d| {
            d.profiles.push(Segment {
                extra: Default::default(),
                name,
                profile: Profile::with_default_criteria(),
                versions: Vec::new(),
            })
        });
        chosen.set(n);
        app.notify(notice);
    };
    let remove = move |_| {
        let Some(i) = current.get_untracked() else {
            return;
        };
        let Some(gone) = segments.with_untracked(|s| s.get(i).cloned()) else {
            return;
        };
        update_key_account(app, id, |d| {
            d.profiles.remove(i);
        });
        chosen.set(i.saturating_sub(1));
        let text = fill(
            lang.get_untracked().t(PR::SegmentRemoved),
            &[("name", &gone.name)],
        );
        app.toasts.notify_with_undo(text, move || {
            let back = gone.clone();
            update_key_account(app, id, move |d| {
                let at = i.min(d.profiles.len());
                d.profiles.insert(at, back);
            });
            chosen.set(i);
        });
    };
    let seg_name = move || {
        current
            .get()
            .and_then(|i| segments.with(|s| s.get(i).map(|s| s.name.clone())))
            .unwrap_or_default()
    };
    view! {
        <div class="segments" role="group" aria-label=move || lang.get().t(PR::Segments)>
            {tabs}
            <button type="button" on:click=add>{tr(lang, PR::AddSegment)}</button>
        </div>
        <div class="field-row">
            <div class="field">
                <label for="segment-name">{tr(lang, PR::SegmentName)}</label>
                <input id="segment-name" type="text" prop:value=seg_name
                    on:change=move |ev| {
                        let text = event_target_value(&ev).trim().to_string();
                        if let (Some(i), false) = (current.get_untracked(), text.is_empty()) {
                            edit(app, id, i, |s| s.name = text);
                        }
                    }/>
            </div>
            <button type="button" class="link danger" on:click=remove>
                {move || fill(lang.get().t(PR::RemoveSegment), &[("name", &seg_name())])}
            </button>
        </div>
    }
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

/// The weight editor and the ratings grid of the current segment.
#[component]
pub fn ProfileEditor(
    id: AccountId,
    current: Memo<Option<usize>>,
    profile: Memo<Option<Profile>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let error = RwSignal::new(None::<String>);
    let change = move |f: Box<dyn FnOnce(&mut Profile)>| {
        if let Some(i) = current.get_untracked() {
            edit(app, id, i, |s| f(&mut s.profile));
        }
    };
    let weight_rows = Signal::derive(move || {
        let l = lang.get();
        profile.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.criteria
                        .iter()
                        .map(|c| WeightRow {
                            key: format!("profile-{}", c.id),
                            name: criterion_text(l, &c.id, &c.name),
                            weight: c.weight,
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let set_weights = Callback::new(move |w: Vec<f64>| {
        change(Box::new(move |p| {
            for (c, w) in p.criteria.iter_mut().zip(w) {
                c.weight = w;
            }
        }))
    });
    // The grid is rebuilt only when criteria or competitors are added or removed, so
    // the cell being typed in keeps its focus while values change.
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
    let undoable = move |text: String, before: Profile| {
        let seg = current.get_untracked();
        app.toasts.notify_with_undo(text, move || {
            let back = before.clone();
            if let Some(i) = seg {
                edit(app, id, i, move |s| s.profile = back);
            }
        });
    };
    let grid = move || {
        let (ids, competitors) = shape.get();
        let criterion_name = move |i: usize| {
            let l = lang.get();
            profile.with(|p| {
                p.as_ref()
                    .and_then(|p| p.criteria.get(i))
                    .map(|c| criterion_text(l, &c.id, &c.name))
                    .unwrap_or_default()
            })
        };
        let competitor_name = move |k: usize| {
            profile.with(|p| {
                p.as_ref()
                    .and_then(|p| p.competitors.get(k))
                    .map(|c| c.name.clone())
                    .unwrap_or_default()
            })
        };
        let header = (0..competitors)
            .map(|k| {
                let remove = move || {
                    let Some(before) = profile.get_untracked() else { return };
                    let name = competitor_name(k);
                    change(Box::new(move |p| {
                        if k < p.competitors.len() {
                            p.competitors.remove(k);
                        }
                    }));
                    undoable(fill(lang.get_untracked().t(PR::CompetitorRemoved), &[("name", &name)]), before);
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
                                    change(Box::new(move |p| if let Some(c) = p.competitors.get_mut(k) { c.name = text }));
                                }
                            }/>
                        <RemoveButton label=Signal::derive(move || fill(lang.get().t(PR::RemoveCompetitor), &[("name", &competitor_name(k))])) on_remove=remove/>
                    </th>
                }
            })
            .collect_view();
        let rows = ids
            .into_iter()
            .enumerate()
            .map(|(i, cid)| {
                let rating = move |k: Option<usize>| {
                    let cid = cid.clone();
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
                        change(Box::new(move |p| {
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
                        }))
                    });
                    let label = Signal::derive(move || {
                        let l = lang.get();
                        let supplier = match k {
                            None => l.t(PR::Us).to_string(),
                            Some(k) => competitor_name(k),
                        };
                        fill(l.t(PR::RatingOf), &[("supplier", &supplier), ("criterion", &criterion_name(i))])
                    });
                    view! { <td><RatingCell label=label value=value on_commit=commit error=error/></td> }
                };
                let remove = move || {
                    let Some(before) = profile.get_untracked() else { return };
                    let name = criterion_name(i);
                    change(Box::new(move |p| {
                        if i < p.criteria.len() {
                            let gone = p.criteria.remove(i).id;
                            p.us.remove(&gone);
                            for c in &mut p.competitors {
                                c.ratings.remove(&gone);
                            }
                        }
                    }));
                    undoable(fill(lang.get_untracked().t(PR::CriterionRemoved), &[("name", &name)]), before);
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
                                    change(Box::new(move |p| {
                                        if let Some(c) = p.criteria.get_mut(i) {
                                            // The default's own name stays the default (and follows the language).
                                            let default = criterion_text(l, &c.id, "");
                                            c.name = if text == default { String::new() } else { text };
                                        }
                                    }));
                                }/>
                        </th>
                        {rating(None)}
                        {(0..competitors).map(|k| rating(Some(k))).collect_view()}
                        <td>
                            <RemoveButton label=Signal::derive(move || fill(lang.get().t(PR::RemoveCriterion), &[("name", &criterion_name(i))])) on_remove=remove/>
                        </td>
                    </tr>
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
    };
    let add_criterion = move |_| {
        let name = lang.get_untracked().t(PR::NewCriterion).to_string();
        change(Box::new(move |p| {
            let id = next_criterion_id(p);
            p.criteria.push(ProfileCriterion {
                extra: Default::default(),
                id,
                name,
                weight: 0.0,
            });
        }))
    };
    let add_competitor = move |_| {
        let l = lang.get_untracked();
        change(Box::new(move |p| {
            let name = fill(
                l.t(PR::NewCompetitor),
                &[("n", &(p.competitors.len() + 1).to_string())],
            );
            p.competitors.push(Competitor {
                name,
                ..Competitor::default()
            });
        }))
    };
    view! {
        <div class="profile-editor">
            <WeightEditor label=Signal::derive(move || lang.get().t(PR::Weights).to_string()) rows=weight_rows on_change=set_weights/>
            <div class="profile-ratings">
                {grid}
                <p class="field-error" role="alert">{move || error.get()}</p>
                <div class="actions">
                    <button type="button" on:click=add_criterion>{tr(lang, PR::AddCriterion)}</button>
                    <button type="button" on:click=add_competitor>{tr(lang, PR::AddCompetitor)}</button>
                </div>
            </div>
        </div>
    }
}

/// Weighted performance and rank per supplier, the chart, the gaps and value drivers.
#[component]
fn ProfileResults(profile: Memo<Option<Profile>>, account: String) -> impl IntoView {
    let lang = use_app().lang;
    let results = Memo::new(move |_| {
        let l = lang.get();
        profile.with(|p| {
            let p = p.as_ref()?;
            let all = suppliers(l, p);
            let w = p.weights();
            let perf: Vec<Option<f64>> = all
                .iter()
                .map(|s| weighted_performance(&w, &s.ratings))
                .collect();
            let rank = ranks(&perf);
            let g = gaps(&w, &p.our_ratings(), &p.competitor_ratings());
            let drivers = value_drivers(&w, &g);
            Some((criterion_names(l, p), all, perf, rank, g, drivers, w))
        })
    });
    let summary = move || {
        let l = lang.get();
        results.with(|r| {
            let (_, all, perf, rank, ..) = r.as_ref()?;
            Some(match (rank[0], perf[0]) {
                (Some(rk), Some(v)) => fill(
                    l.t(PR::OurRank),
                    &[
                        ("rank", &rk.to_string()),
                        ("of", &l.count(all.len())),
                        ("value", &l.number(v, 1)),
                    ],
                ),
                _ => l.t(PR::OurRankIncomplete).to_string(),
            })
        })
    };
    let table = move || {
        let l = lang.get();
        results.with(|r| {
            let (_, all, perf, rank, ..) = r.as_ref()?;
            let rows = all
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let p = perf[i].map(|v| l.number(v, 1)).unwrap_or_else(|| l.t(PR::Incomplete).to_string());
                    let rk = rank[i].map(|r| r.to_string()).unwrap_or_else(|| "–".into());
                    view! {
                        <tr class:us=i == 0>
                            <th scope="row">
                                <span class="swatch" style=format!("background:{}", supplier_color(i)) aria-hidden="true"></span>
                                {s.name.clone()}
                            </th>
                            <td class="num">{p}</td>
                            <td class="num">{rk}</td>
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="table-wrap" tabindex="0">
                <table class="data-table results">
                    <caption class="visually-hidden">{l.t(PR::Results)}</caption>
                    <thead><tr>
                        <th scope="col">{l.t(PR::Supplier)}</th>
                        <th scope="col" class="num">{l.t(PR::WeightedPerformance)}</th>
                        <th scope="col" class="num">{l.t(PR::Rank)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            })
        })
    };
    let option = Signal::derive(move || {
        results.with(|r| match r.as_ref() {
            Some((names, all, ..)) => profile_option(names, all),
            None => Default::default(),
        })
    });
    let chart_table = Signal::derive(move || {
        let l = lang.get();
        results.with(|r| {
            let Some((names, all, ..)) = r.as_ref() else {
                return ChartTable::default();
            };
            series_table(l.t(PR::Criterion), names, all, |v| points(l, v))
        })
    });
    let tooltip = Callback::new(move |click: ChartClick| {
        let l = lang.get_untracked();
        results.with_untracked(|r| {
            let Some((names, all, ..)) = r.as_ref() else {
                return Vec::new();
            };
            // Radar: one series, an item per supplier; bars: a series per supplier.
            let (drawn, only) = if is_radar(names.len()) {
                (click.item, None)
            } else {
                (click.series, Some(click.item))
            };
            // Unrated competitors are not drawn: the n-th shape is the n-th drawn.
            let supplier = drawn_suppliers(all).get(drawn).copied();
            let Some(s) = supplier.and_then(|i| all.get(i)) else {
                return Vec::new();
            };
            let mut lines = vec![s.name.clone()];
            for (c, n) in names.iter().enumerate() {
                if only.is_none_or(|o| o == c) {
                    lines.push(format!("{n}: {}", points(l, s.ratings[c])));
                }
            }
            lines
        })
    });
    let legend = move || {
        results.with(|r| {
            r.as_ref().map(|(_, all, ..)| {
                drawn_suppliers(all)
                    .into_iter()
                    .map(|i| {
                        view! {
                            <li><span class="swatch" style=format!("background:{}", supplier_color(i)) aria-hidden="true"></span>{all[i].name.clone()}</li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let gap_rows = move || {
        let l = lang.get();
        results.with(|r| {
            let (names, all, _, _, g, _, w) = r.as_ref()?;
            let total: f64 = w.iter().filter(|w| **w > 0.0).sum();
            Some(
                g.iter()
                    .map(|g| {
                        let share = if total > 0.0 {
                            w[g.criterion].max(0.0) / total * 100.0
                        } else {
                            0.0
                        };
                        let ours = all[0].ratings[g.criterion];
                        view! {
                            <tr class:trail=g.gap.is_some_and(|x| x > 0.0)>
                                <th scope="row">{names[g.criterion].clone()}</th>
                                <td class="num">{l.percent(share, 1)}</td>
                                <td class="num">{points(l, ours)}</td>
                                <td class="num">{points(l, g.best_competitor)}</td>
                                <td class="num">{signed(l, g.gap)}</td>
                                <td class="num">{signed(l, g.weighted_gap)}</td>
                                <td class="num">{points(l, g.potential)}</td>
                            </tr>
                        }
                    })
                    .collect_view(),
            )
        })
    };
    let drivers = move || {
        let l = lang.get();
        results.with(|r| {
            let (names, _, _, _, g, order, w) = r.as_ref()?;
            Some(
                order
                    .iter()
                    .map(|&c| {
                        let gap = &g[c];
                        let name = names[c].clone();
                        let text = match (gap.gap, gap.weighted_gap, gap.potential) {
                            _ if w[c] <= 0.0 => fill(l.t(PR::DriverNone), &[("criterion", &name)]),
                            (Some(x), Some(wx), _) if x > 0.0 => fill(
                                l.t(PR::DriverTrail),
                                &[
                                    ("criterion", &name),
                                    ("gap", &l.number(x, 1)),
                                    ("weighted", &l.number(wx, 1)),
                                ],
                            ),
                            (_, _, Some(p)) => fill(
                                l.t(PR::DriverRoom),
                                &[("criterion", &name), ("potential", &l.number(p, 1))],
                            ),
                            _ => fill(l.t(PR::DriverNone), &[("criterion", &name)]),
                        };
                        view! { <li>{text}</li> }
                    })
                    .collect_view(),
            )
        })
    };
    let label = Signal::derive(move || fill(lang.get().t(PR::Chart), &[("name", &account)]));
    view! {
        <section class="profile-results" aria-labelledby="profile-results">
            <h2 id="profile-results">{tr(lang, PR::Results)}</h2>
            <p class="lead" role="status">{summary}</p>
            <div class="results-row">
                <div>{table}</div>
                <div class="profile-chart">
                    <Chart option=option label=label table=chart_table tooltip=tooltip height="380px"/>
                    <ul class="legend" aria-label=move || lang.get().t(PR::ChartLegend)>{legend}</ul>
                    <p class="hint">{move || {
                        let l = lang.get();
                        results.with(|r| crate::ui::paper::not_drawn(l, r.as_ref().map_or(&[][..], |r| &r.1[..])))
                    }}</p>
                </div>
            </div>
            <h3>{tr(lang, PR::ValueDrivers)}</h3>
            <ol class="drivers">{drivers}</ol>
            <h3>{tr(lang, PR::Gaps)}</h3>
            <div class="table-wrap" tabindex="0">
                <table class="data-table gaps">
                    <thead><tr>
                        <th scope="col">{tr(lang, PR::Criterion)}</th>
                        <th scope="col" class="num">{tr(lang, PR::Weight)}</th>
                        <th scope="col" class="num">{tr(lang, PR::Us)}</th>
                        <th scope="col" class="num">{tr(lang, PR::BestCompetitor)}</th>
                        <th scope="col" class="num">{tr(lang, PR::Gap)}</th>
                        <th scope="col" class="num">{tr(lang, PR::WeightedGap)}</th>
                        <th scope="col" class="num">{tr(lang, PR::Potential)}</th>
                    </tr></thead>
                    <tbody>{gap_rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// Saved versions of the current segment: save as of a date, remove, compare two.
#[component]
pub fn ProfileVersions(
    id: AccountId,
    current: Memo<Option<usize>>,
    segments: Memo<Vec<Segment>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let day = today();
    let date = RwSignal::new(day.iso());
    let date_error = RwSignal::new(false);
    let versions = Memo::new(move |_| {
        let i = current.get();
        segments.with(|s| {
            i.and_then(|i| s.get(i))
                .map(|s| s.versions.clone())
                .unwrap_or_default()
        })
    });
    // Compare: indices into the versions, `None` = the current profile. By default the
    // newest saved version against the current profile, again for each segment.
    let from = RwSignal::new(None::<usize>);
    let to = RwSignal::new(None::<usize>);
    Effect::new(move |_| {
        current.track();
        from.set(versions.with_untracked(|v| v.len().checked_sub(1)));
        to.set(None);
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(i), Some(d)) = (current.get_untracked(), Day::parse(&date.get_untracked()))
        else {
            date_error.set(true);
            return;
        };
        date_error.set(false);
        let mut replaced = false;
        edit(app, id, i, |s| {
            let version = ProfileVersion {
                extra: Default::default(),
                date: d,
                profile: s.profile.clone(),
            };
            match s.versions.iter_mut().find(|v| v.date == d) {
                Some(v) => {
                    // Its unknown fields (from a newer version) stay with the date.
                    v.profile = version.profile;
                    replaced = true;
                }
                None => {
                    s.versions.push(version);
                    s.versions.sort_by_key(|v| v.date);
                }
            }
        });
        let l = lang.get_untracked();
        let key = if replaced {
            PR::VersionReplaced
        } else {
            PR::VersionSaved
        };
        app.notify(fill(l.t(key), &[("date", &day_text(l, d))]));
        // Compare the newest saved version with the current profile by default.
        from.set(versions.with_untracked(|v| v.len().checked_sub(1)));
        to.set(None);
    };
    let list = move || {
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
        view! {
            <div class="table-wrap" tabindex="0">
            <table class="data-table versions">
                <thead><tr>
                    <th scope="col">{l.t(PR::VersionDate)}</th>
                    <th scope="col" class="num">{l.t(PR::WeightedPerformance)}</th>
                    <th scope="col"><span class="visually-hidden">{l.t(C::RemoveColumn)}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        }
        .into_any()
    };
    let options = move |selected: Option<usize>| {
        let l = lang.get();
        let mut all = vec![
            view! { <option value="" selected=selected.is_none()>{l.t(PR::Current)}</option> }
                .into_any(),
        ];
        versions.with(|vs| {
            for (v, version) in vs.iter().enumerate() {
                all.push(view! { <option value=v.to_string() selected=selected == Some(v)>{day_text(l, version.date)}</option> }.into_any());
            }
        });
        all
    };
    let version_name = move |l: Lang, v: Option<usize>| match v {
        None => l.t(PR::Current).to_string(),
        Some(v) => versions.with(|vs| vs.get(v).map(|x| day_text(l, x.date)).unwrap_or_default()),
    };
    let comparison = move || {
        let l = lang.get();
        if versions.with(Vec::is_empty) {
            return view! { <p class="muted">{l.t(PR::CompareNeedsTwo)}</p> }.into_any();
        }
        let pick = |v: Option<usize>| -> Option<Profile> {
            match v {
                Some(v) => versions.with(|vs| vs.get(v).map(|x| x.profile.clone())),
                None => current
                    .get()
                    .and_then(|i| segments.with(|s| s.get(i).map(|s| s.profile.clone()))),
            }
        };
        let (Some(a), Some(b)) = (pick(from.get()), pick(to.get())) else {
            return ().into_any();
        };
        let c = compare(&a, &b);
        let name = |s: &crate::domain::profile::SupplierChange| {
            s.competitor
                .clone()
                .unwrap_or_else(|| l.t(PR::Us).to_string())
        };
        let cell = |before: Option<f64>, after: Option<f64>| {
            let delta = before.zip(after).map(|(b, a)| a - b);
            format!(
                "{} → {} ({})",
                points(l, before),
                points(l, after),
                signed(l, delta)
            )
        };
        let head = c
            .suppliers
            .iter()
            .map(|s| view! { <th scope="col" class="num">{name(s)}</th> })
            .collect_view();
        let rows = c
            .criteria
            .iter()
            .enumerate()
            .map(|(k, (cid, cname))| {
                let cells = c
                    .suppliers
                    .iter()
                    .map(|s| view! { <td class="num">{cell(s.before[k], s.after[k])}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{criterion_text(l, cid, cname)}</th>{cells}</tr> }
            })
            .collect_view();
        let total = c
            .suppliers
            .iter()
            .map(|s| view! { <td class="num">{cell(s.performance_before, s.performance_after)}</td> })
            .collect_view();
        let caption = fill(
            l.t(PR::CompareCaption),
            &[
                ("from", &version_name(l, from.get())),
                ("to", &version_name(l, to.get())),
            ],
        );
        view! {
            <div class="table-wrap" tabindex="0">
                <table class="data-table compare">
                    <caption>{caption}</caption>
                    <thead><tr><th scope="col">{l.t(PR::Criterion)}</th>{head}</tr></thead>
                    <tbody>
                        {rows}
                        <tr class="total"><th scope="row">{l.t(PR::WeightedPerformance)}</th>{total}</tr>
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let parse_choice = |text: String| text.parse::<usize>().ok();
    view! {
        <section class="profile-versions" aria-labelledby="profile-versions">
            <h2 id="profile-versions">{tr(lang, PR::Versions)}</h2>
            <p>{tr(lang, PR::VersionsIntro)}</p>
            <form class="inline-form" on:submit=save>
                <div class="field">
                    <label for="version-date">{tr(lang, PR::VersionDate)}</label>
                    <input id="version-date" type="date" required prop:value=move || date.get()
                        aria-invalid=move || date_error.get().then_some("true")
                        on:input=move |ev| date.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="primary">{tr(lang, PR::SaveVersion)}</button>
            </form>
            {list}
            <h3>{tr(lang, PR::Compare)}</h3>
            <div class="field-row">
                <div class="field">
                    <label for="compare-from">{tr(lang, PR::CompareFrom)}</label>
                    <select id="compare-from" on:change=move |ev| from.set(parse_choice(event_target_value(&ev)))>
                        {move || options(from.get())}
                    </select>
                </div>
                <div class="field">
                    <label for="compare-to">{tr(lang, PR::CompareTo)}</label>
                    <select id="compare-to" on:change=move |ev| to.set(parse_choice(event_target_value(&ev)))>
                        {move || options(to.get())}
                    </select>
                </div>
            </div>
            {comparison}
        </section>
    }
}
