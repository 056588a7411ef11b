//! Importing and exporting the sales history (docs/spreadsheets.md, "Sales history"):
//! headers in German and English, both shapes, customer and offering matching, number
//! forms, every problem with its row and column (merging and the export:
//! `tests/history_merge.rs`).

use keystone::domain::account::Account;
use keystone::domain::history::import::{
    add_customers, read_history, HistoryProblem, UnknownCustomer,
};
use keystone::domain::history::import_columns::{
    guess_history_decimal, guess_history_mapping, history_header_row, history_mapped_twice,
    mapping_gaps, recognise_history, HistoryField as F, MappingGap,
};
use keystone::domain::history::{Period, SalesRecord, Unit};
use keystone::domain::key_account::{set_key_account, KeyAccountData};
use keystone::domain::number::DecimalSeparator::{Comma, Point};
use keystone::domain::spreadsheet::Cell;
use keystone::domain::workspace::Workspace;

fn to_f64(s: &str) -> Option<f64> {
    s.parse().ok()
}

fn text_rows(lines: &[&[&str]]) -> Vec<Vec<Cell>> {
    lines
        .iter()
        .map(|l| {
            l.iter()
                .map(|c| {
                    if c.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(c.to_string())
                    }
                })
                .collect()
        })
        .collect()
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

fn headers(row: &[&str]) -> Vec<String> {
    row.iter().map(|s| s.to_string()).collect()
}

fn rec(account: u64, period: Period, revenue: f64) -> SalesRecord {
    SalesRecord::new(account, period, revenue)
}

#[test]
fn headers_in_german_and_english() {
    let de = [
        ("Kundennummer", F::CustomerNumber),
        ("Kunde", F::Customer),
        ("Zeitraum", F::Period),
        ("Jahr", F::Period),
        ("Periode", F::Period),
        ("Angebot", F::Offering),
        ("Produktgruppe", F::Offering),
        ("Umsatz", F::Revenue),
        ("Umsatz (EUR)", F::Revenue),
        ("Deckungsbeitrag", F::Margin),
        ("Einheit", F::Unit),
        ("Werk", F::Unit),
    ];
    let en = [
        ("Customer number", F::CustomerNumber),
        ("customer", F::Customer),
        ("Period", F::Period),
        ("Year", F::Period),
        ("Offering", F::Offering),
        ("Product group", F::Offering),
        ("Revenue", F::Revenue),
        ("Margin", F::Margin),
        ("Unit", F::Unit),
    ];
    for (h, f) in de.into_iter().chain(en) {
        assert_eq!(recognise_history(h), Some(f), "{h}");
    }
    assert_eq!(recognise_history("Umsatz 2022"), Some(F::Year(2022)));
    assert_eq!(recognise_history("2021"), Some(F::Year(2021)));
    assert_eq!(recognise_history("Revenue 2023"), Some(F::Year(2023)));
    assert_eq!(recognise_history("Notiz 2023"), None);
    assert_eq!(recognise_history("1800"), None, "out of the year range");
    assert_eq!(recognise_history("DB %"), None);
    assert_eq!(recognise_history(""), None);
    assert_eq!(recognise_history("Farbe"), None);
}

#[test]
fn keys_round_trip() {
    for f in F::ALL.into_iter().chain([F::Year(2024)]) {
        assert_eq!(F::from_key(&f.key()), Some(f));
    }
    assert_eq!(F::from_key("year_x"), None);
    assert_eq!(F::from_key("nonsense"), None);
}

