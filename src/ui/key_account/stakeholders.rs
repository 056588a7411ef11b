//! The buying center of a key account and our selling center (DOMAIN.md section 8,
//! seed 002 theses 7, 9, 10 and 11): the people table with its editor, the map of
//! influence × attitude, the reports-to chart (both with their tables), the gap list
//! with its rules, and the workspace's selling center.

use leptos::prelude::*;

use crate::charts::stakeholders::{map_option, org_option, MapTexts};
use crate::charts::{Chart, ChartClick, ChartTable};
use crate::domain::day::Day;
use crate::domain::stakeholders::{
    check_reports_to, gap_rules, gaps, org_chart, selling_center, set_gap_rules,
    set_selling_center, Attitude, BuyingRole, Contact, Gap, GapRules, Level, Stakeholder,
    TeamMember,
};
use crate::domain::{AccountId, KeyAccountData};
use crate::i18n::common::C;
use crate::i18n::key_accounts::day_text;
use crate::i18n::plan::{attitude_text, contact_text, level_text, role_text, BC};
use crate::i18n::tr;
use crate::i18n::{fill, Lang};
use crate::state::analyses::today;
use crate::state::key_accounts::{key_account_data, remove_with_undo, update_key_account};
use crate::state::route::AccountSection;
use crate::state::{use_app, AppState};
use crate::ui::key_account::key_account_section;
use crate::ui::lazy::{lazy_page, lazy_part};
use crate::ui::widgets::RemoveButton;

lazy_page!(account_stakeholders, stakeholders_page, preload_stakeholders, (id: u64) => {
    view! { <StakeholdersPage id=id/> }.into_any()
});
// The editing parts and the charts of the buying center: chunks of their own, so that
// no page chunk exceeds its budget.
lazy_part!(stakeholder_editor, person_editor, preload_person_editor,
    /// The editor of one person of a buying center, from the stakeholder-editing chunk.
    LazyPersonEditor(id: u64, k: usize, people: Memo<Vec<crate::domain::stakeholders::Stakeholder>>,
     person: Memo<Option<crate::domain::stakeholders::Stakeholder>>) => {
    view! { <PersonEditor id=id k=k people=people person=person/> }.into_any()
});
lazy_part!(stakeholder_editor, add_person, preload_add_person,
    /// The form to add a person, from the stakeholder-editing chunk.
    LazyAddPerson(id: u64) => {
    view! { <AddPerson id=id/> }.into_any()
});
lazy_part!(stakeholder_editor, team_editor, preload_team_editor,
    /// The selling-center editor, from the stakeholder-editing chunk.
    LazyTeamEditor() => {
    view! { <TeamEditor/> }.into_any()
});
lazy_part!(stakeholder_charts, buying_center_charts, preload_buying_center_charts,
    /// The buying center's map and reports-to chart, from their chunk.
    LazyBuyingCenterCharts(people: Memo<Vec<crate::domain::stakeholders::Stakeholder>>) => {
    view! { <BuyingCenterCharts people=people/> }.into_any()
});

fn people_of(d: &mut KeyAccountData) -> &mut Vec<Stakeholder> {
    &mut d.stakeholders
}

fn edit_person(app: AppState, id: AccountId, k: usize, f: impl FnOnce(&mut Stakeholder)) {
    update_key_account(app, id, |d| {
        if let Some(p) = d.stakeholders.get_mut(k) {
            f(p);
        }
    });
}

