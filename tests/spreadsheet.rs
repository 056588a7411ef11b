//! Host tests of spreadsheet import and export: encodings, CSV dialects, numbers as
//! people write them, header recognition, per-row problems, merge rules, the fixtures
//! (German Excel CSV, an English CSV, an .xlsx with a title and a total row) and round
//! trips export → import.

use std::collections::{HashMap, HashSet};

use keystone::domain::export::{table, Column, ColumnKind, ExportKind, Table};
use keystone::domain::number::{parse_amount, DecimalSeparator};
use keystone::domain::spreadsheet::{
    apply_import, check_rows, find_header_row, guess_decimal, guess_mapping, headers,
    known_header_row, mapped_twice, plan_import, recognise, year_of, yes_no, Cell, CellProblem,
    Checked, Field, ImportMode, ReadSettings,
};
use keystone::domain::{Account, Workspace};
use keystone::i18n::sheet::{column_header, term_text};
use keystone::i18n::Lang;
use keystone::persist::csv::{
    detect_delimiter, detect_encoding, read_all, write_csv, CsvDialect, TextEncoding,
};
use keystone::persist::xlsx::{
    at_once, excel_date, read_book, read_sheet, sheet_names, write_xlsx, XlsxError,
};

const GERMAN_CSV: &[u8] = include_bytes!("fixtures/kunden-excel-de.csv");
const ENGLISH_CSV: &[u8] = include_bytes!("fixtures/customers-en.csv");
const XLSX: &[u8] = include_bytes!("fixtures/kunden-titel-summe.xlsx");

fn to_f64(s: &str) -> Option<f64> {
    s.parse().ok()
}

/// Windows-1252 for the test only (the app uses the browser's TextDecoder): Latin-1
/// plus the euro sign, which is all the fixture holds.
fn cp1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80 => '€',
            0x81..=0x9F => panic!("byte {b:#x} is not in the fixture"),
            b => b as char,
        })
        .collect()
}

/// Reads a file the way the import page does: header row, mapping, decimal guessed.
fn settings_for(rows: &[Vec<Cell>], preferred: DecimalSeparator) -> ReadSettings {
    let header_row = find_header_row(rows);
    let mapping = guess_mapping(&headers(rows, header_row), &HashMap::new());
    let decimal = guess_decimal(rows, header_row, &mapping, preferred);
    ReadSettings {
        header_row,
        mapping,
        decimal,
    }
}

fn check(rows: &[Vec<Cell>], s: &ReadSettings) -> Checked {
    check_rows(rows, s, &HashMap::new(), &HashSet::new(), &to_f64)
}

fn account<'a>(c: &'a Checked, name: &str) -> &'a Account {
    &c.rows
        .iter()
        .find(|r| r.account.name == name)
        .unwrap_or_else(|| panic!("no row for {name}"))
        .account
}

#[test]
fn encodings_are_told_apart_by_bom_and_utf8_validity() {
    assert_eq!(detect_encoding(GERMAN_CSV), (TextEncoding::Windows1252, 0));
    assert_eq!(detect_encoding(ENGLISH_CSV), (TextEncoding::Utf8, 3));
    assert_eq!(
        detect_encoding("Müller;1".as_bytes()),
        (TextEncoding::Utf8, 0)
    );
    assert_eq!(
        detect_encoding(&[0xFF, 0xFE, b'a', 0]),
        (TextEncoding::Utf16Le, 2)
    );
    assert_eq!(
        detect_encoding(&[0xFE, 0xFF, 0, b'a']),
        (TextEncoding::Utf16Be, 2)
    );
    assert_eq!(detect_encoding(b""), (TextEncoding::Utf8, 0));
    assert_eq!(TextEncoding::Windows1252.label(), "windows-1252");
}

#[test]
fn the_delimiter_is_the_one_that_splits_rows_evenly() {
    assert_eq!(detect_delimiter(&cp1252(GERMAN_CSV)), b';');
    let en = std::str::from_utf8(&ENGLISH_CSV[3..]).unwrap();
    assert_eq!(detect_delimiter(en), b',');
    assert_eq!(detect_delimiter("Kunde\tUmsatz\nA\t1,5\nB\t2,5\n"), b'\t');
    // Commas inside quoted fields and decimal commas do not fool it.
    assert_eq!(
        detect_delimiter("Kunde;Umsatz\n\"Bauer, Söhne\";1,5\nX;2,5\n"),
        b';'
    );
    assert_eq!(detect_delimiter("name,revenue\n\"A; B\",1\nC,2\n"), b',');
    // One column, or nothing: semicolon (German Excel) as the default.
    assert_eq!(detect_delimiter("Kunde\nA\nB\n"), b';');
    assert_eq!(detect_delimiter(""), b';');
}

