//! The Pareto / ABC page: measure and thresholds, headline, chart, class tables; on the
//! customer list or on a year of the sales history ([`year`]).

mod year;

use leptos::prelude::*;

use crate::charts::pareto::{pareto_option, pareto_table, ParetoTableTexts, ParetoTexts, MAX_BARS};
use crate::charts::{Chart, ChartClick};
use crate::domain::{AbcClass, AbcThresholds, Measure};
use crate::i18n::tr;
use crate::i18n::{accounts::A, fill, pareto::P};
use crate::state::browser::navigate;
use crate::state::{use_app, Route};
use crate::ui::format::money;
use crate::ui::format::with_currency;
use crate::ui::lazy::lazy_page;
use crate::ui::widgets::parse_typed;

lazy_page!(pareto, pareto_page, preload_pareto, () => {
    ParetoPage().into_any()
});

/// How many accounts each class list shows before "… and n more".
const LIST_LIMIT: usize = 100;

fn measure_label(m: Measure) -> A {
    match m {
        Measure::Revenue => A::ColRevenue,
        Measure::ContributionMargin => A::ColMargin,
    }
}

#[component]
pub fn ParetoPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let threshold_error = RwSignal::new(false);
    // Before the view: the settings and the results read it from the context.
    year::Basis::provide();
    let has_accounts = crate::ui::widgets::has_accounts(app);
    view! {
        <section class="page">
            <h1>{tr(lang, P::ParetoTitle)}</h1>
            <Show when=move || has_accounts.get() fallback=move || view! { <crate::ui::widgets::EmptyWorkspace/> }>
                <ParetoSettings threshold_error=threshold_error/>
                // Invalid thresholds: the message alone, not the results of the old ones.
                <Show when=move || !threshold_error.get()>
                    <ParetoResults/>
                </Show>
            </Show>
        </section>
    }
}

/// The measure and the two thresholds; thresholds are applied on change (Enter or
/// leaving the field), not on every keystroke, and only when valid.
/// The thresholds' error, named by both inputs while they are invalid.
const THRESHOLD_ERROR_ID: &str = "abc-threshold-error";

#[component]
fn ParetoSettings(threshold_error: RwSignal<bool>) -> impl IntoView {
    let app = use_app();
    let basis = expect_context::<year::Basis>();
    let lang = app.lang;
    let ta = move |k: A| lang.get().t(k);
    let settings = move || app.store.settings.with(|s| s.abc.clone());
    let l0 = lang.get_untracked();
    let a_text = RwSignal::new(l0.number(settings().a_threshold, 1));
    let b_text = RwSignal::new(l0.number(settings().b_threshold, 1));

    let apply_thresholds = move || {
        let sep = lang.get_untracked().decimal_separator();
        let parsed = parse_typed(&a_text.get_untracked(), sep)
            .ok()
            .zip(parse_typed(&b_text.get_untracked(), sep).ok())
            .and_then(|(a, b)| AbcThresholds::new(a, b).ok());
        match parsed {
            Some(th) => {
                threshold_error.set(false);
                app.store.settings.update(|s| {
                    s.abc.a_threshold = th.a();
                    s.abc.b_threshold = th.b();
                });
            }
            None => threshold_error.set(true),
        }
    };

    let threshold_input = move |label: P, text: RwSignal<String>| {
        view! {
            <label>
                {tr(lang, label)}
                <input type="text" inputmode="decimal" size="6" prop:value=text
                    aria-invalid=move || threshold_error.get().then_some("true")
                    aria-describedby=move || threshold_error.get().then_some(THRESHOLD_ERROR_ID)
                    on:input=move |ev| text.set(event_target_value(&ev))
                    on:change=move |_| apply_thresholds()/>
            </label>
        }
    };

    view! {
        <form class="filters" on:submit=move |ev| { ev.prevent_default(); apply_thresholds(); }>
            <year::BasisSelect/>
            <label>
                {tr(lang, P::MeasureLabel)}
                // A year of the history is analysed by its revenue.
                <select
                    disabled=move || basis.year.get().is_some()
                    prop:value=move || settings().measure.key()
                    on:change=move |ev| {
                        if let Some(m) = Measure::from_key(&event_target_value(&ev)) {
                            app.store.settings.update(|s| s.abc.measure = m);
                        }
                    }
                >
                    {Measure::ALL.iter().map(|m| {
                        let m = *m;
                        view! { <option value=m.key()>{move || ta(measure_label(m))}</option> }
                    }).collect_view()}
                </select>
            </label>
            {threshold_input(P::ThresholdA, a_text)}
            {threshold_input(P::ThresholdB, b_text)}
            <Show when=move || threshold_error.get()>
                <p class="error" role="alert" id=THRESHOLD_ERROR_ID>{tr(lang, P::ThresholdError)}</p>
            </Show>
        </form>
    }
}

