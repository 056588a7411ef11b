//! The requirement and performance profile of a key account.

use super::Lang;

crate::i18n::catalogue! { PR;
    Section => "Requirement profile", "Anforderungsprofil";
    Intro => "The customer's requirement criteria with the customer's weights, and how the customer rates us and our competitors on each, 0 to 100 points.", "Die Anforderungskriterien des Kunden mit seinen Gewichten und wie der Kunde uns und unsere Wettbewerber je Kriterium bewertet, 0 bis 100 Punkte.";
    NoProfileTitle => "No requirement profile yet", "Noch kein Anforderungsprofil";
    NoProfileText => "Start with the five criteria that matter to most buyers and adjust them with the customer.", "Beginnen Sie mit den fünf Kriterien, die den meisten Einkäufern wichtig sind, und passen Sie sie mit dem Kunden an.";
    StartProfile => "Start a profile", "Profil anlegen";
    DefaultSegment => "All products", "Alle Produkte";
    Segments => "Procurement segments", "Beschaffungssegmente";
    SegmentName => "Name of the segment", "Name des Segments";
    NewSegmentName => "New segment", "Neues Segment";
    AddSegment => "Add segment", "Segment hinzufügen";
    RemoveSegment => "Remove segment “{name}”", "Segment „{name}“ entfernen";
    SegmentRemoved => "Segment “{name}” removed.", "Segment „{name}“ entfernt.";
    SegmentAdded => "Segment “{name}” added.", "Segment „{name}“ hinzugefügt.";
    Weights => "The customer's weights (%)", "Gewichtung durch den Kunden (%)";
    Ratings => "The customer's ratings (0-100)", "Bewertung durch den Kunden (0-100)";
    Criterion => "Criterion", "Kriterium";
    CriterionName => "Name of criterion {n}", "Name von Kriterium {n}";
    RemoveCriterion => "Remove criterion “{name}”", "Kriterium „{name}“ entfernen";
    CriterionRemoved => "Criterion “{name}” removed.", "Kriterium „{name}“ entfernt.";
    AddCriterion => "Add criterion", "Kriterium hinzufügen";
    NewCriterion => "New criterion", "Neues Kriterium";
    Us => "Us", "Wir";
    CompetitorName => "Name of competitor {n}", "Name von Wettbewerber {n}";
    NewCompetitor => "Competitor {n}", "Wettbewerber {n}";
    AddCompetitor => "Add competitor", "Wettbewerber hinzufügen";
    RemoveCompetitor => "Remove competitor “{name}”", "Wettbewerber „{name}“ entfernen";
    CompetitorRemoved => "Competitor “{name}” removed.", "Wettbewerber „{name}“ entfernt.";
    RatingOf => "{supplier}: {criterion}", "{supplier}: {criterion}";
    RatingRange => "“{text}” is not a rating from 0 to 100.", "„{text}“ ist keine Bewertung von 0 bis 100.";
    // Results
    Results => "Results", "Ergebnis";
    Supplier => "Supplier", "Anbieter";
    WeightedPerformance => "Weighted performance", "Gewichtete Leistung";
    Rank => "Rank", "Rang";
    Incomplete => "incomplete", "unvollständig";
    OurRank => "We rank {rank} of {of} with {value} points.", "Wir liegen auf Rang {rank} von {of} mit {value} Punkten.";
    OurRankIncomplete => "Rate us on every weighted criterion to see our rank.", "Bewerten Sie uns bei jedem gewichteten Kriterium, um unseren Rang zu sehen.";
    Chart => "Ratings of us and the competitors by criterion in {name}", "Bewertung von uns und den Wettbewerbern je Kriterium in {name}";
    ChartLegend => "Legend", "Legende";
    Gaps => "Gaps to the best competitor", "Abstand zum besten Wettbewerber";
    Weight => "Weight", "Gewicht";
    BestCompetitor => "Best competitor", "Bester Wettbewerber";
    Gap => "Gap", "Abstand";
    WeightedGap => "Weighted gap", "Gewichteter Abstand";
    Potential => "Potential to 100", "Potenzial bis 100";
    ValueDrivers => "Value drivers: where improving pays most", "Werttreiber: wo sich Verbesserung am meisten lohnt";
    DriverTrail => "{criterion}: we trail the best competitor by {gap} points, worth {weighted} points of weighted performance.", "{criterion}: Wir liegen {gap} Punkte hinter dem besten Wettbewerber, das kostet {weighted} Punkte gewichtete Leistung.";
    DriverRoom => "{criterion}: full fulfilment would add {potential} points of weighted performance.", "{criterion}: Volle Erfüllung brächte {potential} Punkte gewichtete Leistung.";
    DriverNone => "{criterion}: not weighted or not rated.", "{criterion}: nicht gewichtet oder nicht bewertet.";
    // Versions
    Versions => "Dated versions", "Datierte Stände";
    VersionsIntro => "Save the profile as of a date to see later what moved.", "Speichern Sie das Profil zu einem Datum, um später zu sehen, was sich bewegt hat.";
    VersionDate => "As of", "Stand vom";
    SaveVersion => "Save version", "Stand speichern";
    VersionSaved => "Profile saved as of {date}.", "Profil zum {date} gespeichert.";
    VersionReplaced => "The version of {date} was replaced.", "Der Stand vom {date} wurde ersetzt.";
    NoVersions => "No saved versions yet.", "Noch keine gespeicherten Stände.";
    RemoveVersion => "Remove the version of {date}", "Stand vom {date} entfernen";
    VersionRemoved => "Version of {date} removed.", "Stand vom {date} entfernt.";
    Current => "current", "aktuell";
    Compare => "Compare", "Vergleichen";
    CompareFrom => "Earlier", "Früher";
    CompareTo => "Later", "Später";
    CompareNeedsTwo => "Save a version to compare it with the current profile.", "Speichern Sie einen Stand, um ihn mit dem aktuellen Profil zu vergleichen.";
    Change => "Change", "Veränderung";
    CompareCaption => "What moved from {from} to {to}", "Was sich von {from} bis {to} bewegt hat";
    // Default criteria (docs/methods.md, "Requirement and performance profile")
    CritPerformance => "System performance", "Leistungsfähigkeit des Systems";
    CritSecurity => "System security", "Sicherheit des Systems";
    CritPrice => "Price", "Preis";
    CritStandards => "Standards compliance", "Normung nach Standards";
    CritDelivery => "Delivery reliability", "Lieferzuverlässigkeit";
    // Overview
    FigPerformance => "Weighted performance (rank)", "Gewichtete Leistung (Rang)";
}

/// A profile criterion's name: the user's, or the default's in the UI language.
pub fn criterion_text(lang: Lang, id: &str, name: &str) -> String {
    if !name.trim().is_empty() {
        return name.to_string();
    }
    let key = match id {
        "performance" => PR::CritPerformance,
        "security" => PR::CritSecurity,
        "price" => PR::CritPrice,
        "standards" => PR::CritStandards,
        "delivery" => PR::CritDelivery,
        other => return other.to_string(),
    };
    lang.t(key).to_string()
}
