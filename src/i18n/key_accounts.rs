//! The key-account page (overview, supplier role and selling dimension) and the key
//! accounts list.

use crate::domain::day::Day;
use crate::domain::pareto::AbcRow;
use crate::domain::roles::{History, Rung, SellingStage, SupplierRole};
use crate::domain::value_model::Quadrant;

use super::value::quadrant_name;
use super::{fill, Lang};

crate::i18n::catalogue! { KA;
    KeyAccountsTitle => "Key accounts", "Key Accounts";
    KeyAccountsIntro => "Every key account with its figures, where it stands on the supplier-role ladder and how the key accounts moved over time.", "Alle Key Accounts mit ihren Kennzahlen, ihrer Stufe auf der Lieferantenrollen-Leiter und ihrer Entwicklung über die Zeit.";
    NoKeyAccountsTitle => "No key accounts yet", "Noch keine Key Accounts";
    NoKeyAccountsText => "Mark accounts as key accounts in the register or accept the proposals of the value model.", "Markieren Sie Kunden im Kundenverzeichnis als Key Account oder nehmen Sie die Vorschläge des Kundenwertmodells an.";
    SectionsLabel => "Sections of this key account", "Bereiche dieses Key Accounts";
    Overview => "Overview", "Überblick";
    MasterData => "Master data", "Stammdaten";
    RolesSection => "Supplier role", "Lieferantenrolle";
    ProfileSection => "Requirement profile", "Anforderungsprofil";
    ScorecardSection => "Scorecard", "Scorecard";
    PlanSection => "Account plan", "Account-Plan";
    StakeholdersSection => "Stakeholders", "Stakeholder";
    WhitespaceSection => "Whitespace", "Whitespace";
    NotKeyTitle => "{name} is not a key account", "{name} ist kein Key Account";
    NotKeyText => "Key accounts get their own page with supplier role, selling dimension requirement profile and scorecard.", "Key Accounts bekommen eine eigene Seite mit Lieferantenrolle, Verkaufsdimension Anforderungsprofil und Scorecard.";
    MakeKey => "Make it a key account", "Zum Key Account machen";
    KeyToggle => "Key account", "Key Account";
    RemoveKey => "No longer a key account", "Kein Key Account mehr";
    NoSuchAccount => "There is no account with this number.", "Es gibt keinen Kunden mit dieser Nummer.";
    // Figures
    FigRevenue => "Revenue", "Umsatz";
    FigClass => "ABC class (rank)", "ABC-Klasse (Rang)";
    FigScore => "Value-model score", "Kundenwert (Punkte)";
    FigQuadrant => "Portfolio quadrant", "Portfolio-Quadrant";
    FigRole => "Supplier role", "Lieferantenrolle";
    FigSelling => "Selling stage", "Verkaufsstufe";
    FigTargetRole => "Target supplier role", "Ziel-Lieferantenrolle";
    FigTargetSelling => "Target selling stage", "Ziel-Verkaufsstufe";
    NotRated => "not rated", "nicht bewertet";
    ClassRank => "{class} (rank {rank})", "{class} (Rang {rank})";
    NoneYet => "none recorded", "keine erfasst";
    TargetBy => "{value} by {date}", "{value} bis {date}";
    Attention => "Needs attention", "Handlungsbedarf";
    NothingToDo => "Nothing needs attention.", "Kein Handlungsbedarf.";
    AttRoleOverdue => "The role target “{value}” was due on {date} and is not reached.", "Das Rollenziel „{value}“ war zum {date} fällig und ist nicht erreicht.";
    AttSellingOverdue => "The selling target “{value}” was due on {date} and is not reached.", "Das Verkaufsziel „{value}“ war zum {date} fällig und ist nicht erreicht.";
    AttNoRole => "No supplier role recorded.", "Keine Lieferantenrolle erfasst.";
    AttNoSelling => "No selling stage recorded.", "Keine Verkaufsstufe erfasst.";
    AttNoTarget => "No role target set.", "Kein Rollenziel gesetzt.";
    AttNotRated => "Not completely rated in the value model.", "Im Kundenwertmodell nicht vollständig bewertet.";
    // Ladders
    RoleOccasional => "Occasional supplier", "Gelegenheitslieferant";
    RoleRegular => "Regular supplier", "Standardlieferant";
    RolePreferred => "Preferred supplier", "Vorzugslieferant";
    RoleSystemPartner => "System partner", "Systempartner";
    SellSingle => "Single selling", "Single Selling";
    SellCross => "Cross-selling", "Cross-Selling";
    SellUp => "Up-selling", "Up-Selling";
    SellJoint => "Joint development", "Conjoint Development";
    LadderRoles => "Supplier-role ladder", "Lieferantenrollen-Leiter";
    LadderSelling => "Selling dimension", "Verkaufsdimension";
    RungCurrent => "current", "aktuell";
    RungTarget => "target", "Ziel";
    RungSince => "since {date}", "seit {date}";
    HistoryOf => "History: {ladder}", "Verlauf: {ladder}";
    ColDate => "Date", "Datum";
    ColStep => "Step", "Stufe";
    ColChange => "Change", "Veränderung";
    ColNote => "What earned or lost it", "Was dazu geführt hat";
    ColHeld => "Held", "Dauer";
    ColRemove => "Remove", "Entfernen";
    ChangeFirst => "first entry", "erster Eintrag";
    ChangeUp => "↑ step up", "↑ Aufstieg";
    ChangeDown => "↓ step down", "↓ Abstieg";
    ChangeSame => "confirmed", "bestätigt";
    Planned => "planned", "geplant";
    SoFar => "{time} so far", "bisher {time}";
    Days => "{n} days", "{n} Tage";
    YearsMonths => "{y} y {m} m", "{y} J. {m} M.";
    Months => "{m} months", "{m} Monate";
    NoSteps => "No entries yet. Add the first step below.", "Noch keine Einträge. Erfassen Sie unten die erste Stufe.";
    AddStep => "Add a step", "Stufe erfassen";
    AddStepButton => "Add step", "Stufe hinzufügen";
    StepDate => "Date of the step", "Datum der Stufe";
    StepValue => "Step", "Stufe";
    StepNote => "Note (what earned or lost the step)", "Notiz (was die Stufe gebracht oder gekostet hat)";
    DateMissing => "Enter a date.", "Bitte ein Datum eingeben.";
    RemoveStep => "Remove the step of {date}", "Stufe vom {date} entfernen";
    StepRemoved => "Step of {date} removed.", "Stufe vom {date} entfernt.";
    StepAdded => "Step added.", "Stufe erfasst.";
    TargetTitle => "Target", "Ziel";
    TargetValue => "Target step", "Zielstufe";
    TargetDate => "Target date", "Zieldatum";
    NoTarget => "no target", "kein Ziel";
    TargetOverdue => "The target “{value}” was due on {date} and is not reached.", "Das Ziel „{value}“ war zum {date} fällig und ist nicht erreicht.";
    TargetReached => "Target reached.", "Ziel erreicht.";
    TimelineChart => "Timeline of {name}: supplier role and selling stage over time", "Zeitverlauf von {name}: Lieferantenrolle und Verkaufsstufe";
    // The list page
    ColAccount => "Account", "Kunde";
    ColRevenue => "Revenue", "Umsatz";
    ColClass => "Class", "Klasse";
    ColScore => "Score", "Punkte";
    ColQuadrant => "Quadrant", "Quadrant";
    ColRole => "Role", "Rolle";
    ColSelling => "Selling", "Verkauf";
    ColTarget => "Role target", "Rollenziel";
    OverdueMark => "overdue", "überfällig";
    NowTitle => "Key accounts per step today", "Key Accounts je Stufe heute";
    NoEntry => "no entry", "ohne Eintrag";
    MovementTitle => "Movement over time", "Entwicklung über die Zeit";
    PeriodLabel => "Period", "Zeitraum";
    PerMonth => "per month", "je Monat";
    PerQuarter => "per quarter", "je Quartal";
    PerYear => "per year", "je Jahr";
    MovementChart => "Key accounts per supplier role at the end of each period", "Key Accounts je Lieferantenrolle am Ende jedes Zeitraums";
    ColPeriod => "Period", "Zeitraum";
    MovesTitle => "Who moved", "Wer sich bewegt hat";
    MovesFrom => "From", "Von";
    MovesTo => "To", "Bis";
    MovesNone => "No key account changed its role in this period.", "Kein Key Account hat in diesem Zeitraum seine Rolle gewechselt.";
    MoveUp => "up: {before} → {after}", "aufwärts: {before} → {after}";
    MoveDown => "down: {before} → {after}", "abwärts: {before} → {after}";
    WithoutRole => "Key accounts without any role entry", "Key Accounts ohne Rolleneintrag";
    AllHaveRoles => "Every key account has a role entry.", "Jeder Key Account hat einen Rolleneintrag.";
    // Revenue trend on the overview (sales history)
    TrendTitle => "Revenue by offering", "Umsatz nach Angebot";
    TrendChart => "Revenue of {name} per year, stacked by offering", "Umsatz von {name} je Jahr, gestapelt nach Angebot";
    TrendOffering => "Offering", "Angebot";
    TrendTotal => "Total", "Summe";
    TrendNoOffering => "Without offering", "Ohne Angebot";
}

