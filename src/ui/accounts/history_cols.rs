//! The register's history columns (when the workspace has a sales history): the
//! revenue of a chosen year, its change to the year before and a trend line over the
//! history's years (docs/methods.md, "Development over time").

use leptos::prelude::*;

use super::register_view::{RegisterState, SortKey};
use crate::domain::history::thin_years::thin_year;
use crate::domain::history::{sparkline_points, Yearly};
use crate::domain::AccountId;
use crate::i18n::history_import::thin_year_text;
use crate::i18n::{accounts::A, fill, tr, Lang};
use crate::state::AppState;
use crate::ui::widgets::SortHeader;
use std::sync::Arc;

/// The history as the register reads it: revenue per customer and year, its years.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct RegisterHistory {
    pub yearly: Arc<Yearly>,
    /// Every year with a row, ascending (never empty).
    pub years: Vec<i32>,
    /// The year shown unless the user chose another: the latest full year.
    pub default_year: i32,
}

impl RegisterHistory {
    /// The year shown: the chosen one if the history has it, else the default.
    pub fn year(&self, chosen: Option<i32>) -> i32 {
        chosen
            .filter(|y| self.years.contains(y))
            .unwrap_or(self.default_year)
    }

    /// The figure of a history column for `account` (`None`: nothing to show).
    pub(super) fn figure(
        &self,
        key: SortKey,
        account: AccountId,
        chosen: Option<i32>,
    ) -> Option<f64> {
        let year = self.year(chosen);
        match key {
            SortKey::YearRevenue => Some(self.yearly.revenue(account, year)),
            SortKey::YearChange => self.yearly.change(account, year),
            _ => None,
        }
    }
}

/// The history, or `None` without one (the columns are then left out).
pub(super) fn register_history(app: AppState) -> Memo<Option<RegisterHistory>> {
    let today = crate::state::analyses::current_year();
    Memo::new(move |_| {
        let (years, default_year) = app
            .store
            .history
            .with(|h| Some((h.years(), h.latest_full_year(today)?)))?;
        Some(RegisterHistory {
            yearly: app.yearly().get(),
            years,
            default_year,
        })
    })
}

/// The year select above the register.
#[component]
pub(super) fn YearSelect(
    state: RegisterState,
    history: Memo<Option<RegisterHistory>>,
) -> impl IntoView {
    let lang = crate::state::use_app().lang;
    let year = state.year;
    let options = move || {
        history.with(|h| {
            let Some(h) = h else { return Vec::new() };
            let shown = h.year(year.get());
            h.years
                .iter()
                .rev()
                .map(|&y| view! { <option value=y.to_string() selected={y == shown}>{y}</option> })
                .collect::<Vec<_>>()
        })
    };
    // A year with revenue for few customers (an export of the current year for some):
    // say why the others show −100 %.
    let thin = move || {
        let t = history.with(|h| {
            let h = h.as_ref()?;
            thin_year(&h.yearly, h.year(year.get()))
        })?;
        let l = lang.get();
        let text = thin_year_text(l, l.t(A::ThinYear), &t);
        Some(view! { <p class="banner banner-warn thin-year">{text}</p> })
    };
    view! {
        <Show when=move || history.with(Option::is_some)>
            <label>
                {tr(lang, A::HistoryYear)}
                <select on:change=move |ev| year.set(event_target_value(&ev).parse().ok())>
                    {options}
                </select>
            </label>
            {thin}
        </Show>
    }
}

/// The two header cells (sortable), or nothing without a history.
pub(super) fn header_cells(
    lang: RwSignal<Lang>,
    state: RegisterState,
    history: Memo<Option<RegisterHistory>>,
) -> impl IntoView {
    let sort = state.sort;
    let year = move || history.with(|h| h.as_ref().map(|h| h.year(state.year.get())));
    let label = move |k: A, shown: i32| {
        let currency = crate::ui::format::use_currency();
        Signal::derive(move || {
            let text = fill(lang.get().t(k), &[("year", &shown.to_string())]);
            if k == A::ColYearRevenue {
                crate::ui::format::with_currency(&text, &currency.get())
            } else {
                text
            }
        })
    };
    move || {
        let y = year()?;
        let span =
            history.with(|h| h.as_ref().map(|h| (h.years[0], h.years[h.years.len() - 1])))?;
        let trend = fill(
            lang.get().t(A::ColTrend),
            &[("from", &span.0.to_string()), ("to", &span.1.to_string())],
        );
        Some(view! {
            <SortHeader key=SortKey::YearRevenue label=label(A::ColYearRevenue, y) numeric=true sort=sort/>
            <SortHeader key=SortKey::YearChange label=Signal::derive(move || format!("{} · {trend}", label(A::ColYearChange, y - 1).get())) numeric=true sort=sort/>
        })
    }
}

/// The two cells of one row (empty without a history).
pub(super) fn row_cells(
    history: Option<&RegisterHistory>,
    account: AccountId,
    chosen: Option<i32>,
    lang: Lang,
) -> impl IntoView {
    let h = history?;
    let year = h.year(chosen);
    let revenue = h.yearly.revenue(account, year);
    let change = h.yearly.change(account, year);
    let (from, to) = (h.years[0], h.years[h.years.len() - 1]);
    let values = h.yearly.series(account, from, to);
    let spoken: Vec<String> = values
        .iter()
        .map(|v| crate::ui::format::money(lang, *v))
        .collect();
    let label = fill(
        lang.t(A::TrendOf),
        &[
            ("from", &from.to_string()),
            ("to", &to.to_string()),
            ("values", &spoken.join(", ")),
        ],
    );
    let points: String = sparkline_points(&values, 44.0, 16.0)
        .iter()
        .map(|(x, y)| format!("{x:.1},{:.1}", y + 2.0))
        .collect::<Vec<_>>()
        .join(" ");
    let change_text = change.map(|c| {
        let sign = if crate::domain::precision::snap(c) > 0.0 {
            "+"
        } else {
            ""
        };
        format!("{sign}{}", lang.percent(c, 1))
    });
    Some(view! {
        <td class="num">{crate::ui::format::money(lang, revenue)}</td>
        // The change and the trend line share a cell: the register stays within a
        // desktop's width.
        <td class="num change">
            {change_text.unwrap_or_else(|| "—".to_string())}
            <svg viewBox="0 0 44 20" width="44" height="20" role="img" aria-label=label>
                <polyline points=points fill="none" stroke="currentColor" stroke-width="1.5"/>
            </svg>
        </td>
    })
}