/// A person's buying-center roles, joined.
pub fn roles_text(l: Lang, p: &Stakeholder) -> String {
    p.roles
        .iter()
        .map(|r| l.t(role_text(*r)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The name of the person with this id (empty if nobody has it).
pub fn name_of(people: &[Stakeholder], id: u32) -> String {
    people
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.name.clone())
        .unwrap_or_default()
}

/// Contact intensity and the date of the last contact: "regular (2026-10-15)".
pub fn contact_line(l: Lang, p: &Stakeholder) -> String {
    match p.last_contact {
        Some(d) => format!("{} ({})", l.t(contact_text(p.contact)), day_text(l, d)),
        None => l.t(contact_text(p.contact)).to_string(),
    }
}

/// The texts of the influence × attitude map in the UI language.
pub fn map_texts(l: Lang) -> MapTexts {
    MapTexts {
        attitude: l.t(BC::Attitude).to_string(),
        influence: l.t(BC::Influence).to_string(),
        attitudes: [
            Attitude::Blocker,
            Attitude::Critic,
            Attitude::Neutral,
            Attitude::Supporter,
            Attitude::Champion,
        ]
        .map(|a| l.t(attitude_text(a)).to_string()),
        levels: Level::ALL.map(|v| l.t(level_text(v)).to_string()),
    }
}

/// One gap as a sentence.
pub fn gap_text(l: Lang, gap: &Gap, people: &[Stakeholder]) -> String {
    let name = |id: u32| name_of(people, id);
    match gap {
        Gap::NoDeciderKnown => l.t(BC::GapNoDecider).to_string(),
        Gap::NoDeciderContact { deciders } => {
            let names: Vec<String> = deciders.iter().map(|d| name(*d)).collect();
            fill(
                l.t(BC::GapNoDeciderContact),
                &[("names", &names.join(", "))],
            )
        }
        Gap::NoChampion => l.t(BC::GapNoChampion).to_string(),
        Gap::InfluentialOpponent { id } => {
            let p = people.iter().find(|p| p.id == *id);
            fill(
                l.t(BC::GapOpponent),
                &[
                    ("name", &name(*id)),
                    ("attitude", p.map_or("", |p| l.t(attitude_text(p.attitude)))),
                    (
                        "influence",
                        &p.map(|p| p.influence.to_string()).unwrap_or_default(),
                    ),
                ],
            )
        }
        Gap::LevelWithoutContact(level) => {
            fill(l.t(BC::GapLevel), &[("level", l.t(level_text(*level)))])
        }
        Gap::Stale {
            id,
            months: Some(m),
        } => fill(
            l.t(BC::GapStale),
            &[("name", &name(*id)), ("months", &m.to_string())],
        ),
        Gap::Stale { id, months: None } => fill(l.t(BC::GapNever), &[("name", &name(*id))]),
        Gap::OverloadedCounterpart { name, contacts } => fill(
            l.t(BC::GapOverloaded),
            &[("name", name), ("contacts", &contacts.to_string())],
        ),
    }
}

#[component]
pub fn StakeholdersPage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let data = key_account_data(app, id);
    let people = Memo::new(move |_| data.with(|d| d.stakeholders.clone()));
    key_account_section(
        id,
        AccountSection::Stakeholders,
        |l| l.t(BC::Section).to_string(),
        move |_| {
            view! {
                <p class="intro">{tr(lang, BC::Intro)}</p>
                <GapList people=people/>
                <PeopleTable id=id people=people/>
                <LazyAddPerson id=id/>
                <Show when=move || people.with(|p| !p.is_empty())>
                    <LazyBuyingCenterCharts people=people/>
                </Show>
                <LazyTeamEditor/>
            }
        },
    )
}

/// The gaps, with the two rules the user can change (kept per workspace).
#[component]
fn GapList(people: Memo<Vec<Stakeholder>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let rules = Memo::new(move |_| app.store.settings.with(gap_rules));
    let day = today();
    let error = RwSignal::new(None::<String>);
    let set_rule = move |f: fn(&mut GapRules, u32), text: String| match text.trim().parse::<u32>() {
        Ok(v) if (1..=120).contains(&v) => {
            error.set(None);
            let mut r = rules.get_untracked();
            f(&mut r, v);
            app.store.settings.update(|s| set_gap_rules(s, r));
        }
        _ => error.set(Some(lang.get_untracked().t(BC::RuleWrong).to_string())),
    };
    let list = move || {
        let l = lang.get();
        let found = people.with(|p| gaps(p, day, rules.get()));
        if found.is_empty() {
            return view! { <p>{l.t(BC::NoGaps)}</p> }.into_any();
        }
        let lines: Vec<String> = people.with(|p| found.iter().map(|g| gap_text(l, g, p)).collect());
        view! {
            <ul class="attention gaps">
                {lines.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="gap-list" aria-labelledby="gaps-title">
            <h2 id="gaps-title">{tr(lang, BC::Gaps)}</h2>
            {list}
            <div class="field-row">
                <div class="field">
                    <label for="gap-stale">{tr(lang, BC::StaleMonths)}</label>
                    <input id="gap-stale" type="number" min="1" max="120" step="1"
                        aria-describedby="gap-rule-error"
                        prop:value=move || rules.get().stale_months.to_string()
                        on:change=move |ev| set_rule(|r, v| r.stale_months = v, event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="gap-max">{tr(lang, BC::MaxPerCounterpart)}</label>
                    <input id="gap-max" type="number" min="1" max="120" step="1"
                        aria-describedby="gap-rule-error"
                        prop:value=move || rules.get().max_per_counterpart.to_string()
                        on:change=move |ev| set_rule(|r, v| r.max_per_counterpart = v as usize, event_target_value(&ev))/>
                </div>
            </div>
            <p class="field-error" id="gap-rule-error" role="alert">{move || error.get()}</p>
        </section>
    }
}

/// The people, one row each with an editor below it.
#[component]
fn PeopleTable(id: AccountId, people: Memo<Vec<Stakeholder>>) -> impl IntoView {
    let lang = use_app().lang;
    let count = Memo::new(move |_| people.with(Vec::len));
    let body = move || {
        let n = count.get();
        if n == 0 {
            return view! { <p class="muted">{tr(lang, BC::NoPeople)}</p> }.into_any();
        }
        view! {
            <div class="table-wrap">
                <table class="data-table people">
                    <thead><tr>
                        <th scope="col">{tr(lang, BC::Name)}</th>
                        <th scope="col">{tr(lang, BC::Level)}</th>
                        <th scope="col">{tr(lang, BC::Roles)}</th>
                        <th scope="col">{tr(lang, BC::Attitude)}</th>
                        <th scope="col" class="num">{tr(lang, BC::Influence)}</th>
                        <th scope="col">{tr(lang, BC::ReportsTo)}</th>
                        <th scope="col">{tr(lang, BC::Contact)}</th>
                        <th scope="col">{tr(lang, BC::Counterpart)}</th>
                        <th scope="col"><span class="visually-hidden">{tr(lang, C::RemoveColumn)}</span></th>
                    </tr></thead>
                    {(0..n).map(|k| view! { <PersonRow id=id k=k people=people/> }).collect_view()}
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="people-title">
            <h2 id="people-title">{tr(lang, BC::People)}</h2>
            {body}
        </section>
    }
}

#[component]
fn PersonRow(id: AccountId, k: usize, people: Memo<Vec<Stakeholder>>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let person = Memo::new(move |_| people.with(|p| p.get(k).cloned()));
    let name = move || person.with(|p| p.as_ref().map(|p| p.name.clone()).unwrap_or_default());
    let cells = move || {
        let l = lang.get();
        let p = person.get()?;
        let boss = p
            .reports_to
            .map(|b| people.with(|all| name_of(all, b)))
            .unwrap_or_default();
        let contact = contact_line(l, &p);
        let name = if p.function.is_empty() {
            p.name.clone()
        } else {
            format!("{} – {}", p.name, p.function)
        };
        let opposes = p.attitude.opposes();
        Some(view! {
            <th scope="row">{name}</th>
            <td>{l.t(level_text(p.level))}</td>
            <td>{roles_text(l, &p)}</td>
            <td class:opposes=opposes>{l.t(attitude_text(p.attitude))}</td>
            <td class="num">{p.influence}</td>
            <td>{boss}</td>
            <td>{contact}</td>
            <td>{p.counterpart.clone()}</td>
        })
    };
    let remove = move || {
        let l = lang.get_untracked();
        // People who reported to the removed one report to nobody now; undo restores
        // only the person (their links are re-entered by hand if wanted).
        let gone_id = person.get_untracked().map(|p| p.id);
        remove_with_undo(app, id, k, people_of, |gone: &Stakeholder| {
            fill(l.t(BC::PersonRemoved), &[("name", &gone.name)])
        });
        if let Some(gone) = gone_id {
            update_key_account(app, id, |d| {
                for p in d
                    .stakeholders
                    .iter_mut()
                    .filter(|p| p.reports_to == Some(gone))
                {
                    p.reports_to = None;
                }
            });
        }
    };
    let remove_label =
        Signal::derive(move || fill(lang.get().t(BC::RemovePerson), &[("name", &name())]));
    view! {
        <tbody class="person">
            <tr>
                {cells}
                <td><RemoveButton label=remove_label on_remove=remove/></td>
            </tr>
            <tr class="person-edit">
                <td colspan="9">
                    <details>
                        <summary>{move || fill(lang.get().t(BC::Edit), &[("name", &name())])}</summary>
                        <LazyPersonEditor id=id k=k people=people person=person/>
                    </details>
                </td>
            </tr>
        </tbody>
    }
}

/// `<option>`s of one of the fixed choices.
fn options<T: Copy + PartialEq + 'static>(
    l: Lang,
    all: &[T],
    now: Option<T>,
    text: fn(T) -> BC,
) -> impl IntoView {
    all.iter()
        .enumerate()
        .map(|(i, v)| {
            view! { <option value=i.to_string() selected=now == Some(*v)>{l.t(text(*v))}</option> }
        })
        .collect_view()
}

/// A labelled `<select>` over one of the fixed choices: `now` is the current choice,
/// `set` receives a new one.
fn choice_field<T: Copy + PartialEq + Send + Sync + 'static>(
    lang: RwSignal<Lang>,
    id: String,
    label: BC,
    all: &'static [T],
    text: fn(T) -> BC,
    now: impl Fn() -> Option<T> + Send + Sync + 'static,
    set: impl Fn(T) + 'static,
) -> impl IntoView {
    let label_for = id.clone();
    view! {
        <div class="field">
            <label for=label_for>{tr(lang, label)}</label>
            <select id=id on:change=move |ev| { if let Some(v) = chosen(all, &ev) { set(v) } }>
                {move || options(lang.get(), all, now(), text)}
            </select>
        </div>
    }
}

fn chosen<T: Copy>(all: &[T], ev: &leptos::ev::Event) -> Option<T> {
    event_target_value(ev)
        .parse::<usize>()
        .ok()
        .and_then(|i| all.get(i).copied())
}

/// Every field of one person.
#[component]
pub fn PersonEditor(
    id: AccountId,
    k: usize,
    people: Memo<Vec<Stakeholder>>,
    person: Memo<Option<Stakeholder>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let field = move |what: &str| format!("person-{k}-{what}");
    let read = move |f: fn(&Stakeholder) -> String| {
        move || person.with(|p| p.as_ref().map(f).unwrap_or_default())
    };
    let now = move |f: fn(&Stakeholder) -> u8| move || person.with(|p| p.as_ref().map(f));
    let error = RwSignal::new(None::<String>);
    let text_field = move |what: &'static str,
                           label: BC,
                           get: fn(&Stakeholder) -> String,
                           set: fn(&mut Stakeholder, String)| {
        view! {
            <div class="field">
                <label for=field(what)>{tr(lang, label)}</label>
                <input id=field(what) type="text" prop:value=read(get) on:change=move |ev| {
                    let t = event_target_value(&ev).trim().to_string();
                    if what != "name" || !t.is_empty() {
                        edit_person(app, id, k, |p| set(p, t));
                    }
                }/>
            </div>
        }
    };
    let set_boss = move |ev: leptos::ev::Event| {
        let l = lang.get_untracked();
        let boss = event_target_value(&ev).parse::<u32>().ok();
        let Some(me) = person.get_untracked() else {
            return;
        };
        if let Some(b) = boss {
            if people
                .with_untracked(|all| check_reports_to(all, me.id, b))
                .is_err()
            {
                let boss_name = people.with_untracked(|all| name_of(all, b));
                error.set(Some(fill(
                    l.t(BC::ReportsLoop),
                    &[("name", &me.name), ("boss", &boss_name)],
                )));
                return;
            }
        }
        error.set(None);
        edit_person(app, id, k, |p| p.reports_to = boss);
    };
    let team = Memo::new(move |_| app.store.settings.with(selling_center));
    view! {
        <div class="person-editor">
            <div class="field-row">
                {text_field("name", BC::Name, |p| p.name.clone(), |p, t| p.name = t)}
                {text_field("function", BC::Function, |p| p.function.clone(), |p, t| p.function = t)}
                {choice_field(lang, field("level"), BC::Level, &Level::ALL, level_text, move || person.with(|p| p.as_ref().map(|p| p.level)), move |v| edit_person(app, id, k, |p| p.level = v))}
                {choice_field(lang, field("attitude"), BC::Attitude, &Attitude::ALL, attitude_text, move || person.with(|p| p.as_ref().map(|p| p.attitude)), move |v| edit_person(app, id, k, |p| p.attitude = v))}
                <div class="field">
                    <label for=field("influence")>{tr(lang, BC::Influence)}</label>
                    <select id=field("influence") on:change=move |ev| { if let Ok(v) = event_target_value(&ev).parse::<u8>() { edit_person(app, id, k, |p| p.influence = v.clamp(1, 5)) } }>
                        {move || (1..=5u8).map(|v| view! { <option value=v.to_string() selected=now(|p| p.influence)() == Some(v)>{v}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <fieldset class="roles">
                <legend>{tr(lang, BC::Roles)}</legend>
                {BuyingRole::ALL.into_iter().map(|r| {
                    let box_id = format!("person-{k}-role-{}", r as usize);
                    view! {
                        <span class="checkbox">
                            <input id=box_id.clone() type="checkbox"
                                prop:checked=move || person.with(|p| p.as_ref().is_some_and(|p| p.has(r)))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    edit_person(app, id, k, |p| {
                                        p.roles.retain(|x| *x != r);
                                        if on {
                                            p.roles.push(r);
                                            p.roles.sort();
                                        }
                                    });
                                }/>
                            <label for=box_id>{tr(lang, role_text(r))}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field-row">
                <div class="field">
                    <label for=field("boss")>{tr(lang, BC::ReportsTo)}</label>
                    <select id=field("boss") on:change=set_boss aria-describedby=field("boss-error")>
                        {move || {
                            let l = lang.get();
                            let me = person.get();
                            let boss = me.as_ref().and_then(|p| p.reports_to);
                            let mine = me.as_ref().map(|p| p.id);
                            let others = people.get().into_iter().filter(|p| Some(p.id) != mine).map(|p| view! {
                                <option value=p.id.to_string() selected=boss == Some(p.id)>{p.name}</option>
                            }).collect_view();
                            (view! { <option value="" selected=boss.is_none()>{l.t(BC::Nobody)}</option> }, others)
                        }}
                    </select>
                    <p class="field-error" id=field("boss-error") role="alert">{move || error.get()}</p>
                </div>
                {choice_field(lang, field("contact"), BC::Contact, &Contact::ALL, contact_text, move || person.with(|p| p.as_ref().map(|p| p.contact)), move |v| edit_person(app, id, k, |p| p.contact = v))}
                <div class="field">
                    <label for=field("last")>{tr(lang, BC::LastContact)}</label>
                    <input id=field("last") type="date" prop:value=read(|p| p.last_contact.map(|d| d.iso()).unwrap_or_default())
                        on:change=move |ev| {
                            let d = Day::parse(&event_target_value(&ev));
                            edit_person(app, id, k, |p| p.last_contact = d);
                        }/>
                </div>
                <div class="field">
                    <label for=field("counterpart")>{tr(lang, BC::Counterpart)}</label>
                    <select id=field("counterpart") on:change=move |ev| {
                        let v = event_target_value(&ev);
                        edit_person(app, id, k, |p| p.counterpart = v);
                    }>
                        {move || {
                            let l = lang.get();
                            let current = read(|p| p.counterpart.clone())();
                            let mut names: Vec<String> = team.get().into_iter().map(|m| m.name).collect();
                            // A name no longer in the team stays choosable until changed.
                            if !current.is_empty() && !names.contains(&current) {
                                names.push(current.clone());
                            }
                            let none = view! { <option value="" selected=current.is_empty()>{l.t(BC::NoCounterpart)}</option> };
                            (none, names.into_iter().map(|n| {
                                let selected = n == current;
                                let value = n.clone();
                                view! { <option value=value selected=selected>{n}</option> }
                            }).collect_view())
                        }}
                    </select>
                </div>
            </div>
            <div class="field">
                <label for=field("note")>{tr(lang, BC::Note)}</label>
                <textarea id=field("note") rows="2" prop:value=read(|p| p.note.clone())
                    on:change=move |ev| {
                        let t = event_target_value(&ev).trim().to_string();
                        edit_person(app, id, k, |p| p.note = t);
                    }></textarea>
            </div>
        </div>
    }
}

/// The form to add a person: the fields that matter most; the rest in the row's editor.
#[component]
pub fn AddPerson(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let name = RwSignal::new(String::new());
    let function = RwSignal::new(String::new());
    let level = RwSignal::new(Level::Operational);
    let attitude = RwSignal::new(Attitude::Neutral);
    let influence = RwSignal::new(3u8);
    let role = RwSignal::new(None::<BuyingRole>);
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = lang.get_untracked();
        let n = name.get_untracked().trim().to_string();
        if n.is_empty() {
            error.set(Some(l.t(BC::NameMissing).to_string()));
            return;
        }
        error.set(None);
        let added = n.clone();
        let (f, lv, at, inf, r) = (
            function.get_untracked().trim().to_string(),
            level.get_untracked(),
            attitude.get_untracked(),
            influence.get_untracked(),
            role.get_untracked(),
        );
        update_key_account(app, id, move |d| {
            let next = d
                .stakeholders
                .iter()
                .map(|p| p.id)
                .max()
                .map_or(1, |m| m + 1);
            d.stakeholders.push(Stakeholder {
                extra: Default::default(),
                id: next,
                name: n,
                function: f,
                level: lv,
                roles: r.into_iter().collect(),
                attitude: at,
                influence: inf,
                reports_to: None,
                contact: Contact::None,
                last_contact: None,
                counterpart: String::new(),
                note: String::new(),
            });
        });
        name.set(String::new());
        function.set(String::new());
        app.notify(fill(l.t(BC::PersonAdded), &[("name", &added)]));
    };
    view! {
        <form class="add-person" on:submit=add aria-labelledby="add-person-title">
            <h3 id="add-person-title">{tr(lang, BC::AddPerson)}</h3>
            <div class="field-row">
                <div class="field">
                    <label for="new-person-name">{tr(lang, BC::Name)}</label>
                    <input id="new-person-name" type="text" prop:value=move || name.get()
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby="new-person-error"
                        on:input=move |ev| name.set(event_target_value(&ev))/>
                    <p class="field-error" id="new-person-error">{move || error.get()}</p>
                </div>
                <div class="field">
                    <label for="new-person-function">{tr(lang, BC::Function)}</label>
                    <input id="new-person-function" type="text" prop:value=move || function.get()
                        on:input=move |ev| function.set(event_target_value(&ev))/>
                </div>
                {choice_field(lang, "new-person-level".into(), BC::Level, &Level::ALL, level_text, move || Some(level.get()), move |v| level.set(v))}
                <div class="field">
                    <label for="new-person-role">{tr(lang, BC::Roles)}</label>
                    <select id="new-person-role" on:change=move |ev| role.set(chosen(&BuyingRole::ALL, &ev))>
                        <option value="" selected=move || role.get().is_none()>"–"</option>
                        {move || options(lang.get(), &BuyingRole::ALL, role.get(), role_text)}
                    </select>
                </div>
                {choice_field(lang, "new-person-attitude".into(), BC::Attitude, &Attitude::ALL, attitude_text, move || Some(attitude.get()), move |v| attitude.set(v))}
                <div class="field">
                    <label for="new-person-influence">{tr(lang, BC::Influence)}</label>
                    <select id="new-person-influence" on:change=move |ev| { if let Ok(v) = event_target_value(&ev).parse::<u8>() { influence.set(v.clamp(1, 5)) } }>
                        {move || (1..=5u8).map(|v| view! { <option value=v.to_string() selected=influence.get() == v>{v}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <button type="submit" class="primary">{tr(lang, BC::AddPerson)}</button>
        </form>
    }
}

/// The map and the reports-to chart, each with its table.
#[component]
pub fn BuyingCenterCharts(people: Memo<Vec<Stakeholder>>) -> impl IntoView {
    let lang = use_app().lang;
    let map = Memo::new(move |_| people.with(|p| map_option(p, &map_texts(lang.get()))));
    let map_option_signal = Signal::derive(move || map.get().0);
    let describe = move |l: Lang, p: &Stakeholder| {
        format!(
            "{} ({}, {}, {})",
            p.name,
            l.t(attitude_text(p.attitude)),
            l.t(BC::Influence).replace(" (1-5)", ""),
            p.influence
        )
    };
    let map_label = Signal::derive(move || {
        let l = lang.get();
        let list: Vec<String> = people.with(|all| all.iter().map(|p| describe(l, p)).collect());
        fill(l.t(BC::MapLabel), &[("list", &list.join("; "))])
    });
    let table = Signal::derive(move || {
        let l = lang.get();
        people.with(|all| ChartTable {
            columns: vec![
                l.t(BC::Name).into(),
                l.t(BC::Level).into(),
                l.t(BC::Roles).into(),
                l.t(BC::Attitude).into(),
                l.t(BC::Influence).into(),
            ],
            numeric: vec![false, false, false, false, true],
            rows: all
                .iter()
                .map(|p| {
                    vec![
                        p.name.clone(),
                        l.t(level_text(p.level)).into(),
                        roles_text(l, p),
                        l.t(attitude_text(p.attitude)).into(),
                        p.influence.to_string(),
                    ]
                })
                .collect(),
        })
    });
    let tooltip = Callback::new(move |click: ChartClick| -> Vec<String> {
        let l = lang.get_untracked();
        let person_id = map.with_untracked(|(_, ids)| {
            ids.get(click.series)
                .and_then(|s| s.get(click.item))
                .copied()
        });
        people.with_untracked(|all| {
            all.iter()
                .find(|p| Some(p.id) == person_id)
                .map(|p| {
                    let mut lines = vec![p.name.clone()];
                    if !p.function.is_empty() {
                        lines.push(p.function.clone());
                    }
                    lines.push(format!(
                        "{}: {}",
                        l.t(BC::Attitude),
                        l.t(attitude_text(p.attitude))
                    ));
                    lines.push(format!("{}: {}", l.t(BC::Influence), p.influence));
                    if !p.roles.is_empty() {
                        lines.push(roles_text(l, p));
                    }
                    lines
                })
                .unwrap_or_default()
        })
    });
    // The reports-to chart.
    let nodes = Memo::new(move |_| people.with(|p| org_chart(p)));
    let org = Signal::derive(move || people.with(|p| org_option(&nodes.get(), p)));
    let org_lines = move |l: Lang| -> Vec<(String, String)> {
        people.with(|all| {
            nodes
                .get()
                .iter()
                .map(|n| {
                    let name = name_of(all, n.id);
                    let boss = n.boss.map(|b| name_of(all, b)).unwrap_or_default();
                    (name, boss)
                })
                .map(|(name, boss)| {
                    let _ = l;
                    (name, boss)
                })
                .collect()
        })
    };
    let org_label = Signal::derive(move || {
        let l = lang.get();
        let list: Vec<String> = org_lines(l)
            .into_iter()
            .map(|(name, boss)| {
                if boss.is_empty() {
                    fill(l.t(BC::Top), &[("name", &name)])
                } else {
                    fill(l.t(BC::ReportsToText), &[("name", &name), ("boss", &boss)])
                }
            })
            .collect();
        fill(l.t(BC::OrgLabel), &[("list", &list.join("; "))])
    });
    let org_table = Signal::derive(move || {
        let l = lang.get();
        ChartTable {
            columns: vec![l.t(BC::Name).into(), l.t(BC::ReportsTo).into()],
            numeric: vec![false, false],
            rows: org_lines(l).into_iter().map(|(n, b)| vec![n, b]).collect(),
        }
    });
    let org_tooltip = Callback::new(move |click: ChartClick| -> Vec<String> {
        let l = lang.get_untracked();
        let Some(node) = nodes.with_untracked(|n| n.get(click.item).copied()) else {
            return Vec::new();
        };
        people
            .with_untracked(|all| {
                all.iter().find(|p| p.id == node.id).map(|p| {
                    vec![
                        p.name.clone(),
                        p.function.clone(),
                        l.t(level_text(p.level)).to_string(),
                    ]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect()
                })
            })
            .unwrap_or_default()
    });
    let org_height = move || {
        let depth = nodes.with(|n| n.iter().map(|n| n.depth).max().unwrap_or(0));
        format!("{}px", 110 + depth * 90)
    };
    view! {
        <section class="chart-section" aria-labelledby="map-title">
            <h2 id="map-title">{tr(lang, BC::Map)}</h2>
            <ul class="legend" aria-hidden="true">
                {Level::ALL.into_iter().enumerate().map(|(i, v)| view! {
                    <li><span class="swatch" style=format!("background:{}", crate::charts::stakeholders::LEVEL_COLORS[i])></span>{tr(lang, level_text(v))}</li>
                }).collect_view()}
            </ul>
            <Chart option=map_option_signal label=map_label table=table tooltip=tooltip height="420px"/>
        </section>
        <section class="chart-section" aria-labelledby="org-title">
            <h2 id="org-title">{tr(lang, BC::OrgChart)}</h2>
            {move || view! { <Chart option=org label=org_label table=org_table tooltip=org_tooltip height=org_height()/> }}
        </section>
    }
}

/// The workspace's selling center: add, rename, remove members.
#[component]
pub fn TeamEditor() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let team = Memo::new(move |_| app.store.settings.with(selling_center));
    let name = RwSignal::new(String::new());
    let function = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let save = move |members: Vec<TeamMember>| {
        app.store
            .settings
            .update(|s| set_selling_center(s, &members));
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = lang.get_untracked();
        let n = name.get_untracked().trim().to_string();
        if n.is_empty() {
            error.set(Some(l.t(BC::NameMissing).to_string()));
            return;
        }
        let mut members = team.get_untracked();
        if members.iter().any(|m| m.name == n) {
            error.set(Some(fill(l.t(BC::MemberExists), &[("name", &n)])));
            return;
        }
        error.set(None);
        members.push(TeamMember {
            extra: Default::default(),
            name: n,
            function: function.get_untracked().trim().to_string(),
        });
        save(members);
        name.set(String::new());
        function.set(String::new());
    };
    let list = move || {
        let l = lang.get();
        let members = team.get();
        if members.is_empty() {
            return view! { <p class="muted">{l.t(BC::NoTeam)}</p> }.into_any();
        }
        // How many contacts each member owns, over every key account.
        let all = app
            .store
            .key_accounts
            .with(|k| crate::domain::key_account::read_key_accounts(k).unwrap_or_default());
        let owned = |n: &str| {
            all.values()
                .flat_map(|d| d.stakeholders.iter())
                .filter(|p| p.counterpart == n)
                .count()
        };
        view! {
            <div class="table-wrap">
            <table class="data-table team">
                <thead><tr>
                    <th scope="col">{l.t(BC::MemberName)}</th>
                    <th scope="col">{l.t(BC::MemberFunction)}</th>
                    <th scope="col" class="num">{l.t(BC::Contacts)}</th>
                    <th scope="col"><span class="visually-hidden">{l.t(C::RemoveColumn)}</span></th>
                </tr></thead>
                <tbody>
                    {members.iter().enumerate().map(|(i, m)| {
                        let label = fill(l.t(BC::RemoveMember), &[("name", &m.name)]);
                        let remove = move || {
                            let mut members = team.get_untracked();
                            if i >= members.len() {
                                return;
                            }
                            let gone = members.remove(i);
                            save(members);
                            let text = fill(lang.get_untracked().t(BC::MemberRemoved), &[("name", &gone.name)]);
                            app.toasts.notify_with_undo(text, move || {
                                let mut members = team.get_untracked();
                                members.insert(i.min(members.len()), gone.clone());
                                save(members);
                            });
                        };
                        view! {
                            <tr>
                                <th scope="row">{m.name.clone()}</th>
                                <td>{m.function.clone()}</td>
                                <td class="num">{owned(&m.name)}</td>
                                <td><RemoveButton label=label on_remove=remove/></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="team" aria-labelledby="team-title">
            <h2 id="team-title">{tr(lang, BC::Team)}</h2>
            <p class="muted">{tr(lang, BC::TeamIntro)}</p>
            {list}
            <form class="inline-form" on:submit=add>
                <div class="field">
                    <label for="new-member-name">{tr(lang, BC::MemberName)}</label>
                    <input id="new-member-name" type="text" prop:value=move || name.get()
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby="new-member-error"
                        on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="new-member-function">{tr(lang, BC::MemberFunction)}</label>
                    <input id="new-member-function" type="text" prop:value=move || function.get()
                        on:input=move |ev| function.set(event_target_value(&ev))/>
                </div>
                <button type="submit">{tr(lang, BC::AddMember)}</button>
            </form>
            <p class="field-error" id="new-member-error">{move || error.get()}</p>
        </section>
    }
}