#[test]
fn header_row_below_a_title_and_mapping() {
    let rows = text_rows(&[
        &["Umsatzexport 2025", "", ""],
        &["Kundennummer", "Jahr", "Umsatz", "Umsatz"],
        &["10023", "2024", "1.234,56", "1"],
    ]);
    assert_eq!(history_header_row(&rows), 1);
    let m = guess_history_mapping(&headers(&["Kundennummer", "Jahr", "Umsatz", "Umsatz"]));
    assert_eq!(
        m,
        vec![
            Some(F::CustomerNumber),
            Some(F::Period),
            Some(F::Revenue),
            None
        ]
    );
    assert!(history_mapped_twice(&m).is_empty());
    let twice = vec![Some(F::Revenue), Some(F::Revenue), None];
    assert_eq!(history_mapped_twice(&twice), vec![F::Revenue]);
    assert_eq!(history_header_row(&[]), 0);
    assert_eq!(guess_history_decimal(&rows, 1, &m, Point), Comma);
}

#[test]
fn mapping_gaps_name_what_is_missing() {
    assert_eq!(
        mapping_gaps(&vec![None]),
        vec![
            MappingGap::NoCustomer,
            MappingGap::NoPeriod,
            MappingGap::NoRevenue
        ]
    );
    assert!(mapping_gaps(&vec![Some(F::Customer), Some(F::Period), Some(F::Revenue)]).is_empty());
    assert!(mapping_gaps(&vec![Some(F::CustomerNumber), Some(F::Year(2021))]).is_empty());
}

#[test]
fn long_shape_german_numbers_customers_offerings_units() {
    let ws = workspace();
    let rows = text_rows(&[
        &[
            "Kundennummer",
            "Kunde",
            "Zeitraum",
            "Produktgruppe",
            "Umsatz",
            "Deckungsbeitrag",
            "Werk",
        ],
        &[
            "10023",
            "",
            "2024",
            "Antriebe",
            "1.234,56",
            "200,5",
            "werk nord",
        ],
        &["", " weber kg ", "Q3/2024", "Service", "-50", "", ""],
        &["10024", "", "03.2024", "service", "(12,50)", "", ""],
        &["", "", "", "", "", "", ""],
        &["", "Summe", "", "", "9.999", "", ""],
    ]);
    let m = guess_history_mapping(&headers(&[
        "Kundennummer",
        "Kunde",
        "Zeitraum",
        "Produktgruppe",
        "Umsatz",
        "Deckungsbeitrag",
        "Werk",
    ]));
    let got = read_history(&ws, &rows, 0, &m, Comma, &to_f64);
    assert!(got.problems.is_empty(), "{:?}", got.problems);
    assert_eq!(got.rows_read, 3, "blank and total rows are not read");
    assert_eq!(got.new_offerings, vec!["Service".to_string()]);
    assert_eq!(got.offerings.len(), 2);
    let service = got.offerings.by_name("service").unwrap().id;
    assert_eq!(
        got.records,
        vec![
            SalesRecord {
                account: 1,
                period: Period::Year(2024),
                offering: Some(1),
                unit: Some(1),
                revenue: 1234.56,
                margin: Some(200.5),
            },
            SalesRecord {
                offering: Some(service),
                ..rec(3, Period::Quarter(2024, 3), -50.0)
            },
            SalesRecord {
                offering: Some(service),
                ..rec(2, Period::Month(2024, 3), -12.5)
            },
        ]
    );
}

#[test]
fn english_numbers_and_excel_cells() {
    let ws = workspace();
    let mut rows = text_rows(&[
        &["Customer", "Period", "Revenue"],
        &["MÜLLER AG", "2024-Q1", "1,234.56"],
    ]);
    rows.push(vec![
        Cell::Text("Schmidt GmbH".into()),
        Cell::Number(2023.0),
        Cell::Number(99.5),
    ]);
    rows.push(vec![
        Cell::Text("Schmidt GmbH".into()),
        Cell::Date(2023, 5, 1),
        Cell::Number(f64::INFINITY),
    ]);
    let m = guess_history_mapping(&headers(&["Customer", "Period", "Revenue"]));
    let got = read_history(&ws, &rows, 0, &m, Point, &to_f64);
    assert_eq!(got.records.len(), 2);
    assert_eq!(got.records[0], rec(1, Period::Quarter(2024, 1), 1234.56));
    assert_eq!(got.records[1], rec(2, Period::Year(2023), 99.5));
    assert_eq!(got.problems.len(), 1);
    assert_eq!(got.problems[0].row, 4);
    assert_eq!(got.problems[0].problem, HistoryProblem::NotANumber);
}

