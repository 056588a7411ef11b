//! The KAM self-assessment: page texts, and for each of the twelve areas its name, the
//! guiding question, what each level 1-5 looks like and the recommendation, all
//! written in the project's own words (docs/methods.md, "KAM self-assessment"). The
//! areas' texts themselves are in `assessment_areas.rs`.

use super::assessment_areas::{DE, EN};
use super::fill;
use super::Lang;
use crate::domain::assessment::{Added, Area, MaturityLevel};

crate::i18n::catalogue! { AS;
    Title => "KAM self-assessment", "KAM-Selbsteinschätzung";
    Intro => "Twelve areas from the 12 theses for successful key account management. Rate each from 1 (not in place) to 5 (a model for others), see where you stand and what to do first. No accounts needed.", "Zwölf Bereiche aus den 12 Kernthesen für erfolgreiches Key-Account-Management. Bewerten Sie jeden von 1 (nicht vorhanden) bis 5 (Vorbild für andere), sehen Sie, wo Sie stehen und was zuerst zu tun ist. Ohne Kundendaten.";
    TabAnswer => "Assessment", "Einschätzung";
    TabCompare => "Compare", "Vergleichen";
    TabWorkshop => "Workshop", "Workshop";
    SubNav => "Self-assessment pages", "Seiten der Selbsteinschätzung";
    // The questionnaire
    Respondent => "Name or role", "Name oder Rolle";
    RespondentHint => "Who answered, e.g. “Head of sales”.", "Wer geantwortet hat, z. B. „Vertriebsleitung“.";
    Date => "Date", "Datum";
    WorkshopName => "Workshop (optional)", "Workshop (optional)";
    WorkshopHint => "Assessments with the same workshop name are shown together on the workshop page.", "Einschätzungen mit demselben Workshop-Namen werden auf der Workshop-Seite zusammen gezeigt.";
    Progress => "{done} of 12 answered", "{done} von 12 beantwortet";
    Thesis => "Thesis {n}", "These {n}";
    Level => "Level {n}", "Stufe {n}";
    Comment => "Comment on “{area}” (optional)", "Kommentar zu „{area}“ (optional)";
    ClearRating => "Clear rating of “{area}”", "Bewertung von „{area}“ löschen";
    NextOpen => "Next unanswered area", "Nächster offener Bereich";
    AllAnswered => "All twelve areas are answered.", "Alle zwölf Bereiche sind beantwortet.";
    // The result
    Result => "Result", "Ergebnis";
    NoAnswers => "Rate at least one area to see the result.", "Bewerten Sie mindestens einen Bereich, um das Ergebnis zu sehen.";
    Maturity => "Overall maturity: {average} of 5, level {level} “{name}”", "Gesamtreife: {average} von 5, Stufe {level} „{name}“";
    MaturityPartial => "Based on {done} of 12 areas.", "Auf Grundlage von {done} der 12 Bereiche.";
    Weakest => "Weakest areas first", "Schwächste Bereiche zuerst";
    NoWeak => "No area below 5: nothing urgent to improve.", "Kein Bereich unter 5: nichts dringend zu verbessern.";
    RatedAt => "{area}: {rating} of 5", "{area}: {rating} von 5";
    Answers => "All answers", "Alle Antworten";
    LevelMeans => "What it looks like", "Wie es aussieht";
    CommentCol => "Comment", "Kommentar";
    Area => "Area", "Bereich";
    Rating => "Rating", "Bewertung";
    RadarLabel => "Radar chart of the twelve areas, 1 to 5", "Netzdiagramm der zwölf Bereiche, 1 bis 5";
    ShowTable => "Show as table", "Als Tabelle zeigen";
    NotAnswered => "not answered", "nicht beantwortet";
    // Saved assessments
    Saved => "Saved assessments", "Gespeicherte Einschätzungen";
    SavedHint => "Answers are saved in this browser as you go.", "Antworten werden in diesem Browser laufend gespeichert.";
    NewAssessment => "New assessment", "Neue Einschätzung";
    NextParticipant => "Next participant", "Nächste Teilnehmerin / nächster Teilnehmer";
    Open => "Open", "Öffnen";
    Current => "open now", "gerade geöffnet";
    Yours => "yours", "Ihre";
    // Whose assessment is shown (rule: domain::assessment_own)
    OwnNew => "A new assessment of your own: it is saved with your first answer.", "Eine neue eigene Einschätzung: Sie wird mit Ihrer ersten Antwort gespeichert.";
    OwnShown => "Your own assessment: answers are saved as you go.", "Ihre eigene Einschätzung: Antworten werden laufend gespeichert.";
    ReadOnlyLabel => "Read only", "Nur lesen";
    ReadOnly => "This is the assessment of {name} from {date}. It is open to read only, so that no answer is changed by mistake.", "Dies ist die Einschätzung von {name} vom {date}. Sie ist nur zum Lesen geöffnet, damit keine Antwort versehentlich geändert wird.";
    EditThis => "Edit this assessment", "Diese Einschätzung bearbeiten";
    EditingOther => "You are changing the answers of {name} from {date}. Every change is saved.", "Sie ändern die Antworten von {name} vom {date}. Jede Änderung wird gespeichert.";
    Unnamed => "(no name)", "(ohne Namen)";
    Answered => "Answered", "Beantwortet";
    Overall => "Overall", "Gesamt";
    RemoveCol => "Remove", "Entfernen";
    Removed => "Assessment of {name} removed.", "Einschätzung von {name} entfernt.";
    RemoveOne => "Remove the assessment of {name} ({date})", "Einschätzung von {name} ({date}) entfernen";
    // Files
    ExportJson => "Export (JSON)", "Exportieren (JSON)";
    Print => "Print", "Drucken";
    ImportFiles => "Import assessment files", "Einschätzungsdateien importieren";
    ImportInto => "Import into workshop", "In Workshop importieren";
    // What an import added: singular and plural forms (see `imported_text`).
    ImportedOne => "1 assessment imported.", "1 Einschätzung importiert.";
    ImportedMany => "{n} assessments imported.", "{n} Einschätzungen importiert.";
    ImportedNone => "No assessment added.", "Keine Einschätzung hinzugefügt.";
    AddedToOne => "1 assessment added to the workshop “{workshop}”.", "1 Einschätzung dem Workshop „{workshop}“ hinzugefügt.";
    AddedToMany => "{n} assessments added to the workshop “{workshop}”.", "{n} Einschätzungen dem Workshop „{workshop}“ hinzugefügt.";
    AddedToSeveral => "{n} assessments added: {parts}.", "{n} Einschätzungen hinzugefügt: {parts}.";
    AddedPart => "{n} to “{workshop}”", "{n} zu „{workshop}“";
    AddedPartNone => "{n} without a workshop", "{n} ohne Workshop";
    SkippedOne => "1 was already there.", "1 war bereits vorhanden.";
    SkippedMany => "{n} were already there.", "{n} waren bereits vorhanden.";
    ImportFailed => "“{file}” was not imported: {detail}.", "„{file}“ wurde nicht importiert: {detail}.";
    // Compare
    CompareIntro => "Two assessments over each other, and what changed per area.", "Zwei Einschätzungen übereinander und was sich je Bereich geändert hat.";
    CompareNeedsTwo => "Save at least two assessments to compare them.", "Speichern Sie mindestens zwei Einschätzungen, um sie zu vergleichen.";
    Before => "Earlier", "Früher";
    After => "Later", "Später";
    ChooseOne => "Choose an assessment", "Einschätzung wählen";
    CompareChoose => "Choose the two assessments to compare (two are chosen for you only when the same person answered twice).", "Wählen Sie die beiden Einschätzungen, die Sie vergleichen möchten (vorausgewählt werden zwei nur, wenn dieselbe Person zweimal geantwortet hat).";
    CompareTwoPeople => "These are two different people ({before} and {after}): the change is between them, not over time.", "Das sind zwei verschiedene Personen ({before} und {after}): Der Unterschied liegt zwischen ihnen, nicht in der Zeit.";
    Change => "Change", "Veränderung";
    OverallChange => "Overall: {before} → {after} ({delta})", "Gesamt: {before} → {after} ({delta})";
    // Workshop
    WorkshopIntro => "Collect several participants' assessments: each exports a file and you import them here, or they answer one after another on this machine under the same workshop name.", "Sammeln Sie die Einschätzungen mehrerer Teilnehmender: Jede Person exportiert eine Datei, die Sie hier importieren, oder sie antworten nacheinander an diesem Rechner unter demselben Workshop-Namen.";
    ChooseWorkshop => "Workshop", "Workshop";
    NoWorkshop => "No workshop yet. Import participants' files or give an assessment a workshop name.", "Noch kein Workshop. Importieren Sie Dateien der Teilnehmenden oder geben Sie einer Einschätzung einen Workshop-Namen.";
    NewWorkshopName => "Workshop for files and links that name none", "Workshop für Dateien und Links ohne eigenen Workshop";
    Participants => "Participants ({n})", "Teilnehmende ({n})";
    Average => "Average", "Durchschnitt";
    Min => "Min", "Min";
    Max => "Max", "Max";
    Spread => "Spread", "Spanne";
    AnswersCount => "Answers", "Antworten";
    Disagree => "Where participants disagree most", "Wo die Teilnehmenden am stärksten auseinanderliegen";
    NoDisagreement => "The participants agree on every area.", "Die Teilnehmenden sind sich in allen Bereichen einig.";
    DisagreeItem => "{area}: from {min} to {max} (spread {spread})", "{area}: von {min} bis {max} (Spanne {spread})";
    ShowParticipant => "Show a participant's radar", "Netzdiagramm einer Person zeigen";
    NoParticipant => "Average only", "Nur Durchschnitt";
    ExportWorkshop => "Export workshop (JSON)", "Workshop exportieren (JSON)";
    PrintedOn => "Printed on {date}", "Gedruckt am {date}";
}

