//! How many key accounts stand on each rung today, and the movement per period.

use leptos::prelude::*;

use super::Row;
use crate::charts::roles::{movement_option, NONE_COLOR, RUNG_COLORS};
use crate::charts::{Chart, ChartTable};
use crate::domain::day::Day;
use crate::domain::roles::{counts_per_period, first_day, Period, Rung};
use crate::domain::SupplierRole;
use crate::i18n::key_accounts::{role_text, KA};
use crate::i18n::{tr, Lang};
use crate::state::use_app;
use crate::ui::widgets::SelectField;

/// How many periods the movement chart shows at most.
const MAX_PERIODS: usize = 40;

fn period_label(lang: Lang, period: Period, (year, n): (i32, u8)) -> String {
    match (period, lang) {
        (Period::Month, _) => format!("{n:02}/{year}"),
        (Period::Quarter, Lang::En) => format!("Q{n} {year}"),
        (Period::Quarter, Lang::De) => format!("Q{n}/{year}"),
        (Period::Year, _) => year.to_string(),
    }
}

fn rung_names(l: Lang) -> Vec<String> {
    SupplierRole::ALL
        .iter()
        .map(|r| l.t(role_text(*r)).to_string())
        .collect()
}

/// Today's counts per rung (highest first), then those without an entry.
#[component]
pub(super) fn Now(rows: Memo<Vec<Row>>, day: Day) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        let list = rows.get();
        let mut counts = vec![0usize; SupplierRole::ALL.len()];
        let mut none = 0;
        for r in &list {
            match r.data.roles.at(day) {
                Some(v) => counts[v.position()] += 1,
                None => none += 1,
            }
        }
        let items = SupplierRole::ALL
            .iter()
            .rev()
            .map(|r| (l.t(role_text(*r)).to_string(), counts[r.position()]))
            .chain(std::iter::once((l.t(KA::NoEntry).to_string(), none)));
        view! {
            <dl class="figures counts">
                {items.map(|(name, n)| view! { <dt>{name}</dt><dd>{n}</dd> }).collect_view()}
            </dl>
        }
    }
}

/// The chosen period as the select's value.
fn period_value(p: Period) -> &'static str {
    match p {
        Period::Month => "month",
        Period::Quarter => "quarter",
        Period::Year => "year",
    }
}

/// The movement per period: a choice of period, a legend and the chart.
#[component]
pub(super) fn Movement(rows: Memo<Vec<Row>>, day: Day) -> impl IntoView {
    let lang = use_app().lang;
    let period = RwSignal::new(Period::Quarter);
    let counts = Memo::new(move |_| {
        let list = rows.get();
        let histories: Vec<_> = list.iter().map(|r| &r.data.roles).collect();
        let from = first_day(&histories).unwrap_or(day).min(day);
        counts_per_period(&histories, period.get(), from, day, MAX_PERIODS)
    });
    let option = Signal::derive(move || {
        let l = lang.get();
        let p = period.get();
        counts.with(|c| {
            let labels: Vec<String> = c.iter().map(|c| period_label(l, p, c.period)).collect();
            movement_option(c, &labels, &rung_names(l), l.t(KA::NoEntry))
        })
    });
    let table = Signal::derive(move || {
        let l = lang.get();
        let p = period.get();
        let mut columns = vec![l.t(KA::ColPeriod).to_string()];
        columns.extend(rung_names(l));
        columns.push(l.t(KA::NoEntry).to_string());
        counts.with(|c| ChartTable {
            numeric: (0..columns.len()).map(|i| i > 0).collect(),
            columns,
            rows: c
                .iter()
                .map(|c| {
                    std::iter::once(period_label(l, p, c.period))
                        .chain(c.counts.iter().map(|n| n.to_string()))
                        .chain(std::iter::once(c.none.to_string()))
                        .collect()
                })
                .collect(),
        })
    });
    let options = Signal::derive(move || {
        let l = lang.get();
        [
            (Period::Month, KA::PerMonth),
            (Period::Quarter, KA::PerQuarter),
            (Period::Year, KA::PerYear),
        ]
        .map(|(p, text)| (period_value(p).to_string(), l.t(text).to_string()))
        .to_vec()
    });
    let choose = Callback::new(move |v: String| {
        period.set(match v.as_str() {
            "month" => Period::Month,
            "year" => Period::Year,
            _ => Period::Quarter,
        })
    });
    view! {
        <div class="controls">
            <SelectField id="period".to_string() label=KA::PeriodLabel options=options
                value=Signal::derive(move || period_value(period.get()).to_string()) on_change=choose/>
        </div>
        <ul class="legend" aria-hidden="true">
            {move || {
                let l = lang.get();
                rung_names(l).into_iter().enumerate().map(|(i, n)| view! {
                    <li><span class="swatch" style=format!("background:{}", RUNG_COLORS[i])></span>{n}</li>
                }).collect_view()
            }}
            <li><span class="swatch" style=format!("background:{NONE_COLOR}")></span>{tr(lang, KA::NoEntry)}</li>
        </ul>
        <Chart
            option=option
            label=Signal::derive(move || lang.get().t(KA::MovementChart).to_string())
            table=table
            height="320px"
        />
    }
}
