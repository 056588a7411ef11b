//! Merging imported sales history into the stored one (docs/spreadsheets.md, "Sales
//! history"): overlapping periods, merge and replace, re-importing a year; the export
//! table read back by the import.

use keystone::domain::account::Account;
use keystone::domain::history::import::read_history;
use keystone::domain::history::import_columns::guess_history_mapping;
use keystone::domain::history::import_merge::{
    history_table, merge_history, overlaps, replaced_count, HistoryColumn, HistoryMode, MergeCount,
};
use keystone::domain::history::{Period, SalesHistory, SalesRecord, Unit};
use keystone::domain::key_account::{set_key_account, KeyAccountData};
use keystone::domain::number::DecimalSeparator::Comma;
use keystone::domain::spreadsheet::Cell;
use keystone::domain::workspace::Workspace;

fn to_f64(s: &str) -> Option<f64> {
    s.parse().ok()
}

/// Müller (10023, units Werk Nord/Werk Süd), Schmidt GmbH (10024), Weber (no number).
fn workspace() -> Workspace {
    let mut ws = Workspace::default();
    let mut a = Account::new(1, "Müller AG", 100.0);
    a.customer_number = "10023".into();
    ws.accounts.push(a);
    let mut b = Account::new(2, "Schmidt GmbH", 50.0);
    b.customer_number = "10024".into();
    ws.accounts.push(b);
    ws.accounts.push(Account::new(3, "Weber KG", 10.0));
    ws.offerings.add("Antriebe", "");
    let data = KeyAccountData {
        units: vec![
            Unit::new(1, "Werk Nord", None),
            Unit::new(2, "Werk Süd", None),
        ],
        ..Default::default()
    };
    set_key_account(&mut ws.key_accounts, 1, &data);
    ws
}

fn rec(account: u64, period: Period, revenue: f64) -> SalesRecord {
    SalesRecord::new(account, period, revenue)
}

#[test]
fn periods_overlap() {
    use Period::*;
    assert!(overlaps(Year(2024), Month(2024, 5)));
    assert!(overlaps(Quarter(2024, 2), Month(2024, 6)));
    assert!(!overlaps(Quarter(2024, 2), Month(2024, 7)));
    assert!(overlaps(Month(2024, 1), Quarter(2024, 1)));
    assert!(!overlaps(Year(2024), Year(2023)));
    assert!(!overlaps(Month(2024, 1), Month(2024, 2)));
    assert!(!overlaps(Quarter(2024, 1), Quarter(2024, 2)));
}

#[test]
fn merge_replaces_the_same_customer_and_period_only() {
    use Period::*;
    let stored = SalesHistory(vec![
        rec(1, Year(2024), 10.0),
        rec(1, Year(2023), 9.0),
        rec(2, Year(2024), 8.0),
        rec(1, Month(2024, 3), 1.0),
    ]);
    let imported = vec![rec(1, Year(2024), 20.0), rec(1, Year(2024), 5.0)];
    let (merged, count) = merge_history(&stored, &imported, HistoryMode::Merge);
    assert_eq!(
        count,
        MergeCount {
            added: 2,
            replaced: 2
        }
    );
    assert_eq!(
        merged.0,
        vec![
            rec(1, Year(2023), 9.0),
            rec(2, Year(2024), 8.0),
            rec(1, Year(2024), 20.0),
            rec(1, Year(2024), 5.0),
        ]
    );
    // Importing the same again does not double it.
    let (twice, _) = merge_history(&merged, &imported, HistoryMode::Merge);
    assert_eq!(twice, merged);
    let (replaced, count) = merge_history(&stored, &imported, HistoryMode::Replace);
    assert_eq!(replaced.0, imported);
    assert_eq!(
        count,
        MergeCount {
            added: 2,
            replaced: 4
        }
    );
    let (same, count) = merge_history(&stored, &[], HistoryMode::Merge);
    assert_eq!((same, count.replaced), (stored.clone(), 0));
    // Said before the import: the count the merge reports after.
    assert_eq!(replaced_count(&stored, &imported, HistoryMode::Merge), 2);
    assert_eq!(replaced_count(&stored, &imported, HistoryMode::Replace), 4);
    assert_eq!(replaced_count(&stored, &[], HistoryMode::Merge), 0);
    let other = [rec(3, Year(2024), 1.0)];
    assert_eq!(replaced_count(&stored, &other, HistoryMode::Merge), 0);
    let empty = SalesHistory::default();
    assert_eq!(replaced_count(&empty, &imported, HistoryMode::Replace), 0);
}

#[test]
fn export_reads_back_to_the_same_records() {
    let mut ws = workspace();
    ws.history = SalesHistory(vec![
        SalesRecord {
            account: 1,
            period: Period::Quarter(2024, 2),
            offering: Some(1),
            unit: Some(2),
            revenue: 1234.5,
            margin: Some(-3.25),
        },
        rec(3, Period::Month(2023, 11), -7.0),
    ]);
    let table = history_table(&ws);
    assert_eq!(table[0][0], Cell::Text("10023".into()));
    assert_eq!(table[0][2], Cell::Text("2024-Q2".into()));
    assert_eq!(table[1][2], Cell::Text("2023-11".into()));
    assert_eq!(table[0][3], Cell::Text("Antriebe".into()));
    assert_eq!(table[0][4], Cell::Text("Werk Süd".into()));
    assert_eq!(table[1][0], Cell::Empty);
    assert_eq!(HistoryColumn::ALL.len(), table[0].len());
    let mut rows = vec![vec![
        Cell::Text("Kundennummer".into()),
        Cell::Text("Kunde".into()),
        Cell::Text("Zeitraum".into()),
        Cell::Text("Angebot".into()),
        Cell::Text("Einheit".into()),
        Cell::Text("Umsatz".into()),
        Cell::Text("Deckungsbeitrag".into()),
    ]];
    rows.extend(table);
    let m = guess_history_mapping(&rows[0].iter().map(Cell::text).collect::<Vec<_>>());
    let got = read_history(&ws, &rows, 0, &m, Comma, &to_f64);
    assert!(got.problems.is_empty(), "{:?}", got.problems);
    assert_eq!(got.records, ws.history.0);
    assert!(got.new_offerings.is_empty());
}

#[test]
fn export_of_a_gone_account_names_its_id() {
    let mut ws = workspace();
    ws.history = SalesHistory(vec![rec(42, Period::Year(2024), 1.0)]);
    let table = history_table(&ws);
    assert_eq!(table[0][1], Cell::Text("#42".into()));
    // A year is a number cell, and reads back as the year.
    assert_eq!(table[0][2], Cell::Number(2024.0));
}