/// One area's texts in one language.
pub struct AreaText {
    pub name: &'static str,
    pub question: &'static str,
    /// What levels 1-5 look like.
    pub levels: [&'static str; 5],
    pub advice: &'static str,
}

/// The texts of one of the twelve areas (in `assessment_areas.rs`).
pub fn area_text(lang: Lang, area: Area) -> &'static AreaText {
    match lang {
        Lang::En => &EN[area as usize],
        Lang::De => &DE[area as usize],
    }
}

pub fn area_name(lang: Lang, area: Area) -> &'static str {
    area_text(lang, area).name
}

pub fn maturity_name(lang: Lang, level: MaturityLevel) -> &'static str {
    let (en, de) = match level {
        MaturityLevel::Initial => ("Initial", "Anfang"),
        MaturityLevel::Emerging => ("Emerging", "Im Aufbau"),
        MaturityLevel::Defined => ("Defined", "Definiert"),
        MaturityLevel::Managed => ("Managed", "Gesteuert"),
        MaturityLevel::Leading => ("Leading", "Führend"),
    };
    match lang {
        Lang::En => en,
        Lang::De => de,
    }
}

/// What an import added, for its toast: where the assessments went (the one workshop
/// by name, or each workshop with its count) and how many were already there, with
/// singular and plural forms in both languages.
pub fn imported_text(l: Lang, added: &Added) -> String {
    let n = |k: usize| l.count(k);
    let mut text = match added.workshops.as_slice() {
        [] => l.t(AS::ImportedNone).to_string(),
        [(w, 1)] if w.is_empty() => l.t(AS::ImportedOne).to_string(),
        [(w, k)] if w.is_empty() => fill(l.t(AS::ImportedMany), &[("n", &n(*k))]),
        [(w, 1)] => fill(l.t(AS::AddedToOne), &[("workshop", w)]),
        [(w, k)] => fill(l.t(AS::AddedToMany), &[("n", &n(*k)), ("workshop", w)]),
        several => {
            let parts: Vec<String> = several
                .iter()
                .map(|(w, k)| match w.as_str() {
                    "" => fill(l.t(AS::AddedPartNone), &[("n", &n(*k))]),
                    w => fill(l.t(AS::AddedPart), &[("n", &n(*k)), ("workshop", w)]),
                })
                .collect();
            fill(
                l.t(AS::AddedToSeveral),
                &[("n", &n(added.added)), ("parts", &parts.join(", "))],
            )
        }
    };
    let skipped = match added.skipped {
        0 => None,
        1 => Some(l.t(AS::SkippedOne).to_string()),
        k => Some(fill(l.t(AS::SkippedMany), &[("n", &n(k))])),
    };
    if let Some(s) = skipped {
        text.push(' ');
        text.push_str(&s);
    }
    text
}
