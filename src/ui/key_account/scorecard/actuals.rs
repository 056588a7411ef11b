//! The actual values of one KPI: the table of recorded periods with their traffic
//! lights, and the form to record another.

use leptos::prelude::*;

use super::edit_kpi;
use crate::domain::scorecard::{status, Kpi, PeriodKey};
use crate::domain::AccountId;
use crate::i18n::common::C;
use crate::i18n::fill;
use crate::i18n::scorecard::{kpi_value, status_class, status_text, SC};
use crate::i18n::tr;
use crate::state::use_app;
use crate::ui::widgets::{parse_field, Column, DataTable, RemoveButton};

/// The recorded values of KPI `k`, newest first, each removable.
#[component]
pub fn ActualsTable(id: AccountId, k: usize, kpi: Memo<Option<Kpi>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    move || {
        let l = lang.get();
        let Some(x) = kpi.get() else {
            return ().into_any();
        };
        if x.actuals.is_empty() {
            return view! { <p class="muted">{l.t(SC::NoActuals)}</p> }.into_any();
        }
        let mut list = x.periods();
        list.sort_by_key(|(p, _)| std::cmp::Reverse(*p));
        let rows = list
            .into_iter()
            .map(|(p, v)| {
                let s = status(v, x.target, x.better, x.band);
                let key = p.text();
                let remove_label = fill(l.t(SC::RemoveActual), &[("period", &key)]);
                let remove = move || {
                    let key = key.clone();
                    let mut old = None;
                    edit_kpi(app, id, k, |x| old = x.actuals.remove(&key));
                    if let Some(old) = old {
                        let text = fill(lang.get_untracked().t(SC::ActualRemoved), &[("period", &key)]);
                        app.toasts.notify_with_undo(text, move || {
                            let key = key.clone();
                            edit_kpi(app, id, k, move |x| {
                                x.actuals.insert(key, old);
                            });
                        });
                    }
                };
                view! {
                    <tr>
                        <th scope="row">{p.text()}</th>
                        <td class="num">{kpi_value(l, v, &x.unit)}</td>
                        <td><span class=status_class(Some(s))>{l.t(status_text(Some(s)))}</span></td>
                        <td><RemoveButton label=remove_label on_remove=remove/></td>
                    </tr>
                }
            })
            .collect_view();
        let columns = vec![
            Column::text(SC::Period),
            Column::number(SC::Actual),
            Column::text(SC::Status),
            Column::hidden(C::RemoveColumn),
        ];
        let caption = fill(l.t(SC::Actuals), &[("name", &x.name)]);
        view! { <DataTable class="actuals" caption=caption columns=columns rows=rows/> }.into_any()
    }
}

/// Records an actual value of KPI `k` for a period; `value` is shared with the NPS
/// helper, which fills it in.
#[component]
pub fn RecordActual(id: AccountId, k: usize, value: RwSignal<String>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let field = move |what: &str| format!("kpi-{k}-{what}");
    let period = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = lang.get_untracked();
        let typed = period.get_untracked().trim().to_string();
        let Some(p) = PeriodKey::parse(&typed) else {
            error.set(Some(fill(l.t(SC::PeriodWrong), &[("text", &typed)])));
            return;
        };
        let v = match parse_field(l, &value.get_untracked()) {
            Ok(Some(v)) => v,
            Ok(None) => {
                error.set(Some(l.t(SC::ValueMissing).to_string()));
                return;
            }
            Err(m) => {
                error.set(Some(m));
                return;
            }
        };
        error.set(None);
        let mut name = String::new();
        let mut unit = String::new();
        edit_kpi(app, id, k, |x| {
            x.actuals.insert(p.text(), v);
            name = x.name.clone();
            unit = x.unit.clone();
        });
        value.set(String::new());
        app.notify(fill(
            l.t(SC::ActualRecorded),
            &[
                ("name", &name),
                ("value", &kpi_value(l, v, &unit)),
                ("period", &p.text()),
            ],
        ));
    };
    view! {
        <form class="inline-form" on:submit=record>
            <div class="field">
                <label for=field("period")>{tr(lang, SC::Period)}</label>
                <input id=field("period") type="text" placeholder=move || lang.get().t(SC::PeriodHint)
                    aria-describedby=field("hint")
                    prop:value=move || period.get() on:input=move |ev| period.set(event_target_value(&ev))/>
                <p class="hint" id=field("hint")>{tr(lang, SC::PeriodHint)}</p>
            </div>
            <div class="field">
                <label for=field("value")>{tr(lang, SC::Actual)}</label>
                <input id=field("value") type="text" inputmode="decimal"
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="primary">{tr(lang, SC::RecordActual)}</button>
        </form>
        <p class="field-error" role="alert">{move || error.get()}</p>
    }
}
