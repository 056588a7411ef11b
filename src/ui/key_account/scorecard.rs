//! The balanced scorecard of a key account (DOMAIN.md section 6): KPIs in four
//! perspectives with traffic lights and trends, what turned yellow or red, editing
//! KPIs and their actual values, templates (NPS from survey answers).

use leptos::prelude::*;

use crate::charts::scorecard::trend_option;
use crate::charts::{Chart, ChartTable};
use crate::domain::scorecard::{
    nps_from_answers, nps_from_shares, parse_answers, status, Better, Kpi, PeriodKey, Perspective,
    Template,
};
use crate::domain::AccountId;
use crate::i18n::common::C;
use crate::i18n::fill;
use crate::i18n::scorecard::{
    better_text, kpi_value, perspective_text, status_class, status_text, template_text, SC,
};
use crate::i18n::tr;
use crate::i18n::Lang;
use crate::state::key_accounts::{key_account_data, remove_with_undo, update_key_account};
use crate::state::route::AccountSection;
use crate::state::{use_app, AppState};
use crate::ui::key_account::key_account_section;
use crate::ui::lazy::{lazy_page, lazy_part};
use crate::ui::widgets::{parse_field, NumberField, RemoveButton};

lazy_page!(account_scorecard, scorecard_page, preload_scorecard, (id: u64) => {
    view! { <ScorecardPage id=id/> }.into_any()
});
// Editing KPIs: a chunk of its own, so that no page chunk exceeds its budget.
lazy_part!(kpi_editor, kpi_editor, preload_kpi_editor,
    /// The editor of one KPI, from the KPI-editing chunk.
    LazyKpiEditor(id: u64, k: usize, kpi: Memo<Option<crate::domain::scorecard::Kpi>>) => {
    view! { <KpiEditor id=id k=k kpi=kpi/> }.into_any()
});
lazy_part!(kpi_editor, add_kpi, preload_add_kpi,
    /// The form to add a KPI, from the KPI-editing chunk.
    LazyAddKpi(id: u64) => {
    view! { <AddKpi id=id/> }.into_any()
});

fn edit_kpi(app: AppState, id: AccountId, k: usize, f: impl FnOnce(&mut Kpi)) {
    update_key_account(app, id, |d| {
        if let Some(kpi) = d.scorecard.get_mut(k) {
            f(kpi);
        }
    });
}

fn kpis_of(d: &mut crate::domain::KeyAccountData) -> &mut Vec<Kpi> {
    &mut d.scorecard
}

fn perspective_name(l: Lang, p: Perspective) -> String {
    l.t(perspective_text(p)).to_string()
}

#[component]
pub fn ScorecardPage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let data = key_account_data(app, id);
    let kpis = Memo::new(move |_| data.with(|d| d.scorecard.clone()));
    key_account_section(
        id,
        AccountSection::Scorecard,
        |l| l.t(SC::Section).to_string(),
        move |_| {
            view! {
                <p class="intro">{tr(lang, SC::Intro)}</p>
                <Alarm kpis=kpis/>
                {Perspective::ALL.map(|p| view! { <PerspectiveTable id=id perspective=p kpis=kpis/> }).collect_view()}
                <LazyAddKpi id=id/>
            }
        },
    )
}

