//! Spreadsheets: importing a customer list (CSV, Excel) and exporting tables.

use crate::domain::export::{Column, ExportKind, Term};
use crate::domain::spreadsheet::{CellProblem, Field};
use crate::domain::value_model::Proposal;
use crate::i18n::{fill, Lang};

crate::i18n::catalogue! { SH;
    Title => "Import a customer list", "Kundenliste importieren";
    Intro => "From a CSV file (as Excel or your ERP saves it) or an Excel workbook (.xlsx). You choose which column is which; every row is checked; nothing changes until you confirm.", "Aus einer CSV-Datei (wie Excel oder Ihr ERP sie speichert) oder einer Excel-Arbeitsmappe (.xlsx). Sie wählen, welche Spalte was ist; jede Zeile wird geprüft; nichts ändert sich, bevor Sie bestätigen.";
    ChooseFile => "Choose a CSV or Excel file", "CSV- oder Excel-Datei wählen";
    DropHint => "… or drop it here.", "… oder hierher ziehen.";
    Reading => "Reading {file}: {percent} %", "{file} wird gelesen: {percent} %";
    LoadingExcel => "Loading the Excel reader (once, about 300 KB) …", "Excel-Leser wird geladen (einmalig, etwa 300 KB) …";
    Cancel => "Cancel", "Abbrechen";
    Cancelled => "Import cancelled. Nothing was changed.", "Import abgebrochen. Nichts wurde geändert.";
    Checking => "Checking {rows} rows: {percent} %", "{rows} Zeilen werden geprüft: {percent} %";
    CheckStopped => "The check was stopped; nothing can be imported until every row is checked.", "Die Prüfung wurde abgebrochen; importiert werden kann erst, wenn jede Zeile geprüft ist.";
    CheckAgain => "Check again", "Erneut prüfen";
    Refused => "{file} cannot be imported: {reason}", "{file} kann nicht importiert werden: {reason}";
    NotXlsx => "it is not an Excel workbook (.xlsx). An old .xls file: open it in Excel and save it as .xlsx.", "Sie ist keine Excel-Arbeitsmappe (.xlsx). Eine alte .xls-Datei: in Excel öffnen und als .xlsx speichern.";
    Password => "this workbook is password-protected. Open it in Excel, save it without a password (File › Info › Protect Workbook › Encrypt with Password: empty) and try again.", "diese Arbeitsmappe ist kennwortgeschützt. Öffnen Sie sie in Excel, speichern Sie sie ohne Kennwort (Datei › Informationen › Arbeitsmappe schützen › Mit Kennwort verschlüsseln: leer) und versuchen Sie es erneut.";
    ErrorCells => "{count} cells hold an Excel error and are read as empty:", "{count} Zellen enthalten einen Excel-Fehler und werden als leer gelesen:";
    ErrorCellsMore => "… and {count} more.", "… und {count} weitere.";
    NoSheet => "the sheet is missing.", "das Tabellenblatt fehlt.";
    NoRows => "it has no rows.", "Sie enthält keine Zeilen.";
    NotText => "it could not be read as a file.", "Sie konnte nicht gelesen werden.";
    HandedToData => "“{file}” is a Keystone workspace file: it is checked here for import.", "„{file}“ ist eine Keystone-Arbeitsbereichsdatei: Sie wird hier für den Import geprüft.";
    WrongType => "only CSV or text files (.csv, .txt, .tsv) and Excel workbooks (.xlsx) can be imported. An .ods file: save it as .xlsx or CSV.", "Importiert werden können nur CSV- oder Textdateien (.csv, .txt, .tsv) und Excel-Arbeitsmappen (.xlsx). Eine .ods-Datei: als .xlsx oder CSV speichern.";
    ExcelFailed => "The Excel reader could not be loaded. Check the connection and try again.", "Der Excel-Leser konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.";
    FileInfo => "{file}: {rows} rows", "{file}: {rows} Zeilen";
    Encoding => "Encoding: {encoding}", "Zeichensatz: {encoding}";
    StepColumns => "1. Which column is which", "1. Welche Spalte ist was";
    StepProblems => "2. Rows with problems", "2. Zeilen mit Problemen";
    StepImport => "3. Import", "3. Importieren";
    Delimiter => "Delimiter", "Trennzeichen";
    Semicolon => "Semicolon ( ; )", "Semikolon ( ; )";
    Comma => "Comma ( , )", "Komma ( , )";
    Tab => "Tab", "Tabulator";
    Sheet => "Sheet", "Tabellenblatt";
    HeaderRow => "Headers in row", "Überschriften in Zeile";
    Numbers => "Numbers", "Zahlen";
    GermanNumbers => "1.234,56 (German)", "1.234,56 (deutsch)";
    EnglishNumbers => "1,234.56 (English)", "1,234.56 (englisch)";
    ColumnN => "Column {n}", "Spalte {n}";
    FieldFor => "Field for column {n} ({header})", "Feld für Spalte {n} ({header})";
    Ignore => "(ignore)", "(ignorieren)";
    Preview => "The first rows as they will be read", "Die ersten Zeilen, wie sie gelesen werden";
    MappedTwice => "{field} is chosen for more than one column: choose one.", "{field} ist für mehr als eine Spalte gewählt: wählen Sie eine.";
    NoNameColumn => "Choose the column with the customer's name.", "Wählen Sie die Spalte mit dem Kundennamen.";
    ProblemsIntro => "{count} rows have problems. Type the right value, or skip the row.", "{count} Zeilen haben Probleme. Tragen Sie den richtigen Wert ein oder überspringen Sie die Zeile.";
    NoProblems => "Every row can be imported.", "Jede Zeile kann importiert werden.";
    Row => "Row", "Zeile";
    ColumnHeader => "Column", "Spalte";
    Problem => "Problem", "Problem";
    Value => "Correct value", "Richtiger Wert";
    Skip => "Skip", "Überspringen";
    FixLabel => "Correct value for row {row}, {column}", "Richtiger Wert für Zeile {row}, {column}";
    SkipLabel => "Skip row {row}", "Zeile {row} überspringen";
    SkipAll => "Skip all rows with problems", "Alle Zeilen mit Problemen überspringen";
    MoreProblems => "… and {count} more problems (fix the ones above, or skip all).", "… und {count} weitere Probleme (die obigen korrigieren oder alle überspringen).";
    ProbNoName => "The name is missing.", "Der Name fehlt.";
    ProbNumber => "“{value}” is not a number.", "„{value}“ ist keine Zahl.";
    ProbNegative => "The potential cannot be negative.", "Das Potenzial kann nicht negativ sein.";
    ProbYear => "“{value}” is not a year (1800–2200) or a date.", "„{value}“ ist kein Jahr (1800–2200) und kein Datum.";
    ProbYesNo => "“{value}” is not yes or no.", "„{value}“ ist weder ja noch nein.";
    ProbDuplicate => "The same customer as in row {row}.", "Derselbe Kunde wie in Zeile {row}.";
    LeftOut => "Left out: {empty} empty rows, {totals} total rows, {skipped} skipped rows.", "Ausgelassen: {empty} leere Zeilen, {totals} Summenzeilen, {skipped} übersprungene Zeilen.";
    Mode => "How to import", "Wie importieren";
    Merge => "Merge: update the accounts the file names (matched by customer number, else by name) and add the new ones. Nothing is removed; an empty cell changes nothing.", "Zusammenführen: die Kunden der Datei aktualisieren (erkannt an der Kundennummer, sonst am Namen) und neue hinzufügen. Nichts wird entfernt; eine leere Zelle ändert nichts.";
    Replace => "Replace the register: afterwards it holds exactly the file's customers. Accounts not in the file are removed with their ratings and plans.", "Kundenliste ersetzen: danach enthält sie genau die Kunden der Datei. Kunden, die nicht in der Datei stehen, werden mit ihren Bewertungen und Plänen entfernt.";
    Summary => "{new} new, {changed} changed, {unchanged} unchanged.", "{new} neu, {changed} geändert, {unchanged} unverändert.";
    Removed => "{removed} accounts are not in the file and will be removed.", "{removed} Kunden stehen nicht in der Datei und werden entfernt.";
    Kept => "{removed} accounts are not in the file and stay as they are.", "{removed} Kunden stehen nicht in der Datei und bleiben, wie sie sind.";
    ChangedList => "Changed accounts", "Geänderte Kunden";
    Unresolved => "{count} rows with problems still need a correct value or “Skip”.", "{count} Zeilen mit Problemen brauchen noch einen richtigen Wert oder „Überspringen“.";
    NothingToImport => "No row is left to import: every row is empty, a total or skipped.", "Keine Zeile bleibt zum Importieren: Alle Zeilen sind leer, Summen oder übersprungen.";
    Confirm => "Import {count} rows", "{count} Zeilen importieren";
    BackupNote => "The workspace as it is now is kept as the backup (Data page: “Restore backup”).", "Der Arbeitsbereich, wie er jetzt ist, bleibt als Sicherung erhalten (Seite Daten: „Sicherung wiederherstellen“).";
    NoBackupNote => "The workspace is empty, so no backup is made: “Undo” in the notice after the import empties it again.", "Der Arbeitsbereich ist leer, daher entsteht keine Sicherung: „Rückgängig“ in der Meldung nach dem Import leert ihn wieder.";
    Done => "{file} imported: {new} accounts added, {changed} updated.", "{file} importiert: {new} Kunden hinzugefügt, {changed} aktualisiert.";
    OtherFile => "Choose another file", "Andere Datei wählen";
    ImportLink => "Import a customer list (CSV, Excel) …", "Kundenliste importieren (CSV, Excel) …";
    ExportTitle => "Spreadsheets", "Tabellen für Excel";
    ExportIntro => "The register and the analyses as CSV or Excel files, with numbers as numbers.", "Kundenliste und Analysen als CSV- oder Excel-Datei, Zahlen als Zahlen.";
    ExportWhat => "Table", "Tabelle";
    KindRegister => "Accounts register (with ABC class, score and flags)", "Kundenliste (mit ABC-Klasse, Score und Kennzeichen)";
    KindAbc => "ABC analysis", "ABC-Analyse";
    KindRanking => "Value-model ranking", "Rangliste des Kundenwertmodells";
    KindScorecards => "Scorecard overview (key accounts)", "Scorecard-Übersicht (Key Accounts)";
    DownloadCsv => "Download CSV", "CSV herunterladen";
    DownloadXlsx => "Download Excel (.xlsx)", "Excel (.xlsx) herunterladen";
    CsvDialect => "The CSV uses a comma and a decimal point.", "Die CSV-Datei ist für deutsches Excel geschrieben: Semikolon, Dezimalkomma, UTF-8 mit BOM.";
    WriterFailed => "The Excel writer could not be loaded. Check the connection and try again.", "Der Excel-Schreiber konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.";
    PreparingXlsx => "Preparing the Excel file (the writer loads once, about 250 KB) …", "Excel-Datei wird erstellt (der Schreiber lädt einmalig, etwa 250 KB) …";
    Exported => "{file} downloaded.", "{file} heruntergeladen.";
    ExportFailed => "The file could not be made: {reason}", "Die Datei konnte nicht erstellt werden: {reason}";
    Yes => "yes", "ja";
    No => "no", "nein";
    FCustomerNumber => "Customer number", "Kundennummer";
    CClass => "ABC class", "ABC-Klasse";
    CScore => "Score (0–100)", "Score (0–100)";
    CProposal => "Proposal", "Vorschlag";
    CWallet => "Share of wallet %", "Lieferanteil %";
    CRank => "Rank", "Rang";
    CValue => "Value (ABC measure)", "Wert (ABC-Maß)";
    CShare => "Share %", "Anteil %";
    CCumulative => "Cumulative %", "Kumuliert %";
    CRated => "Criteria rated", "Kriterien bewertet";
    RatedOf => "{rated} of {total}", "{rated} von {total}";
    PMake => "Make key account", "Zum Key Account machen";
    PReview => "Review", "Überprüfen";
    PRejected => "Rejected", "Abgelehnt";
}

