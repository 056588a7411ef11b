//! The account plan and the buying center of a key account.

use crate::domain::day::Day;
use crate::domain::plan::{Action, ActionStatus, Progress};

use super::key_accounts::day_text;
use super::{fill, Lang};
use crate::domain::stakeholders::{Attitude, BuyingRole, Contact, Level};

crate::i18n::catalogue! { PL;
    Section => "Account plan", "Account-Plan";
    Intro => "Where we stand, what we want to reach and who does what by when (status quo, chances and risks, goals, action plan, controlling).", "Wo wir stehen, was wir erreichen wollen und wer was bis wann tut (Status quo, Chancen und Risiken, Ziele, Maßnahmenplan, Controlling).";
    PeriodSince => "Plan period since {date}", "Planperiode seit {date}";
    // Progress
    Progress => "Progress", "Fortschritt";
    Counts => "{done} done · {open} open · {overdue} overdue · {dropped} dropped", "{done} erledigt · {open} offen · {overdue} überfällig · {dropped} verworfen";
    NoActions => "No actions yet.", "Noch keine Maßnahmen.";
    OverdueItem => "“{text}” ({owner}) was due on {date}: {days} days overdue.", "„{text}“ ({owner}) war am {date} fällig: {days} Tage überfällig.";
    NoOwner => "no owner", "ohne Verantwortliche";
    // Status quo
    StatusQuo => "Status quo", "Bestandsaufnahme";
    ImportantToUs => "What makes this customer important to us?", "Was macht diesen Kunden für uns wichtig?";
    WhyWeMatter => "Why are we important to this customer?", "Warum sind wir für diesen Kunden wichtig?";
    WhatOnlyWeDo => "What do we do for this customer that others do not?", "Was tun wir für diesen Kunden, was andere nicht tun?";
    // SWOT
    Swot => "SWOT", "SWOT";
    Strengths => "Strengths", "Stärken";
    Weaknesses => "Weaknesses", "Schwächen";
    Opportunities => "Opportunities", "Chancen";
    Threats => "Threats", "Risiken";
    NewEntry => "New entry in {list}", "Neuer Eintrag bei {list}";
    Add => "Add", "Hinzufügen";
    RemoveEntry => "Remove “{text}”", "„{text}“ entfernen";
    EntryRemoved => "“{text}” removed.", "„{text}“ entfernt.";
    Empty => "None yet.", "Noch keine.";
    // Goals
    Goals => "Goals", "Ziele";
    GoalsIntro => "Qualitative goals, or quantitative ones with a KPI, a target and a date; a goal linked to a scorecard KPI reads its actual from there.", "Qualitative Ziele oder quantitative mit Kennzahl, Zielwert und Termin; ein mit einer Scorecard-Kennzahl verknüpftes Ziel liest seinen Ist-Wert dort.";
    NoGoals => "No goals yet.", "Noch keine Ziele.";
    Goal => "Goal", "Ziel";
    GoalN => "Goal {n}", "Ziel {n}";
    GoalText => "Goal", "Ziel";
    Dimension => "Selling dimension", "Verkaufsdimension";
    NoDimension => "none", "keine";
    Quantitative => "Quantitative (with a KPI and a target)", "Quantitativ (mit Kennzahl und Zielwert)";
    MeasureKpi => "KPI", "Kennzahl";
    MeasureTarget => "Target value", "Zielwert";
    MeasureDue => "By", "Bis";
    ActualFrom => "Actual from", "Ist-Wert aus";
    OwnActual => "own value", "eigenem Wert";
    LinkedKpi => "scorecard: {name}", "Scorecard: {name}";
    Actual => "Actual value", "Ist-Wert";
    PlanVsActual => "Plan {target} · actual {actual} · {achieved} reached", "Plan {target} · Ist {actual} · {achieved} erreicht";
    NoActual => "Plan {target} · no actual value yet", "Plan {target} · noch kein Ist-Wert";
    AddGoal => "Add goal", "Ziel hinzufügen";
    GoalMissing => "Describe the goal.", "Beschreiben Sie das Ziel.";
    GoalAdded => "Goal “{text}” added.", "Ziel „{text}“ hinzugefügt.";
    RemoveGoal => "Remove goal “{text}”", "Ziel „{text}“ entfernen";
    GoalRemoved => "Goal “{text}” removed.", "Ziel „{text}“ entfernt.";
    // Actions
    Actions => "Action plan", "Maßnahmenplan";
    ActionsCount => "Actions", "Maßnahmen";
    Action => "Action", "Maßnahme";
    Owner => "Owner", "Verantwortlich";
    Due => "Due", "Fällig";
    Cost => "Cost", "Kosten";
    Status => "Status", "Status";
    ForGoal => "For goal", "Für Ziel";
    NoGoal => "no goal", "kein Ziel";
    Flag => "Progress", "Stand";
    ActionOf => "{field} of action {n}", "{field} der Maßnahme {n}";
    AddAction => "Add action", "Maßnahme hinzufügen";
    ActionMissing => "Describe the action.", "Beschreiben Sie die Maßnahme.";
    ActionAdded => "Action “{text}” added.", "Maßnahme „{text}“ hinzugefügt.";
    RemoveAction => "Remove action “{text}”", "Maßnahme „{text}“ entfernen";
    ActionRemoved => "Action “{text}” removed.", "Maßnahme „{text}“ entfernt.";
    StOpen => "open", "offen";
    StInProgress => "in progress", "in Arbeit";
    StDone => "done", "erledigt";
    StDropped => "dropped", "verworfen";
    PrOverdue => "overdue", "überfällig";
    PrOpen => "open", "offen";
    PrDone => "done", "erledigt";
    PrDropped => "dropped", "verworfen";
    // Periods
    Periods => "Plan periods", "Planperioden";
    PeriodsIntro => "Starting the next period keeps the plan as it is now as a dated version; the new period keeps status quo, SWOT, goals and the actions still open.", "Eine neue Periode bewahrt den Plan, wie er jetzt ist, als datierte Version; die neue Periode übernimmt Bestandsaufnahme, SWOT, Ziele und die noch offenen Maßnahmen.";
    StartNext => "Start next period", "Nächste Periode beginnen";
    StartNextConfirm => "Close the current plan as a version dated today and start a new period?", "Den aktuellen Plan als Version mit heutigem Datum abschließen und eine neue Periode beginnen?";
    NextStarted => "A new plan period starts today; the previous plan is kept as a version.", "Heute beginnt eine neue Planperiode; der bisherige Plan bleibt als Version erhalten.";
    Versions => "Earlier versions", "Frühere Versionen";
    NoVersions => "No earlier versions yet.", "Noch keine früheren Versionen.";
    Closed => "Closed", "Abgeschlossen";
    Current => "Current plan", "Aktueller Plan";
    VersionOf => "Version of {date}", "Version vom {date}";
    Compare => "Compare two versions", "Zwei Versionen vergleichen";
    Earlier => "Earlier", "Früher";
    Later => "Later", "Später";
    NoChanges => "The two versions are the same.", "Die beiden Versionen sind gleich.";
    Change => "Change", "Änderung";
    Added => "added", "neu";
    Removed => "removed", "entfällt";
    Changed => "changed", "geändert";
    StatusQuoChanged => "The status quo was revised.", "Die Bestandsaufnahme wurde überarbeitet.";
    // Overdue elsewhere
    AttOverdue => "Action “{text}” was due on {date} and is not done.", "Maßnahme „{text}“ war am {date} fällig und ist nicht erledigt.";
    OverdueCount => "Overdue actions", "Überfällige Maßnahmen";
    NoOverdue => "No action is overdue.", "Keine Maßnahme ist überfällig.";
}

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

