//! The workshop page: choose a workshop, add participants, see them together.

use leptos::prelude::*;

use crate::state::assessments::{assessments, List};

use super::group::GroupResult;
use crate::charts::profile::SupplierRatings;
use crate::domain::assessment::{
    aggregate, disagreements, maturity, mean_points, AreaStats, Assessment,
};
use crate::i18n::assessment::{area_name, AS};
use crate::i18n::fill;
use crate::i18n::tr;
use crate::state::{use_app, Route};
use crate::ui::assessment::share::{LazyInvitePanel, LazyPasteLinks};
use crate::ui::assessment::{
    assessment_label, export_assessments, new_assessment, print_page, respondent_name, score_text,
    AssessmentRadar, AssessmentTabs, ImportAssessments,
};
use crate::ui::widgets::{Column, TableHead};

/// How many areas of disagreement are named (more when tied).
const DISAGREE: usize = 3;

/// Which workshop is shown, and where a new participant or an import goes.
#[derive(Clone, Copy)]
struct Choice {
    /// Every workshop's name, oldest first.
    names: Memo<Vec<String>>,
    /// The workshop the user chose.
    chosen: RwSignal<Option<String>>,
    /// The chosen workshop if it still exists, else the newest.
    workshop: Memo<Option<String>>,
    /// The name typed for a new workshop.
    import_name: RwSignal<String>,
    /// Where imports and new participants go: the typed name, the shown workshop or
    /// a new one named by today's date.
    import_into: Signal<Option<String>>,
    /// The participant drawn beside the average.
    shown_one: RwSignal<Option<u64>>,
}

impl Choice {
    fn new(list: List) -> Choice {
        let lang = use_app().lang;
        let names = Memo::new(move |_| list.with(|l| l.workshops()));
        // The newest workshop by default.
        let chosen = RwSignal::new(names.get_untracked().last().cloned());
        // A workshop that was renamed or emptied meanwhile falls back to the newest.
        let workshop = Memo::new(move |_| {
            let all = names.get();
            chosen
                .get()
                .filter(|c| all.contains(c))
                .or_else(|| all.last().cloned())
        });
        let import_name = RwSignal::new(String::new());
        let import_into = Signal::derive(move || {
            let typed = import_name.get().trim().to_string();
            Some(if typed.is_empty() {
                workshop.get().unwrap_or_else(|| {
                    let today = crate::state::analyses::today();
                    format!(
                        "Workshop {}",
                        crate::i18n::key_accounts::day_text(lang.get(), today)
                    )
                })
            } else {
                typed
            })
        });
        Choice {
            names,
            chosen,
            workshop,
            import_name,
            import_into,
            shown_one: RwSignal::new(None),
        }
    }
}

#[component]
pub fn WorkshopPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    // On paper the result carries the reports' footer (workspace, date).
    crate::ui::paper::keep_printed_footer();
    let list = assessments(app);
    let choice = Choice::new(list);
    let Choice {
        workshop,
        import_into,
        ..
    } = choice;
    let participants = Memo::new(move |_| {
        let w = workshop.get().unwrap_or_default();
        list.with(|l| l.in_workshop(&w).into_iter().cloned().collect::<Vec<_>>())
    });
    let stats = Memo::new(move |_| participants.with(|p| aggregate(&p.iter().collect::<Vec<_>>())));
    let export = move |_| {
        let w = workshop.get_untracked();
        participants.with_untracked(|p| export_assessments(p, w.as_deref()));
    };
    let add_participant =
        move |_| new_assessment(app, import_into.get_untracked().unwrap_or_default());
    view! {
        <div class="page assessment">
            <h1>{tr(lang, AS::Title)}</h1>
            <p class="lead no-print">{tr(lang, AS::WorkshopIntro)}</p>
            <AssessmentTabs current=Route::Workshop/>
            <WorkshopFields choice=choice/>
            <div class="actions no-print">
                <ImportAssessments workshop=import_into/>
                <button type="button" on:click=add_participant>{tr(lang, AS::NextParticipant)}</button>
            </div>
            <LazyPasteLinks workshop=import_into/>
            <LazyInvitePanel workshop=import_into/>
            <Show when=move || workshop.with(Option::is_some)
                fallback=move || view! { <p>{tr(lang, AS::NoWorkshop)}</p> }>
                <h2>{move || workshop.get().unwrap_or_default()}</h2>
                <div class="actions no-print">
                    <button type="button" on:click=export>{tr(lang, AS::ExportWorkshop)}</button>
                    <button type="button" on:click=move |_| print_page()>{tr(lang, AS::Print)}</button>
                </div>
                <h3>{move || fill(lang.get().t(AS::Participants), &[("n", &participants.with(Vec::len).to_string())])}</h3>
                <ParticipantTable participants=participants/>
                <GroupResult participants=participants stats=stats/>
                <div class="results-row">
                    <ParticipantRadar participants=participants stats=stats shown_one=choice.shown_one/>
                    <div>
                        <h3>{tr(lang, AS::Disagree)}</h3>
                        <Disagreements stats=stats/>
                    </div>
                </div>
                <StatsTable stats=stats/>
            </Show>
        </div>
    }
}

