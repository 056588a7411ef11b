//! Texts shared by every page: navigation, saving, banners, buttons, tables, charts.

crate::i18n::catalogue! { C;
    AppTagline => "Key Account Management workbench", "Key-Account-Management-Werkbank";
    NavMain => "Main", "Hauptnavigation";
    Menu => "Menu", "Menü";
    SkipToContent => "Skip to content", "Zum Inhalt springen";
    NavAccounts => "Accounts", "Kunden";
    NavPareto => "Pareto / ABC", "Pareto / ABC";
    NavDevelopment => "Development", "Entwicklung";
    // Here, not in the page's catalogue: the document title is the shell's, and the
    // shell must not pull the page's texts into the start page's module.
    DevelopmentTitle => "Development over time", "Entwicklung über die Zeit";
    NavKeyAccounts => "Key accounts", "Key Accounts";
    NavWhitespace => "Whitespace", "Whitespace";
    NavValue => "Value model", "Kundenwert";
    NavPortfolio => "Portfolio", "Portfolio";
    NavData => "Import / export", "Import / Export";
    NavAssessment => "Self-assessment", "Selbsteinschätzung";
    StartAssessment => "Take the KAM self-assessment", "KAM-Selbsteinschätzung starten";
    ImportSheet => "Import a customer list (CSV, Excel)", "Kundenliste importieren (CSV, Excel)";
    Language => "Language", "Sprache";
    // Status and storage
    Saved => "All changes saved in this browser", "Alle Änderungen in diesem Browser gespeichert";
    Saving => "Saving…", "Speichern…";
    NotSaved => "⚠ Not saved", "⚠ Nicht gespeichert";
    SaveFailedQuota => "Saving failed: the browser's storage for this site is full. Your changes are kept in this tab only — export them to a file now.", "Speichern fehlgeschlagen: Der Browser-Speicher dieser Seite ist voll. Ihre Änderungen sind nur in diesem Tab — exportieren Sie sie jetzt in eine Datei.";
    SaveFailedBlocked => "Saving failed: the browser blocks storage for this site (private mode or privacy settings). Your changes are kept in this tab only — export them to a file.", "Speichern fehlgeschlagen: Der Browser blockiert den Speicher für diese Website (privater Modus oder Datenschutzeinstellungen). Ihre Änderungen sind nur in diesem Tab — exportieren Sie sie in eine Datei.";
    SaveRefused => "Not saved: {detail}. Keystone could not read such a value back, so the stored copy stays as it was. Correct the value; the next change is saved.", "Nicht gespeichert: {detail}. Keystone könnte einen solchen Wert nicht wieder lesen, daher bleibt die gespeicherte Kopie, wie sie war. Korrigieren Sie den Wert; die nächste Änderung wird gespeichert.";
    SaveFailedOther => "Saving failed: {detail}. Your changes are kept in this tab only — export them to a file.", "Speichern fehlgeschlagen: {detail}. Ihre Änderungen sind nur in diesem Tab — exportieren Sie sie in eine Datei.";
    RetrySave => "Try saving again", "Erneut speichern";
    ExportNow => "Export to file", "In Datei exportieren";
    LoadFailed => "The workspace stored in this browser could not be read: {detail}. It has not been changed or overwritten; a copy is kept under the key “{key}”. Nothing you do now is saved until you decide how to continue.", "Der in diesem Browser gespeicherte Arbeitsbereich konnte nicht gelesen werden: {detail}. Er wurde nicht verändert oder überschrieben; eine Kopie liegt unter dem Schlüssel „{key}“. Bis Sie entscheiden, wie es weitergeht, wird nichts gespeichert.";
    DownloadRaw => "Download the stored data", "Gespeicherte Daten herunterladen";
    StartFresh => "Continue with an empty workspace", "Mit leerem Arbeitsbereich fortfahren";
    ConflictTitle => "This workspace was changed in another tab.", "Dieser Arbeitsbereich wurde in einem anderen Tab geändert.";
    ConflictText => "Saving here is paused so that the newer data is not overwritten.", "Das Speichern ist hier angehalten, damit die neueren Daten nicht überschrieben werden.";
    ConflictLoad => "Load the newer data (discard changes in this tab)", "Neuere Daten laden (Änderungen in diesem Tab verwerfen)";
    ConflictKeep => "Keep this tab's data and overwrite", "Daten dieses Tabs behalten und überschreiben";
    ReloadedFromOtherTab => "Updated with changes from another tab.", "Mit Änderungen aus einem anderen Tab aktualisiert.";
    Dismiss => "Dismiss", "Schließen";
    Undo => "Undo", "Rückgängig";
    Undone => "Undone.", "Rückgängig gemacht.";
    // Empty state and sample
    EmptyTitle => "Your workspace is empty", "Ihr Arbeitsbereich ist leer";
    EmptyText => "Start with the sample workspace (a fictional supplier with 200 customers), import a Keystone file, or add your first account.", "Beginnen Sie mit dem Beispiel-Arbeitsbereich (ein fiktiver Lieferant mit 200 Kunden), importieren Sie eine Keystone-Datei oder legen Sie Ihren ersten Kunden an.";
    LoadSample => "Load sample workspace", "Beispiel-Arbeitsbereich laden";
    ImportFile => "Import a file", "Datei importieren";
    SampleLoaded => "Sample workspace loaded.", "Beispiel-Arbeitsbereich geladen.";
    SortBy => "Sort by {col}", "Sortieren nach {col}";
    Delete => "Delete", "Löschen";
    NoMatches => "No account matches the search and filters.", "Kein Kunde passt zu Suche und Filtern.";
    PrevPage => "Previous page", "Vorherige Seite";
    NextPage => "Next page", "Nächste Seite";
    FirstPage => "First page", "Erste Seite";
    LastPage => "Last page", "Letzte Seite";
    PageOf => "Page {page} of {pages}", "Seite {page} von {pages}";
    Save => "Save", "Speichern";
    Cancel => "Cancel", "Abbrechen";
    PageNotFound => "There is no page at this address. Here are your accounts.", "Unter dieser Adresse gibt es keine Seite. Hier sind Ihre Kunden.";
    ChartUnavailable => "The chart library could not be loaded.", "Die Diagramm-Bibliothek konnte nicht geladen werden.";
    // Pages loaded on demand
    PageLoading => "Loading the page…", "Seite wird geladen…";
    PageLoadFailed => "This page could not be loaded (is the connection down?). Your data is safe.", "Diese Seite konnte nicht geladen werden (ist die Verbindung unterbrochen?). Ihre Daten sind sicher.";
    Retry => "Try again", "Erneut versuchen";
    ChunkFailed => "Another tab saved, but its data could not be read here (is the connection down?). Reload this tab to see it.", "Ein anderer Tab hat gespeichert, seine Daten konnten hier aber nicht gelesen werden (ist die Verbindung unterbrochen?). Laden Sie diesen Tab neu.";
    StartFailed => "Keystone could not start: part of it could not be loaded (is the connection down?). Your data is safe in this browser. Reload the page to try again.", "Keystone konnte nicht starten: Ein Teil der Anwendung konnte nicht geladen werden (ist die Verbindung unterbrochen?). Ihre Daten sind in diesem Browser sicher. Laden Sie die Seite neu.";
    // Charts as tables
    ShowAsTable => "Show as table", "Als Tabelle zeigen";
    HideTable => "Hide table", "Tabelle ausblenden";
    // Widgets
    // The header of a table's column of remove buttons.
    RemoveColumn => "Remove", "Entfernen";
    WeightSum => "Sum of weights: {sum}", "Summe der Gewichte: {sum}";
    WeightSumWarning => "The weights add up to {sum}, not 100 %.", "Die Gewichte ergeben {sum}, nicht 100 %.";
    Normalise => "Scale to 100 %", "Auf 100 % skalieren";
    RatingUnrated => "not rated", "nicht bewertet";
    RatingOf => "{value} of 10", "{value} von 10";
}

/// `text` in `lang` when it is a text of this catalogue in either language: a toast made
/// from a key ("Sample workspace loaded.") follows a language switch while it is shown.
/// `None` for any other text (one filled with names stays as it was made).
pub fn common_text_in(lang: crate::i18n::Lang, text: &str) -> Option<&'static str> {
    use crate::i18n::Text;
    C::ALL
        .iter()
        .find(|k| k.en() == text || k.de() == text)
        .map(|&k| lang.t(k))
}
