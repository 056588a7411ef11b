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
    let mut checker = RowChecker::new(settings.clone());
    checker.check_more(rows, usize::MAX, fixes, skip, to_f64);
    checker.finish()
}

/// [`check_rows`] a batch of rows at a time, so that a page can pause between batches
/// (paint, take input, cancel). Checking all batches gives what `check_rows` gives.
#[derive(Debug, Clone)]
pub struct RowChecker {
    settings: ReadSettings,
    name_col: Option<usize>,
    /// The first row of each customer (duplicates name it).
    first_of: HashMap<String, usize>,
    /// The index of the next row to check.
    next: usize,
    out: Checked,
}

impl RowChecker {
    pub fn new(settings: ReadSettings) -> RowChecker {
        RowChecker {
            name_col: settings
                .mapping
                .iter()
                .position(|f| *f == Some(Field::Name)),
            first_of: HashMap::new(),
            next: settings.header_row + 1,
            out: Checked::default(),
            settings,
        }
    }

    /// Checks up to `count` more rows; true once every row of `rows` is checked. The
    /// same `rows`, `fixes` and `skip` must be passed to every batch.
    pub fn check_more(
        &mut self,
        rows: &[Vec<Cell>],
        count: usize,
        fixes: &Fixes,
        skip: &HashSet<usize>,
        to_f64: &dyn Fn(&str) -> Option<f64>,
    ) -> bool {
        let end = self.next.saturating_add(count).min(rows.len());
        while self.next < end {
            let i = self.next;
            self.check_row(i + 1, &rows[i], fixes, skip, to_f64);
            self.next += 1;
        }
        self.next >= rows.len()
    }

    /// The share of the rows checked, 0 to 1.
    pub fn progress(&self, rows: usize) -> f64 {
        if rows == 0 {
            1.0
        } else {
            (self.next.min(rows) as f64 / rows as f64).min(1.0)
        }
    }

    pub fn finish(self) -> Checked {
        self.out
    }

    /// One row (`row`: its number in the file, 1 = first).
    fn check_row(
        &mut self,
        row: usize,
        cells: &[Cell],
        fixes: &Fixes,
        skip: &HashSet<usize>,
        to_f64: &dyn Fn(&str) -> Option<f64>,
    ) {
        let settings = &self.settings;
        let out = &mut self.out;
        if cells.iter().all(Cell::is_blank) {
            out.empty += 1;
            return;
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
                return;
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
        if self.name_col.is_none() {
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
            let first = *self.first_of.entry(key).or_insert(row);
            if first != row {
                let (column, field) = match settings
                    .mapping
                    .iter()
                    .position(|f| *f == Some(Field::CustomerNumber))
                {
                    Some(c) if !account.customer_number.is_empty() => (c, Field::CustomerNumber),
                    _ => (self.name_col.unwrap_or(0), Field::Name),
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
}

/// What identifies a customer in a file: the customer number, else the name; the
/// same keys as the matching with the register ([`plan_import`](super::plan_import)).
fn identity(a: &Account) -> String {
    match number_key(a) {
        Some(n) => format!("no:{n}"),
        None => format!("name:{}", name_key(a)),
    }
}
