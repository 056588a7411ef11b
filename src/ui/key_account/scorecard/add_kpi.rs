//! The form to add a KPI to the scorecard, free or from a template (whose name, unit,
//! perspective and direction it fills in).

use leptos::prelude::*;

use super::perspective_name;
use crate::domain::scorecard::{Better, Kpi, Perspective, Template};
use crate::domain::AccountId;
use crate::i18n::scorecard::{better_text, template_text, SC};
use crate::i18n::{fill, tr};
use crate::state::key_accounts::update_key_account;
use crate::state::{use_app, AppState};
use crate::ui::widgets::{parse_field, TitledSection};

/// The messages of the form: a missing name, a missing or wrong target or band.
#[derive(Clone, Default)]
struct KpiErrors {
    name: Option<String>,
    target: Option<String>,
}

/// What is typed into the form so far.
#[derive(Clone, Copy)]
struct NewKpi {
    template: RwSignal<Option<Template>>,
    name: RwSignal<String>,
    unit: RwSignal<String>,
    perspective: RwSignal<Perspective>,
    better: RwSignal<Better>,
    target: RwSignal<String>,
    band: RwSignal<String>,
    errors: RwSignal<KpiErrors>,
}

impl NewKpi {
    fn new() -> Self {
        Self {
            template: RwSignal::new(None),
            name: RwSignal::new(String::new()),
            unit: RwSignal::new(String::new()),
            perspective: RwSignal::new(Perspective::Finance),
            better: RwSignal::new(Better::Higher),
            target: RwSignal::new(String::new()),
            band: RwSignal::new(String::new()),
            errors: RwSignal::new(KpiErrors::default()),
        }
    }

    /// Checks the form and adds the KPI to key account `id`, or shows what is wrong.
    fn submit(self, app: AppState, id: AccountId) {
        let l = app.lang.get_untracked();
        let n = self.name.get_untracked().trim().to_string();
        let name_error = n.is_empty().then(|| l.t(SC::NameMissing).to_string());
        let t = match parse_field(l, &self.target.get_untracked()) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(l.t(SC::TargetMissing).to_string()),
            Err(m) => Err(m),
        };
        let b = parse_field(l, &self.band.get_untracked());
        let band_value = match &b {
            Ok(v) => v.unwrap_or(0.0).max(0.0),
            Err(_) => 0.0,
        };
        let target_error = t.as_ref().err().cloned().or(b.err());
        self.errors.set(KpiErrors {
            name: name_error.clone(),
            target: target_error.clone(),
        });
        let (Ok(t), None, None) = (t, name_error, target_error) else {
            return;
        };
        let kpi = Kpi {
            extra: Default::default(),
            name: n.clone(),
            perspective: self.perspective.get_untracked(),
            unit: self.unit.get_untracked().trim().to_string(),
            target: t,
            better: self.better.get_untracked(),
            band: band_value,
            template: self.template.get_untracked(),
            actuals: Default::default(),
        };
        update_key_account(app, id, |d| d.scorecard.push(kpi));
        self.name.set(String::new());
        self.target.set(String::new());
        self.band.set(String::new());
        app.notify(fill(l.t(SC::KpiAdded), &[("name", &n)]));
    }
}

/// The form to add a KPI, free or from a template.
#[component]
pub fn AddKpi(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let new = NewKpi::new();
    let NewKpi {
        template,
        name,
        unit,
        perspective,
        better,
        target,
        band,
        errors,
    } = new;
    let choose = move |ev: leptos::ev::Event| {
        let t = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| Template::ALL.get(i).copied());
        template.set(t);
        if let Some(t) = t {
            let (p, u, b) = t.defaults();
            name.set(lang.get_untracked().t(template_text(t)).to_string());
            unit.set(u.to_string());
            perspective.set(p);
            better.set(b);
        }
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        new.submit(app, id);
    };
    let no_error = Signal::derive(|| None::<String>);
    view! {
        <TitledSection id="add-kpi-title" title=SC::AddKpi class="add-kpi">
            <form on:submit=add>
                <div class="field-row">
                    <div class="field">
                        <label for="new-kpi-template">{tr(lang, SC::Template)}</label>
                        <select id="new-kpi-template" on:change=choose>
                            <option value="" selected=move || template.get().is_none()>{tr(lang, SC::Free)}</option>
                            {move || {
                                let l = lang.get();
                                Template::ALL.iter().enumerate().map(|(i, t)| view! {
                                    <option value=i.to_string() selected=template.get() == Some(*t)>{l.t(template_text(*t))}</option>
                                }).collect_view()
                            }}
                        </select>
                    </div>
                    <NewKpiText key="name" label=SC::Name value=name
                        error=Signal::derive(move || errors.with(|e| e.name.clone()))/>
                    <div class="field">
                        <label for="new-kpi-perspective">{tr(lang, SC::Perspective)}</label>
                        <select id="new-kpi-perspective" on:change=move |ev| {
                            if let Some(p) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| Perspective::ALL.get(i).copied()) {
                                perspective.set(p);
                            }
                        }>
                            {move || {
                                let l = lang.get();
                                Perspective::ALL.iter().enumerate().map(|(i, p)| view! {
                                    <option value=i.to_string() selected=perspective.get() == *p>{perspective_name(l, *p)}</option>
                                }).collect_view()
                            }}
                        </select>
                    </div>
                    <NewKpiText key="unit" label=SC::Unit value=unit error=no_error/>
                    <NewKpiText key="target" label=SC::Target value=target
                        error=Signal::derive(move || errors.with(|e| e.target.clone()))/>
                    <div class="field">
                        <label for="new-kpi-better">{tr(lang, SC::Better)}</label>
                        <select id="new-kpi-better" on:change=move |ev| better.set(if event_target_value(&ev) == "lower" { Better::Lower } else { Better::Higher })>
                            {move || {
                                let l = lang.get();
                                [(Better::Higher, "higher"), (Better::Lower, "lower")].map(|(b, key)| view! {
                                    <option value=key selected=better.get() == b>{l.t(better_text(b))}</option>
                                }).collect_view()
                            }}
                        </select>
                    </div>
                    <NewKpiText key="band" label=SC::Band value=band error=no_error/>
                </div>
                <button type="submit" class="primary">{tr(lang, SC::AddKpi)}</button>
            </form>
        </TitledSection>
    }
}

/// A text field of the form (`new-kpi-{key}`) with the message `error` below it.
#[component]
fn NewKpiText(
    key: &'static str,
    label: SC,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let input_id = format!("new-kpi-{key}");
    let error_id = format!("{input_id}-error");
    let message = move || error.get();
    view! {
        <div class="field">
            <label for=input_id.clone()>{tr(lang, label)}</label>
            <input id=input_id type="text" prop:value=move || value.get()
                aria-invalid=move || message().is_some().then_some("true")
                aria-describedby=error_id.clone()
                on:input=move |ev| value.set(event_target_value(&ev))/>
            <p class="field-error" id=error_id>{message}</p>
        </div>
    }
}
