//! The overview's revenue trend: the key account's history as stacked bars per year,
//! a segment per offering, with its table (docs/methods.md, "Development over time").
//! Nothing is shown without a history for the account.

use leptos::prelude::*;

use crate::charts::component::ChartDataTable;
use crate::charts::trend::{offering_color, trend_option, trend_table, TrendSeries};
use crate::charts::{Chart, ChartTable};
use crate::domain::history::{by_offering, Offerings, SalesHistory};
use crate::domain::AccountId;
use crate::i18n::key_accounts::KA;
use crate::i18n::{fill, tr};
use crate::state::use_app;

/// The years of the account's history and a named series per offering.
fn account_series(
    history: &SalesHistory,
    offerings: &Offerings,
    id: AccountId,
    without: &str,
) -> (Vec<i32>, Vec<TrendSeries>) {
    let (years, series) = by_offering(history, offerings, id);
    let series = series
        .into_iter()
        .map(|(k, values)| TrendSeries {
            name: k.map_or_else(|| without.to_string(), |o| offerings.name(o)),
            values,
        })
        .collect();
    (years, series)
}

#[component]
pub(crate) fn RevenueTrend(
    id: AccountId,
    name: String,
    /// In a printed report: sized for paper, drawn sharp, its table printed below.
    #[prop(optional)]
    printed: bool,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let data = Memo::new(move |_| {
        let without = lang.get().t(KA::TrendNoOffering);
        app.store.history.with(|h| {
            app.store
                .offerings
                .with(|o| account_series(h, o, id, without))
        })
    });
    let option = Signal::derive(move || data.with(|(years, series)| trend_option(years, series)));
    let table = Signal::derive(move || {
        let l = lang.get();
        let currency = app.store.settings.with(|s| s.currency().to_string());
        let number = move |v: f64| crate::ui::format::money_in(l, v, &currency);
        data.with(|(years, series)| {
            trend_table(
                years,
                series,
                l.t(KA::TrendOffering),
                l.t(KA::TrendTotal),
                &number,
            )
        })
    });
    let label = Signal::derive(move || fill(lang.get().t(KA::TrendChart), &[("name", &name)]));
    view! {
        <Show when=move || data.with(|(years, _)| !years.is_empty())>
            // On paper the heading, legend and bars stay on one page.
            <div class:keep=printed>
                <h2>{tr(lang, KA::TrendTitle)}</h2>
                <ul class="legend" aria-hidden="true">
                    {move || data.with(|(_, series)| series.iter().enumerate().map(|(i, s)| view! {
                        <li><span class="swatch" style=format!("background:{}", offering_color(i))></span>{s.name.clone()}</li>
                    }).collect_view())}
                </ul>
                {if printed {
                    view! {
                        <div class="report-chart">
                            <Chart option=option label=label table=ChartTable::default() height="260px" compact=true pixel_ratio=2.0/>
                        </div>
                    }.into_any()
                } else {
                    view! { <Chart option=option label=label table=table height="280px"/> }.into_any()
                }}
            </div>
            {printed.then(|| view! { <ChartDataTable label=label table=table/> })}
        </Show>
    }
}