/// A field's name in `lang`: the register's column names, plus the customer number
/// (which the register does not show).
pub fn field_label(f: Field, lang: Lang) -> &'static str {
    use super::accounts::A;
    let key = match f {
        Field::CustomerNumber => return lang.t(SH::FCustomerNumber),
        Field::Name => A::ColName,
        Field::Industry => A::ColIndustry,
        Field::Region => A::ColRegion,
        Field::Revenue => A::ColRevenue,
        Field::Margin => A::ColMargin,
        Field::Potential => A::ColPotential,
        Field::CustomerSince => A::ColSince,
        Field::KeyAccount => A::ColKey,
        Field::Tags => A::ColTags,
        Field::Notes => A::ColNotes,
    };
    lang.t(key)
}

/// The header of an exported column in `lang`.
pub fn column_header(c: Column, lang: Lang) -> String {
    let key = match c {
        Column::Field(f) => return field_label(f, lang).to_string(),
        Column::AbcClass => SH::CClass,
        Column::Score => SH::CScore,
        Column::Proposal => SH::CProposal,
        Column::ShareOfWallet => SH::CWallet,
        Column::Rank => SH::CRank,
        Column::Value => SH::CValue,
        Column::Share => SH::CShare,
        Column::Cumulative => SH::CCumulative,
        Column::Rated => SH::CRated,
        Column::Perspective(p) => {
            return lang.t(super::scorecard::perspective_text(p)).to_string();
        }
    };
    lang.t(key).to_string()
}

