//! Reading a sales-history export in batches (issue 27, 600,000 rows): every batch
//! size gives what the one-pass read gives (problems, unknown customers and new
//! offerings seen in several batches, units, blank and total rows, both shapes), and a
//! read stopped half-way leaves the workspace as it was.

use keystone::domain::account::Account;
use keystone::domain::history::import::{read_history, HistoryImport, HistoryReader};
use keystone::domain::history::import_columns::{guess_history_mapping, HistoryMapping};
use keystone::domain::history::Unit;
use keystone::domain::key_account::{set_key_account, KeyAccountData};
use keystone::domain::number::DecimalSeparator::Comma;
use keystone::domain::spreadsheet::{headers, Cell};
use keystone::domain::workspace::Workspace;

fn to_f64(s: &str) -> Option<f64> {
    s.parse().ok()
}

fn text(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s.to_string())
    }
}

fn workspace() -> Workspace {
    let mut ws = Workspace::default();
    for i in 1..=6u64 {
        let mut a = Account::new(i, format!("Kunde {i}"), 100.0);
        if i != 6 {
            a.customer_number = format!("K-{i}");
        }
        ws.accounts.push(a);
    }
    ws.offerings.add("Antriebe", "");
    let data = KeyAccountData {
        units: vec![Unit::new(1, "Werk Nord", None)],
        ..Default::default()
    };
    set_key_account(&mut ws.key_accounts, 1, &data);
    ws
}

/// A long-shape file with every kind of row, repeated so that each kind falls into
/// several batches: known and unknown customers (by number and by name), a new
/// offering, a unit and an unknown unit, a bad period and revenue, blank rows, totals.
fn long_rows() -> Vec<Vec<Cell>> {
    let mut rows = vec![[
        "Kundennummer",
        "Kunde",
        "Jahr",
        "Produktgruppe",
        "Umsatz",
        "DB",
        "Werk",
    ]
    .map(text)
    .to_vec()];
    for round in 0..4 {
        for (no, name, period, offering, revenue, margin, unit) in [
            (
                "K-1",
                "",
                "2023",
                "Antriebe",
                "1.000,50",
                "100",
                "Werk Nord",
            ),
            ("K-2", "", "2024-Q2", "Service", "20,00", "", ""),
            ("", "Kunde 6", "2024-03", "antriebe", "-5,00", "", ""),
            ("K-99", "Neu GmbH", "2024", "Antriebe", "7", "", ""),
            ("", "Unbekannt AG", "2024", "Service", "7", "", ""),
            ("K-3", "", "Frühjahr", "Antriebe", "viel", "", ""),
            ("K-1", "", "2022", "Antriebe", "1", "x", "Werk West"),
            ("", "", "2022", "Antriebe", "1", "", ""),
            ("", "", "", "", "", "", ""),
            ("", "Summe", "", "", "999", "", ""),
            ("K-4", "", "2021", "", "4", "", ""),
        ] {
            let offering = if round == 2 && offering == "Service" {
                "Wartung"
            } else {
                offering
            };
            rows.push(
                [no, name, period, offering, revenue, margin, unit]
                    .map(text)
                    .to_vec(),
            );
        }
    }
    rows
}

fn wide_rows() -> Vec<Vec<Cell>> {
    let mut rows = vec![["Kunde", "Produktgruppe", "2022", "Umsatz 2023", "DB"]
        .map(text)
        .to_vec()];
    for i in 0..30 {
        let name = format!("Kunde {}", i % 8 + 1);
        let y22 = if i % 5 == 0 {
            "n/a".to_string()
        } else {
            format!("{i},5")
        };
        rows.push(vec![
            text(&name),
            text(if i % 3 == 0 { "Neu" } else { "Antriebe" }),
            text(&y22),
            Cell::Number(i as f64),
            text("1"),
        ]);
    }
    rows
}

fn mapping(rows: &[Vec<Cell>]) -> HistoryMapping {
    guess_history_mapping(&headers(rows, 0))
}