/// What is yellow or red now, and what turned so since the period before.
#[component]
fn Alarm(kpis: Memo<Vec<Kpi>>) -> impl IntoView {
    let lang = use_app().lang;
    let items = move || {
        let l = lang.get();
        let mut found: Vec<(crate::domain::scorecard::Status, String)> = kpis.with(|all| {
            all.iter()
                .filter_map(|k| {
                    let turn = k.turn()?;
                    let (period, _) = k.latest()?;
                    let now = turn.latest;
                    if now == crate::domain::scorecard::Status::Green {
                        return None;
                    }
                    let args = |extra: Vec<(&'static str, String)>| {
                        let mut a = vec![
                            ("name", k.name.clone()),
                            ("perspective", perspective_name(l, k.perspective)),
                            ("now", l.t(status_text(Some(now))).to_string()),
                            ("period", period.text()),
                        ];
                        a.extend(extra);
                        a
                    };
                    let text = match turn.previous {
                        Some(before) if turn.got_worse() => {
                            let a =
                                args(vec![("before", l.t(status_text(Some(before))).to_string())]);
                            let refs: Vec<(&str, &str)> =
                                a.iter().map(|(k, v)| (*k, v.as_str())).collect();
                            fill(l.t(SC::TurnedSince), &refs)
                        }
                        _ => {
                            let a = args(Vec::new());
                            let refs: Vec<(&str, &str)> =
                                a.iter().map(|(k, v)| (*k, v.as_str())).collect();
                            fill(l.t(SC::StillBad), &refs)
                        }
                    };
                    Some((now, text))
                })
                .collect()
        });
        // Red first.
        found.sort_by_key(|f| std::cmp::Reverse(f.0));
        if found.is_empty() {
            return view! { <p>{l.t(SC::AlarmNone)}</p> }.into_any();
        }
        view! {
            <ul class="attention">
                {found.into_iter().map(|(s, text)| view! {
                    <li><span class=status_class(Some(s))>{l.t(status_text(Some(s)))}</span>" "{text}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="alarm" aria-labelledby="alarm-title">
            <h2 id="alarm-title">{tr(lang, SC::Alarm)}</h2>
            {items}
        </section>
    }
}

/// The KPIs of one perspective: target, latest value, status, trend; each editable.
#[component]
fn PerspectiveTable(
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

/// The fields of one KPI and its actual values.
#[component]
pub fn KpiEditor(id: AccountId, k: usize, kpi: Memo<Option<Kpi>>) -> impl IntoView {
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
    // Recording an actual value.
    let period = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
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
    let actuals = move || {
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
        view! {
            <div class="table-wrap">
            <table class="data-table actuals">
                <caption>{fill(l.t(SC::Actuals), &[("name", &x.name)])}</caption>
                <thead><tr>
                    <th scope="col">{l.t(SC::Period)}</th>
                    <th scope="col" class="num">{l.t(SC::Actual)}</th>
                    <th scope="col">{l.t(SC::Status)}</th>
                    <th scope="col"><span class="visually-hidden">{l.t(C::RemoveColumn)}</span></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        }
        .into_any()
    };
    let is_nps = move || {
        kpi.with(|x| {
            x.as_ref()
                .is_some_and(|x| x.template == Some(Template::Nps))
        })
    };
    view! {
        <div class="kpi-editor">
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
            {actuals}
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
            <Show when=is_nps>
                <NpsHelper k=k value=value/>
            </Show>
        </div>
    }
}

/// Computes an NPS from raw 0-10 answers or from the shares of promoters and
/// detractors, into the value field of the actual-value form.
#[component]
fn NpsHelper(k: usize, value: RwSignal<String>) -> impl IntoView {
    let lang = use_app().lang;
    let answers = RwSignal::new(String::new());
    let promoters = RwSignal::new(String::new());
    let detractors = RwSignal::new(String::new());
    let result = RwSignal::new(None::<String>);
    let field = move |what: &str| format!("kpi-{k}-nps-{what}");
    let compute = move |_| {
        let l = lang.get_untracked();
        let typed = answers.get_untracked();
        let nps = if typed.trim().is_empty() {
            let p = parse_field(l, &promoters.get_untracked());
            let d = parse_field(l, &detractors.get_untracked());
            match (p, d) {
                (Ok(Some(p)), Ok(Some(d))) => Ok((nps_from_shares(p, d), None)),
                (Err(m), _) | (_, Err(m)) => Err(m),
                _ => Err(l.t(SC::NpsNoAnswers).to_string()),
            }
        } else {
            match parse_answers(&typed) {
                Ok(list) => match nps_from_answers(&list) {
                    Some(n) => Ok((n, Some(list.len()))),
                    None => Err(l.t(SC::NpsNoAnswers).to_string()),
                },
                Err(bad) => Err(fill(l.t(SC::NotAnAnswer), &[("text", &bad)])),
            }
        };
        match nps {
            Ok((n, count)) => {
                let text = l.number_as_typed((n * 10.0).round() / 10.0, 1);
                value.set(text.clone());
                result.set(Some(match count {
                    Some(c) => fill(
                        l.t(SC::NpsResult),
                        &[("value", &text), ("n", &c.to_string())],
                    ),
                    None => text,
                }));
            }
            Err(m) => result.set(Some(m)),
        }
    };
    view! {
        <fieldset class="nps">
            <legend>{tr(lang, SC::NpsFrom)}</legend>
            <div class="field">
                <label for=field("answers")>{tr(lang, SC::NpsAnswers)}</label>
                <textarea id=field("answers") rows="2" prop:value=move || answers.get()
                    on:input=move |ev| answers.set(event_target_value(&ev))></textarea>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for=field("promoters")>{tr(lang, SC::NpsPromoters)}</label>
                    <input id=field("promoters") type="text" inputmode="decimal" prop:value=move || promoters.get()
                        on:input=move |ev| promoters.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for=field("detractors")>{tr(lang, SC::NpsDetractors)}</label>
                    <input id=field("detractors") type="text" inputmode="decimal" prop:value=move || detractors.get()
                        on:input=move |ev| detractors.set(event_target_value(&ev))/>
                </div>
            </div>
            <button type="button" on:click=compute>{tr(lang, SC::NpsCompute)}</button>
            <p role="status">{move || result.get()}</p>
        </fieldset>
    }
}

/// The form to add a KPI, free or from a template.
#[component]
pub fn AddKpi(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let template = RwSignal::new(None::<Template>);
    let name = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let perspective = RwSignal::new(Perspective::Finance);
    let better = RwSignal::new(Better::Higher);
    let target = RwSignal::new(String::new());
    let band = RwSignal::new(String::new());
    let errors = RwSignal::new((None::<String>, None::<String>));
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
        let l = lang.get_untracked();
        let n = name.get_untracked().trim().to_string();
        let name_error = n.is_empty().then(|| l.t(SC::NameMissing).to_string());
        let t = match parse_field(l, &target.get_untracked()) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(l.t(SC::TargetMissing).to_string()),
            Err(m) => Err(m),
        };
        let b = parse_field(l, &band.get_untracked());
        let band_value = match &b {
            Ok(v) => v.unwrap_or(0.0).max(0.0),
            Err(_) => 0.0,
        };
        let target_error = t.as_ref().err().cloned().or(b.err());
        errors.set((name_error.clone(), target_error.clone()));
        let (Ok(t), None, None) = (t, name_error, target_error) else {
            return;
        };
        let kpi = Kpi {
            extra: Default::default(),
            name: n.clone(),
            perspective: perspective.get_untracked(),
            unit: unit.get_untracked().trim().to_string(),
            target: t,
            better: better.get_untracked(),
            band: band_value,
            template: template.get_untracked(),
            actuals: Default::default(),
        };
        update_key_account(app, id, |d| d.scorecard.push(kpi));
        name.set(String::new());
        target.set(String::new());
        band.set(String::new());
        app.notify(fill(l.t(SC::KpiAdded), &[("name", &n)]));
    };
    type ErrorOf = fn((Option<String>, Option<String>)) -> Option<String>;
    let text_input =
        move |key: &'static str, label: SC, value: RwSignal<String>, error: Option<ErrorOf>| {
            let input_id = format!("new-kpi-{key}");
            let error_id = format!("{input_id}-error");
            let message = move || error.and_then(|f| f(errors.get()));
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
        };
    view! {
        <section class="add-kpi" aria-labelledby="add-kpi-title">
            <h2 id="add-kpi-title">{tr(lang, SC::AddKpi)}</h2>
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
                    {text_input("name", SC::Name, name, Some(|e| e.0))}
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
                    {text_input("unit", SC::Unit, unit, None)}
                    {text_input("target", SC::Target, target, Some(|e| e.1))}
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
                    {text_input("band", SC::Band, band, None)}
                </div>
                <button type="submit" class="primary">{tr(lang, SC::AddKpi)}</button>
            </form>
        </section>
    }
}
