//! Every row below the header checked: the accounts it gives and what is wrong.

use std::collections::{HashMap, HashSet};

use super::cell_value::set_field;
use super::field::{normalize_header, Field};
use super::header::Mapping;
use super::import::{name_key, number_key};
use super::Cell;
use crate::domain::account::Account;
use crate::domain::number::DecimalSeparator;

/// What is wrong with one cell.
#[derive(Debug, Clone, PartialEq)]
pub enum CellProblem {
    /// The name is missing.
    NoName,
    NotANumber,
    /// The potential is negative.
    Negative,
    NotAYear,
    NotYesNo,
    /// The same customer (number, or name without number) is in an earlier row.
    Duplicate {
        first_row: usize,
    },
}

/// One problem, located as the user sees the file: row number (1 = first row),
/// column (0-based; the UI shows its header) and the cell's text.
#[derive(Debug, Clone, PartialEq)]
pub struct RowProblem {
    pub row: usize,
    /// The user chose to skip this row: listed (so that it can be taken back), but no
    /// longer in the way of the import.
    pub skipped: bool,
    pub column: usize,
    pub field: Field,
    pub value: String,
    pub problem: CellProblem,
}

/// A row that passed: the account it gives (id 0 until imported) and the fields the
/// file filled, so that an empty cell never erases a value already in the register.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedRow {
    pub row: usize,
    pub account: Account,
    pub filled: Vec<Field>,
}

/// The outcome of checking every row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Checked {
    pub rows: Vec<ImportedRow>,
    pub problems: Vec<RowProblem>,
    /// Rows skipped on the user's request.
    pub skipped: usize,
    /// Rows left out because they are empty.
    pub empty: usize,
    /// Rows left out because they are totals ("Summe", "Total"), by row number.
    pub totals: Vec<usize>,
}

impl Checked {
    /// Rows with a problem that is neither fixed nor skipped, in order.
    pub fn problem_rows(&self) -> Vec<usize> {
        let mut rows: Vec<usize> = self
            .problems
            .iter()
            .filter(|p| !p.skipped)
            .map(|p| p.row)
            .collect();
        rows.dedup();
        rows
    }
}

/// The user's corrections: (row, column) → the text to use instead of the cell.
pub type Fixes = HashMap<(usize, usize), String>;

/// How to read the rows below the header.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadSettings {
    pub header_row: usize,
    pub mapping: Mapping,
    pub decimal: DecimalSeparator,
}

/// First words of a total row ("Summe", "Gesamt", "Total", …).
const TOTAL_WORDS: &[&str] = &[
    "summe",
    "gesamt",
    "gesamtsumme",
    "insgesamt",
    "total",
    "totals",
    "grandtotal",
    "sum",
    "gesamtergebnis",
];

fn is_total(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    TOTAL_WORDS.contains(&normalize_header(first).as_str())
}

/// Checks every row below the header and turns the good ones into accounts. Rows in
/// `skip` are left out; `fixes` replace cells. `to_f64` turns plain digits
/// ("-1234.5") into a number (the browser passes its own `parseFloat`).
pub fn check_rows(
    rows: &[Vec<Cell>],
    settings: &ReadSettings,
    fixes: &Fixes,
    skip: &HashSet<usize>,
    to_f64: &dyn Fn(&str) -> Option<f64>,
) -> Checked {
    let mut out = Checked::default();
    let mut first_of: HashMap<String, usize> = HashMap::new();
    let name_col = settings
        .mapping
        .iter()
        .position(|f| *f == Some(Field::Name));
    for (i, cells) in rows.iter().enumerate().skip(settings.header_row + 1) {
        let row = i + 1;
        if cells.iter().all(Cell::is_blank) {
            out.empty += 1;
            continue;
        }
        let cell = |c: usize| -> Cell {
            match fixes.get(&(row, c)) {
                Some(text) => Cell::Text(text.clone()),
                None => cells.get(c).cloned().unwrap_or(Cell::Empty),
            }
        };
        // "Summe" in the name column, or in the first filled cell left of it.
        if let Some(Cell::Text(first)) = cells.iter().find(|c| !c.is_blank()) {
            if is_total(first) {
                out.totals.push(row);
                continue;
            }
        }
        let mut account = Account::new(0, "", 0.0);
        let mut filled = Vec::new();
        let mut problems = Vec::new();
        for (c, field) in settings.mapping.iter().enumerate() {
            let Some(field) = *field else { continue };
            let value = cell(c);
            let mut problem = |p| {
                problems.push(RowProblem {
                    row,
                    skipped: false,
                    column: c,
                    field,
                    value: value.text(),
                    problem: p,
                })
            };
            if value.is_blank() {
                if field == Field::Name {
                    problem(CellProblem::NoName);
                }
                continue;
            }
            match set_field(&mut account, field, &value, settings.decimal, to_f64) {
                Ok(()) => filled.push(field),
                Err(p) => problem(p),
            }
        }
        if name_col.is_none() {
            // Without a name column every row lacks its name; one problem per row.
            problems.push(RowProblem {
                row,
                skipped: false,
                column: 0,
                field: Field::Name,
                value: String::new(),
                problem: CellProblem::NoName,
            });
        }
        if problems.is_empty() {
            let key = identity(&account);
            let first = *first_of.entry(key).or_insert(row);
            if first != row {
                let (column, field) = match settings
                    .mapping
                    .iter()
                    .position(|f| *f == Some(Field::CustomerNumber))
                {
                    Some(c) if !account.customer_number.is_empty() => (c, Field::CustomerNumber),
                    _ => (name_col.unwrap_or(0), Field::Name),
                };
                problems.push(RowProblem {
                    row,
                    skipped: false,
                    column,
                    field,
                    value: cell(column).text(),
                    problem: CellProblem::Duplicate { first_row: first },
                });
            }
        }
        if skip.contains(&row) {
            out.skipped += 1;
            out.problems.extend(
                problems
                    .into_iter()
                    .map(|p| RowProblem { skipped: true, ..p }),
            );
        } else if problems.is_empty() {
            account.tidy();
            out.rows.push(ImportedRow {
                row,
                account,
                filled,
            });
        } else {
            out.problems.extend(problems);
        }
    }
    out
}

/// What identifies a customer in a file: the customer number, else the name; the
/// same keys as the matching with the register ([`plan_import`](super::plan_import)).
fn identity(a: &Account) -> String {
    match number_key(a) {
        Some(n) => format!("no:{n}"),
        None => format!("name:{}", name_key(a)),
    }
}