#[test]
fn number_first_then_name() {
    let ws = workspace();
    // An unknown number with a known name is matched by the name.
    let rows = text_rows(&[
        &["Nr", "Kunde", "Jahr", "Umsatz"],
        &["99999", "Weber KG", "2024", "5"],
    ]);
    let m = guess_history_mapping(&headers(&["Nr", "Kunde", "Jahr", "Umsatz"]));
    let got = read_history(&ws, &rows, 0, &m, Comma, &to_f64);
    assert_eq!(got.records, vec![rec(3, Period::Year(2024), 5.0)]);
    // A known number with its own name in another case or with spaces is that customer.
    let rows = text_rows(&[
        &["Nr", "Kunde", "Jahr", "Umsatz"],
        &["10024", "  SCHMIDT gmbh ", "2024", "5"],
    ]);
    let got = read_history(&ws, &rows, 0, &m, Comma, &to_f64);
    assert_eq!(got.records, vec![rec(2, Period::Year(2024), 5.0)]);
    // A known number with another name (another account's, or one not in the list) is
    // left out with a problem naming both: it is booked to neither customer.
    let rows = text_rows(&[
        &["Nr", "Kunde", "Jahr", "Umsatz"],
        &["10024", "Weber KG", "2024", "5"],
        &["10024", "Maintec AG", "2024", "7"],
    ]);
    let got = read_history(&ws, &rows, 0, &m, Comma, &to_f64);
    assert!(got.records.is_empty(), "{:?}", got.records);
    assert!(got.unknown.is_empty());
    let problems: Vec<_> = got
        .problems
        .iter()
        .map(|p| {
            (
                p.row,
                p.column,
                p.field,
                p.value.as_str(),
                p.problem.clone(),
            )
        })
        .collect();
    let other = |listed: &str| HistoryProblem::OtherCustomer {
        number: "10024".into(),
        listed: listed.into(),
    };
    assert_eq!(
        problems,
        vec![
            (2, 1, F::Customer, "Weber KG", other("Schmidt GmbH")),
            (3, 1, F::Customer, "Maintec AG", other("Schmidt GmbH")),
        ]
    );
    // Without the name's column the number alone decides.
    let m = guess_history_mapping(&headers(&["Nr", "Ignoriert", "Jahr", "Umsatz"]));
    let got = read_history(&ws, &rows, 0, &m, Comma, &to_f64);
    assert_eq!(got.records.len(), 2);
    assert!(got.records.iter().all(|r| r.account == 2));
}

