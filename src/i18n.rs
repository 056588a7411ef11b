//! The translation catalogue: every UI text in English and German, and number and
//! date formatting that follows the language. Pure: no browser, host-tested.
//!
//! Each key must give both languages, or it does not compile. Placeholders are
//! `{name}` and are filled by [`fill`].

use crate::domain::number::{format_number, DecimalSeparator};
use crate::persist::ImportError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_lowercase();
        Lang::ALL.into_iter().find(|l| code.starts_with(l.code()))
    }

    pub fn decimal_separator(self) -> DecimalSeparator {
        match self {
            Lang::En => DecimalSeparator::Point,
            Lang::De => DecimalSeparator::Comma,
        }
    }

    pub fn t(self, key: T) -> &'static str {
        match self {
            Lang::En => key.en(),
            Lang::De => key.de(),
        }
    }

    /// A number with grouping in this language's notation.
    pub fn number(self, value: f64, decimals: usize) -> String {
        format_number(value, decimals, self.decimal_separator())
    }

    /// A percentage such as `80.0 %` / `80,0 %`.
    pub fn percent(self, value: f64, decimals: usize) -> String {
        format!("{}\u{a0}%", self.number(value, decimals))
    }

    /// A date from an ISO 8601 timestamp: `21.11.2026 14:05` / `2026-11-21 14:05`.
    /// Unreadable input is shown as it is.
    pub fn date_time(self, iso: &str) -> String {
        let (Some(date), time) = (iso.get(0..10), iso.get(11..16)) else {
            return iso.to_string();
        };
        let parts: Vec<&str> = date.split('-').collect();
        if parts.len() != 3 || !date.chars().all(|c| c.is_ascii_digit() || c == '-') {
            return iso.to_string();
        }
        let day = match self {
            Lang::En => date.to_string(),
            Lang::De => format!("{}.{}.{}", parts[2], parts[1], parts[0]),
        };
        match time {
            Some(t) => format!("{day} {t}"),
            None => day,
        }
    }
}

/// Replaces `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

macro_rules! catalogue {
    ($($key:ident => $en:expr, $de:expr;)*) => {
        /// A UI text. `Lang::t` gives it in one language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum T { $($key),* }
        impl T {
            pub const ALL: &'static [T] = &[$(T::$key),*];
            pub fn en(self) -> &'static str { match self { $(T::$key => $en),* } }
            pub fn de(self) -> &'static str { match self { $(T::$key => $de),* } }
        }
    };
}