/// A role's name in the UI language.
pub fn role_text(r: SupplierRole) -> KA {
    match r {
        SupplierRole::Occasional => KA::RoleOccasional,
        SupplierRole::Regular => KA::RoleRegular,
        SupplierRole::Preferred => KA::RolePreferred,
        SupplierRole::SystemPartner => KA::RoleSystemPartner,
    }
}

/// A selling stage's name in the UI language.
pub fn selling_text(s: SellingStage) -> KA {
    match s {
        SellingStage::SingleSelling => KA::SellSingle,
        SellingStage::CrossSelling => KA::SellCross,
        SellingStage::UpSelling => KA::SellUp,
        SellingStage::JointDevelopment => KA::SellJoint,
    }
}

/// A day as people write it: 30.06.2026 in German, 2026-06-30 in English (unambiguous).
pub fn day_text(lang: Lang, day: Day) -> String {
    match lang {
        Lang::De => format!("{:02}.{:02}.{}", day.day(), day.month(), day.year()),
        Lang::En => day.iso(),
    }
}

/// How long a step held: days under a month, months under a year, else years and months.
pub fn duration_text(lang: Lang, days: i64) -> String {
    let n = days.max(0);
    let (y, m) = (n / 365, (n % 365) / 30);
    let t = |k| lang.t(k);
    if n < 31 {
        fill(t(KA::Days), &[("n", &n.to_string())])
    } else if y == 0 {
        fill(t(KA::Months), &[("m", &(n / 30).to_string())])
    } else {
        fill(
            t(KA::YearsMonths),
            &[("y", &y.to_string()), ("m", &m.to_string())],
        )
    }
}

