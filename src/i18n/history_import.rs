//! Importing and exporting the sales history on the data page.

use crate::domain::history::import::HistoryProblem;
use crate::domain::history::import_columns::{HistoryField, MappingGap};
use crate::domain::history::import_merge::HistoryColumn;
use crate::domain::history::thin_years::ThinYear;
use crate::i18n::{fill, Lang};

crate::i18n::catalogue! { HI;
    Title => "Import sales history (CSV, Excel)", "Umsatzhistorie importieren (CSV, Excel)";
    Intro => "An ERP export with one row per customer, period and offering (columns: customer number or name, period, offering, revenue, optionally margin and unit), or one column per year. Rows of the imported customers and periods replace the stored ones.", "Ein ERP-Export mit einer Zeile je Kunde, Zeitraum und Angebot (Spalten: Kundennummer oder Kunde, Zeitraum, Angebot, Umsatz, wahlweise Deckungsbeitrag und Einheit) oder einer Spalte je Jahr. Zeilen der importierten Kunden und Zeiträume ersetzen die gespeicherten.";
    ChooseFile => "Choose a sales history file", "Datei mit Umsatzhistorie wählen";
    DropHint => "… or drop it here.", "… oder hierher ziehen.";
    WorkspaceFile => "“{file}” is a Keystone workspace file: import it above under “Import”.", "„{file}“ ist eine Keystone-Arbeitsbereichsdatei: importieren Sie sie oben unter „Import“.";
    Columns => "Which column is which", "Welche Spalte ist was";
    FieldFor => "Column {n} ({header})", "Spalte {n} ({header})";
    Ignore => "(ignore)", "(ignorieren)";
    FCustomerNumber => "Customer number", "Kundennummer";
    FCustomer => "Customer", "Kunde";
    FPeriod => "Period", "Zeitraum";
    FOffering => "Offering", "Angebot";
    FRevenue => "Revenue", "Umsatz";
    FMargin => "Margin", "Deckungsbeitrag";
    FUnit => "Unit", "Einheit";
    FYear => "Revenue {year}", "Umsatz {year}";
    NoCustomerColumn => "Choose the column with the customer number or the customer's name.", "Wählen Sie die Spalte mit der Kundennummer oder dem Kundennamen.";
    NoPeriodColumn => "Choose the column with the period (or use one column per year).", "Wählen Sie die Spalte mit dem Zeitraum (oder eine Spalte je Jahr).";
    NoRevenueColumn => "Choose the column with the revenue.", "Wählen Sie die Spalte mit dem Umsatz.";
    MappedTwice => "{field} is chosen for more than one column: choose one.", "{field} ist für mehr als eine Spalte gewählt: wählen Sie eine.";
    Summary => "{records} from {rows}; {problems}", "{records} aus {rows}; {problems}";
    Records => "{count} history rows", "{count} Historienzeilen";
    OneRecord => "1 history row", "1 Historienzeile";
    RowsRead => "{count} rows", "{count} Zeilen";
    OneRowRead => "1 row", "1 Zeile";
    ProblemRows => "{count} rows with problems are left out.", "{count} Zeilen mit Problemen werden ausgelassen.";
    OneProblemRow => "1 row with problems is left out.", "1 Zeile mit Problemen wird ausgelassen.";
    NewOfferings => "New offerings: {names}", "Neue Angebote: {names}";
    UnknownCustomers => "{count} customers not in the list: {names}", "{count} Kunden nicht in der Liste: {names}";
    UnknownCustomer => "1 customer not in the list: {names}", "1 Kunde nicht in der Liste: {names}";
    AddCustomers => "Add them as new accounts", "Als neue Kunden anlegen";
    CustomersAdded => "{count} accounts added.", "{count} Kunden angelegt.";
    OneCustomerAdded => "1 account added.", "1 Kunde angelegt.";
    ProblemRow => "Row {row}, {column}: {problem}", "Zeile {row}, {column}: {problem}";
    MoreProblems => "… and {count} more.", "… und {count} weitere.";
    PNoCustomer => "no customer number or name", "keine Kundennummer und kein Name";
    PUnknownCustomer => "customer “{value}” is not in the list", "Kunde „{value}“ ist nicht in der Liste";
    PBadPeriod => "“{value}” is not a period (2024, 2024-Q3, Q3/2024, 2024-03, 03/2024, 03.2024)", "„{value}“ ist kein Zeitraum (2024, 2024-Q3, Q3/2024, 2024-03, 03/2024, 03.2024)";
    PNotANumber => "“{value}” is not a number", "„{value}“ ist keine Zahl";
    PUnknownUnit => "the customer has no unit “{value}”", "der Kunde hat keine Einheit „{value}“";
    POtherCustomer => "customer number {number} is “{listed}” in the list, not “{value}” (to match by the number alone, set the name's column to “(ignore)”)", "Kundennummer {number} ist in der Liste „{listed}“, nicht „{value}“ (um nur nach der Nummer zuzuordnen, die Spalte des Namens auf „(ignorieren)“ setzen)";
    Merge => "Merge: replace the imported customers' periods, keep the rest", "Zusammenführen: die Zeiträume der importierten Kunden ersetzen, den Rest behalten";
    Replace => "Replace the whole sales history", "Die ganze Umsatzhistorie ersetzen";
    WillReplaceNone => "No stored row is replaced.", "Keine gespeicherte Zeile wird ersetzt.";
    WillReplaceOne => "1 stored row will be replaced.", "1 gespeicherte Zeile wird ersetzt.";
    WillReplace => "{count} stored rows will be replaced.", "{count} gespeicherte Zeilen werden ersetzt.";
    ModeLabel => "How to import", "Wie importieren";
    ImportButton => "Import {records}", "{records} importieren";
    Imported => "{added} imported from {file} ({replaced}).", "{added} aus {file} importiert ({replaced}).";
    Replaced => "{count} stored rows replaced", "{count} gespeicherte Zeilen ersetzt";
    OneReplaced => "1 stored row replaced", "1 gespeicherte Zeile ersetzt";
    Reading => "Reading the history: {done} of {total} rows ({percent} %)", "Historie wird gelesen: {done} von {total} Zeilen ({percent} %)";
    ReadingLabel => "Progress of reading the sales history", "Fortschritt beim Lesen der Umsatzhistorie";
    CancelReading => "Cancel reading the sales history", "Lesen der Umsatzhistorie abbrechen";
    Nothing => "No row can be imported.", "Keine Zeile kann importiert werden.";
    ExportTitle => "Export sales history", "Umsatzhistorie exportieren";
    ExportIntro => "One row per customer, period and offering, with customer numbers and names: the same shape the import reads.", "Eine Zeile je Kunde, Zeitraum und Angebot, mit Kundennummern und Namen: dieselbe Form, die der Import liest.";
    ExportCsv => "Download sales history (CSV)", "Umsatzhistorie herunterladen (CSV)";
    ExportXlsx => "Download sales history (Excel)", "Umsatzhistorie herunterladen (Excel)";
    ExportEmpty => "There is no sales history yet.", "Es gibt noch keine Umsatzhistorie.";
    SheetName => "Sales history", "Umsatzhistorie";
    ThinNewYear => "{year} is new: revenue for {count} of the {before} customers who bought in {previous}. Until their rows are imported, the others show as lost in {year} (−100 %) in the register and the development.", "{year} ist neu: Umsatz für {count} der {before} Kunden, die {previous} gekauft haben. Bis deren Zeilen importiert sind, erscheinen die übrigen {year} als verloren (−100 %) in der Kundenliste und der Entwicklung.";
}

