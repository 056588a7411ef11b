//! The buying center of a key account in words: its catalogue, the names of levels,
//! roles, attitudes and contact intensities, and sentences built from its people (a
//! person's roles, the contact line, the gaps).

use super::key_accounts::day_text;
use super::{fill, Lang};
use crate::domain::stakeholders::{Attitude, BuyingRole, Contact, Gap, Level, Stakeholder};

crate::i18n::catalogue! { BC;
    Section => "Stakeholders", "Stakeholder";
    Intro => "The buying center at the customer and who of our selling center owns each relationship (theses 7, 9, 10 and 11: level selling, buying center, selling center, levels).", "Das Buying Center beim Kunden und wer aus unserem Selling Center welche Beziehung pflegt (Thesen 7, 9, 10 und 11: Level Selling, Buying Center, Selling Center, Ebenen).";
    People => "Buying center", "Buying Center";
    NoPeople => "No people recorded yet. Add the people who use, influence, buy and decide.", "Noch niemand erfasst. Tragen Sie ein, wer nutzt, beeinflusst, einkauft und entscheidet.";
    Name => "Name", "Name";
    Function => "Function", "Funktion";
    Level => "Level", "Ebene";
    Roles => "Buying-center roles", "Rollen im Buying Center";
    Attitude => "Attitude", "Haltung";
    Influence => "Influence (1-5)", "Einfluss (1-5)";
    ReportsTo => "Reports to", "Berichtet an";
    Nobody => "nobody recorded", "niemand erfasst";
    Contact => "Contact", "Kontakt";
    LastContact => "Last contact", "Letzter Kontakt";
    Counterpart => "Our counterpart", "Unser Ansprechpartner";
    NoCounterpart => "none", "keiner";
    Note => "Internal note", "Interne Notiz";
    Edit => "Edit {name}", "{name} bearbeiten";
    RemovePerson => "Remove {name}", "{name} entfernen";
    PersonRemoved => "{name} removed.", "{name} entfernt.";
    AddPerson => "Add person", "Person hinzufügen";
    NameMissing => "Enter a name.", "Geben Sie einen Namen ein.";
    PersonAdded => "{name} added.", "{name} hinzugefügt.";
    ReportsLoop => "{name} cannot report to {boss}: that would close a loop.", "{name} kann nicht an {boss} berichten: Das ergäbe einen Kreis.";
    LvOperational => "Operational", "Operativ";
    LvProject => "Project", "Projekt";
    LvManagement => "Management", "Management";
    RoUser => "User", "Anwender";
    RoInfluencer => "Influencer", "Beeinflusser";
    RoBuyer => "Buyer", "Einkäufer";
    RoDecider => "Decider", "Entscheider";
    RoGatekeeper => "Gatekeeper", "Gatekeeper";
    RoInitiator => "Initiator", "Initiator";
    AtChampion => "Champion", "Champion";
    AtSupporter => "Supporter", "Unterstützer";
    AtNeutral => "Neutral", "Neutral";
    AtCritic => "Critic", "Kritiker";
    AtBlocker => "Blocker", "Blockierer";
    CoNone => "none", "keiner";
    CoOccasional => "occasional", "gelegentlich";
    CoRegular => "regular", "regelmäßig";
    CoClose => "close", "eng";
    // Views
    Map => "Influence and attitude", "Einfluss und Haltung";
    MapLabel => "Map of the buying center: attitude from blocker (left) to champion (right), influence from 1 (bottom) to 5 (top). {list}", "Karte des Buying Centers: Haltung von Blockierer (links) bis Champion (rechts), Einfluss von 1 (unten) bis 5 (oben). {list}";
    OrgChart => "Who reports to whom", "Wer berichtet an wen";
    OrgLabel => "Reports-to chart of the customer's organisation: {list}", "Organigramm des Kunden: {list}";
    ReportsToText => "{name} reports to {boss}", "{name} berichtet an {boss}";
    Top => "{name} (top)", "{name} (oberste Ebene)";
    // Gaps
    Gaps => "Gaps", "Lücken";
    NoGaps => "No gaps with these rules.", "Keine Lücken nach diesen Regeln.";
    StaleMonths => "Contact older than (months)", "Kontakt älter als (Monate)";
    MaxPerCounterpart => "Contacts per counterpart at most", "Kontakte je Ansprechpartner höchstens";
    RuleWrong => "Enter a whole number from 1 to 120.", "Geben Sie eine ganze Zahl von 1 bis 120 ein.";
    GapNoDecider => "No decider is known.", "Kein Entscheider bekannt.";
    GapNoDeciderContact => "No contact to a decider ({names}).", "Kein Kontakt zu einem Entscheider ({names}).";
    GapNoChampion => "Nobody champions us inside.", "Kein Champion, der intern für uns wirbt.";
    GapOpponent => "{name} is a {attitude} with influence {influence}.", "{name} ist {attitude} mit Einfluss {influence}.";
    GapLevel => "No contact at the {level} level.", "Kein Kontakt auf der Ebene {level}.";
    GapStale => "{name}: last contact {months} months ago.", "{name}: letzter Kontakt vor {months} Monaten.";
    GapNever => "{name}: no date of a last contact.", "{name}: kein Datum eines letzten Kontakts.";
    GapOverloaded => "{name} owns {contacts} contacts.", "{name} betreut {contacts} Kontakte.";
    // Selling center
    Team => "Our selling center", "Unser Selling Center";
    TeamIntro => "The people on our side who own relationships; the same list for every key account.", "Die Menschen auf unserer Seite, die Beziehungen pflegen; dieselbe Liste für alle Key Accounts.";
    NoTeam => "Nobody in the selling center yet.", "Noch niemand im Selling Center.";
    MemberName => "Name", "Name";
    MemberFunction => "Function", "Funktion";
    AddMember => "Add to selling center", "Zum Selling Center hinzufügen";
    MemberExists => "{name} is already in the selling center.", "{name} ist schon im Selling Center.";
    RemoveMember => "Remove {name} from the selling center", "{name} aus dem Selling Center entfernen";
    MemberRemoved => "{name} removed from the selling center.", "{name} aus dem Selling Center entfernt.";
    Contacts => "Contacts", "Kontakte";
    AttGaps => "The buying center has gaps at the deciders or an influential opponent (see Stakeholders).", "Das Buying Center hat Lücken bei den Entscheidern oder einen einflussreichen Gegner (siehe Stakeholder).";
}

pub fn level_text(l: Level) -> BC {
    match l {
        Level::Operational => BC::LvOperational,
        Level::Project => BC::LvProject,
        Level::Management => BC::LvManagement,
    }
}

pub fn role_text(r: BuyingRole) -> BC {
    match r {
        BuyingRole::User => BC::RoUser,
        BuyingRole::Influencer => BC::RoInfluencer,
        BuyingRole::Buyer => BC::RoBuyer,
        BuyingRole::Decider => BC::RoDecider,
        BuyingRole::Gatekeeper => BC::RoGatekeeper,
        BuyingRole::Initiator => BC::RoInitiator,
    }
}

pub fn attitude_text(a: Attitude) -> BC {
    match a {
        Attitude::Champion => BC::AtChampion,
        Attitude::Supporter => BC::AtSupporter,
        Attitude::Neutral => BC::AtNeutral,
        Attitude::Critic => BC::AtCritic,
        Attitude::Blocker => BC::AtBlocker,
    }
}

pub fn contact_text(c: Contact) -> BC {
    match c {
        Contact::None => BC::CoNone,
        Contact::Occasional => BC::CoOccasional,
        Contact::Regular => BC::CoRegular,
        Contact::Close => BC::CoClose,
    }
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