fn batched(ws: &Workspace, rows: &[Vec<Cell>], size: usize) -> HistoryImport {
    let mut reader = HistoryReader::new(ws, 0, &mapping(rows), Comma);
    let mut batches = 0;
    while !reader.read_more(ws, rows, size, &to_f64) {
        batches += 1;
        assert!(reader.progress(rows.len()) < 1.0);
        assert!(reader.rows_done(rows.len()) < rows.len() - 1);
        assert!(batches <= rows.len(), "a batch must make progress");
    }
    assert_eq!(reader.progress(rows.len()), 1.0);
    // The header is not a row of the count: "of 600,000 rows" for 600,000 data rows.
    assert_eq!(reader.data_rows(rows.len()), rows.len() - 1);
    assert_eq!(reader.rows_done(rows.len()), rows.len() - 1);
    reader.finish()
}

#[test]
fn the_batched_read_equals_the_one_pass_read_in_both_shapes() {
    let ws = workspace();
    for rows in [long_rows(), wide_rows()] {
        let whole = read_history(&ws, &rows, 0, &mapping(&rows), Comma, &to_f64);
        assert!(!whole.records.is_empty() && !whole.problems.is_empty());
        assert!(!whole.new_offerings.is_empty());
        for size in [1, 2, 3, 7, 10, 11, 2000, usize::MAX] {
            assert_eq!(batched(&ws, &rows, size), whole, "batches of {size}");
        }
    }
}

#[test]
fn unknown_customers_and_new_offerings_are_listed_once_across_batches() {
    let ws = workspace();
    let rows = long_rows();
    let got = batched(&ws, &rows, 3);
    let labels: Vec<String> = got.unknown.iter().map(|u| u.label()).collect();
    assert_eq!(labels, ["Neu GmbH (K-99)", "Unbekannt AG"]);
    assert_eq!(got.new_offerings, ["Service", "Wartung"]);
    // "antriebe" is the known offering, not a new one.
    assert_eq!(got.offerings.len(), 3);
    // 4 rounds of 9 rows that hold anything (the blank row and the total left out).
    assert_eq!(got.rows_read, 36);
    // Per round: K-1, K-2, Kunde 6 and K-4 pass.
    assert_eq!(got.records.len(), 16);
}

#[test]
fn a_read_stopped_half_way_leaves_the_workspace_as_it_was() {
    let ws = workspace();
    let before = ws.clone();
    let rows = long_rows();
    let mut reader = HistoryReader::new(&ws, 0, &mapping(&rows), Comma);
    assert!(!reader.read_more(&ws, &rows, rows.len() / 2, &to_f64));
    assert!(reader.progress(rows.len()) > 0.4 && reader.progress(rows.len()) < 0.6);
    // Cancelled: the reader is dropped; nothing was written anywhere.
    drop(reader);
    assert_eq!(ws, before);
}

#[test]
fn no_rows_or_a_header_only_is_done_at_once() {
    let ws = workspace();
    let rows = long_rows();
    let mut reader = HistoryReader::new(&ws, 0, &mapping(&rows), Comma);
    assert!(reader.read_more(&ws, &[], 10, &to_f64));
    assert_eq!(reader.progress(0), 1.0);
    assert_eq!(reader.rows_done(0), 0);
    let got = reader.finish();
    assert_eq!(got.records, vec![]);
    assert_eq!(got.offerings, ws.offerings);
    let header = rows[..1].to_vec();
    assert_eq!(
        batched(&ws, &header, 5),
        read_history(&ws, &header, 0, &mapping(&header), Comma, &to_f64)
    );
    // A header row below the end of the rows: nothing to read, and done.
    let mut reader = HistoryReader::new(&ws, 5, &mapping(&rows), Comma);
    assert!(reader.read_more(&ws, &header, 1, &to_f64));
    assert_eq!(reader.progress(header.len()), 1.0);
    assert_eq!(reader.data_rows(header.len()), 0);
    assert_eq!(reader.rows_done(header.len()), 0);
}

#[test]
fn the_count_starts_under_a_header_that_is_not_the_first_row() {
    let ws = workspace();
    let mut rows = vec![vec![text("Export vom 01.12.2026")], vec![]];
    rows.extend(long_rows());
    let mut reader = HistoryReader::new(&ws, 2, &mapping(&rows[2..]), Comma);
    assert_eq!(reader.data_rows(rows.len()), rows.len() - 3);
    assert_eq!(reader.rows_done(rows.len()), 0);
    assert!(!reader.read_more(&ws, &rows, 4, &to_f64));
    assert_eq!(reader.rows_done(rows.len()), 4);
    while !reader.read_more(&ws, &rows, 4, &to_f64) {}
    assert_eq!(reader.rows_done(rows.len()), rows.len() - 3);
}
