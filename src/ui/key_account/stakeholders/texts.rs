//! The buying center in words: a person's roles, names, contact line, the map's texts
//! and the gaps as sentences (shared by the page, its charts and the reports).

use crate::charts::stakeholders::MapTexts;
use crate::domain::stakeholders::{Attitude, Gap, Level, Stakeholder};
use crate::i18n::key_accounts::day_text;
use crate::i18n::plan::{attitude_text, contact_text, level_text, role_text, BC};
use crate::i18n::{fill, Lang};

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
