//! The client copy's texts: the supplier's side (marks, export, merging a returned
//! copy) and opening a copy as the client.

use crate::domain::day::Day;

use super::key_accounts::day_text;
use super::plan::status_text;
use super::{fill, Lang};

crate::i18n::catalogue! { CC;
    Title => "Client copy", "Kundenkopie";
    Intro => "A file of this key account to hand to the customer, without anything marked confidential. When the customer returns it, import it on the Import / export page: their edits (weights and ratings of us, actions, people) are merged after you have seen them; what is kept here is never erased.", "Eine Datei dieses Key Accounts für den Kunden, ohne alles, was als vertraulich markiert ist. Schickt der Kunde sie zurück, importieren Sie sie unter Import / Export: Seine Änderungen (Gewichte und Bewertungen von uns, Maßnahmen, Personen) werden übernommen, nachdem Sie sie gesehen haben; was hier gespeichert ist, wird nie gelöscht.";
    Marks => "Confidential: never in a client copy (for the whole workspace)", "Vertraulich: nie in einer Kundenkopie (für den ganzen Arbeitsbereich)";
    Export => "Export client copy", "Kundenkopie exportieren";
    Exported => "Client copy of {name} exported.", "Kundenkopie von {name} exportiert.";
    MkMargin => "Contribution margins", "Deckungsbeiträge";
    MkNotes => "Internal notes", "Interne Notizen";
    MkAttitude => "Stakeholder attitudes", "Haltungen der Stakeholder";
    MkInfluence => "Stakeholder influence", "Einfluss der Stakeholder";
    MkCompetitors => "Competitor ratings", "Bewertungen der Wettbewerber";
    MkCosts => "Internal costs", "Interne Kosten";
    MkRevenue => "Revenue", "Umsatz";
    MkPotential => "Potential", "Potenzial";
    MkScorecard => "Scorecard", "Scorecard";
    MkSwot => "SWOT", "SWOT";
    MkStatusQuo => "Status quo of the plan", "Bestandsaufnahme des Plans";
    MkGoalTargets => "Targets of the goals (measures, target values, actuals)", "Zielwerte der Ziele (Kennzahlen, Soll- und Ist-Werte)";
    // Merging a returned copy (data page)
    IsCopy => "“{file}” is a client copy of {name}, made on {date}.", "„{file}“ ist eine Kundenkopie von {name} vom {date}.";
    MergeChanges => "Merging it changes:", "Die Übernahme ändert:";
    MergeNothing => "It brings no changes.", "Sie bringt keine Änderungen.";
    MergeKeeps => "Confidential data kept here (competitor ratings, costs, attitudes, influence, notes) stays as it is.", "Hier gespeicherte vertrauliche Daten (Wettbewerberbewertungen, Kosten, Haltungen, Einfluss, Notizen) bleiben, wie sie sind.";
    MergeButton => "Merge into {name}", "In {name} übernehmen";
    Merged => "{count} changes from the client copy merged into {name}.", "{count} Änderungen aus der Kundenkopie in {name} übernommen.";
    NotHere => "Its account ({name}) is not in this workspace, so it cannot be merged here.", "Ihr Kunde ({name}) ist nicht in diesem Arbeitsbereich; die Kopie kann hier nicht übernommen werden.";
    SentAs => "The customer sees it as sent by “{supplier}” (the workspace name, set on the Import / export page).", "Der Kunde sieht sie als von „{supplier}“ geschickt (der Name des Arbeitsbereichs, unter Import / Export).";
    SentAsNone => "The workspace has no name yet, so the customer would not see who sent the copy: give your company's name here (it is the workspace name).", "Der Arbeitsbereich hat noch keinen Namen, der Kunde sähe also nicht, wer die Kopie geschickt hat: Geben Sie hier den Namen Ihres Unternehmens an (er ist der Name des Arbeitsbereichs).";
    SenderName => "Your company's name (shown as the sender)", "Name Ihres Unternehmens (als Absender gezeigt)";
    // Opening a copy as the client (data page)
    Shared => "“{file}” is a copy of {name} that {supplier} shared with you on {date}.", "„{file}“ ist eine Kopie zu {name}, die {supplier} am {date} mit Ihnen geteilt hat.";
    SharedAnon => "“{file}” is a copy of {name}, shared with you on {date}.", "„{file}“ ist eine Kopie zu {name}, am {date} mit Ihnen geteilt.";
    OpenAsClient => "Open as the client", "Als Kunde öffnen";
    OpenAsClientText => "You see and change what concerns you, then send the file back.", "Sie sehen und ändern, was Sie betrifft, und schicken die Datei dann zurück.";
    OpenReplaces => "This browser holds a workspace ({accounts} accounts): opening the copy puts it aside as the backup (Import / export, “Restore”); save a copy of it first if you like.", "Dieser Browser enthält einen Arbeitsbereich ({accounts} Kunden): Das Öffnen der Kopie legt ihn als Sicherung beiseite (Import / Export, „Wiederherstellen“); speichern Sie vorher gern eine Kopie.";
    Opened => "The copy of {name} is open.", "Die Kopie zu {name} ist geöffnet.";
    ChNewSegment => "New procurement segment “{segment}”", "Neues Beschaffungssegment „{segment}“";
    ChWeight => "{segment}: weight of {criterion} {before} → {after} %", "{segment}: Gewicht von {criterion} {before} → {after} %";
    ChNewCriterion => "{segment}: new criterion {criterion}", "{segment}: neues Kriterium {criterion}";
    ChOurRating => "{segment}: their rating of us on {criterion} {before} → {after}", "{segment}: ihre Bewertung von uns bei {criterion} {before} → {after}";
    ChNewAction => "New action “{action}”", "Neue Maßnahme „{action}“";
    ChActionStatus => "Action “{action}”: {before} → {after}", "Maßnahme „{action}“: {before} → {after}";
    ChActionDue => "Action “{action}”: due {before} → {after}", "Maßnahme „{action}“: fällig {before} → {after}";
    ChNewPerson => "New person {name}", "Neue Person {name}";
    ChPerson => "{name}: details changed", "{name}: Angaben geändert";
}

