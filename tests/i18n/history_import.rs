//! The history import's counts in words: one row, one customer, in both languages.

use keystone::domain::history::import::HistoryProblem;
use keystone::i18n::history_import::{
    customers_added_text, import_button_text, imported_text, problem_text, summary_text,
};
use keystone::i18n::Lang::{De, En};

#[test]
fn one_is_singular_and_more_are_plural() {
    assert_eq!(
        summary_text(De, 1, 1, 1),
        "1 Historienzeile aus 1 Zeile; 1 Zeile mit Problemen wird ausgelassen."
    );
    assert_eq!(
        summary_text(De, 1234, 1240, 6),
        "1.234 Historienzeilen aus 1.240 Zeilen; 6 Zeilen mit Problemen werden ausgelassen."
    );
    assert_eq!(
        summary_text(En, 2, 4, 0),
        "2 history rows from 4 rows; 0 rows with problems are left out."
    );
    assert_eq!(import_button_text(En, 1), "Import 1 history row");
    assert_eq!(
        import_button_text(De, 30_000),
        "30.000 Historienzeilen importieren"
    );
    assert_eq!(
        imported_text(De, 1, 1, "erp.csv"),
        "1 Historienzeile aus erp.csv importiert (1 gespeicherte Zeile ersetzt)."
    );
    assert_eq!(
        imported_text(En, 2, 0, "erp.csv"),
        "2 history rows imported from erp.csv (0 stored rows replaced)."
    );
    assert_eq!(customers_added_text(De, 1), "1 Kunde angelegt.");
    assert_eq!(customers_added_text(De, 3), "3 Kunden angelegt.");
    assert_eq!(customers_added_text(En, 1), "1 account added.");
}

#[test]
fn a_number_of_another_customer_names_both() {
    let p = HistoryProblem::OtherCustomer {
        number: "10009".into(),
        listed: "Krafttec AG".into(),
    };
    assert_eq!(
        problem_text(&p, "Maintec AG", De),
        "Kundennummer 10009 ist in der Liste „Krafttec AG“, nicht „Maintec AG“ (um nur nach der Nummer zuzuordnen, die Spalte des Namens auf „(ignorieren)“ setzen)"
    );
    assert!(problem_text(&p, "Maintec AG", En)
        .starts_with("customer number 10009 is “Krafttec AG” in the list, not “Maintec AG”"));
}
