//! The KAM self-assessment (DOMAIN.md section 9): the twelve areas to answer, the
//! result (radar, weakest areas with the seed's recommendation, overall maturity), the
//! saved assessments, and assessment files in and out. Compare and workshop pages:
//! `ui::workshop`. Needs no accounts.

use leptos::prelude::*;

use crate::charts::profile::{radar_option, series_table, supplier_color, SupplierRatings};
use crate::charts::Chart;
use crate::domain::assessment::{
    assessments_json, maturity, read_assessments, weakest_areas, Area, Assessment, Assessments,
    AssessmentsJson,
};
use crate::i18n::assessment::{area_name, area_text, maturity_name, AS};
use crate::i18n::key_accounts::day_text;
use crate::i18n::{describe_import_error, fill, Lang};
use crate::persist::assessment_file::{assessment_from_json, assessment_json};
use crate::state::{browser, use_app, AppState, Route};
use crate::ui::scoring::today;
use crate::ui::tr;
use crate::ui::widgets::RemoveButton;
use crate::APP_VERSION;

/// How many weakest areas the result names (more when tied).
const WEAKEST: usize = 3;

/// The workspace's assessments, typed for a page: the store keeps them as JSON
/// (`AssessmentsJson`), read here once per change.
#[derive(Clone, Copy)]
pub struct List {
    json: RwSignal<AssessmentsJson>,
    typed: Memo<Assessments>,
}

impl List {
    pub fn new(app: AppState) -> List {
        let json = app.store.assessments;
        List {
            json,
            typed: Memo::new(move |_| json.with(|j| read_assessments(j))),
        }
    }

    pub fn with<R>(self, f: impl FnOnce(&Assessments) -> R) -> R {
        self.typed.with(f)
    }

    pub fn with_untracked<R>(self, f: impl FnOnce(&Assessments) -> R) -> R {
        self.typed.with_untracked(f)
    }

    pub fn update<R>(self, f: impl FnOnce(&mut Assessments) -> R) -> R {
        update_assessments(self.json, f)
    }
}

/// Changes the workspace's assessments through their typed form.
pub fn update_assessments<R>(
    json: RwSignal<AssessmentsJson>,
    f: impl FnOnce(&mut Assessments) -> R,
) -> R {
    let mut typed = json.with_untracked(|j| read_assessments(j));
    let result = f(&mut typed);
    json.set(assessments_json(&typed));
    result
}

/// The tabs of the self-assessment pages.
#[component]
pub fn AssessmentTabs(current: Route) -> impl IntoView {
    let lang = use_app().lang;
    let tab = move |route: Route, key: AS| {
        let here = match route {
            Route::Assessment(_) => matches!(current, Route::Assessment(_)),
            other => other == current,
        };
        view! { <a href=route.href() aria-current=here.then_some("page")>{tr(lang, key)}</a> }
    };
    view! {
        <nav class="tabs" aria-label=tr(lang, AS::SubNav)>
            {tab(Route::Assessment(None), AS::TabAnswer)}
            {tab(Route::AssessmentCompare, AS::TabCompare)}
            {tab(Route::Workshop, AS::TabWorkshop)}
        </nav>
    }
}

/// "Anna Berg" or "(no name)".
pub fn respondent_name(lang: Lang, a: &Assessment) -> String {
    let name = a.respondent.trim();
    if name.is_empty() {
        lang.t(AS::Unnamed).to_string()
    } else {
        name.to_string()
    }
}

/// "Anna Berg · 21.11.2026": how an assessment is named in choices and legends.
pub fn assessment_label(lang: Lang, a: &Assessment) -> String {
    format!("{} · {}", respondent_name(lang, a), day_text(lang, a.date))
}

/// The area names in the UI language, in thesis order (the radar's axes).
fn area_names(lang: Lang) -> Vec<String> {
    Area::ALL
        .iter()
        .map(|a| area_name(lang, *a).to_string())
        .collect()
}

