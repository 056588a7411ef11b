//! The editor of one KPI: its name, unit, target, direction, band and perspective,
//! then its actual values and, for an NPS, the helper that computes one.

use leptos::prelude::*;

use super::actuals::{ActualsTable, RecordActual};
use super::nps::NpsHelper;
use super::{edit_kpi, perspective_name};
use crate::domain::scorecard::{Better, Kpi, Perspective, Template};
use crate::domain::AccountId;
use crate::i18n::scorecard::{better_text, SC};
use crate::i18n::tr;
use crate::state::use_app;
use crate::ui::widgets::NumberField;

/// The fields of one KPI and its actual values.
#[component]
pub fn KpiEditor(id: AccountId, k: usize, kpi: Memo<Option<Kpi>>) -> impl IntoView {
    // The value of the actual-value form, which the NPS helper fills in.
    let value = RwSignal::new(String::new());
    let is_nps = move || {
        kpi.with(|x| {
            x.as_ref()
                .is_some_and(|x| x.template == Some(Template::Nps))
        })
    };
    view! {
        <div class="kpi-editor">
            <KpiFields id=id k=k kpi=kpi/>
            <ActualsTable id=id k=k kpi=kpi/>
            <RecordActual id=id k=k value=value/>
            <Show when=is_nps>
                <NpsHelper k=k value=value/>
            </Show>
        </div>
    }
}

/// The fields of KPI `k`, each committed on change.
#[component]
fn KpiFields(id: AccountId, k: usize, kpi: Memo<Option<Kpi>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let field = move |what: &str| format!("kpi-{k}-{what}");
    let read =
        move |f: fn(&Kpi) -> String| move || kpi.with(|x| x.as_ref().map(f).unwrap_or_default());
    let number = move |f: fn(&Kpi) -> f64| Signal::derive(move || kpi.with(|x| x.as_ref().map(f)));
    let label = move |key: SC| Signal::derive(move || lang.get().t(key).to_string());
    let set_target = Callback::new(move |v: Option<f64>| {
        if let Some(v) = v {
            edit_kpi(app, id, k, |x| x.target = v);
        }
    });
    let set_band = Callback::new(move |v: Option<f64>| {
        edit_kpi(app, id, k, |x| x.band = v.unwrap_or(0.0).max(0.0));
    });
    view! {
        <div class="field-row">
            <div class="field">
                <label for=field("name")>{tr(lang, SC::Name)}</label>
                <input id=field("name") type="text" prop:value=read(|x| x.name.clone())
                    on:change=move |ev| {
                        let text = event_target_value(&ev).trim().to_string();
                        if !text.is_empty() {
                            edit_kpi(app, id, k, |x| x.name = text);
                        }
                    }/>
            </div>
            <div class="field">
                <label for=field("unit")>{tr(lang, SC::Unit)}</label>
                <input id=field("unit") type="text" prop:value=read(|x| x.unit.clone())
                    on:change=move |ev| {
                        let text = event_target_value(&ev).trim().to_string();
                        edit_kpi(app, id, k, |x| x.unit = text);
                    }/>
            </div>
            <NumberField id=field("target") label=label(SC::Target) value=number(|x| x.target) on_commit=set_target/>
            <div class="field">
                <label for=field("better")>{tr(lang, SC::Better)}</label>
                <select id=field("better") on:change=move |ev| {
                    let b = if event_target_value(&ev) == "lower" { Better::Lower } else { Better::Higher };
                    edit_kpi(app, id, k, |x| x.better = b);
                }>
                    {move || {
                        let l = lang.get();
                        let now = kpi.with(|x| x.as_ref().map(|x| x.better));
                        [(Better::Higher, "higher"), (Better::Lower, "lower")].map(|(b, key)| view! {
                            <option value=key selected=now == Some(b)>{l.t(better_text(b))}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
            <NumberField id=field("band") label=label(SC::Band) value=number(|x| x.band) on_commit=set_band/>
            <div class="field">
                <label for=field("perspective")>{tr(lang, SC::Perspective)}</label>
                <select id=field("perspective") on:change=move |ev| {
                    if let Some(p) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| Perspective::ALL.get(i).copied()) {
                        edit_kpi(app, id, k, |x| x.perspective = p);
                    }
                }>
                    {move || {
                        let l = lang.get();
                        let now = kpi.with(|x| x.as_ref().map(|x| x.perspective));
                        Perspective::ALL.iter().enumerate().map(|(i, p)| view! {
                            <option value=i.to_string() selected=now == Some(*p)>{perspective_name(l, *p)}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
        </div>
    }
}