catalogue! {
    AppTagline => "Key Account Management workbench", "Key-Account-Management-Werkbank";
    NavMain => "Main", "Hauptnavigation";
    NavAccounts => "Accounts", "Kunden";
    NavPareto => "Pareto / ABC", "Pareto / ABC";
    NavData => "Import / export", "Import / Export";
    Language => "Language", "Sprache";
    // Status and storage
    Saved => "All changes saved in this browser", "Alle Änderungen in diesem Browser gespeichert";
    Saving => "Saving…", "Speichern…";
    NotSaved => "⚠ Not saved", "⚠ Nicht gespeichert";
    SaveFailedQuota => "Saving failed: the browser's storage for this site is full. Your changes are kept in this tab only — export them to a file now.", "Speichern fehlgeschlagen: Der Browser-Speicher dieser Seite ist voll. Ihre Änderungen sind nur in diesem Tab — exportieren Sie sie jetzt in eine Datei.";
    SaveFailedBlocked => "Saving failed: the browser blocks local storage (private mode or privacy settings). Your changes are kept in this tab only — export them to a file.", "Speichern fehlgeschlagen: Der Browser blockiert den lokalen Speicher (privater Modus oder Datenschutzeinstellungen). Ihre Änderungen sind nur in diesem Tab — exportieren Sie sie in eine Datei.";
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
    // Empty state and sample
    EmptyTitle => "Your workspace is empty", "Ihr Arbeitsbereich ist leer";
    EmptyText => "Start with the sample workspace (a fictional supplier with 200 customers), import a Keystone file, or add your first account.", "Beginnen Sie mit dem Beispiel-Arbeitsbereich (ein fiktiver Lieferant mit 200 Kunden), importieren Sie eine Keystone-Datei oder legen Sie Ihren ersten Kunden an.";
    LoadSample => "Load sample workspace", "Beispiel-Arbeitsbereich laden";
    ImportFile => "Import a file", "Datei importieren";
    SampleLoaded => "Sample workspace loaded.", "Beispiel-Arbeitsbereich geladen.";
    // Accounts register
    AccountsTitle => "Accounts", "Kunden";
    AddAccount => "Add account", "Kunde anlegen";
    Search => "Search by name", "Nach Name suchen";
    FilterKey => "Key accounts", "Schlüsselkunden";
    FilterAll => "All", "Alle";
    FilterOnlyKey => "Only key accounts", "Nur Schlüsselkunden";
    FilterNotKey => "Without key accounts", "Ohne Schlüsselkunden";
    FilterClass => "ABC class", "ABC-Klasse";
    ColName => "Name", "Name";
    ColIndustry => "Industry", "Branche";
    ColRegion => "Region", "Region";
    ColRevenue => "Revenue", "Umsatz";
    ColMargin => "Contribution margin", "Deckungsbeitrag";
    ColPotential => "Potential", "Potenzial";
    ColShareOfWallet => "Share of wallet", "Lieferanteil";
    ColSince => "Customer since", "Kunde seit";
    ColClass => "Class", "Klasse";
    ColKey => "Key account", "Schlüsselkunde";
    ColTags => "Tags", "Schlagworte";
    ColNotes => "Notes", "Notizen";
    ColActions => "Actions", "Aktionen";
    SortBy => "Sort by {col}", "Sortieren nach {col}";
    DeleteNamed => "Delete {name}", "{name} löschen";
    KeyNamed => "Key account: {name}", "Schlüsselkunde: {name}";
    Delete => "Delete", "Löschen";
    Deleted => "“{name}” deleted.", "„{name}“ gelöscht.";
    ShownOf => "{shown} of {total} accounts", "{shown} von {total} Kunden";
    NoMatches => "No account matches the search and filters.", "Kein Kunde passt zu Suche und Filtern.";
    PrevPage => "Previous page", "Vorherige Seite";
    NextPage => "Next page", "Nächste Seite";
    PageOf => "Page {page} of {pages}", "Seite {page} von {pages}";
    // Account form
    NewAccountTitle => "New account", "Neuer Kunde";
    EditAccountTitle => "Edit account", "Kunde bearbeiten";
    Save => "Save", "Speichern";
    Cancel => "Cancel", "Abbrechen";
    BackToAccounts => "Back to accounts", "Zurück zu den Kunden";
    TagsHint => "separated by commas", "durch Kommas getrennt";
    NameRequired => "Please enter a name.", "Bitte geben Sie einen Namen ein.";
    NotANumberMsg => "“{text}” is not a number (e.g. 1.234,56 or 1,234.56).", "„{text}“ ist keine Zahl (z. B. 1.234,56 oder 1,234.56).";
    NumberRequired => "Please enter a number.", "Bitte geben Sie eine Zahl ein.";
    PotentialNegative => "The potential cannot be negative.", "Das Potenzial kann nicht negativ sein.";
    YearInvalid => "Please enter a year between 1800 and 2200.", "Bitte geben Sie ein Jahr zwischen 1800 und 2200 ein.";
    PageNotFound => "There is no page at this address. Here are your accounts.", "Unter dieser Adresse gibt es keine Seite. Hier sind Ihre Kunden.";
    AccountNotFound => "There is no account with this number.", "Es gibt keinen Kunden mit dieser Nummer.";
    AccountSaved => "“{name}” saved.", "„{name}“ gespeichert.";
    FixErrors => "Please correct the marked fields.", "Bitte korrigieren Sie die markierten Felder.";
    // Pareto
    ParetoTitle => "Pareto / ABC analysis", "Pareto- / ABC-Analyse";
    MeasureLabel => "Measure", "Kennzahl";
    ThresholdA => "A threshold (cumulative %)", "A-Grenze (kumuliert %)";
    ThresholdB => "B threshold (cumulative %)", "B-Grenze (kumuliert %)";
    ThresholdError => "Thresholds must satisfy 0 < A ≤ B ≤ 100.", "Die Grenzen müssen 0 < A ≤ B ≤ 100 erfüllen.";
    Headline => "{customers} of customers ({count}) make {share} of {measure}.", "{customers} der Kunden ({count}) machen {share} des {measure}.";
    HeadlineMeasureRevenue => "revenue", "Umsatzes";
    HeadlineMeasureMargin => "contribution margin", "Deckungsbeitrags";
    NoPositive => "No account has a positive value for this measure, so there is nothing to classify.", "Kein Kunde hat einen positiven Wert für diese Kennzahl, daher gibt es nichts zu klassifizieren.";
    NonPositiveNote => "{count} accounts with zero, negative (credits) or missing values are class C and not part of the curve.", "{count} Kunden mit null, negativen (Gutschriften) oder fehlenden Werten sind Klasse C und nicht Teil der Kurve.";
    ChartLabel => "Pareto chart: accounts sorted by {measure}, with the cumulative share as a line", "Pareto-Diagramm: Kunden sortiert nach {measure}, mit dem kumulierten Anteil als Linie";
    CumulativeShare => "Cumulative share", "Kumulierter Anteil";
    ClassesTitle => "Classes", "Klassen";
    ColCount => "Accounts", "Kunden";
    ColShareAccounts => "Share of accounts", "Anteil Kunden";
    ColSum => "Sum", "Summe";
    ColShareTotal => "Share of total", "Anteil am Gesamt";
    ColRank => "Rank", "Rang";
    ColValue => "Value", "Wert";
    ColShare => "Share", "Anteil";
    ColCumulative => "Cumulative", "Kumuliert";
    ClassAccounts => "Class {class}: {count} accounts", "Klasse {class}: {count} Kunden";
    AndMore => "… and {count} more", "… und {count} weitere";
    BarsAggregated => "{n} accounts: each bar stands for {k} consecutive accounts (average); the line is exact.", "{n} Kunden: Jeder Balken steht für {k} aufeinanderfolgende Kunden (Mittelwert); die Linie ist exakt.";
    ChartUnavailable => "The chart library could not be loaded.", "Die Diagramm-Bibliothek konnte nicht geladen werden.";
    // Data page
    DataTitle => "Import and export", "Import und Export";
    ExportTitle => "Export", "Export";
    ExportText => "Download the whole workspace as a JSON file. Keep it as a backup or send it to a colleague.", "Laden Sie den gesamten Arbeitsbereich als JSON-Datei herunter. Als Sicherung oder zum Weitergeben.";
    ExportButton => "Export workspace", "Arbeitsbereich exportieren";
    ImportTitle => "Import", "Import";
    ImportText => "Choose a Keystone file (.json) or drop it here. It is checked first; nothing changes until you confirm.", "Wählen Sie eine Keystone-Datei (.json) oder ziehen Sie sie hierher. Sie wird zuerst geprüft; nichts ändert sich, bevor Sie bestätigen.";
    ChooseFile => "Choose a file to import", "Datei zum Importieren wählen";
    DropHere => "Drop a file here", "Datei hier ablegen";
    ImportRefused => "“{file}” was not imported: {reason}", "„{file}“ wurde nicht importiert: {reason}";
    ImportSummary => "“{file}”: {accounts} accounts ({key} key accounts), exported {when} by Keystone {version}.", "„{file}“: {accounts} Kunden ({key} Schlüsselkunden), exportiert am {when} mit Keystone {version}.";
    ImportUnknownDate => "at an unknown time", "zu unbekanntem Zeitpunkt";
    ImportReplaceWarning => "Importing replaces your current workspace ({accounts} accounts). The current workspace is kept as a backup you can restore.", "Der Import ersetzt Ihren aktuellen Arbeitsbereich ({accounts} Kunden). Der aktuelle Arbeitsbereich bleibt als Sicherung erhalten und kann wiederhergestellt werden.";
    ImportConfirm => "Replace workspace with this file", "Arbeitsbereich durch diese Datei ersetzen";
    ImportSaveCopyFirst => "Export current workspace first", "Aktuellen Arbeitsbereich zuerst exportieren";
    Imported => "Imported “{file}”.", "„{file}“ importiert.";
    BackupTitle => "Backup", "Sicherung";
    BackupText => "The workspace as it was before the last import, sample load or clearing: {accounts} accounts.", "Der Arbeitsbereich vor dem letzten Import, Laden des Beispiels oder Leeren: {accounts} Kunden.";
    NoBackup => "There is no backup yet. One is made whenever an import, the sample or clearing replaces the workspace.", "Es gibt noch keine Sicherung. Sie entsteht, wenn ein Import, das Beispiel oder das Leeren den Arbeitsbereich ersetzt.";
    RestoreBackup => "Restore backup", "Sicherung wiederherstellen";
    Restored => "Backup restored; the replaced workspace is now the backup.", "Sicherung wiederhergestellt; der ersetzte Arbeitsbereich ist jetzt die Sicherung.";
    ClearTitle => "Start over", "Neu beginnen";
    ClearButton => "Clear workspace", "Arbeitsbereich leeren";
    ConfirmClear => "Remove all {accounts} accounts? The workspace is kept as a backup you can restore.", "Alle {accounts} Kunden entfernen? Der Arbeitsbereich bleibt als Sicherung erhalten.";
    Cleared => "Workspace cleared. The previous one is kept as a backup.", "Arbeitsbereich geleert. Der vorherige bleibt als Sicherung erhalten.";
    ConfirmSample => "Replace the current workspace ({accounts} accounts) with the sample? The current one is kept as a backup.", "Den aktuellen Arbeitsbereich ({accounts} Kunden) durch das Beispiel ersetzen? Der aktuelle bleibt als Sicherung erhalten.";
    BackupNotStored => "The backup could not be written to storage; it is kept in this tab until you close it.", "Die Sicherung konnte nicht gespeichert werden; sie bleibt erhalten, solange dieser Tab offen ist.";
    FileFormatTitle => "File format", "Dateiformat";
    FileFormatText => "Files are JSON with an envelope (format, schema_version, app_version, exported_at, data). Other tools can write them following the published JSON Schema:", "Dateien sind JSON mit einer Hülle (format, schema_version, app_version, exported_at, data). Andere Werkzeuge können sie nach dem veröffentlichten JSON-Schema schreiben:";
    // Import errors
    ErrEmpty => "the file is empty", "die Datei ist leer";
    ErrTooLarge => "the file is too large ({size} MB)", "die Datei ist zu groß ({size} MB)";
    ErrNotJson => "it is not valid JSON (line {line}, column {column})", "es ist kein gültiges JSON (Zeile {line}, Spalte {column})";
    ErrNotObject => "it is JSON, but not a Keystone workspace (expected an object at the top level)", "es ist JSON, aber kein Keystone-Arbeitsbereich (oben wird ein Objekt erwartet)";
    ErrMissingFormat => "it has no “format” field, so it is not a Keystone workspace file", "es fehlt das Feld „format“, also ist es keine Keystone-Datei";
    ErrWrongFormat => "its format is “{found}”, not “keystone-workspace”", "ihr Format ist „{found}“, nicht „keystone-workspace“";
    ErrMissingVersion => "it has no “schema_version”", "es fehlt „schema_version“";
    ErrBadVersion => "its “schema_version” is not a whole number", "ihre „schema_version“ ist keine ganze Zahl";
    ErrNewerVersion => "it was written with a newer schema version ({found}); this Keystone reads up to version {supported}. Please update Keystone", "sie wurde mit einer neueren Schemaversion ({found}) geschrieben; dieses Keystone liest bis Version {supported}. Bitte aktualisieren Sie Keystone";
    ErrUnsupportedVersion => "schema version {found} is not supported", "Schemaversion {found} wird nicht unterstützt";
    ErrMissingData => "it has no “data” section", "es fehlt der Abschnitt „data“";
    ErrDataNotObject => "its “data” section is not an object", "der Abschnitt „data“ ist kein Objekt";
    ErrAccountsNotArray => "“accounts” is not a list", "„accounts“ ist keine Liste";
    ErrAccountNotObject => "account {index} is not an object", "Kunde {index} ist kein Objekt";
    ErrMissingField => "account {index} has no “{field}”", "Kunde {index} fehlt „{field}“";
    ErrBadId => "account {index} (“{name}”) has an id that is not a positive whole number", "Kunde {index} („{name}“) hat eine ID, die keine positive ganze Zahl ist";
    ErrEmptyName => "account {index} has an empty name", "Kunde {index} hat einen leeren Namen";
    ErrNotANumber => "field “{field}” of account {index} (“{name}”) is not a number", "Feld „{field}“ von Kunde {index} („{name}“) ist keine Zahl";
    ErrNotAString => "field “{field}” of account {index} (“{name}”) is not text", "Feld „{field}“ von Kunde {index} („{name}“) ist kein Text";
    ErrNotABoolean => "field “{field}” of account {index} (“{name}”) is not true or false", "Feld „{field}“ von Kunde {index} („{name}“) ist nicht true oder false";
    ErrNegativePotential => "the potential of account {index} (“{name}”) is negative", "das Potenzial von Kunde {index} („{name}“) ist negativ";
    ErrBadYear => "“relationship_since” of account {index} (“{name}”) is not a year between 1800 and 2200", "„relationship_since“ von Kunde {index} („{name}“) ist kein Jahr zwischen 1800 und 2200";
    ErrBadTags => "“tags” of account {index} (“{name}”) is not a list of texts", "„tags“ von Kunde {index} („{name}“) ist keine Liste von Texten";
    ErrDuplicateId => "accounts {first} and {second} have the same id {id}", "Kunden {first} und {second} haben dieselbe ID {id}";
    ErrBadSettings => "the settings are invalid ({detail})", "die Einstellungen sind ungültig ({detail})";
    ErrInvalid => "the data is invalid ({detail})", "die Daten sind ungültig ({detail})";
    ErrNotText => "the file could not be read as text", "die Datei konnte nicht als Text gelesen werden";
}

