//! Growth per customer over the chosen span: revenue in the last year, year over
//! year, CAGR, years with revenue and the coefficient of variation; sortable, paged
//! (20,000 customers draw 50 rows at a time), CAGR descending first.

use leptos::prelude::*;

use super::yearly::optional;
use super::History;
use crate::domain::history::overview::{growth_rows, sort_growth, GrowthColumn};
use crate::i18n::development::DV;
use crate::i18n::{fill, tr};
use crate::state::{use_app, Route};
use crate::ui::format::{money, use_currency, with_currency};
use crate::ui::widgets::{Pager, SortHeader, SortState};

const PAGE_SIZE: usize = 50;

#[component]
pub(super) fn GrowthTable(history: History, span: Memo<Option<(i32, i32)>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let currency = use_currency();
    let sort = RwSignal::new(SortState {
        key: GrowthColumn::Cagr,
        ascending: false,
    });
    let page = RwSignal::new(0usize);
    // Unsorted rows: recomputed when the history, the names or the span change.
    let rows = Memo::new(move |_| {
        let Some((from, to)) = span.get() else {
            return Vec::new();
        };
        history.yearly.with(|y| {
            app.store.accounts.with(|a| {
                // By hash: a search of the list per customer is quadratic (20,000
                // customers: hundreds of ms). Reversed: the first of an id wins, as in a search.
                let names: std::collections::HashMap<_, &str> =
                    a.iter().rev().map(|x| (x.id, x.name.as_str())).collect();
                let name_of = |id| {
                    names
                        .get(&id)
                        .map(|n| n.to_string())
                        .unwrap_or_else(|| format!("#{id}"))
                };
                growth_rows(y, from, to, &name_of)
            })
        })
    });
    let sorted = Memo::new(move |_| {
        let s = sort.get();
        let mut list = rows.get();
        sort_growth(&mut list, s.key, s.ascending);
        list
    });
    Effect::new(move |_| {
        sort.track();
        span.track();
        if page.get_untracked() != 0 {
            page.set(0);
        }
    });
    let pages = Signal::derive(move || sorted.with(|r| r.len().div_ceil(PAGE_SIZE).max(1)));
    let header = move |key: GrowthColumn, label: Signal<String>, numeric: bool| {
        view! { <SortHeader key=key label=label numeric=numeric sort=sort/> }
    };
    let text = move |k: DV| Signal::derive(move || lang.get().t(k).to_string());
    let last_year = Signal::derive(move || {
        let year = span.get().map(|s| s.1).unwrap_or_default();
        let l = lang.get();
        with_currency(
            &fill(l.t(DV::RevenueIn), &[("year", &year.to_string())]),
            &currency.get(),
        )
    });
    let note = move || {
        let (from, to) = span.get().unwrap_or_default();
        fill(
            lang.get().t(DV::GrowthNote),
            &[("from", &from.to_string()), ("to", &to.to_string())],
        )
    };
    let count = move || {
        let l = lang.get();
        fill(
            l.t(DV::GrowthCount),
            &[("count", &l.count(rows.with(Vec::len)))],
        )
    };
    let body = move || {
        let lang = lang.get();
        let start = page.get().min(pages.get() - 1) * PAGE_SIZE;
        sorted.with(|list| {
            list.iter()
                .skip(start)
                .take(PAGE_SIZE)
                .map(|r| {
                    let g = &r.growth;
                    let pct = |v: Option<f64>| optional(lang, v.map(|v| lang.percent(v, 1)));
                    view! {
                        <tr>
                            <th scope="row"><a href=Route::Account(r.account()).href()>{r.name.clone()}</a></th>
                            <td class="num">{money(lang, r.last_year)}</td>
                            <td class="num">{pct(g.year_over_year)}</td>
                            <td class="num">{pct(g.cagr)}</td>
                            <td class="num">{fill(lang.t(DV::YearsOf), &[
                                ("n", &lang.count(g.years_with_revenue)),
                                ("span", &lang.count(g.span_years)),
                            ])}</td>
                            <td class="num">{pct(g.variation)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section aria-labelledby="development-growth">
            <h2 id="development-growth">{tr(lang, DV::GrowthTitle)}</h2>
            <p class="muted">{count}</p>
            <div class="table-wrap" tabindex="0">
            <table class="data-table development-growth">
                <thead><tr>
                    {header(GrowthColumn::Name, text(DV::ColCustomer), false)}
                    {header(GrowthColumn::LastYear, last_year, true)}
                    {header(GrowthColumn::YearOverYear, text(DV::ColYoy), true)}
                    {header(GrowthColumn::Cagr, text(DV::ColCagr), true)}
                    {header(GrowthColumn::YearsWithRevenue, text(DV::ColYears), true)}
                    {header(GrowthColumn::Variation, text(DV::ColVariation), true)}
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
            </div>
            <Pager page=page pages=pages/>
            <p class="muted">{note}</p>
        </section>
    }
}