/// A field's name in the mapping and in messages.
pub fn field_text(f: HistoryField, l: Lang) -> String {
    let key = match f {
        HistoryField::CustomerNumber => HI::FCustomerNumber,
        HistoryField::Customer => HI::FCustomer,
        HistoryField::Period => HI::FPeriod,
        HistoryField::Offering => HI::FOffering,
        HistoryField::Revenue => HI::FRevenue,
        HistoryField::Margin => HI::FMargin,
        HistoryField::Unit => HI::FUnit,
        HistoryField::Year(y) => return fill(l.t(HI::FYear), &[("year", &y.to_string())]),
    };
    l.t(key).to_string()
}

/// An export column's header.
pub fn column_text(c: HistoryColumn, l: Lang) -> String {
    let f = match c {
        HistoryColumn::CustomerNumber => HistoryField::CustomerNumber,
        HistoryColumn::Customer => HistoryField::Customer,
        HistoryColumn::Period => HistoryField::Period,
        HistoryColumn::Offering => HistoryField::Offering,
        HistoryColumn::Unit => HistoryField::Unit,
        HistoryColumn::Revenue => HistoryField::Revenue,
        HistoryColumn::Margin => HistoryField::Margin,
    };
    field_text(f, l)
}

/// A thin year's note from `template` (the register's or the import preview's): its
/// year, the year before and the two counts of customers.
pub fn thin_year_text(l: Lang, template: &str, t: &ThinYear) -> String {
    fill(
        template,
        &[
            ("year", &t.year.to_string()),
            ("previous", &(t.year - 1).to_string()),
            ("count", &l.count(t.customers)),
            ("before", &l.count(t.before)),
        ],
    )
}