/// The message for a refused file, in one language.
pub fn describe_import_error(err: &ImportError, lang: Lang) -> String {
    use ImportError as E;
    let t = |k| lang.t(k);
    let n = |v: usize| v.to_string();
    match err {
        E::Empty => t(T::ErrEmpty).into(),
        E::TooLarge { bytes } => fill(
            t(T::ErrTooLarge),
            &[("size", &lang.number(*bytes as f64 / 1e6, 1))],
        ),
        E::NotJson { line, column, .. } => fill(
            t(T::ErrNotJson),
            &[("line", &n(*line)), ("column", &n(*column))],
        ),
        E::NotAnObject => t(T::ErrNotObject).into(),
        E::MissingFormat => t(T::ErrMissingFormat).into(),
        E::WrongFormat { found } => fill(t(T::ErrWrongFormat), &[("found", found)]),
        E::MissingVersion => t(T::ErrMissingVersion).into(),
        E::BadVersion => t(T::ErrBadVersion).into(),
        E::NewerVersion { found } => fill(
            t(T::ErrNewerVersion),
            &[
                ("found", &found.to_string()),
                ("supported", &crate::persist::SCHEMA_VERSION.to_string()),
            ],
        ),
        E::UnsupportedVersion { found } => fill(
            t(T::ErrUnsupportedVersion),
            &[("found", &found.to_string())],
        ),
        E::MissingData => t(T::ErrMissingData).into(),
        E::DataNotObject => t(T::ErrDataNotObject).into(),
        E::AccountsNotArray => t(T::ErrAccountsNotArray).into(),
        E::AccountNotObject { index } => fill(t(T::ErrAccountNotObject), &[("index", &n(*index))]),
        E::MissingField { index, field } => fill(
            t(T::ErrMissingField),
            &[("index", &n(*index)), ("field", field)],
        ),
        E::BadId { index, name } => fill(t(T::ErrBadId), &[("index", &n(*index)), ("name", name)]),
        E::EmptyName { index } => fill(t(T::ErrEmptyName), &[("index", &n(*index))]),
        E::NotANumber { index, name, field } => fill(
            t(T::ErrNotANumber),
            &[("index", &n(*index)), ("name", name), ("field", field)],
        ),
        E::NotAString { index, name, field } => fill(
            t(T::ErrNotAString),
            &[("index", &n(*index)), ("name", name), ("field", field)],
        ),
        E::NotABoolean { index, name, field } => fill(
            t(T::ErrNotABoolean),
            &[("index", &n(*index)), ("name", name), ("field", field)],
        ),
        E::NegativePotential { index, name } => fill(
            t(T::ErrNegativePotential),
            &[("index", &n(*index)), ("name", name)],
        ),
        E::BadYear { index, name } => {
            fill(t(T::ErrBadYear), &[("index", &n(*index)), ("name", name)])
        }
        E::BadTags { index, name } => {
            fill(t(T::ErrBadTags), &[("index", &n(*index)), ("name", name)])
        }
        E::DuplicateId { id, first, second } => fill(
            t(T::ErrDuplicateId),
            &[
                ("id", &id.to_string()),
                ("first", &n(*first)),
                ("second", &n(*second)),
            ],
        ),
        E::BadSettings { detail } => fill(t(T::ErrBadSettings), &[("detail", detail)]),
        E::Invalid { detail } => fill(t(T::ErrInvalid), &[("detail", detail)]),
    }
}
