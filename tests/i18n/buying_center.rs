//! The buying center in words: a person's roles, the contact line and the gaps.

use keystone::domain::day::Day;
use keystone::domain::stakeholders::{Attitude, BuyingRole, Contact, Gap, Level, Stakeholder};
use keystone::i18n::buying_center::{contact_line, gap_text, name_of, roles_text};
use keystone::i18n::Lang;

fn person(id: u32, name: &str) -> Stakeholder {
    Stakeholder {
        extra: Default::default(),
        id,
        name: name.into(),
        function: String::new(),
        level: Level::Management,
        roles: Vec::new(),
        attitude: Attitude::Neutral,
        influence: 3,
        reports_to: None,
        contact: Contact::None,
        last_contact: None,
        counterpart: String::new(),
        note: String::new(),
    }
}

fn people() -> Vec<Stakeholder> {
    let mut anna = person(1, "Anna Berg");
    anna.roles = vec![BuyingRole::Decider, BuyingRole::Buyer];
    anna.contact = Contact::Regular;
    anna.last_contact = Day::parse("2026-10-15");
    let mut tom = person(2, "Tom Kern");
    tom.attitude = Attitude::Blocker;
    tom.influence = 5;
    vec![anna, tom]
}

#[test]
fn a_persons_roles_and_contact_read_as_one_line_each() {
    let p = people();
    assert_eq!(roles_text(Lang::En, &p[0]), "Decider, Buyer");
    assert_eq!(roles_text(Lang::De, &p[0]), "Entscheider, Einkäufer");
    assert_eq!(roles_text(Lang::En, &p[1]), "");
    assert_eq!(contact_line(Lang::En, &p[0]), "regular (2026-10-15)");
    assert_eq!(contact_line(Lang::De, &p[0]), "regelmäßig (15.10.2026)");
    assert_eq!(contact_line(Lang::En, &p[1]), "none");
    assert_eq!(name_of(&p, 2), "Tom Kern");
    assert_eq!(name_of(&p, 9), "", "nobody has this id");
}

#[test]
fn every_gap_is_a_sentence_with_the_peoples_names() {
    let p = people();
    let en = |g: &Gap| gap_text(Lang::En, g, &p);
    assert_eq!(en(&Gap::NoDeciderKnown), "No decider is known.");
    assert_eq!(
        en(&Gap::NoDeciderContact {
            deciders: vec![1, 2]
        }),
        "No contact to a decider (Anna Berg, Tom Kern)."
    );
    assert_eq!(en(&Gap::NoChampion), "Nobody champions us inside.");
    assert_eq!(
        en(&Gap::InfluentialOpponent { id: 2 }),
        "Tom Kern is a Blocker with influence 5."
    );
    assert_eq!(
        gap_text(Lang::De, &Gap::InfluentialOpponent { id: 2 }, &p),
        "Tom Kern ist Blockierer mit Einfluss 5."
    );
    assert_eq!(
        en(&Gap::LevelWithoutContact(Level::Project)),
        "No contact at the Project level."
    );
    assert_eq!(
        en(&Gap::Stale {
            id: 1,
            months: Some(7)
        }),
        "Anna Berg: last contact 7 months ago."
    );
    assert_eq!(
        en(&Gap::Stale {
            id: 2,
            months: None
        }),
        "Tom Kern: no date of a last contact."
    );
    assert_eq!(
        gap_text(
            Lang::De,
            &Gap::OverloadedCounterpart {
                name: "Eva".into(),
                contacts: 12
            },
            &p
        ),
        "Eva betreut 12 Kontakte."
    );
}