/// `one` for a count of 1, else `many` with the count filled in: "1 Kunde angelegt",
/// "2 Kunden angelegt".
fn counted(l: Lang, count: usize, one: HI, many: HI) -> String {
    if count == 1 {
        l.t(one).to_string()
    } else {
        fill(l.t(many), &[("count", &l.count(count))])
    }
}

/// "1.234 history rows from 1.240 rows; 6 rows with problems are left out."
pub fn summary_text(l: Lang, records: usize, rows: usize, problems: usize) -> String {
    fill(
        l.t(HI::Summary),
        &[
            ("records", &counted(l, records, HI::OneRecord, HI::Records)),
            ("rows", &counted(l, rows, HI::OneRowRead, HI::RowsRead)),
            (
                "problems",
                &counted(l, problems, HI::OneProblemRow, HI::ProblemRows),
            ),
        ],
    )
}

/// The confirm button: "Import 1 history row".
pub fn import_button_text(l: Lang, records: usize) -> String {
    let records = counted(l, records, HI::OneRecord, HI::Records);
    fill(l.t(HI::ImportButton), &[("records", &records)])
}

/// The toast after the import, for Undo.
pub fn imported_text(l: Lang, added: usize, replaced: usize, file: &str) -> String {
    fill(
        l.t(HI::Imported),
        &[
            ("added", &counted(l, added, HI::OneRecord, HI::Records)),
            (
                "replaced",
                &counted(l, replaced, HI::OneReplaced, HI::Replaced),
            ),
            ("file", file),
        ],
    )
}

/// The toast after adding the file's unknown customers.
pub fn customers_added_text(l: Lang, count: usize) -> String {
    counted(l, count, HI::OneCustomerAdded, HI::CustomersAdded)
}

/// What is wrong with a cell, with its text (quoted by the template).
pub fn problem_text(p: &HistoryProblem, value: &str, l: Lang) -> String {
    let key = match p {
        HistoryProblem::NoCustomer => HI::PNoCustomer,
        HistoryProblem::UnknownCustomer => HI::PUnknownCustomer,
        HistoryProblem::BadPeriod => HI::PBadPeriod,
        HistoryProblem::NotANumber => HI::PNotANumber,
        HistoryProblem::UnknownUnit => HI::PUnknownUnit,
        HistoryProblem::OtherCustomer { number, listed } => {
            return fill(
                l.t(HI::POtherCustomer),
                &[("value", value), ("number", number), ("listed", listed)],
            )
        }
    };
    fill(l.t(key), &[("value", value)])
}

/// What the mapping lacks.
pub fn gap_text(g: MappingGap, l: Lang) -> &'static str {
    l.t(match g {
        MappingGap::NoCustomer => HI::NoCustomerColumn,
        MappingGap::NoPeriod => HI::NoPeriodColumn,
        MappingGap::NoRevenue => HI::NoRevenueColumn,
    })
}