/// A word of an exported table in `lang`.
pub fn term_text(t: Term, lang: Lang) -> String {
    match t {
        Term::Proposal(Proposal::MakeKeyAccount) => lang.t(SH::PMake).to_string(),
        Term::Proposal(Proposal::Review) => lang.t(SH::PReview).to_string(),
        Term::Proposal(Proposal::Rejected) => lang.t(SH::PRejected).to_string(),
        Term::Proposal(Proposal::None) => String::new(),
        Term::Status(s) => lang.t(super::scorecard::status_text(s)).to_string(),
        Term::Rated(rated, total) => fill(
            lang.t(SH::RatedOf),
            &[("rated", &rated.to_string()), ("total", &total.to_string())],
        ),
    }
}

pub fn kind_text(k: ExportKind) -> SH {
    match k {
        ExportKind::Register => SH::KindRegister,
        ExportKind::Abc => SH::KindAbc,
        ExportKind::Ranking => SH::KindRanking,
        ExportKind::Scorecards => SH::KindScorecards,
    }
}

/// What is wrong with a cell, in `lang`.
pub fn problem_text(p: &CellProblem, value: &str, lang: Lang) -> String {
    let value = crate::domain::problem::quoted(value);
    let with_value = |k: SH| fill(lang.t(k), &[("value", &value)]);
    match p {
        CellProblem::NoName => lang.t(SH::ProbNoName).to_string(),
        CellProblem::NotANumber => with_value(SH::ProbNumber),
        CellProblem::Negative => lang.t(SH::ProbNegative).to_string(),
        CellProblem::NotAYear => with_value(SH::ProbYear),
        CellProblem::NotYesNo => with_value(SH::ProbYesNo),
        CellProblem::Duplicate { first_row } => fill(
            lang.t(SH::ProbDuplicate),
            &[("row", &first_row.to_string())],
        ),
    }
}