pub fn mark_text(m: crate::domain::client_copy::Confidential) -> CC {
    use crate::domain::client_copy::Confidential as M;
    match m {
        M::ContributionMargin => CC::MkMargin,
        M::InternalNotes => CC::MkNotes,
        M::StakeholderAttitude => CC::MkAttitude,
        M::StakeholderInfluence => CC::MkInfluence,
        M::CompetitorRatings => CC::MkCompetitors,
        M::InternalCosts => CC::MkCosts,
        M::Revenue => CC::MkRevenue,
        M::Potential => CC::MkPotential,
        M::Scorecard => CC::MkScorecard,
        M::Swot => CC::MkSwot,
        M::StatusQuo => CC::MkStatusQuo,
        M::GoalTargets => CC::MkGoalTargets,
    }
}

/// One change of a returned client copy, as a line of the preview.
pub fn merge_change_text(l: Lang, c: &crate::domain::client_copy::MergeChange) -> String {
    use crate::domain::client_copy::MergeChange as M;
    let num = |v: f64| l.number_as_typed(v, 1);
    let opt = |v: Option<f64>| v.map(num).unwrap_or_else(|| "–".into());
    let date = |d: Option<Day>| d.map(|d| day_text(l, d)).unwrap_or_else(|| "–".into());
    // The name the user sees: theirs, or the default criterion's in this language.
    let crit = |c: &crate::domain::client_copy::CriterionRef| {
        crate::i18n::profile::criterion_text(l, &c.id, &c.name)
    };
    match c {
        M::NewSegment(segment) => fill(l.t(CC::ChNewSegment), &[("segment", segment)]),
        M::Weight {
            segment,
            criterion,
            before,
            after,
        } => fill(
            l.t(CC::ChWeight),
            &[
                ("segment", segment),
                ("criterion", &crit(criterion)),
                ("before", &num(*before)),
                ("after", &num(*after)),
            ],
        ),
        M::NewCriterion { segment, criterion } => fill(
            l.t(CC::ChNewCriterion),
            &[("segment", segment), ("criterion", &crit(criterion))],
        ),
        M::OurRating {
            segment,
            criterion,
            before,
            after,
        } => fill(
            l.t(CC::ChOurRating),
            &[
                ("segment", segment),
                ("criterion", &crit(criterion)),
                ("before", &opt(*before)),
                ("after", &opt(*after)),
            ],
        ),
        M::NewAction(action) => fill(l.t(CC::ChNewAction), &[("action", action)]),
        M::ActionStatus {
            action,
            before,
            after,
        } => fill(
            l.t(CC::ChActionStatus),
            &[
                ("action", action),
                ("before", l.t(status_text(*before))),
                ("after", l.t(status_text(*after))),
            ],
        ),
        M::ActionDue {
            action,
            before,
            after,
        } => fill(
            l.t(CC::ChActionDue),
            &[
                ("action", action),
                ("before", &date(*before)),
                ("after", &date(*after)),
            ],
        ),
        M::NewPerson(name) => fill(l.t(CC::ChNewPerson), &[("name", name)]),
        M::PersonChanged(name) => fill(l.t(CC::ChPerson), &[("name", name)]),
    }
}