/// A target as "Preferred supplier by 30.06.2026", or "no target".
pub fn target_text<T: Rung>(lang: Lang, h: &History<T>, name: fn(T) -> KA) -> String {
    match &h.target {
        Some(t) => fill(
            lang.t(KA::TargetBy),
            &[
                ("value", lang.t(name(t.value))),
                ("date", &day_text(lang, t.date)),
            ],
        ),
        None => lang.t(KA::NoTarget).to_string(),
    }
}

/// "The role target “…” was due on … and is not reached." (the sentence `key`) if the
/// target is overdue on `day`.
pub fn overdue_text<T: Rung>(
    l: Lang,
    h: &History<T>,
    day: Day,
    name: fn(T) -> KA,
    key: KA,
) -> Option<String> {
    let t = h.target.as_ref().filter(|_| h.overdue(day))?;
    Some(fill(
        l.t(key),
        &[
            ("value", l.t(name(t.value))),
            ("date", &day_text(l, t.date)),
        ],
    ))
}

/// An account's standing in words, as the overview and the account report show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StandingTexts {
    /// ABC class and rank: "A (rank 3)"; "–" outside the ABC analysis.
    pub class: String,
    /// The value-model score, or "not rated".
    pub score: String,
    /// The portfolio quadrant, or "–".
    pub quadrant: String,
}

/// The standing from the account's ABC row, its value-model score and its quadrant.
pub fn standing_texts(
    l: Lang,
    abc: Option<&AbcRow>,
    score: Option<f64>,
    quadrant: Option<Quadrant>,
) -> StandingTexts {
    StandingTexts {
        class: abc
            .map(|row| {
                fill(
                    l.t(KA::ClassRank),
                    &[("class", row.class.letter()), ("rank", &l.count(row.rank))],
                )
            })
            .unwrap_or_else(|| "–".into()),
        score: score
            .map(|v| l.number(v, 1))
            .unwrap_or_else(|| l.t(KA::NotRated).to_string()),
        quadrant: quadrant
            .map(|q| l.t(quadrant_name(q)).to_string())
            .unwrap_or_else(|| "–".into()),
    }
}