#[test]
fn german_and_english_amounts_with_currencies_and_both_negatives() {
    let de = DecimalSeparator::Comma;
    let en = DecimalSeparator::Point;
    let p = |s: &str, sep| parse_amount(s, sep, to_f64).unwrap();
    assert_eq!(p("1.234.567,89 €", de), 1_234_567.89);
    assert_eq!(p("€ 1.234,50", de), 1234.5);
    assert_eq!(p("EUR -1.234,50", de), -1234.5);
    assert_eq!(p("(1.500,00)", de), -1500.0);
    assert_eq!(p("1.500,00-", de), -1500.0);
    assert_eq!(p("-12.345,00", de), -12345.0);
    assert_eq!(p("$1,234,567.89", en), 1_234_567.89);
    assert_eq!(p("(2,500.00)", en), -2500.0);
    assert_eq!(p("1,234.50 USD", en), 1234.5);
    assert_eq!(p("CHF 12", de), 12.0);
    assert_eq!(p("12,5", en), 12.5);
    // One separator and three digits: the file's notation decides.
    assert_eq!(p("4.000", de), 4000.0);
    assert_eq!(p("4.000", en), 4.0);
    assert_eq!(p("0", de), 0.0);
    assert_eq!(p("1e300".replace('e', "").as_str(), en), 1300.0);
    assert!(parse_amount("n. v.", de, to_f64).is_err());
    assert!(parse_amount("", de, to_f64).is_err());
    assert!(parse_amount("()", de, to_f64).is_err());
    assert!(parse_amount("12,34,5", de, to_f64).is_err());
}

#[test]
fn headers_in_german_and_english_are_recognised() {
    let cases = [
        ("Kunde", Some(Field::Name)),
        ("Kundenname", Some(Field::Name)),
        ("Customer name", Some(Field::Name)),
        ("Kundennr.", Some(Field::CustomerNumber)),
        ("Kd.-Nr.", Some(Field::CustomerNumber)),
        ("Customer No", Some(Field::CustomerNumber)),
        ("Debitor", Some(Field::CustomerNumber)),
        ("Umsatz", Some(Field::Revenue)),
        ("Umsatz 2025 (€)", Some(Field::Revenue)),
        ("Jahresumsatz", Some(Field::Revenue)),
        ("Revenue (USD)", Some(Field::Revenue)),
        ("Deckungsbeitrag", Some(Field::Margin)),
        ("DB", Some(Field::Margin)),
        ("Contribution margin", Some(Field::Margin)),
        ("Potenzial", Some(Field::Potential)),
        ("Branche", Some(Field::Industry)),
        ("Vertriebsgebiet", Some(Field::Region)),
        ("Kunde seit", Some(Field::CustomerSince)),
        ("Customer since", Some(Field::CustomerSince)),
        ("Schlüsselkunde", Some(Field::KeyAccount)),
        ("Key Account", Some(Field::KeyAccount)),
        ("Schlagworte", Some(Field::Tags)),
        ("Bemerkung", Some(Field::Notes)),
        ("Notes", Some(Field::Notes)),
        // Ratios and unknown headers are left for the user.
        ("DB-Quote", None),
        ("DB %", None),
        ("Share of wallet %", None),
        ("ABC-Klasse", None),
        ("Telefon", None),
        ("", None),
    ];
    for (header, field) in cases {
        assert_eq!(recognise(header), field, "{header}");
    }
}

#[test]
fn every_exported_header_reads_back_as_its_field_and_the_others_are_ignored() {
    for lang in Lang::ALL {
        for field in Field::ALL {
            let h = column_header(Column::Field(field), lang);
            assert_eq!(recognise(&h), Some(field), "{h}");
        }
        for c in [
            Column::AbcClass,
            Column::Score,
            Column::Proposal,
            Column::ShareOfWallet,
            Column::Rank,
            Column::Value,
            Column::Share,
            Column::Cumulative,
            Column::Rated,
        ] {
            let h = column_header(c, lang);
            assert_eq!(recognise(&h), None, "{h}");
        }
    }
}

#[test]
fn the_mapping_remembers_choices_and_gives_a_field_one_column() {
    let hs: Vec<String> = ["Kunde", "Name", "Umsatz", "Telefon", "DB"]
        .map(String::from)
        .to_vec();
    let none = HashMap::new();
    let m = guess_mapping(&hs, &none);
    assert_eq!(
        m,
        vec![
            Some(Field::Name),
            None,
            Some(Field::Revenue),
            None,
            Some(Field::Margin)
        ]
    );
    // Last time the user took "Name" as the name and ignored "DB".
    let remembered = HashMap::from([
        ("name".to_string(), Some(Field::Name)),
        ("kunde".to_string(), Some(Field::Industry)),
        ("db".to_string(), None),
    ]);
    let m = guess_mapping(&hs, &remembered);
    assert_eq!(
        m,
        vec![
            Some(Field::Industry),
            Some(Field::Name),
            Some(Field::Revenue),
            None,
            None
        ]
    );
    assert!(mapped_twice(&m).is_empty());
    assert_eq!(
        mapped_twice(&vec![Some(Field::Name), Some(Field::Name), None]),
        vec![Field::Name]
    );
}

