//! The KPI tables of the scorecard, one per perspective: each KPI with its target,
//! latest value, traffic light and trend, and its editor below.

use leptos::prelude::*;

use super::{kpis_of, perspective_name, LazyKpiEditor};
use crate::charts::scorecard::trend_option;
use crate::charts::{Chart, ChartTable};
use crate::domain::scorecard::{status, Better, Kpi, PeriodKey, Perspective};
use crate::domain::AccountId;
use crate::i18n::common::C;
use crate::i18n::scorecard::{kpi_value, status_class, status_text, SC};
use crate::i18n::{fill, tr};
use crate::state::key_accounts::remove_with_undo;
use crate::state::use_app;
use crate::ui::widgets::RemoveButton;

/// The KPIs of one perspective: target, latest value, status, trend; each editable.
#[component]
pub fn PerspectiveTable(
    id: AccountId,
    perspective: Perspective,
    kpis: Memo<Vec<Kpi>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    // Rebuilt only when KPIs come or go here, so an edit keeps the focus.
    let indices = Memo::new(move |_| {
        kpis.with(|all| {
            all.iter()
                .enumerate()
                .filter(|(_, k)| k.perspective == perspective)
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        })
    });
    let title_id = format!("persp-{}", perspective_key(perspective));
    let rows = move || {
        let list = indices.get();
        if list.is_empty() {
            return view! { <p class="muted">{tr(lang, SC::NoKpis)}</p> }.into_any();
        }
        let rows = list
            .into_iter()
            .map(|k| view! { <KpiRow id=id k=k kpis=kpis/> })
            .collect_view();
        view! {
            <div class="table-wrap">
                <table class="data-table scorecard">
                    <thead><tr>
                        <th scope="col">{tr(lang, SC::Kpi)}</th>
                        <th scope="col" class="num">{tr(lang, SC::Target)}</th>
                        <th scope="col" class="num">{tr(lang, SC::Latest)}</th>
                        <th scope="col">{tr(lang, SC::Status)}</th>
                        <th scope="col">{tr(lang, SC::Trend)}</th>
                        <th scope="col"><span class="visually-hidden">{tr(lang, C::RemoveColumn)}</span></th>
                    </tr></thead>
                    {rows}
                </table>
            </div>
        }
        .into_any()
    };
    let heading_id = title_id.clone();
    view! {
        <section class="perspective" aria-labelledby=title_id>
            <h2 id=heading_id>{move || perspective_name(lang.get(), perspective)}</h2>
            {rows}
        </section>
    }
}

fn perspective_key(p: Perspective) -> &'static str {
    match p {
        Perspective::Finance => "finance",
        Perspective::Customer => "customer",
        Perspective::Processes => "processes",
        Perspective::Learning => "learning",
    }
}

/// One KPI: its figures and trend, and below them its editor.
#[component]
fn KpiRow(id: AccountId, k: usize, kpis: Memo<Vec<Kpi>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let kpi = Memo::new(move |_| kpis.with(|all| all.get(k).cloned()));
    let name = move || kpi.with(|x| x.as_ref().map(|x| x.name.clone()).unwrap_or_default());
    let target = move || {
        let l = lang.get();
        kpi.with(|x| {
            x.as_ref()
                .map(|x| {
                    let arrow = match x.better {
                        Better::Higher => "≥",
                        Better::Lower => "≤",
                    };
                    format!("{arrow} {}", kpi_value(l, x.target, &x.unit))
                })
                .unwrap_or_default()
        })
    };
    let latest = move || {
        let l = lang.get();
        kpi.with(|x| {
            let x = x.as_ref()?;
            let (p, v) = x.latest()?;
            Some(format!("{} ({})", kpi_value(l, v, &x.unit), p.text()))
        })
        .unwrap_or_else(|| "–".into())
    };
    let light = move || {
        let l = lang.get();
        let s = kpi.with(|x| x.as_ref().and_then(Kpi::status));
        view! { <span class=status_class(s)>{l.t(status_text(s))}</span> }
    };
    let has_values = move || kpi.with(|x| x.as_ref().is_some_and(|x| !x.actuals.is_empty()));
    let option = Signal::derive(move || {
        kpi.with(|x| {
            let Some(x) = x else {
                return Default::default();
            };
            let mut points: Vec<(PeriodKey, f64)> = x.periods();
            points.sort_by_key(|(p, _)| *p);
            let points: Vec<_> = points
                .into_iter()
                .map(|(p, v)| (p.text(), v, status(v, x.target, x.better, x.band)))
                .collect();
            trend_option(&points, x.target)
        })
    });
    let label = Signal::derive(move || {
        let l = lang.get();
        kpi.with(|x| {
            let Some(x) = x else { return String::new() };
            let mut points = x.periods();
            points.sort_by_key(|(p, _)| *p);
            let values: Vec<String> = points
                .iter()
                .map(|(p, v)| format!("{} {}", p.text(), kpi_value(l, *v, &x.unit)))
                .collect();
            fill(
                l.t(SC::TrendOf),
                &[
                    ("name", &x.name),
                    ("values", &values.join(", ")),
                    ("target", &kpi_value(l, x.target, &x.unit)),
                ],
            )
        })
    });
    let remove = move || {
        let l = lang.get_untracked();
        remove_with_undo(app, id, k, kpis_of, |gone: &Kpi| {
            fill(l.t(SC::KpiRemoved), &[("name", &gone.name)])
        });
    };
    view! {
        <tbody class="kpi">
            <tr>
                <th scope="row">{name}</th>
                <td class="num">{target}</td>
                <td class="num">{latest}</td>
                <td>{light}</td>
                <td class="trend">
                    <Show when=has_values>
                        <Chart option=option label=label table=ChartTable::default() height="44px" compact=true/>
                    </Show>
                </td>
                <td>
                    <RemoveButton label=Signal::derive(move || fill(lang.get().t(SC::RemoveKpi), &[("name", &name())])) on_remove=remove/>
                </td>
            </tr>
            <tr class="kpi-edit">
                <td colspan="6">
                    <details>
                        <summary>{move || fill(lang.get().t(SC::EditKpi), &[("name", &name())])}</summary>
                        <LazyKpiEditor id=id k=k kpi=kpi/>
                    </details>
                </td>
            </tr>
        </tbody>
    }
}