/// The 1-5 radar of the twelve areas with "Show as table", and a legend when it
/// shows more than one shape.
#[component]
pub fn AssessmentRadar(
    /// Each shape's name and points in thesis order; the first is drawn bold.
    #[prop(into)]
    series: Signal<Vec<SupplierRatings>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let option =
        Signal::derive(move || series.with(|s| radar_option(&area_names(lang.get()), 5, s)));
    let table = Signal::derive(move || {
        let l = lang.get();
        series.with(|s| series_table(l.t(AS::Area), &area_names(l), s, |v| score_text(l, v)))
    });
    let label = Signal::derive(move || lang.get().t(AS::RadarLabel).to_string());
    let legend = move || {
        series.with(|s| {
            (s.len() > 1).then(|| {
                let items = s
                    .iter()
                    .enumerate()
                    .map(|(i, one)| {
                        let style = format!("background:{}", supplier_color(i));
                        view! { <li><span class="swatch" style=style aria-hidden="true"></span>{one.name.clone()}</li> }
                    })
                    .collect_view();
                view! { <ul class="legend">{items}</ul> }
            })
        })
    };
    view! {
        <div class="assessment-chart">
            <Chart option=option label=label table=table height="420px"/>
            {legend}
        </div>
    }
}

/// A rating 1-5 or an average as "3.4"; unanswered as "–".
pub fn score_text(lang: Lang, v: Option<f64>) -> String {
    v.map(|v| lang.number(v, 1)).unwrap_or_else(|| "–".into())
}

/// Offers assessments as a file.
pub fn export_assessments(list: &[Assessment], workshop: Option<&str>) {
    let now = browser::now_iso();
    let day = now.get(..10).unwrap_or(&now).to_string();
    let name = match workshop {
        Some(_) => format!("keystone-workshop-{day}.json"),
        None => format!("keystone-assessment-{day}.json"),
    };
    let text = assessment_json(list, workshop, APP_VERSION, &now);
    let _ = browser::download(&name, &text, "application/json");
}

/// Reads the picked assessment files and adds what they hold (into `workshop` if
/// given); a file that fails its checks is named with its problem and adds nothing.
/// The toast offers to undo the whole import; `refused` gets one message per file
/// that was not imported.
pub fn import_assessment_files(
    app: AppState,
    files: web_sys::FileList,
    workshop: Option<String>,
    refused: RwSignal<Vec<String>>,
) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    leptos::task::spawn_local(async move {
        let lang = app.lang.get_untracked();
        let mut incoming = Vec::new();
        for file in files {
            let name = file.name();
            let read = browser::read_text(&file).await;
            let result = match read {
                Ok(text) => {
                    assessment_from_json(&text).map_err(|e| describe_import_error(&e, lang))
                }
                Err(_) => Err(lang.t(crate::i18n::errors::E::ErrNotText).to_string()),
            };
            match result {
                Ok(f) => incoming.extend(f.assessments.into_iter().map(|mut a| {
                    if a.workshop.trim().is_empty() {
                        a.workshop = f.workshop.clone().unwrap_or_default();
                    }
                    a
                })),
                Err(detail) => refused.update(|r| {
                    r.push(fill(
                        lang.t(AS::ImportFailed),
                        &[("file", &name), ("detail", &detail)],
                    ))
                }),
            }
        }
        if incoming.is_empty() {
            return;
        }
        let json = app.store.assessments;
        let (before, added) = update_assessments(json, |l| {
            let before: Vec<u64> = l.iter().map(|a| a.id).collect();
            (before, l.add_imported(incoming, workshop.as_deref()))
        });
        let text = if added.skipped == 0 {
            fill(lang.t(AS::Imported), &[("added", &added.added.to_string())])
        } else {
            fill(
                lang.t(AS::ImportedSkipped),
                &[
                    ("added", &added.added.to_string()),
                    ("skipped", &added.skipped.to_string()),
                ],
            )
        };
        app.toasts.notify_with_undo(text, move || {
            update_assessments(json, |l| l.retain(|a| before.contains(&a.id)));
        });
    });
}

