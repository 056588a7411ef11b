//! The account plan of a key account: its catalogue, and its statuses and overdue
//! actions in words.

use crate::domain::day::Day;
use crate::domain::plan::{Action, ActionStatus, Progress};

use super::key_accounts::day_text;
use super::{fill, Lang};

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

/// The names of the SWOT's four lists, in their order: strengths, weaknesses,
/// opportunities, threats.
pub const SWOT_NAMES: [PL; 4] = [
    PL::Strengths,
    PL::Weaknesses,
    PL::Opportunities,
    PL::Threats,
];

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