/// The results of the analysis: headline, chart, notes, class summary and lists.
#[component]
fn ParetoResults() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let currency = crate::ui::format::use_currency();
    view! {
        <p class="headline">{headline}</p>
        <ParetoChart/>
        <p class="muted">{aggregated_note}</p>
        <p class="muted">{non_positive_note}</p>
        <h2>{tr(lang, P::ClassesTitle)}</h2>
        <div class="table-wrap" tabindex="0">
        <table class="summary">
            <thead><tr>
                <th scope="col">{tr(lang, A::ColClass)}</th>
                <th scope="col" class="num">{tr(lang, P::ColCount)}</th>
                <th scope="col" class="num">{tr(lang, P::ColShareAccounts)}</th>
                <th scope="col" class="num">{move || with_currency(lang.get().t(P::ColSum), &currency.get())}</th>
                <th scope="col" class="num">{tr(lang, P::ColShareTotal)}</th>
            </tr></thead>
            <tbody>{class_summary}</tbody>
        </table>
        </div>
        <ClassLists/>
    }
}

/// The Pareto chart; a click on a bar opens its account.
#[component]
fn ParetoChart() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let currency = crate::ui::format::use_currency();
    // Bar index → account, kept beside the option for clicks.
    let targets = StoredValue::new(Vec::new());
    let option = Signal::derive(move || {
        let lang = lang.get();
        year::with_abc(|result| {
            app.store.accounts.with(|ws| {
                let texts = ParetoTexts {
                    measure: lang.t(measure_label(result.measure)).to_string(),
                    cumulative: lang.t(P::CumulativeShare).to_string(),
                    threshold_a: format!("A {}", lang.percent(result.thresholds.a(), 0)),
                    threshold_b: format!("B {}", lang.percent(result.thresholds.b(), 0)),
                    percent: Box::new(move |v| lang.percent(v, 1)),
                };
                let name_of = |id| ws.account(id).map(|a| a.name.clone()).unwrap_or_default();
                let (chart, ids) = pareto_option(result, &name_of, &texts, MAX_BARS);
                targets.set_value(ids);
                chart
            })
        })
    });
    // Bars are series 0; the cumulative line is silent.
    let on_bar = Callback::new(move |click: ChartClick| {
        if click.series != 0 {
            return;
        }
        if let Some(id) = targets.with_value(|t| t.get(click.item).copied()) {
            navigate(&Route::Account(id).href());
        }
    });
    let table = Signal::derive(move || {
        let lang = lang.get();
        year::with_abc(|result| {
            app.store.accounts.with(|ws| {
                let texts = ParetoTableTexts {
                    ranks: lang.t(P::ColRank).into(),
                    name: lang.t(A::ColName).into(),
                    value: with_currency(lang.t(measure_label(result.measure)), &currency.get()),
                    cumulative: lang.t(P::ColCumulative).into(),
                    class: lang.t(A::ColClass).into(),
                    number: Box::new(move |v| money(lang, v)),
                    percent: Box::new(move |v| lang.percent(v, 1)),
                };
                let name_of = |id| ws.account(id).map(|a| a.name.clone()).unwrap_or_default();
                pareto_table(result, &name_of, &texts, MAX_BARS)
            })
        })
    });
    let chart_label = Signal::derive(move || {
        let lang = lang.get();
        let m = year::with_abc(|r| r.measure);
        fill(
            lang.t(P::ChartLabel),
            &[("measure", lang.t(measure_label(m)))],
        )
    });
    view! { <Chart option=option label=chart_label table=table on_click=on_bar/> }
}

