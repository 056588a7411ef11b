//! The KAM self-assessment (docs/methods.md): the twelve areas to answer
//! (`page`), the result (`result`: radar, weakest areas with the seed's recommendation,
//! overall maturity), the saved assessments and the page's actions (`saved`), which
//! one is the user's own (`own`), and assessment files in and out (here). Compare and
//! workshop pages: `workshop/`. Needs no accounts.

use leptos::prelude::*;

use crate::charts::profile::{radar_option, series_table, supplier_color, SupplierRatings};
use crate::charts::Chart;
use crate::domain::assessment::{Area, Assessment, Maturity};
use crate::i18n::assessment::{area_name, area_text, imported_text, maturity_name, AS};
use crate::i18n::key_accounts::day_text;
use crate::i18n::tr;
use crate::i18n::{describe_import_error, fill, Lang};
use crate::persist::assessment_file::{assessment_from_json, assessment_json};
use crate::state::analyses::today;
use crate::state::assessments::update_assessments;
use crate::state::{browser, use_app, AppState, Route};
use crate::APP_VERSION;

mod own;
mod page;
mod result;
mod saved;
pub mod share;
pub mod workshop;

use crate::ui::lazy::lazy_page;
pub use page::AssessmentPage;

lazy_page!(assessment, assessment_page, preload_assessment, (id: Option<u64>) => {
    view! { <AssessmentPage id=id/> }.into_any()
});

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

/// The maturity sentence (`sentence`: average, level and its name), followed by
/// `partial` (how many areas are answered) while not every area is.
pub fn maturity_text(l: Lang, m: &Maturity, sentence: &str, partial: &str) -> String {
    let mut text = fill(
        sentence,
        &[
            ("average", &l.number(m.average, 1)),
            ("level", &m.level.number().to_string()),
            ("name", maturity_name(l, m.level)),
        ],
    );
    if m.answered < Area::ALL.len() {
        text.push(' ');
        text.push_str(&fill(partial, &[("done", &m.answered.to_string())]));
    }
    text
}

/// One of the weakest areas: its heading and the recommendation for it.
pub fn weak_area_item(l: Lang, area: Area, head: String) -> impl IntoView {
    view! { <li><strong>{head}</strong><p>{area_text(l, area).advice}</p></li> }
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
    let name = crate::persist::assessment_file::assessment_file_name(list, workshop, &day);
    let text = assessment_json(list, workshop, APP_VERSION, &now);
    let _ = browser::download(&name, &text, "application/json");
}

/// Reads the picked assessment files and adds what they hold (each into the workshop
/// it names, else into `workshop` if given); a file that fails its checks is named with its problem and adds nothing.
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
        add_imported_with_undo(app, lang, incoming, workshop.as_deref());
    });
}

/// Adds imported assessments (duplicates recognised), each into the workshop it
/// names, one naming none into `workshop` where given, and says where they went with
/// an Undo of the whole addition: the files and the pasted links go the same way.
pub fn add_imported_with_undo(
    app: AppState,
    lang: Lang,
    incoming: Vec<Assessment>,
    workshop: Option<&str>,
) {
    let json = app.store.assessments;
    let (before, added) = update_assessments(json, |l| {
        let before: Vec<u64> = l.iter().map(|a| a.id).collect();
        (before, l.add_to_named_workshops(incoming, workshop))
    });
    // Nothing added (all already there): nothing to undo.
    if added.added == 0 {
        app.toasts.notify(imported_text(lang, &added));
        return;
    }
    app.toasts
        .notify_with_undo(imported_text(lang, &added), move || {
            update_assessments(json, |l| l.retain(|a| before.contains(&a.id)));
        });
}

/// The "Import assessment files" button (a file picker for several files).
#[component]
pub fn ImportAssessments(
    /// Where files naming no workshop go (`None`: nowhere); those naming one go there.
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

/// Creates an assessment dated today (in `workshop`), marks it as the user's own
/// (this browser started it) and opens it.
pub fn new_assessment(app: AppState, workshop: String) {
    let id = update_assessments(app.store.assessments, |l| {
        let mut a = Assessment::new(l.next_id(), today());
        a.workshop = workshop;
        own::mark_own(&a);
        let id = a.id;
        l.push(a);
        id
    });
    browser::navigate(&Route::Assessment(Some(id)).href());
}

/// The browser's print dialog (print CSS leaves out the controls).
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
