//! What the Pareto page analyses: the customer list's figures (the ABC classes every
//! other page shows), or the revenue of one year of the sales history (docs/methods.md,
//! "Development over time": a year's classes are the Pareto analysis of that year).

use leptos::prelude::*;

use crate::domain::history::migration::accounts_of_year;
use crate::domain::pareto::{abc_analysis, AbcResult, Measure};
use crate::i18n::{fill, pareto::P, tr};
use crate::state::use_app;

/// The page's basis: the chosen year (`None`: the customer list) and its analysis.
#[derive(Clone, Copy)]
pub(super) struct Basis {
    pub year: RwSignal<Option<i32>>,
    years: Memo<Vec<i32>>,
    of_year: Memo<Option<AbcResult>>,
}

thread_local! {
    // The chosen year outlives the page for the session, as the register's view does.
    static CHOSEN: std::cell::Cell<Option<i32>> = const { std::cell::Cell::new(None) };
}

impl Basis {
    /// Created once per page and provided as context.
    pub fn provide() -> Basis {
        let app = use_app();
        let year = RwSignal::new(CHOSEN.with(|c| c.get()));
        Effect::new(move |_| CHOSEN.with(|c| c.set(year.get())));
        let years = Memo::new(move |_| app.store.history.with(|h| h.years()));
        let of_year = Memo::new(move |_| {
            // The yearly revenue is read (so built) only when a year is chosen: most
            // visits never need it.
            let y = year.get()?;
            let thresholds = app.store.settings.with(|s| s.abc.thresholds());
            app.yearly().with(|yearly| {
                app.store.accounts.with(|ws| {
                    let accounts = accounts_of_year(yearly, ws, y);
                    Some(abc_analysis(&accounts, Measure::Revenue, thresholds))
                })
            })
        });
        let basis = Basis {
            year,
            years,
            of_year,
        };
        provide_context(basis);
        basis
    }
}

/// Runs `f` with the analysis the page shows (tracked).
pub(super) fn with_abc<T>(f: impl FnOnce(&AbcResult) -> T) -> T {
    let app = use_app();
    let basis = expect_context::<Basis>();
    let mut f = Some(f);
    let mut run = |r: &AbcResult| (f.take().expect("runs once"))(r);
    if basis.year.get().is_some() {
        if let Some(out) = basis.of_year.with(|r| r.as_ref().map(&mut run)) {
            return out;
        }
    }
    app.abc.with(run)
}

/// The basis select: the customer list, or the revenue of a history year. Shown only
/// when there is a history.
#[component]
pub(super) fn BasisSelect() -> impl IntoView {
    let lang = use_app().lang;
    let basis = expect_context::<Basis>();
    let year = basis.year;
    let options = move || {
        let l = lang.get();
        let chosen = year.get();
        let mut out = vec![view! {
            <option value=String::new() selected={chosen.is_none()}>{l.t(P::BasisList).to_string()}</option>
        }];
        for y in basis.years.get().into_iter().rev() {
            let text = fill(l.t(P::BasisYear), &[("year", &y.to_string())]);
            out.push(
                view! { <option value=y.to_string() selected={chosen == Some(y)}>{text}</option> },
            );
        }
        out
    };
    view! {
        <Show when=move || basis.years.with(|y| !y.is_empty())>
            <label>
                {tr(lang, P::BasisLabel)}
                <select on:change=move |ev| year.set(event_target_value(&ev).parse().ok())>
                    {options}
                </select>
            </label>
        </Show>
    }
}