/// The headline: how few customers bring how much.
fn headline() -> String {
    let app = use_app();
    let lang = app.lang.get();
    year::with_abc(|r| match r.headline() {
        Some(h) => fill(
            lang.t(P::Headline),
            &[
                ("customers", &lang.percent(h.customers_percent, 1)),
                ("count", &lang.count(h.count)),
                ("share", &lang.percent(h.measure_percent, 1)),
                (
                    "measure",
                    lang.t(match r.measure {
                        Measure::Revenue => P::HeadlineMeasureRevenue,
                        Measure::ContributionMargin => P::HeadlineMeasureMargin,
                    }),
                ),
            ],
        ),
        None => lang.t(P::NoPositive).to_string(),
    })
}

/// Past [`MAX_BARS`] accounts, bars stand for several.
fn aggregated_note() -> Option<String> {
    let app = use_app();
    let lang = app.lang.get();
    let n = year::with_abc(|r| r.rows.len());
    (n > MAX_BARS).then(|| {
        fill(
            lang.t(P::BarsAggregated),
            &[
                ("n", &lang.number(n as f64, 0)),
                ("k", &n.div_ceil(MAX_BARS).to_string()),
            ],
        )
    })
}

/// How many accounts have no positive value and are left out.
fn non_positive_note() -> Option<String> {
    let app = use_app();
    let count = year::with_abc(|r| r.non_positive_count);
    let any_positive = year::with_abc(|r| r.positive_total > 0.0);
    (count > 0 && any_positive).then(|| {
        let lang = app.lang.get();
        fill(lang.t(P::NonPositiveNote), &[("count", &lang.count(count))])
    })
}

/// One row per class: how many accounts, their share, their sum and its share.
fn class_summary() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get();
    year::with_abc(|r| {
        AbcClass::ALL
            .iter()
            .map(|c| {
                let s = r.summary(*c);
                view! {
                    <tr>
                        <th scope="row"><span class=format!("badge class-{}", c.letter().to_lowercase())>{c.letter()}</span></th>
                        <td class="num">{lang.count(s.count)}</td>
                        <td class="num">{lang.percent(s.share_of_accounts, 1)}</td>
                        <td class="num">{money(lang, s.sum)}</td>
                        <td class="num">{lang.percent(s.share_of_total, 1)}</td>
                    </tr>
                }
            })
            .collect_view()
    })
}

/// Each class's accounts (the first [`LIST_LIMIT`]), A open.
#[component]
fn ClassLists() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let currency = crate::ui::format::use_currency();
    move || {
        let lang = lang.get();
        year::with_abc(|r| {
            app.store.accounts.with(|ws| {
                AbcClass::ALL
                    .iter()
                    .map(|c| {
                        let count = r.summary(*c).count;
                        let rows = r
                            .rows_of(*c)
                            .take(LIST_LIMIT)
                            .map(|row| {
                                let name = ws.account(row.id).map(|a| a.name.clone()).unwrap_or_default();
                                view! {
                                    <tr>
                                        <td class="num">{row.rank}</td>
                                        <th scope="row"><a href=Route::Account(row.id).href()>{name}</a></th>
                                        <td class="num">{money(lang, row.value)}</td>
                                        <td class="num">{lang.percent(row.share, 2)}</td>
                                        <td class="num">{lang.percent(row.cumulative, 2)}</td>
                                    </tr>
                                }
                            })
                            .collect_view();
                        let more = count.saturating_sub(LIST_LIMIT);
                        view! {
                            <details class="class-list" open=*c == AbcClass::A>
                                <summary>{fill(lang.t(P::ClassAccounts), &[("class", c.letter()), ("count", &lang.count(count))])}</summary>
                                <div class="table-wrap">
                                <table>
                                    <thead><tr>
                                        <th scope="col" class="num">{lang.t(P::ColRank)}</th>
                                        <th scope="col">{lang.t(A::ColName)}</th>
                                        <th scope="col" class="num">{with_currency(lang.t(P::ColValue), &currency.get())}</th>
                                        <th scope="col" class="num">{lang.t(P::ColShare)}</th>
                                        <th scope="col" class="num">{lang.t(P::ColCumulative)}</th>
                                    </tr></thead>
                                    <tbody>{rows}</tbody>
                                </table>
                                </div>
                                {(more > 0).then(|| view! { <p class="muted">{fill(lang.t(P::AndMore), &[("count", &lang.count(more))])}</p> })}
                            </details>
                        }
                    })
                    .collect_view()
            })
        })
    }
}
