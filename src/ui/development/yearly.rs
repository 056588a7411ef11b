//! Year by year: customers, revenue, new and lost customers, churn and retention per
//! year, the chart of revenue and customers, and how each figure is defined.

use leptos::prelude::*;

use super::History;
use crate::charts::development::{development_option, development_table, DevelopmentTexts};
use crate::charts::Chart;
use crate::domain::history::development::{development, YearFigures};
use crate::i18n::development::DV;
use crate::i18n::{fill, tr, Lang};
use crate::state::use_app;
use crate::ui::format::{money, use_currency, with_currency};

const DEFINITIONS: [DV; 6] = [
    DV::DefCustomers,
    DV::DefRevenue,
    DV::DefNew,
    DV::DefLost,
    DV::DefChurn,
    DV::DefRetention,
];

#[component]
pub(super) fn Years(history: History, span: Memo<Option<(i32, i32)>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let currency = use_currency();
    let figures = Memo::new(move |_| {
        let Some((from, to)) = span.get() else {
            return Vec::new();
        };
        history.yearly.with(|y| development(y, from, to))
    });
    let texts = move |lang: Lang| DevelopmentTexts {
        year: lang.t(DV::ColYear).into(),
        revenue: with_currency(lang.t(DV::ColRevenue), &currency.get()),
        customers: lang.t(DV::ColCustomers).into(),
        money: Box::new(move |v| money(lang, v)),
        count: Box::new(move |n| lang.count(n)),
    };
    let option = Signal::derive(move || {
        let lang = lang.get();
        figures.with(|f| development_option(f, &texts(lang)))
    });
    let table = Signal::derive(move || {
        let lang = lang.get();
        figures.with(|f| development_table(f, &texts(lang)))
    });
    let label = Signal::derive(move || {
        let (from, to) = span.get().unwrap_or_default();
        fill(
            lang.get().t(DV::ChartLabel),
            &[("from", &from.to_string()), ("to", &to.to_string())],
        )
    });
    let head = |key: DV, numeric: bool| {
        view! { <th scope="col" class:num=numeric>{tr(lang, key)}</th> }
    };
    view! {
        <section aria-labelledby="development-years">
            <h2 id="development-years">{tr(lang, DV::YearsTitle)}</h2>
            <div class="table-wrap" tabindex="0">
            <table class="data-table development-years">
                <thead><tr>
                    {head(DV::ColYear, false)}
                    {head(DV::ColCustomers, true)}
                    <th scope="col" class="num">{move || with_currency(lang.get().t(DV::ColRevenue), &currency.get())}</th>
                    {head(DV::ColNew, true)}
                    {head(DV::ColLost, true)}
                    {head(DV::ColChurn, true)}
                    {head(DV::ColRetention, true)}
                </tr></thead>
                <tbody>{move || {
                    let lang = lang.get();
                    figures.get().into_iter().map(|f| year_row(lang, f)).collect_view()
                }}</tbody>
            </table>
            </div>
            <Chart option=option label=label table=table/>
            <h3>{tr(lang, DV::DefinitionsTitle)}</h3>
            <ul class="definitions">
                {DEFINITIONS.iter().map(|d| view! { <li>{tr(lang, *d)}</li> }).collect_view()}
            </ul>
        </section>
    }
}

fn year_row(lang: Lang, f: YearFigures) -> impl IntoView {
    let count = move |n: Option<usize>| optional(lang, n.map(|n| lang.count(n)));
    let percent = move |p: Option<f64>| optional(lang, p.map(|p| lang.percent(p, 1)));
    view! {
        <tr>
            <th scope="row">{f.year.to_string()}</th>
            <td class="num">{lang.count(f.customers)}</td>
            <td class="num">{money(lang, f.revenue)}</td>
            <td class="num">{count(f.new_customers)}</td>
            <td class="num">{count(f.lost_customers)}</td>
            <td class="num">{percent(f.churn_rate)}</td>
            <td class="num">{percent(f.net_revenue_retention)}</td>
        </tr>
    }
}

/// A figure, or "—" (read out as "not defined") where it has none.
pub(super) fn optional(lang: Lang, text: Option<String>) -> AnyView {
    match text {
        Some(t) => t.into_any(),
        None => view! {
            <span aria-hidden="true">"—"</span>
            <span class="visually-hidden">{lang.t(DV::NotDefined)}</span>
        }
        .into_any(),
    }
}