#[test]
fn a_german_excel_csv_reads_with_its_problems_listed() {
    let text = cp1252(GERMAN_CSV);
    let rows = read_all(&text, detect_delimiter(&text));
    let s = settings_for(&rows, DecimalSeparator::Point);
    assert_eq!(s.header_row, 0);
    assert_eq!(
        s.decimal,
        DecimalSeparator::Comma,
        "decided by the file, not the UI"
    );
    assert_eq!(
        s.mapping,
        vec![
            Some(Field::CustomerNumber),
            Some(Field::Name),
            Some(Field::Industry),
            Some(Field::Region),
            Some(Field::Revenue),
            Some(Field::Margin),
            Some(Field::Potential),
            Some(Field::CustomerSince),
            Some(Field::KeyAccount),
            Some(Field::Notes),
        ]
    );
    let c = check(&rows, &s);
    let m = account(&c, "Müller Maschinenbau GmbH");
    assert_eq!(m.customer_number, "10001");
    assert_eq!(m.revenue, 1_234_567.89);
    assert_eq!(m.contribution_margin, Some(310_000.0));
    assert_eq!(m.potential, Some(4_000_000.0));
    assert_eq!(m.relationship_since, Some(2009));
    assert!(m.key_account);
    let b = account(&c, "Bauer; Söhne KG");
    assert_eq!(b.notes, "Zahlt spät; \"Skonto\" verlangt");
    assert_eq!(b.contribution_margin, Some(190_000.5));
    assert_eq!(b.potential, None, "an empty cell is unknown, not 0");
    assert!(!b.key_account);
    assert_eq!(account(&c, "Größenwahn AG").revenue, -12_345.0);
    assert_eq!(account(&c, "Öko Fenster GmbH").revenue, -1_500.0);
    // Row 6: no revenue; row 7: a negative potential.
    assert_eq!(
        c.problems
            .iter()
            .map(|p| (p.row, p.column, p.problem.clone(), p.value.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (6, 4, CellProblem::NotANumber, "n. v."),
            (7, 6, CellProblem::Negative, "-5.000"),
        ]
    );
    assert_eq!(c.problem_rows(), vec![6, 7]);
    assert_eq!((c.empty, c.totals.clone()), (1, vec![9]));
    assert_eq!(c.rows.len(), 4);

    // Fixing row 6 and skipping row 7 leaves no problem.
    let fixes = HashMap::from([((6, 4), "15.000,00".to_string())]);
    let c = check_rows(&rows, &s, &fixes, &HashSet::from([7]), &to_f64);
    // The skipped row stays listed (to take it back), but is in nobody's way.
    assert_eq!(c.problems.len(), 1);
    assert!(c.problems[0].skipped && c.problems[0].row == 7);
    assert!(c.problem_rows().is_empty());
    assert_eq!(c.skipped, 1);
    assert_eq!(account(&c, "Straße & Weg e.K.").revenue, 15_000.0);
    assert_eq!(c.rows.len(), 5);
}

#[test]
fn an_english_csv_with_bom_quotes_line_breaks_and_empty_lines() {
    let text = std::str::from_utf8(&ENGLISH_CSV[3..]).unwrap();
    let rows = read_all(text, detect_delimiter(text));
    let s = settings_for(&rows, DecimalSeparator::Comma);
    assert_eq!(s.decimal, DecimalSeparator::Point);
    let c = check(&rows, &s);
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    assert_eq!(c.empty, 3);
    let acme = account(&c, "Acme Corp");
    assert_eq!(acme.customer_number, "C-100");
    assert_eq!(acme.revenue, 1_234_567.89);
    assert_eq!(acme.potential, Some(4_000_000.0));
    assert_eq!(acme.relationship_since, Some(2009));
    assert_eq!(acme.tags, vec!["KAM", "Innovation"]);
    assert_eq!(acme.notes, "Frame contract\nrenewed 2026");
    let smith = account(&c, "Smith, Jones & Co");
    assert_eq!(smith.revenue, -2500.0);
    assert_eq!(smith.relationship_since, Some(2015));
    assert!(account(&c, "Globex").key_account);
    // Row numbers are records: the quoted line break does not shift them.
    assert_eq!(
        c.rows.iter().map(|r| r.row).collect::<Vec<_>>(),
        vec![2, 4, 7]
    );
}

#[test]
fn an_xlsx_with_a_title_row_a_total_row_an_empty_line_and_formulas() {
    assert_eq!(sheet_names(XLSX).unwrap(), vec!["Deckblatt", "Kunden"]);
    let cover = read_sheet(XLSX, 0).unwrap();
    assert_eq!(cover.len(), 1);
    assert_eq!(
        known_header_row(&cover),
        None,
        "a cover sheet holds no list"
    );
    let rows = read_sheet(XLSX, 1).unwrap();
    assert_eq!(known_header_row(&rows), Some(2));
    // Unless the user chooses, the list is read, not the cover sheet in front of it.
    let first = read_book(XLSX, None).unwrap();
    assert_eq!((first.sheets.len(), first.sheet), (2, 1));
    assert_eq!(first.rows, rows);
    let chosen = read_book(XLSX, Some(0)).unwrap();
    assert_eq!((chosen.sheet, chosen.rows), (0, cover));
    assert_eq!(read_book(XLSX, Some(2)), Err(XlsxError::NoSheet));
    let s = settings_for(&rows, DecimalSeparator::Comma);
    assert_eq!(
        s.header_row, 2,
        "the title row and the blank row above are skipped"
    );
    assert_eq!(
        s.mapping,
        vec![
            Some(Field::CustomerNumber),
            Some(Field::Name),
            Some(Field::Industry),
            Some(Field::Revenue),
            Some(Field::Margin),
            None, // DB-Quote, a column of formulas
            Some(Field::CustomerSince),
            Some(Field::KeyAccount),
        ]
    );
    // The formula column holds its computed values.
    assert!(matches!(rows[3][5], Cell::Number(q) if (q - 0.248).abs() < 0.001));
    let c = check(&rows, &s);
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    assert_eq!(c.rows.len(), 5);
    assert_eq!(c.empty, 1);
    assert_eq!(c.totals, vec![10], "the total row is Excel's row 10");
    let r = account(&c, "Rheintec GmbH");
    assert_eq!(
        r.customer_number, "10001",
        "a number cell, written without decimals"
    );
    assert_eq!(r.revenue, 1_250_000.5);
    assert_eq!(r.relationship_since, Some(2009), "from a date cell");
    assert!(r.key_account);
    assert_eq!(account(&c, "Weber & Söhne KG").revenue, -12_000.0);
    assert_eq!(account(&c, "Ostsee Foods").relationship_since, Some(2012));
    assert_eq!(c.rows[0].row, 4, "row numbers are Excel's");
}

#[test]
fn a_file_meant_for_the_other_import_is_known_by_its_name() {
    use keystone::domain::spreadsheet::{file_kind, FileKind};
    for name in [
        "kunden.csv",
        "Kunden 2025.CSV",
        "export.tsv",
        "liste.txt",
        "Liste.xlsx",
        "alt.xls",
        "calc.ods",
        " makro.xlsm ",
    ] {
        assert_eq!(file_kind(name), FileKind::Spreadsheet, "{name}");
    }
    for name in ["keystone-workspace-2026-11-22.json", "CLIENT.JSON"] {
        assert_eq!(file_kind(name), FileKind::Workspace, "{name}");
    }
    for name in ["", "csv", "notes.pdf", "archive.csv.zip", "README"] {
        assert_eq!(file_kind(name), FileKind::Other, "{name}");
    }
}

#[test]
fn a_file_that_is_not_xlsx_is_refused_by_name() {
    assert!(matches!(
        sheet_names(GERMAN_CSV),
        Err(XlsxError::NotXlsx(_))
    ));
    assert!(matches!(read_sheet(b"", 0), Err(XlsxError::NotXlsx(_))));
    assert_eq!(read_sheet(XLSX, 7), Err(XlsxError::NoSheet));
}

#[test]
fn excel_dates_and_years_and_yes_no() {
    assert_eq!(excel_date(1.0), (1900, 1, 1));
    assert_eq!(excel_date(59.0), (1900, 2, 28));
    assert_eq!(excel_date(61.0), (1900, 3, 1));
    assert_eq!(excel_date(45_992.5), (2025, 12, 1));
    let y = |s: &str| year_of(&Cell::Text(s.into()));
    assert_eq!(y("2015"), Ok(2015));
    assert_eq!(y("01.03.2015"), Ok(2015));
    assert_eq!(y("1.3.2015"), Ok(2015));
    assert_eq!(y("2015-03-01"), Ok(2015));
    assert_eq!(y("03/15/2015"), Ok(2015));
    assert_eq!(y("1.3.15"), Err(CellProblem::NotAYear));
    assert_eq!(y("seit 2015"), Err(CellProblem::NotAYear));
    assert_eq!(y("1799"), Err(CellProblem::NotAYear));
    assert_eq!(year_of(&Cell::Number(2001.0)), Ok(2001));
    assert_eq!(year_of(&Cell::Number(2001.5)), Err(CellProblem::NotAYear));
    assert_eq!(year_of(&Cell::Date(1999, 12, 31)), Ok(1999));
    for t in ["ja", "JA", "x", "yes", "Y", "wahr", "1", "✓"] {
        assert_eq!(yes_no(&Cell::Text(t.into())), Ok(true), "{t}");
    }
    for t in ["nein", "no", "n", "falsch", "0", "-"] {
        assert_eq!(yes_no(&Cell::Text(t.into())), Ok(false), "{t}");
    }
    assert_eq!(
        yes_no(&Cell::Text("vielleicht".into())),
        Err(CellProblem::NotYesNo)
    );
    assert_eq!(yes_no(&Cell::Bool(true)), Ok(true));
    assert_eq!(yes_no(&Cell::Number(2.0)), Err(CellProblem::NotYesNo));
}

fn text_rows(rows: &[&[&str]]) -> Vec<Vec<Cell>> {
    rows.iter()
        .map(|r| {
            r.iter()
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

fn register(list: &[(&str, &str, f64)]) -> Workspace {
    let mut ws = Workspace::default();
    for (number, name, revenue) in list {
        let mut a = Account::new(0, *name, *revenue);
        a.customer_number = number.to_string();
        ws.add_account(a);
    }
    ws
}

#[test]
fn merge_rules_new_changed_unchanged_and_duplicates_in_the_file() {
    let mut ws = register(&[
        ("K1", "Alpha GmbH", 100.0),
        ("", "Beta AG", 200.0),
        ("K3", "Gamma KG", 300.0),
        ("K4", "Delta", 400.0),
    ]);
    ws.accounts[0].notes = "wichtig".into();
    let rows = text_rows(&[
        &["Kundennummer", "Kunde", "Umsatz", "Notizen"],
        &["K1", "Alpha GmbH", "150", ""], // changed (revenue), notes kept
        &["K2", "Beta AG", "200", ""],    // by name; gets its number: changed
        &["K3", "Gamma KG (neu)", "300", ""], // by number, renamed: changed
        &["K4", "Delta", "400", ""],      // unchanged
        &["K5", "Epsilon", "500", ""],    // new
        &["k5", "Epsilon Zwei", "1", ""], // the same number again
        &["", "zeta", "1", ""],           // new, by name
        &["", "Zeta", "2", ""],           // the same name again
    ]);
    let s = settings_for(&rows, DecimalSeparator::Comma);
    let c = check(&rows, &s);
    assert_eq!(
        c.problems
            .iter()
            .map(|p| (p.row, p.field, p.problem.clone()))
            .collect::<Vec<_>>(),
        vec![
            (
                7,
                Field::CustomerNumber,
                CellProblem::Duplicate { first_row: 6 }
            ),
            (9, Field::Name, CellProblem::Duplicate { first_row: 8 }),
        ]
    );
    let plan = plan_import(&ws.accounts, &c.rows);
    assert_eq!(plan.new.len(), 2);
    assert_eq!(plan.changed.len(), 3);
    assert_eq!(plan.unchanged.len(), 1);
    assert!(plan.not_in_file.is_empty());

    let merged = apply_import(&ws, &c.rows, &plan, ImportMode::Merge);
    assert_eq!(merged.accounts.len(), 6);
    let alpha = merged.account(1).unwrap();
    assert_eq!((alpha.revenue, alpha.notes.as_str()), (150.0, "wichtig"));
    assert_eq!(merged.account(2).unwrap().customer_number, "K2");
    assert_eq!(merged.account(3).unwrap().name, "Gamma KG (neu)");
    let ids: Vec<u64> = merged.accounts.iter().map(|a| a.id).collect();
    assert_eq!(ids, vec![1, 2, 3, 4, 5, 6], "new accounts get fresh ids");
    assert!(merged.validate().is_empty());
}

#[test]
fn replace_removes_the_accounts_not_in_the_file_with_their_ratings_and_history() {
    let mut ws = register(&[("K1", "Alpha", 100.0), ("K2", "Beta", 200.0)]);
    ws.value_model.set_rating(2, "fit", Some(8));
    ws.value_model.set_rating(1, "fit", Some(5));
    ws.key_accounts
        .insert("2".into(), serde_json::json!({"roles": []}));
    for account in [1, 2, 1] {
        ws.history
            .push(keystone::domain::history::SalesRecord::of_year(
                account, 2024, 10.0,
            ));
    }
    let rows = text_rows(&[
        &["Kundennummer", "Kunde", "Umsatz"],
        &["K1", "Alpha", "120"],
        &["K9", "Neu", "5"],
    ]);
    let s = settings_for(&rows, DecimalSeparator::Comma);
    let c = check(&rows, &s);
    let plan = plan_import(&ws.accounts, &c.rows);
    assert_eq!(plan.not_in_file, vec![2]);
    let out = apply_import(&ws, &c.rows, &plan, ImportMode::Replace);
    let names: Vec<&str> = out.accounts.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, vec!["Alpha", "Neu"]);
    assert_eq!(
        out.value_model.rating(1, "fit"),
        Some(5),
        "kept with its account"
    );
    assert_eq!(out.value_model.rating(2, "fit"), None);
    assert!(!out.key_accounts.contains_key("2"));
    // Beta's sales history goes too: a row of a customer that is gone would make the
    // stored workspace unreadable.
    let left: Vec<u64> = out.history.iter().map(|r| r.account).collect();
    assert_eq!(left, vec![1, 1]);
    // The new account's id is above every id the register had: no leftover reference
    // to Beta (id 2) can point at it.
    assert_eq!(out.account(3).unwrap().name, "Neu");
    assert!(out.validate().is_empty());
}

#[test]
fn a_missing_name_column_and_empty_inputs() {
    let rows = text_rows(&[&["Umsatz", "Branche"], &["1", "Bau"]]);
    let s = settings_for(&rows, DecimalSeparator::Comma);
    let c = check(&rows, &s);
    assert_eq!(c.problems.len(), 1);
    assert_eq!(c.problems[0].problem, CellProblem::NoName);
    let empty: Vec<Vec<Cell>> = Vec::new();
    assert_eq!(find_header_row(&empty), 0);
    assert!(headers(&empty, 0).is_empty());
    let c = check(&empty, &settings_for(&empty, DecimalSeparator::Comma));
    assert_eq!(c, Checked::default());
    let plan = plan_import(&[], &[]);
    assert!(plan.new.is_empty() && plan.not_in_file.is_empty());
}

#[test]
fn twenty_thousand_rows_check_and_merge() {
    let mut rows = vec![vec![
        Cell::Text("Kunde".into()),
        Cell::Text("Umsatz".into()),
    ]];
    for i in 0..20_000 {
        rows.push(vec![
            Cell::Text(format!("Kunde {i}")),
            Cell::Text(format!("{},50", i * 1000)),
        ]);
    }
    rows.push(vec![Cell::Text("Kunde 7".into()), Cell::Number(1e300)]);
    let s = settings_for(&rows, DecimalSeparator::Comma);
    let c = check(&rows, &s);
    assert_eq!(c.rows.len(), 20_000);
    assert_eq!(c.problems.len(), 1, "the last row repeats Kunde 7");
    let ws = Workspace::default();
    let plan = plan_import(&ws.accounts, &c.rows);
    let out = apply_import(&ws, &c.rows, &plan, ImportMode::Merge);
    assert_eq!(out.accounts.len(), 20_000);
    assert_eq!(out.accounts[19_999].revenue, 19_999_000.5);
    // Importing the same rows again changes nothing.
    let again = plan_import(&out.accounts, &c.rows);
    assert_eq!((again.new.len(), again.changed.len()), (0, 0));
    assert_eq!(again.unchanged.len(), 20_000);
}

fn headers_of(t: &Table, lang: Lang) -> Vec<String> {
    t.columns.iter().map(|c| column_header(*c, lang)).collect()
}

/// Exports the register, reads the file back and checks it against the workspace.
fn round_trip(ws: &Workspace, rows: Vec<Vec<Cell>>, preferred: DecimalSeparator) {
    let s = settings_for(&rows, preferred);
    let c = check(&rows, &s);
    assert!(
        c.problems.is_empty(),
        "{:?}",
        &c.problems[..c.problems.len().min(3)]
    );
    assert_eq!(c.rows.len(), ws.accounts.len());
    // Into the same workspace: nothing to do.
    let plan = plan_import(&ws.accounts, &c.rows);
    assert_eq!((plan.new.len(), plan.changed.len()), (0, 0));
    // Into an empty one: the same accounts.
    let fresh = Workspace::default();
    let plan = plan_import(&fresh.accounts, &c.rows);
    let out = apply_import(&fresh, &c.rows, &plan, ImportMode::Merge);
    assert_eq!(out.accounts, ws.accounts);
}

#[test]
fn the_register_round_trips_through_csv_in_both_dialects_and_through_xlsx() {
    let ws = keystone::domain::sample::sample_workspace();
    for lang in Lang::ALL {
        let term = |t| term_text(t, lang);
        let t = table(&ws, ExportKind::Register, 2026, &term);
        let hs = headers_of(&t, lang);
        let kinds = t.kinds();
        for dialect in [CsvDialect::GERMAN_EXCEL, CsvDialect::PLAIN] {
            let bytes = write_csv(&hs, &kinds, &t.rows, dialect, ("ja", "nein"));
            let (enc, bom) = detect_encoding(&bytes);
            assert_eq!(
                (enc, bom),
                (TextEncoding::Utf8, if dialect.bom { 3 } else { 0 })
            );
            let text = std::str::from_utf8(&bytes[bom..]).unwrap();
            assert_eq!(detect_delimiter(text), dialect.delimiter);
            round_trip(&ws, read_all(text, dialect.delimiter), dialect.decimal);
        }
        let bytes = write_xlsx("Kunden", &hs, &kinds, &t.rows).unwrap();
        round_trip(&ws, read_sheet(&bytes, 0).unwrap(), DecimalSeparator::Comma);
    }
}

#[test]
fn a_german_csv_has_bom_semicolons_and_decimal_commas() {
    let ws = keystone::domain::sample::sample_workspace();
    let term = |t| term_text(t, Lang::De);
    let t = table(&ws, ExportKind::Abc, 2026, &term);
    let hs = headers_of(&t, Lang::De);
    let kinds = t.kinds();
    let bytes = write_csv(
        &hs,
        &kinds,
        &t.rows,
        CsvDialect::GERMAN_EXCEL,
        ("ja", "nein"),
    );
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "Rang;Kundennummer;Name;Wert (ABC-Maß);Anteil %;Kumuliert %;ABC-Klasse"
    );
    let first: Vec<&str> = lines.next().unwrap().split(';').collect();
    assert_eq!(first[0], "1");
    assert_eq!(first[6], "A");
    assert!(first[4].contains(','), "decimal comma: {}", first[4]);
    assert!(!first[3].contains('.'), "no grouping: {}", first[3]);
}

#[test]
fn every_table_has_a_header_per_column_and_rows_of_that_width() {
    let ws = keystone::domain::sample::sample_workspace();
    for kind in ExportKind::ALL {
        let term = |t| term_text(t, Lang::En);
        let t = table(&ws, kind, 2026, &term);
        assert!(!t.rows.is_empty(), "{kind:?}");
        assert!(
            t.rows.iter().all(|r| r.len() == t.columns.len()),
            "{kind:?}"
        );
    }
    let ranking = table(&ws, ExportKind::Ranking, 2026, &|t| term_text(t, Lang::En));
    // Ranked rows first, ranks never falling.
    let ranks: Vec<f64> = ranking
        .rows
        .iter()
        .filter_map(|r| match r[0] {
            Cell::Number(n) => Some(n),
            _ => None,
        })
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(ranks.first(), Some(&1.0));
    let cards = table(&ws, ExportKind::Scorecards, 2026, &|t| {
        term_text(t, Lang::En)
    });
    assert_eq!(cards.rows.len(), ws.key_account_count());
    // An empty workspace exports headers only.
    let empty = Workspace::default();
    for kind in ExportKind::ALL {
        assert!(table(&empty, kind, 2026, &|t| term_text(t, Lang::En))
            .rows
            .is_empty());
    }
}

#[test]
fn an_xlsx_export_has_typed_cells_percentages_and_a_frozen_header() {
    let ws = keystone::domain::sample::sample_workspace();
    let t = table(&ws, ExportKind::Abc, 2026, &|t| term_text(t, Lang::En));
    let hs = headers_of(&t, Lang::En);
    let kinds = t.kinds();
    let bytes = write_xlsx("ABC analysis", &hs, &kinds, &t.rows).unwrap();
    let back = read_sheet(&bytes, 0).unwrap();
    assert_eq!(back[0][0], Cell::Text("Rank".into()));
    // A book whose only sheet names no known field is read all the same.
    let notes = write_xlsx(
        "Notes",
        &["Topic".to_string(), "Owner".to_string()],
        &[ColumnKind::Text, ColumnKind::Text],
        &[vec![Cell::Text("Fair".into()), Cell::Text("Ana".into())]],
    )
    .unwrap();
    let read = read_book(&notes, None).unwrap();
    assert_eq!(known_header_row(&read.rows), None);
    assert_eq!((read.sheet, read.rows.len()), (0, 2));
    assert_eq!(back[1][0], Cell::Number(1.0));
    // Percent cells hold fractions (Excel shows 12.3 %).
    let (Cell::Number(share), Cell::Number(written)) = (&back[1][4], &t.rows[0][4]) else {
        panic!("a share is a number");
    };
    assert!((share * 100.0 - written).abs() < 1e-9);
    // The sheet XML says: frozen first row, a filter, column widths; the styles hold
    // the percent and money formats.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let read = |zip: &mut zip::ZipArchive<_>, name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
        text
    };
    let sheet = read(&mut zip, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        ),
        "{sheet}"
    );
    assert!(sheet.contains("<autoFilter"));
    assert!(sheet.contains("<col "));
    let styles = read(&mut zip, "xl/styles.xml");
    assert!(styles.contains(r#"formatCode="0.0%""#));
    assert!(styles.contains(r##"formatCode="#,##0.00""##));
    // The cells themselves show their column's format: a share as percent, a rank as
    // a whole number, the header bold (with its own style).
    assert_eq!(cell_format(&sheet, &styles, "E2").as_deref(), Some("0.0%"));
    assert_eq!(cell_format(&sheet, &styles, "F9").as_deref(), Some("0.0%"));
    assert_eq!(cell_format(&sheet, &styles, "A2").as_deref(), Some("0"));
    assert_eq!(cell_format(&sheet, &styles, "A1"), None);
}

#[test]
fn a_large_xlsx_is_written_in_batches_with_a_pause_before_saving() {
    let rows: Vec<Vec<Cell>> = (0..12_000)
        .map(|i| vec![Cell::Text(format!("Kunde {i}")), Cell::Number(i as f64)])
        .collect();
    let headers = ["Name".to_string(), "Revenue".to_string()];
    let kinds = [ColumnKind::Text, ColumnKind::Amount];
    let pauses = std::cell::Cell::new(0);
    let writing =
        keystone::persist::xlsx::write_xlsx_in_batches("Big", &headers, &kinds, &rows, |_| {
            pauses.set(pauses.get() + 1);
            std::future::ready(())
        });
    let bytes = at_once(writing).unwrap();
    assert_eq!(
        pauses.get(),
        3,
        "after rows 5,000 and 10,000, and before saving"
    );
    let back = read_sheet(&bytes, 0).unwrap();
    assert_eq!(back.len(), 12_001);
    assert_eq!(
        back[12_000],
        vec![Cell::Text("Kunde 11999".into()), Cell::Number(11_999.0)]
    );
}

/// The number format code a cell of an .xlsx sheet shows (`None`: General), read from
/// the sheet's XML and the workbook's styles.
fn cell_format(sheet: &str, styles: &str, cell: &str) -> Option<String> {
    let after =
        |text: &str, start: &str| -> Option<usize> { text.find(start).map(|i| i + start.len()) };
    let attr = |tag: &str, name: &str| -> Option<String> {
        let i = after(tag, &format!(" {name}=\""))?;
        Some(tag[i..].split('"').next()?.to_string())
    };
    let tag_at = |text: &str, i: usize| text[i..].split('>').next().unwrap_or("").to_string();
    let c = tag_at(sheet, sheet.find(&format!("<c r=\"{cell}\""))?);
    let xf: usize = attr(&c, "s")?.parse().ok()?;
    let xfs = &styles[after(styles, "<cellXfs")?..];
    let nth = xfs.match_indices("<xf ").nth(xf)?.0;
    let id = attr(&tag_at(xfs, nth), "numFmtId")?;
    if id == "1" {
        return Some("0".into()); // Excel's built-in whole-number format
    }
    let n = styles.find(&format!("<numFmt numFmtId=\"{id}\""))?;
    attr(&tag_at(styles, n), "formatCode")
}

#[test]
fn blank_lines_are_rows_whatever_the_line_ends() {
    for text in ["a;b\r\n\r\nc;d\r\n", "a;b\n\nc;d\n", "a;b\r\n\r\nc;d"] {
        let rows = read_all(text, b';');
        assert_eq!(rows.len(), 3, "{text:?}");
        assert!(rows[1].iter().all(Cell::is_blank));
        assert_eq!(rows[2][1], Cell::Text("d".into()));
    }
    assert!(read_all("", b';').is_empty());
}

#[test]
fn text_that_would_run_as_a_formula_is_guarded_in_csv_and_reads_back_unchanged() {
    use keystone::domain::export::ColumnKind;
    let rows = vec![vec![
        Cell::Text("=HYPERLINK(\"http://x\")".into()),
        Cell::Text("-Rabatt".into()),
        Cell::Text("'quoted".into()),
        Cell::Number(-5.0),
    ]];
    let kinds = [
        ColumnKind::Text,
        ColumnKind::Text,
        ColumnKind::Text,
        ColumnKind::Amount,
    ];
    let hs: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
    let bytes = write_csv(&hs, &kinds, &rows, CsvDialect::PLAIN, ("yes", "no"));
    let text = String::from_utf8(bytes).unwrap();
    let line = text.lines().nth(1).unwrap();
    assert_eq!(
        line,
        "\"'=HYPERLINK(\"\"http://x\"\")\",'-Rabatt,'quoted,-5"
    );
    let back = read_all(&text, b',');
    assert_eq!(back[1][0], Cell::Text("=HYPERLINK(\"http://x\")".into()));
    assert_eq!(back[1][1], Cell::Text("-Rabatt".into()));
    assert_eq!(
        back[1][2],
        Cell::Text("'quoted".into()),
        "other apostrophes stay"
    );
}

#[test]
fn a_large_sheet_is_read_in_batches_that_report_progress_and_can_stop() {
    use keystone::domain::export::ColumnKind;
    use keystone::persist::xlsx::read_sheet_in_batches;
    let rows: Vec<Vec<Cell>> = (0..6_000)
        .map(|i| vec![Cell::Text(format!("Kunde {i}")), Cell::Number(i as f64)])
        .collect();
    let hs = vec!["Kunde".to_string(), "Umsatz".to_string()];
    let bytes = write_xlsx(
        "Kunden",
        &hs,
        &[ColumnKind::Text, ColumnKind::Amount],
        &rows,
    )
    .unwrap();
    let run = |stop_after: usize| {
        let mut seen = Vec::new();
        let future = read_sheet_in_batches(&bytes, 0, |share| {
            seen.push(share);
            std::future::ready(seen.len() < stop_after)
        });
        let result = at_once(future).unwrap();
        (result, seen)
    };
    // 12,002 cells: pauses after 5,000 and 10,000.
    let (all, seen) = run(usize::MAX);
    let all = all.unwrap().rows;
    assert_eq!(all.len(), 6_001);
    assert_eq!(all[6_000][1], Cell::Number(5_999.0));
    assert_eq!(seen.len(), 2);
    assert!(seen[0] > 0.35 && seen[0] < 0.45, "{seen:?}");
    assert!(seen[1] > 0.7 && seen[1] < 0.9, "{seen:?}");
    // The user cancels at the first pause: nothing is returned.
    let (cancelled, _) = run(1);
    assert_eq!(cancelled, None);
    // A whole book: a pause after opening it (share 0), then the sheet's; the rows are
    // the sheet's, and cancelling right after opening reads nothing.
    let mut shares = Vec::new();
    let book = at_once(keystone::persist::xlsx::read_book_in_batches(
        &bytes,
        None,
        |share| {
            shares.push(share);
            std::future::ready(true)
        },
    ))
    .unwrap()
    .unwrap();
    assert_eq!(book.rows, all);
    assert_eq!(shares.len(), 3);
    assert_eq!(shares[0], 0.0);
    let stopped = at_once(keystone::persist::xlsx::read_book_in_batches(
        &bytes,
        None,
        |_| std::future::ready(false),
    ));
    assert_eq!(stopped, Ok(None));
}
