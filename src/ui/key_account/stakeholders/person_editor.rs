//! The editor of one person of a buying center: name, function, level, attitude and
//! influence; the buying-center roles; reports-to, contact, last contact, counterpart;
//! the note.

use leptos::prelude::*;

use super::choices::{choice_field, influence_field};
use crate::domain::stakeholders::{
    check_reports_to, selling_center, Attitude, BuyingRole, Contact, Level, Stakeholder,
};
use crate::domain::AccountId;
use crate::i18n::buying_center::{attitude_text, contact_text, level_text, name_of, role_text, BC};
use crate::i18n::fill;
use crate::i18n::tr;
use crate::state::key_accounts::update_key_account;
use crate::state::{use_app, AppState};
use crate::ui::key_account::rows::row_field;
use crate::ui::widgets::{DateField, TextAreaField};

/// Changes the person shown (found by id when the change is made).
fn edit_person(
    app: AppState,
    id: AccountId,
    person: Memo<Option<Stakeholder>>,
    f: impl FnOnce(&mut Stakeholder),
) {
    let Some(key) = person.with_untracked(|p| p.as_ref().map(|p| p.id)) else {
        return;
    };
    update_key_account(app, id, |d| {
        if let Some(p) = d.stakeholders.iter_mut().find(|p| p.id == key) {
            f(p);
        }
    });
}

/// The person an editor shows: the account, their position in the list (for the
/// fields' ids), everyone of the buying center, and the person (tracked).
#[derive(Clone, Copy)]
struct Shown {
    id: AccountId,
    at: Memo<usize>,
    people: Memo<Vec<Stakeholder>>,
    person: Memo<Option<Stakeholder>>,
}

impl Shown {
    /// The id of one of the person's fields: `person-{position}-{what}`.
    fn field(self, what: &'static str) -> Signal<String> {
        row_field("person", self.at, what)
    }

    /// One text of the person, tracked; empty while there is none.
    fn read(
        self,
        f: fn(&Stakeholder) -> String,
    ) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let person = self.person;
        move || person.with(|p| p.as_ref().map(f).unwrap_or_default())
    }
}

/// Every field of one person.
#[component]
pub fn PersonEditor(
    id: AccountId,
    k: Memo<usize>,
    people: Memo<Vec<Stakeholder>>,
    person: Memo<Option<Stakeholder>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let shown = Shown {
        id,
        at: k,
        people,
        person,
    };
    let field = move |what: &'static str| shown.field(what);
    let read = move |f: fn(&Stakeholder) -> String| shown.read(f);
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
                        edit_person(app, id, person, |p| set(p, t));
                    }
                }/>
            </div>
        }
    };
    view! {
        <div class="person-editor">
            <div class="field-row">
                {text_field("name", BC::Name, |p| p.name.clone(), |p, t| p.name = t)}
                {text_field("function", BC::Function, |p| p.function.clone(), |p, t| p.function = t)}
                {choice_field(lang, field("level"), BC::Level, &Level::ALL, level_text, move || person.with(|p| p.as_ref().map(|p| p.level)), move |v| edit_person(app, id, person, |p| p.level = v))}
                {choice_field(lang, field("attitude"), BC::Attitude, &Attitude::ALL, attitude_text, move || person.with(|p| p.as_ref().map(|p| p.attitude)), move |v| edit_person(app, id, person, |p| p.attitude = v))}
                {influence_field(lang, field("influence"), move || person.with(|p| p.as_ref().map(|p| p.influence)), move |v| edit_person(app, id, person, |p| p.influence = v))}
            </div>
            <RoleBoxes shown=shown/>
            <ContactFields shown=shown/>
            <TextAreaField id=field("note") label=BC::Note value=Signal::derive(read(|p| p.note.clone()))
                on_change=Callback::new(move |t| edit_person(app, id, person, |p| p.note = t))/>
        </div>
    }
}

/// The buying-center roles of one person, one checkbox each.
#[component]
fn RoleBoxes(shown: Shown) -> impl IntoView {
    let Shown { id, at, person, .. } = shown;
    let app = use_app();
    let lang = app.lang;
    view! {
        <fieldset class="roles">
            <legend>{tr(lang, BC::Roles)}</legend>
            {BuyingRole::ALL.into_iter().map(|r| {
                let box_id = Signal::derive(move || format!("person-{}-role-{}", at.get(), r as usize));
                view! {
                    <span class="checkbox">
                        <input id=box_id type="checkbox"
                            prop:checked=move || person.with(|p| p.as_ref().is_some_and(|p| p.has(r)))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                edit_person(app, id, person, |p| {
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
    }
}

/// Whom the person reports to (no loops), how and when we were last in contact, and
/// who of our selling center is the counterpart.
#[component]
fn ContactFields(shown: Shown) -> impl IntoView {
    let Shown {
        id, people, person, ..
    } = shown;
    let app = use_app();
    let lang = app.lang;
    let field = move |what: &'static str| shown.field(what);
    let read = move |f: fn(&Stakeholder) -> String| shown.read(f);
    let error = RwSignal::new(None::<String>);
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
        edit_person(app, id, person, |p| p.reports_to = boss);
    };
    let team = Memo::new(move |_| app.store.settings.with(selling_center));
    view! {
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
            {choice_field(lang, field("contact"), BC::Contact, &Contact::ALL, contact_text, move || person.with(|p| p.as_ref().map(|p| p.contact)), move |v| edit_person(app, id, person, |p| p.contact = v))}
            <DateField id=field("last") label=BC::LastContact
                value=Signal::derive(move || person.with(|p| p.as_ref().and_then(|p| p.last_contact)))
                on_change=Callback::new(move |d| edit_person(app, id, person, |p| p.last_contact = d))/>
            <div class="field">
                <label for=field("counterpart")>{tr(lang, BC::Counterpart)}</label>
                <select id=field("counterpart") on:change=move |ev| {
                    let v = event_target_value(&ev);
                    edit_person(app, id, person, |p| p.counterpart = v);
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
    }
}