/// The choice of workshop (once there is one) and the name for a new one.
#[component]
fn WorkshopFields(choice: Choice) -> impl IntoView {
    let lang = use_app().lang;
    let Choice {
        names,
        chosen,
        workshop,
        import_name,
        import_into,
        shown_one,
    } = choice;
    let workshop_options = move || {
        let now = workshop.get();
        names
            .get()
            .into_iter()
            .map(|w| view! { <option value=w.clone() selected=now.as_ref() == Some(&w)>{w.clone()}</option> })
            .collect_view()
    };
    view! {
        <div class="field-row no-print">
            <Show when=move || !names.with(Vec::is_empty)>
                <div class="field">
                    <label for="ws-choose">{tr(lang, AS::ChooseWorkshop)}</label>
                    <select id="ws-choose" on:change=move |ev| {
                        chosen.set(Some(event_target_value(&ev)));
                        shown_one.set(None);
                    }>{workshop_options}</select>
                </div>
            </Show>
            <div class="field">
                <label for="ws-import-name">{tr(lang, AS::NewWorkshopName)}</label>
                <input id="ws-import-name" type="text"
                    prop:placeholder=move || import_into.get().unwrap_or_default()
                    prop:value=move || import_name.get()
                    on:change=move |ev| import_name.set(event_target_value(&ev))/>
            </div>
        </div>
    }
}

/// The participants: name (linked), date, how many areas answered, overall score.
#[component]
fn ParticipantTable(participants: Memo<Vec<Assessment>>) -> impl IntoView {
    let lang = use_app().lang;
    let people_rows = move || {
        let l = lang.get();
        participants.with(|p| {
            p.iter()
                .map(|a| {
                    let overall = score_text(l, maturity(a).map(|m| m.average));
                    view! {
                        <tr>
                            <td><a href=Route::Assessment(Some(a.id)).href()>{respondent_name(l, a)}</a></td>
                            <td>{crate::i18n::key_accounts::day_text(l, a.date)}</td>
                            <td class="num">{format!("{} / 12", a.answered())}</td>
                            <td class="num">{overall}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let columns = vec![
        Column::text(AS::Respondent),
        Column::text(AS::Date),
        Column::number(AS::Answered),
        Column::number(AS::Overall),
    ];
    view! {
        <div class="table-wrap" tabindex="0">
        <table class="data-table participants">
            <TableHead columns=columns/>
            <tbody>{people_rows}</tbody>
        </table>
        </div>
    }
}

/// The group's average on the radar, and one participant beside it if chosen.
#[component]
fn ParticipantRadar(
    participants: Memo<Vec<Assessment>>,
    stats: Memo<Vec<AreaStats>>,
    shown_one: RwSignal<Option<u64>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let series = move || {
        let l = lang.get();
        let mut s = vec![SupplierRatings {
            name: l.t(AS::Average).to_string(),
            ratings: stats.with(|s| mean_points(s)),
        }];
        if let Some(id) = shown_one.get() {
            participants.with(|p| {
                if let Some(a) = p.iter().find(|a| a.id == id) {
                    s.push(SupplierRatings {
                        name: assessment_label(l, a),
                        ratings: a.points(),
                    });
                }
            });
        }
        s
    };
    let participant_options = move || {
        let l = lang.get();
        let now = shown_one.get();
        participants.with(|p| {
            p.iter()
                .map(|a| view! { <option value=a.id.to_string() selected=now == Some(a.id)>{assessment_label(l, a)}</option> })
                .collect_view()
        })
    };
    view! {
        <div>
            <div class="field no-print">
                <label for="ws-participant">{tr(lang, AS::ShowParticipant)}</label>
                <select id="ws-participant" on:change=move |ev| shown_one.set(event_target_value(&ev).parse().ok())>
                    <option value="" selected=move || shown_one.get().is_none()>{tr(lang, AS::NoParticipant)}</option>
                    {participant_options}
                </select>
            </div>
            <AssessmentRadar series=Signal::derive(series)/>
        </div>
    }
}

/// The areas where the participants are furthest apart.
#[component]
fn Disagreements(stats: Memo<Vec<AreaStats>>) -> impl IntoView {
    let lang = use_app().lang;
    move || {
        let l = lang.get();
        let apart = stats.with(|s| disagreements(s, DISAGREE));
        if apart.is_empty() {
            return view! { <p>{l.t(AS::NoDisagreement)}</p> }.into_any();
        }
        let items = apart
            .into_iter()
            .map(|s| {
                let n = |v: Option<u8>| v.unwrap_or(0).to_string();
                let text = fill(
                    l.t(AS::DisagreeItem),
                    &[
                        ("area", area_name(l, s.area)),
                        ("min", &n(s.min)),
                        ("max", &n(s.max)),
                        ("spread", &n(s.spread())),
                    ],
                );
                view! { <li>{text}</li> }
            })
            .collect_view();
        view! { <ol class="disagreements">{items}</ol> }.into_any()
    }
}

/// Per area: how many answered, the average, the lowest, the highest and the spread.
#[component]
fn StatsTable(stats: Memo<Vec<AreaStats>>) -> impl IntoView {
    let lang = use_app().lang;
    let stat_rows = move || {
        let l = lang.get();
        stats.with(|all| {
            all.iter()
                .map(|s| {
                    let n = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "–".into());
                    view! {
                        <tr>
                            <th scope="row">{area_name(l, s.area)}</th>
                            <td class="num">{s.answers}</td>
                            <td class="num">{score_text(l, s.mean)}</td>
                            <td class="num">{n(s.min)}</td>
                            <td class="num">{n(s.max)}</td>
                            <td class="num">{n(s.spread())}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let columns = vec![
        Column::text(AS::Area),
        Column::number(AS::AnswersCount),
        Column::number(AS::Average),
        Column::number(AS::Min),
        Column::number(AS::Max),
        Column::number(AS::Spread),
    ];
    view! {
        <div class="table-wrap" tabindex="0">
        <table class="data-table workshop-stats">
            <caption>{tr(lang, AS::Average)}</caption>
            <TableHead columns=columns/>
            <tbody>{stat_rows}</tbody>
        </table>
        </div>
    }
}