/// The "Import assessment files" button (a file picker for several files).
#[component]
pub fn ImportAssessments(
    /// The workshop the files go into; `None` keeps the files' own.
    #[prop(into)]
    workshop: Signal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    let refused = RwSignal::new(Vec::<String>::new());
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(files) = input.files() {
            refused.set(Vec::new());
            import_assessment_files(app, files, workshop.get_untracked(), refused);
        }
        // Picking the same files again must fire `change` again.
        input.set_value("");
    };
    view! {
        <label class="button file-button">
            {tr(app.lang, AS::ImportFiles)}
            <input class="visually-hidden" type="file" multiple accept=".json,application/json" on:change=on_pick/>
        </label>
        <Show when=move || refused.with(|r| !r.is_empty())>
            <div class="banner banner-error import-refused" role="alert">
                <ul>{move || refused.get().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}

/// Creates an assessment dated today (in `workshop`) and opens it.
pub fn new_assessment(app: AppState, workshop: String) {
    let id = update_assessments(app.store.assessments, |l| {
        let mut a = Assessment::new(l.next_id(), today());
        a.workshop = workshop;
        let id = a.id;
        l.push(a);
        id
    });
    browser::navigate(&Route::Assessment(Some(id)).href());
}

/// Edits the shown assessment; the first answer on an empty page creates it.
fn edit(list: List, current: RwSignal<Option<u64>>, f: impl FnOnce(&mut Assessment)) {
    let wanted = current.get_untracked();
    let id = list.update(|l| {
        let id = match wanted.filter(|id| l.get(*id).is_some()) {
            Some(id) => id,
            None => {
                let a = Assessment::new(l.next_id(), today());
                let id = a.id;
                l.push(a);
                id
            }
        };
        if let Some(a) = l.get_mut(id) {
            f(a);
        }
        id
    });
    if Some(id) != wanted {
        current.set(Some(id));
    }
}

#[component]
pub fn AssessmentPage(id: Option<u64>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let list = List::new(app);
    // The route's assessment, else the newest; none until the first answer.
    let current = RwSignal::new(id.or_else(|| list.with_untracked(|l| l.last().map(|a| a.id))));
    let shown = Memo::new(move |_| {
        current
            .get()
            .and_then(|id| list.with(|l| l.get(id).cloned()))
    });
    let missing = id.is_some_and(|id| list.with_untracked(|l| l.get(id).is_none()));
    view! {
        <div class="page assessment">
            <h1>{tr(lang, AS::Title)}</h1>
            <p class="lead no-print">{tr(lang, AS::Intro)}</p>
            <AssessmentTabs current=Route::Assessment(id)/>
            {missing.then(|| view! {
                <p class="banner banner-warn" role="alert">{tr(lang, crate::i18n::common::C::PageNotFound)}</p>
            })}
            <Respondent list=list current=current shown=shown/>
            <Questionnaire list=list current=current shown=shown/>
            <AssessmentResult shown=shown/>
            <SavedAssessments current=current/>
        </div>
    }
}

/// Who answered, when, and in which workshop.
#[component]
fn Respondent(
    list: List,
    current: RwSignal<Option<u64>>,
    shown: Memo<Option<Assessment>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let text = move |f: fn(&Assessment) -> String| {
        move || shown.with(|a| a.as_ref().map(f).unwrap_or_default())
    };
    let workshops = move || {
        list.with(|l| {
            l.workshops()
                .into_iter()
                .map(|w| view! { <option value=w.clone()></option> })
                .collect_view()
        })
    };
    view! {
        <div class="field-row respondent">
            <div class="field">
                <label for="as-respondent">{tr(lang, AS::Respondent)}</label>
                <input id="as-respondent" type="text" aria-describedby="as-respondent-hint"
                    prop:value=text(|a| a.respondent.clone())
                    on:change=move |ev| {
                        let t = event_target_value(&ev).trim().to_string();
                        edit(list, current, |a| a.respondent = t);
                    }/>
                <span id="as-respondent-hint" class="hint no-print">{tr(lang, AS::RespondentHint)}</span>
            </div>
            <div class="field">
                <label for="as-date">{tr(lang, AS::Date)}</label>
                <input id="as-date" type="date" required
                    prop:value=move || shown.with(|a| a.as_ref().map(|a| a.date).unwrap_or_else(today).iso())
                    on:change=move |ev| {
                        // A cleared date keeps the one before: every assessment has a date.
                        if let Some(d) = crate::domain::roles::Day::parse(&event_target_value(&ev)) {
                            edit(list, current, |a| a.date = d);
                        }
                    }/>
            </div>
            <div class="field">
                <label for="as-workshop">{tr(lang, AS::WorkshopName)}</label>
                <input id="as-workshop" type="text" list="as-workshops" aria-describedby="as-workshop-hint"
                    prop:value=text(|a| a.workshop.clone())
                    on:change=move |ev| {
                        let t = event_target_value(&ev).trim().to_string();
                        edit(list, current, |a| a.workshop = t);
                    }/>
                <datalist id="as-workshops">{workshops}</datalist>
                <span id="as-workshop-hint" class="hint no-print">{tr(lang, AS::WorkshopHint)}</span>
            </div>
        </div>
    }
}

/// The twelve areas, each a group of five levels and a comment; progress on top.
#[component]
fn Questionnaire(
    list: List,
    current: RwSignal<Option<u64>>,
    shown: Memo<Option<Assessment>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let done = move || shown.with(|a| a.as_ref().map_or(0, Assessment::answered));
    let next_open = move |_| {
        let open = shown.with_untracked(|a| {
            Area::ALL
                .into_iter()
                .find(|area| a.as_ref().and_then(|a| a.rating(*area)).is_none())
        });
        let element = open.and_then(|area| {
            web_sys::window()?
                .document()?
                .get_element_by_id(&format!("rate-{}-1", area.key()))
        });
        if let Some(el) = element {
            use wasm_bindgen::JsCast;
            el.scroll_into_view();
            if let Ok(input) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        }
    };
    let areas = Area::ALL
        .into_iter()
        .map(|area| view! { <AreaQuestion area=area list=list current=current shown=shown/> })
        .collect_view();
    view! {
        <section class="questionnaire no-print" aria-labelledby="as-questions">
            <h2 id="as-questions" class="visually-hidden">{tr(lang, AS::TabAnswer)}</h2>
            <div class="progress-row">
                <progress max="12" value=move || done().to_string() aria-labelledby="as-progress"></progress>
                <span id="as-progress" role="status">
                    {move || fill(lang.get().t(AS::Progress), &[("done", &done().to_string())])}
                </span>
                {move || if done() < 12 {
                    view! { <button type="button" class="link" on:click=next_open>{tr(lang, AS::NextOpen)}</button> }.into_any()
                } else {
                    view! { <span>{tr(lang, AS::AllAnswered)}</span> }.into_any()
                }}
            </div>
            {areas}
        </section>
    }
}

#[component]
fn AreaQuestion(
    area: Area,
    list: List,
    current: RwSignal<Option<u64>>,
    shown: Memo<Option<Assessment>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let key = area.key();
    let rating = Memo::new(move |_| shown.with(|a| a.as_ref().and_then(|a| a.rating(area))));
    let levels = (1..=5u8)
        .map(|n| {
            let id = format!("rate-{key}-{n}");
            view! {
                <label class="level" class:chosen=move || rating.get() == Some(n)>
                    <input type="radio" id=id name=format!("rate-{key}") value=n.to_string()
                        prop:checked=move || rating.get() == Some(n)
                        on:change=move |_| edit(list, current, |a| a.set_rating(area, Some(n)))/>
                    <span class="level-n">{n}</span>
                    <span class="level-text">{move || area_text(lang.get(), area).levels[usize::from(n) - 1]}</span>
                </label>
            }
        })
        .collect_view();
    let name = move || area_name(lang.get(), area);
    let comment_id = format!("comment-{key}");
    view! {
        <fieldset class="area-question" id=format!("area-{key}")>
            <legend>
                <span class="thesis">{move || fill(lang.get().t(AS::Thesis), &[("n", &area.number().to_string())])}</span>
                " "{name}
            </legend>
            <p class="question">{move || area_text(lang.get(), area).question}</p>
            <div class="levels">{levels}</div>
            <div class="area-foot">
                <div class="field">
                    <label for=comment_id.clone()>{move || fill(lang.get().t(AS::Comment), &[("area", name())])}</label>
                    <textarea id=comment_id rows="1"
                        prop:value=move || shown.with(|a| a.as_ref().map(|a| a.comment(area).to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            let t = event_target_value(&ev);
                            edit(list, current, |a| a.set_comment(area, &t));
                        }></textarea>
                </div>
                <Show when=move || rating.get().is_some()>
                    <button type="button" class="link"
                        on:click=move |_| edit(list, current, |a| a.set_rating(area, None))>
                        {move || fill(lang.get().t(AS::ClearRating), &[("area", name())])}
                    </button>
                </Show>
            </div>
        </fieldset>
    }
}

/// Radar, overall maturity, the weakest areas with their recommendation, every answer.
#[component]
pub fn AssessmentResult(shown: Memo<Option<Assessment>>) -> impl IntoView {
    let lang = use_app().lang;
    let answered = move || shown.with(|a| a.as_ref().is_some_and(|a| a.answered() > 0));
    view! {
        <section class="assessment-result" aria-labelledby="as-result">
            <h2 id="as-result">{tr(lang, AS::Result)}</h2>
            <Show when=answered fallback=move || view! { <p>{tr(lang, AS::NoAnswers)}</p> }>
                <ResultBody shown=shown/>
            </Show>
        </section>
    }
}

#[component]
fn ResultBody(shown: Memo<Option<Assessment>>) -> impl IntoView {
    let lang = use_app().lang;
    let with = move |f: &dyn Fn(&Assessment, Lang) -> String| {
        shown.with(|a| a.as_ref().map(|a| f(a, lang.get())).unwrap_or_default())
    };
    let summary = move || {
        with(&|a, l| {
            let Some(m) = maturity(a) else {
                return String::new();
            };
            let mut text = fill(
                l.t(AS::Maturity),
                &[
                    ("average", &l.number(m.average, 1)),
                    ("level", &m.level.number().to_string()),
                    ("name", maturity_name(l, m.level)),
                ],
            );
            if m.answered < 12 {
                text.push(' ');
                text.push_str(&fill(
                    l.t(AS::MaturityPartial),
                    &[("done", &m.answered.to_string())],
                ));
            }
            text
        })
    };
    let series = move || {
        let l = lang.get();
        shown.with(|a| {
            a.as_ref()
                .map(|a| {
                    vec![SupplierRatings {
                        name: respondent_name(l, a),
                        ratings: a.points(),
                    }]
                })
                .unwrap_or_default()
        })
    };
    let weakest = move || {
        let l = lang.get();
        shown.with(|a| {
            let list = a
                .as_ref()
                .map(|a| weakest_areas(a, WEAKEST))
                .unwrap_or_default();
            if list.is_empty() {
                return view! { <p>{l.t(AS::NoWeak)}</p> }.into_any();
            }
            let items = list
                .into_iter()
                .map(|(area, r)| {
                    let head = fill(
                        l.t(AS::RatedAt),
                        &[("area", area_name(l, area)), ("rating", &r.to_string())],
                    );
                    view! { <li><strong>{head}</strong><p>{area_text(l, area).advice}</p></li> }
                })
                .collect_view();
            view! { <ol class="weakest">{items}</ol> }.into_any()
        })
    };
    let answers = move || {
        let l = lang.get();
        shown.with(|a| {
            let a = a.as_ref()?;
            let rows = Area::ALL
                .into_iter()
                .map(|area| {
                    let r = a.rating(area);
                    let level = r
                        .map(|r| area_text(l, area).levels[usize::from(r) - 1].to_string())
                        .unwrap_or_else(|| l.t(AS::NotAnswered).to_string());
                    view! {
                        <tr>
                            <th scope="row">{area_name(l, area)}</th>
                            <td class="num">{r.map(|r| r.to_string()).unwrap_or_else(|| "–".into())}</td>
                            <td>{level}</td>
                            <td>{a.comment(area).to_string()}</td>
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <table class="data-table answers">
                    <caption>{l.t(AS::Answers)}</caption>
                    <thead><tr>
                        <th scope="col">{l.t(AS::Area)}</th>
                        <th scope="col" class="num">{l.t(AS::Rating)}</th>
                        <th scope="col">{l.t(AS::LevelMeans)}</th>
                        <th scope="col">{l.t(AS::CommentCol)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            })
        })
    };
    view! {
        <p class="lead maturity" role="status">{summary}</p>
        <div class="results-row">
            <AssessmentRadar series=Signal::derive(series)/>
            <div>
                <h3>{tr(lang, AS::Weakest)}</h3>
                {weakest}
            </div>
        </div>
        {answers}
    }
}

/// Every saved assessment: open, remove (with undo), new, export, print, import.
#[component]
fn SavedAssessments(current: RwSignal<Option<u64>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let list = List::new(app);
    let rows = move || {
        let l = lang.get();
        let now = current.get();
        list.with(|all| {
            all.iter()
                .rev()
                .map(|a| {
                    let id = a.id;
                    let name = respondent_name(l, a);
                    let date = day_text(l, a.date);
                    let overall = maturity(a).map(|m| l.number(m.average, 1)).unwrap_or_else(|| "–".into());
                    let remove_label = fill(l.t(AS::RemoveOne), &[("name", &name), ("date", &date)]);
                    let is_current = now == Some(id);
                    view! {
                        <tr class:current=is_current>
                            <td>
                                <a href=Route::Assessment(Some(id)).href() aria-current=is_current.then_some("page")>{name.clone()}</a>
                                {is_current.then(|| view! { " (" {l.t(AS::Current)} ")" })}
                            </td>
                            <td>{a.workshop.clone()}</td>
                            <td>{date}</td>
                            <td class="num">{format!("{} / 12", a.answered())}</td>
                            <td class="num">{overall}</td>
                            <td class="no-print">
                                <RemoveButton label=remove_label on_remove=move || remove_assessment(app, id, name.clone())/>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let export_current = move |_| {
        let one: Vec<Assessment> = current
            .get_untracked()
            .and_then(|id| list.with_untracked(|l| l.get(id).cloned()))
            .into_iter()
            .collect();
        if !one.is_empty() {
            export_assessments(&one, None);
        }
    };
    let has_current = move || {
        current
            .get()
            .is_some_and(|id| list.with(|l| l.get(id).is_some()))
    };
    view! {
        <section class="saved-assessments no-print" aria-labelledby="as-saved">
            <h2 id="as-saved">{tr(lang, AS::Saved)}</h2>
            <p class="hint">{tr(lang, AS::SavedHint)}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| new_assessment(app, String::new())>{tr(lang, AS::NewAssessment)}</button>
                <Show when=move || !workshop_of(list, current).is_empty()>
                    <button type="button" on:click=move |_| new_assessment(app, untrack(|| workshop_of(list, current)))>
                        {tr(lang, AS::NextParticipant)}
                    </button>
                </Show>
                <button type="button" disabled=move || !has_current() on:click=export_current>{tr(lang, AS::ExportJson)}</button>
                <button type="button" disabled=move || !has_current() on:click=move |_| print_page()>{tr(lang, AS::Print)}</button>
                <ImportAssessments workshop=Signal::derive(|| None::<String>)/>
            </div>
            <Show when=move || list.with(|l| !l.is_empty())>
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{tr(lang, AS::Respondent)}</th>
                        <th scope="col">{tr(lang, AS::TabWorkshop)}</th>
                        <th scope="col">{tr(lang, AS::Date)}</th>
                        <th scope="col" class="num">{tr(lang, AS::Answered)}</th>
                        <th scope="col" class="num">{tr(lang, AS::Overall)}</th>
                        <th scope="col" class="no-print"><span class="visually-hidden">{tr(lang, AS::RemoveCol)}</span></th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </Show>
        </section>
    }
}

/// The workshop of the shown assessment (blank if none).
fn workshop_of(list: List, current: RwSignal<Option<u64>>) -> String {
    current
        .get()
        .and_then(|id| list.with(|l| l.get(id).map(|a| a.workshop.trim().to_string())))
        .unwrap_or_default()
}

fn remove_assessment(app: AppState, id: u64, name: String) {
    let json = app.store.assessments;
    if let Some((index, gone)) = update_assessments(json, |l| l.remove(id)) {
        let text = fill(app.t(AS::Removed), &[("name", &name)]);
        app.toasts.notify_with_undo(text, move || {
            update_assessments(json, |l| l.restore(index, gone.clone()));
        });
    }
}

/// The browser's print dialog (print CSS leaves out the controls).
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