#[test]
fn every_problem_with_row_and_column() {
    let ws = workspace();
    let rows = text_rows(&[
        &["Kundennummer", "Kunde", "Zeitraum", "Umsatz", "DB", "Werk"],
        &["77777", "Neu AG", "2024", "1", "", ""],
        &["", "Neu AG", "2024", "2", "", ""],
        &["88888", "", "2024", "3", "", ""],
        &["10023", "", "Frühjahr", "1", "", ""],
        &["10023", "", "2024", "viel", "x", ""],
        &["10023", "", "2024", "1", "", "Werk West"],
        &["10024", "", "2024", "1", "", "Werk Nord"],
        &["", "", "2024", "1", "", ""],
    ]);
    let m = guess_history_mapping(&headers(&[
        "Kundennummer",
        "Kunde",
        "Zeitraum",
        "Umsatz",
        "DB",
        "Werk",
    ]));
    let got = read_history(&ws, &rows, 0, &m, Comma, &to_f64);
    assert!(got.records.is_empty());
    let found: Vec<(usize, usize, HistoryProblem)> = got
        .problems
        .iter()
        .map(|p| (p.row, p.column, p.problem.clone()))
        .collect();
    {
        use HistoryProblem::*;
        assert_eq!(
            found,
            vec![
                (2, 0, UnknownCustomer),
                (3, 1, UnknownCustomer),
                (4, 0, UnknownCustomer),
                (5, 2, BadPeriod),
                (6, 3, NotANumber),
                (6, 4, NotANumber),
                (7, 5, UnknownUnit),
                (8, 5, UnknownUnit),
                (9, 0, NoCustomer),
            ]
        );
    }
    assert_eq!(got.problems[3].value, "Frühjahr");
    assert_eq!(
        got.unknown,
        vec![
            UnknownCustomer {
                number: "77777".into(),
                name: "Neu AG".into()
            },
            UnknownCustomer {
                number: String::new(),
                name: "Neu AG".into()
            },
            UnknownCustomer {
                number: "88888".into(),
                name: String::new()
            },
        ]
    );
    assert_eq!(got.unknown[0].label(), "Neu AG (77777)");
    assert_eq!(got.unknown[1].label(), "Neu AG");
    assert_eq!(got.unknown[2].label(), "88888");
}

#[test]
fn unknown_customers_added_then_found() {
    let mut ws = workspace();
    let rows = text_rows(&[
        &["Kundennummer", "Kunde", "Jahr", "Umsatz"],
        &["77777", "Neu AG", "2026", "1.000"],
        &["88888", "", "2026", "2"],
    ]);
    let m = guess_history_mapping(&headers(&["Kundennummer", "Kunde", "Jahr", "Umsatz"]));
    let got = read_history(&ws, &rows, 0, &m, Comma, &to_f64);
    assert_eq!(got.unknown.len(), 2);
    let ids = add_customers(&mut ws, &got.unknown);
    assert_eq!(ids, vec![4, 5]);
    assert_eq!(ws.account(4).unwrap().name, "Neu AG");
    assert_eq!(
        ws.account(5).unwrap().name,
        "88888",
        "the number stands in for a name"
    );
    assert_eq!(ws.account(5).unwrap().customer_number, "88888");
    let again = read_history(&ws, &rows, 0, &m, Comma, &to_f64);
    assert!(again.problems.is_empty());
    assert_eq!(
        again.records,
        vec![
            rec(4, Period::Year(2026), 1000.0),
            rec(5, Period::Year(2026), 2.0)
        ]
    );
}

#[test]
fn wide_shape_one_column_per_year() {
    let ws = workspace();
    let h = [
        "Kunde",
        "Produktgruppe",
        "2021",
        "Umsatz 2022",
        "Revenue 2023",
    ];
    let rows = text_rows(&[
        &h,
        &["Müller AG", "Antriebe", "1.000", "", "-5"],
        &["Weber KG", "", "abc", "2", "3"],
    ]);
    let m = guess_history_mapping(&headers(&h));
    assert!(mapping_gaps(&m).is_empty());
    let got = read_history(&ws, &rows, 0, &m, Comma, &to_f64);
    assert_eq!(
        got.records,
        vec![
            SalesRecord {
                offering: Some(1),
                ..rec(1, Period::Year(2021), 1000.0)
            },
            SalesRecord {
                offering: Some(1),
                ..rec(1, Period::Year(2023), -5.0)
            },
        ]
    );
    assert_eq!(got.problems.len(), 1);
    assert_eq!((got.problems[0].row, got.problems[0].column), (3, 2));
    assert_eq!(got.problems[0].field, F::Year(2021));
}

#[test]
fn empty_input() {
    let ws = workspace();
    let got = read_history(&ws, &[], 0, &vec![], Comma, &to_f64);
    assert_eq!(got.rows_read, 0);
    assert!(got.records.is_empty() && got.problems.is_empty());
    assert_eq!(got.offerings, ws.offerings);
}