pub fn status_text(s: ActionStatus) -> PL {
    match s {
        ActionStatus::Open => PL::StOpen,
        ActionStatus::InProgress => PL::StInProgress,
        ActionStatus::Done => PL::StDone,
        ActionStatus::Dropped => PL::StDropped,
    }
}

pub fn progress_text(p: Progress) -> PL {
    match p {
        Progress::Overdue => PL::PrOverdue,
        Progress::Open => PL::PrOpen,
        Progress::Done => PL::PrDone,
        Progress::Dropped => PL::PrDropped,
    }
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

/// "1 done · 2 open · 2 overdue · 0 dropped"
pub fn counts_text(l: Lang, c: crate::domain::plan::ActionCounts) -> String {
    fill(
        l.t(PL::Counts),
        &[
            ("done", &c.done.to_string()),
            ("open", &c.open.to_string()),
            ("overdue", &c.overdue.to_string()),
            ("dropped", &c.dropped.to_string()),
        ],
    )
}

/// "“Visit the plant” (Anna Berg) was due on 30.09.2026: 52 days overdue."
pub fn overdue_line(l: Lang, a: &Action, today: Day) -> String {
    let due = a.due.map(|d| day_text(l, d)).unwrap_or_default();
    let days = a.due.map_or(0, |d| d.days_until(today));
    let owner = if a.owner.trim().is_empty() {
        l.t(PL::NoOwner).to_string()
    } else {
        a.owner.clone()
    };
    fill(
        l.t(PL::OverdueItem),
        &[
            ("text", &a.text),
            ("owner", &owner),
            ("date", &due),
            ("days", &days.to_string()),
        ],
    )
}

// The client copy's texts live in their own catalogue file.
pub use super::client_copy::{mark_text, merge_change_text, CC};
