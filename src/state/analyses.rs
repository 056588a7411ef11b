//! Analyses several pages share, computed from the store: the rated accounts and each
//! one's points per criterion (value model, portfolio, key-account pages), the standing
//! of every account, and today's date. Memos, so a weight change re-runs only the
//! weighted sums, not the quantile ranking.

use leptos::prelude::*;

use crate::domain::value_model::Score;
use crate::domain::value_model::{criterion_points_with, included_accounts};
use crate::domain::{AbcClass, AccountId};
use crate::state::AppState;

/// The rated accounts (register order) and their points, `points[a][c]`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rated {
    pub ids: Vec<AccountId>,
    pub names: Vec<String>,
    pub revenue: Vec<f64>,
    pub key: Vec<bool>,
    pub class: Vec<Option<AbcClass>>,
    pub points: Vec<Vec<Option<f64>>>,
}

pub fn current_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}

/// Recomputed when accounts, the ABC classes or the criteria and ratings change, not
/// when a weight or the cut-off does (those only re-run the weighted sums).
pub fn rated_accounts(app: AppState) -> Memo<Rated> {
    let basis = Memo::new(move |_| {
        app.store.value_model.with(|m| {
            (
                m.criteria
                    .iter()
                    .map(|c| (c.id.clone(), c.kind, c.source, c.rule))
                    .collect::<Vec<_>>(),
                m.ratings.clone(),
                m.scope,
                m.added.clone(),
            )
        })
    });
    let year = current_year();
    Memo::new(move |_| {
        // Read, not `track()`: a memo that is only tracked is never computed, so it
        // never subscribes to the model and never reports a rating change.
        basis.with(|_| ());
        let classes: std::collections::HashMap<AccountId, AbcClass> = app
            .abc
            .with(|abc| abc.rows.iter().map(|r| (r.id, r.class)).collect());
        let read = |model: &crate::domain::ValueModel| {
            use crate::domain::value_model::{Kind, Source};
            // The profiles are read (and tracked) only when a criterion uses them.
            let uses_profiles = model.criteria.iter().any(|c| {
                c.kind == Kind::Quantitative && c.source == Some(Source::ProfileFulfilment)
            });
            let fulfilment: std::collections::HashMap<AccountId, f64> = if uses_profiles {
                app.store.key_accounts.with(|k| {
                    k.keys()
                        .filter_map(|id| id.parse::<AccountId>().ok())
                        .filter_map(|id| {
                            let d = crate::domain::key_account::key_account(k, id);
                            crate::domain::profile::fulfilment(&d.profiles).map(|f| (id, f))
                        })
                        .collect()
                })
            } else {
                Default::default()
            };
            let history = history_figures(app, model, year);
            app.store.accounts.with(|accounts| {
                let included = included_accounts(accounts, model, |id| classes.get(&id).copied());
                Rated {
                    ids: included.iter().map(|a| a.id).collect(),
                    names: included.iter().map(|a| a.name.clone()).collect(),
                    revenue: included.iter().map(|a| a.revenue).collect(),
                    key: included.iter().map(|a| a.key_account).collect(),
                    class: included
                        .iter()
                        .map(|a| classes.get(&a.id).copied())
                        .collect(),
                    points: criterion_points_with(model, &included, year, &|id, source| {
                        outside(&fulfilment, &history, id, source)
                    }),
                }
            })
        };
        app.store.value_model.with_untracked(read)
    })
}

/// Today as a calendar day (the browser's local date).
pub fn today() -> crate::domain::day::Day {
    let now = js_sys::Date::new_0();
    crate::domain::day::Day::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .expect("the browser's date is a date")
}

/// Where an account stands in the value model and the portfolio.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Standing {
    /// 0-100; `None` while incomplete.
    pub score: Option<f64>,
    pub quadrant: Option<crate::domain::value_model::Quadrant>,
}

/// The portfolio's two axis scores of every rated account, in `Rated` order:
/// (customer attractiveness, supplier position). Shared by the portfolio page and the
/// key-account pages, so the axes are computed one way.
pub fn axis_scores(app: AppState, rated: Memo<Rated>) -> Memo<(Vec<Score>, Vec<Score>)> {
    use crate::domain::value_model::{axis_weights, directions, scores};
    Memo::new(move |_| {
        let (a, p) = app
            .store
            .portfolio
            .with(|p| (p.attractiveness.clone(), p.position.clone()));
        let (wa, wp, d) = app
            .store
            .value_model
            .with(|m| (axis_weights(m, &a), axis_weights(m, &p), directions(m)));
        rated.with(|r| (scores(&r.points, &wa, &d), scores(&r.points, &wp, &d)))
    })
}

/// The standing of every rated account (accounts not rated are absent).
pub fn standings(app: AppState) -> Memo<std::collections::HashMap<AccountId, Standing>> {
    use crate::domain::value_model::{directions, model_weights, quadrant, scores};
    let rated = rated_accounts(app);
    let axes = axis_scores(app, rated);
    Memo::new(move |_| {
        let (sa, sp) = app
            .store
            .portfolio
            .with(|p| (p.split_attractiveness, p.split_position));
        let (w, d) = app
            .store
            .value_model
            .with(|m| (model_weights(m), directions(m)));
        axes.with(|(ya, xp)| {
            rated.with(|r| {
                let s = scores(&r.points, &w, &d);
                r.ids
                    .iter()
                    .enumerate()
                    .map(|(i, &id)| {
                        let q = ya[i]
                            .value
                            .zip(xp[i].value)
                            .map(|(y, x)| quadrant(y, x, sa, sp));
                        (
                            id,
                            Standing {
                                score: s[i].value,
                                quadrant: q,
                            },
                        )
                    })
                    .collect()
            })
        })
    })
}

/// Growth and stability of every customer (`history::overview::value_figures`), read
/// (and tracked) from the sales history only when a criterion uses them.
fn history_figures(
    app: AppState,
    model: &crate::domain::ValueModel,
    year: i32,
) -> std::collections::HashMap<AccountId, (Option<f64>, Option<f64>)> {
    use crate::domain::value_model::{Kind, Source};
    let used = model.criteria.iter().any(|c| {
        c.kind == Kind::Quantitative && matches!(c.source, Some(Source::Growth | Source::Stability))
    });
    if !used {
        return Default::default();
    }
    app.store
        .history
        .with(|h| crate::domain::history::overview::value_figures(h, year))
}

/// The figure of `source` that lives outside the account: profile fulfilment, growth,
/// stability.
fn outside(
    fulfilment: &std::collections::HashMap<AccountId, f64>,
    history: &std::collections::HashMap<AccountId, (Option<f64>, Option<f64>)>,
    id: AccountId,
    source: crate::domain::value_model::Source,
) -> Option<f64> {
    use crate::domain::value_model::Source;
    match source {
        Source::ProfileFulfilment => fulfilment.get(&id).copied(),
        Source::Growth => history.get(&id).and_then(|f| f.0),
        Source::Stability => history.get(&id).and_then(|f| f.1),
        _ => None,
    }
}
