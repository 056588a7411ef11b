//! Reading a sales-history export (ERP, docs/spreadsheets.md "Sales history") into
//! [`SalesRecord`]s: customers matched by customer number, else by name; offerings by
//! name (new ones listed and created); every row that cannot be read is reported with
//! its row number and column and left out.
//!
//! Long shape: one row per customer, period and offering (columns customer number or
//! name, period, offering, revenue, optional margin and unit). Wide shape: one column
//! per year ("2021", "Umsatz 2022"), each cell that year's revenue.

use std::collections::HashMap;

use super::import_columns::{HistoryField, HistoryMapping};
use super::{Offerings, Period, SalesRecord};
use crate::domain::account::{Account, AccountId};
use crate::domain::key_account::key_account;
use crate::domain::number::{parse_amount, DecimalSeparator};
use crate::domain::spreadsheet::Cell;
use crate::domain::workspace::{Accounts, Workspace};

/// What is wrong with one cell of a history row.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryProblem {
    /// Neither customer number nor name.
    NoCustomer,
    /// No account has this number or name (listed in [`HistoryImport::unknown`]).
    UnknownCustomer,
    /// Not one of the period forms ([`Period::parse`]).
    BadPeriod,
    /// Revenue or margin that is not a number (or empty revenue).
    NotANumber,
    /// The customer has no unit of this name.
    UnknownUnit,
}

/// One problem, as the user sees the file: row number (1 = first row), the column
/// (0-based, among the columns read) with its field, and the cell's text.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryRowProblem {
    pub row: usize,
    pub column: usize,
    pub field: HistoryField,
    pub value: String,
    pub problem: HistoryProblem,
}

/// A customer of the file that is not in the register: what the rows call it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownCustomer {
    pub number: String,
    pub name: String,
}

impl UnknownCustomer {
    /// How a list names it: "Name (10023)", or whichever is there.
    pub fn label(&self) -> String {
        match (self.name.is_empty(), self.number.is_empty()) {
            (false, false) => format!("{} ({})", self.name, self.number),
            (false, true) => self.name.clone(),
            _ => self.number.clone(),
        }
    }
}

/// What reading the rows gives, before anything is stored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HistoryImport {
    /// The records of the rows that passed.
    pub records: Vec<SalesRecord>,
    /// The offerings section with the new offerings added.
    pub offerings: Offerings,
    /// Names of the offerings the file adds, in first-seen order.
    pub new_offerings: Vec<String>,
    /// Customers not in the register, in first-seen order.
    pub unknown: Vec<UnknownCustomer>,
    pub problems: Vec<HistoryRowProblem>,
    /// Rows below the header that held anything (blank rows and totals left out).
    pub rows_read: usize,
}

/// Words of a total row in the customer column: such a row is not a customer.
const TOTALS: &[&str] = &[
    "summe",
    "gesamt",
    "gesamtsumme",
    "total",
    "sum",
    "grandtotal",
];

fn key(text: &str) -> String {
    text.trim().to_lowercase()
}

/// Reads the rows below `header_row` with `mapping`. `to_f64` is the last step of
/// number parsing (the browser passes its own, as the customer import does).
pub fn read_history(
    ws: &Workspace,
    rows: &[Vec<Cell>],
    header_row: usize,
    mapping: &HistoryMapping,
    decimal: DecimalSeparator,
    to_f64: &dyn Fn(&str) -> Option<f64>,
) -> HistoryImport {
    let mut by_number: HashMap<String, AccountId> = HashMap::new();
    let mut by_name: HashMap<String, AccountId> = HashMap::new();
    for a in ws.accounts.iter() {
        if !a.customer_number.trim().is_empty() {
            by_number.entry(key(&a.customer_number)).or_insert(a.id);
        }
        by_name.entry(key(&a.name)).or_insert(a.id);
    }
    let column = |f: HistoryField| mapping.iter().position(|m| *m == Some(f));
    let years: Vec<(usize, i32)> = mapping
        .iter()
        .enumerate()
        .filter_map(|(c, f)| match f {
            Some(HistoryField::Year(y)) => Some((c, *y)),
            _ => None,
        })
        .collect();
    let (number_col, name_col) = (
        column(HistoryField::CustomerNumber),
        column(HistoryField::Customer),
    );
    let mut units: HashMap<AccountId, Vec<(String, super::UnitId)>> = HashMap::new();
    let mut out = HistoryImport {
        offerings: ws.offerings.clone(),
        ..Default::default()
    };
    let empty = Cell::Empty;
    for (i, row) in rows.iter().enumerate().skip(header_row + 1) {
        if row.iter().all(Cell::is_blank) {
            continue;
        }
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).unwrap_or(&empty);
        let number = cell(number_col).text();
        let name = cell(name_col).text();
        if number.is_empty()
            && TOTALS.contains(&crate::domain::spreadsheet::normalize_header(&name).as_str())
        {
            continue;
        }
        out.rows_read += 1;
        let n = i + 1;
        let mut problems = Vec::new();
        let mut problem = |col: Option<usize>, field, value: String, problem| {
            problems.push(HistoryRowProblem {
                row: n,
                column: col.unwrap_or(0),
                field,
                value,
                problem,
            })
        };
        let account = if number.is_empty() && name.is_empty() {
            let col = number_col.or(name_col);
            let field = if number_col.is_some() {
                HistoryField::CustomerNumber
            } else {
                HistoryField::Customer
            };
            problem(col, field, String::new(), HistoryProblem::NoCustomer);
            None
        } else {
            let found = (!number.is_empty())
                .then(|| by_number.get(&key(&number)))
                .flatten()
                .or_else(|| {
                    (!name.is_empty())
                        .then(|| by_name.get(&key(&name)))
                        .flatten()
                })
                .copied();
            if found.is_none() {
                let (col, field, value) = if number.is_empty() {
                    (name_col, HistoryField::Customer, name.clone())
                } else {
                    (number_col, HistoryField::CustomerNumber, number.clone())
                };
                problem(col, field, value, HistoryProblem::UnknownCustomer);
                let u = UnknownCustomer {
                    number: number.clone(),
                    name: name.clone(),
                };
                if !out.unknown.contains(&u) {
                    out.unknown.push(u);
                }
            }
            found
        };
        let amount = |c: &Cell| -> Option<f64> {
            match c {
                Cell::Number(n) => n.is_finite().then_some(*n),
                other => parse_amount(&other.text(), decimal, to_f64).ok(),
            }
        };
        // Long shape: one period and revenue per row; wide: one per year column.
        let mut amounts: Vec<(Period, f64)> = Vec::new();
        if years.is_empty() {
            let pc = column(HistoryField::Period);
            let period = match cell(pc) {
                Cell::Date(y, m, _) => Some(Period::Month(*y, *m)),
                c => Period::parse(&c.text()),
            };
            if period.is_none() {
                problem(
                    pc,
                    HistoryField::Period,
                    cell(pc).text(),
                    HistoryProblem::BadPeriod,
                );
            }
            let rc = column(HistoryField::Revenue);
            let revenue = amount(cell(rc));
            if revenue.is_none() {
                problem(
                    rc,
                    HistoryField::Revenue,
                    cell(rc).text(),
                    HistoryProblem::NotANumber,
                );
            }
            if let (Some(p), Some(r)) = (period, revenue) {
                amounts.push((p, r));
            }
        } else {
            for &(c, y) in &years {
                let v = cell(Some(c));
                if v.is_blank() {
                    continue;
                }
                match amount(v) {
                    Some(r) => amounts.push((Period::Year(y), r)),
                    None => problem(
                        Some(c),
                        HistoryField::Year(y),
                        v.text(),
                        HistoryProblem::NotANumber,
                    ),
                }
            }
        }
        let mc = column(HistoryField::Margin);
        let margin = match cell(mc) {
            c if c.is_blank() => None,
            c => {
                let m = amount(c);
                if m.is_none() {
                    problem(
                        mc,
                        HistoryField::Margin,
                        c.text(),
                        HistoryProblem::NotANumber,
                    );
                }
                m
            }
        };
        let uc = column(HistoryField::Unit);
        let unit_name = cell(uc).text();
        let unit = match account {
            Some(a) if !unit_name.is_empty() => {
                let list = units.entry(a).or_insert_with(|| {
                    key_account(&ws.key_accounts, a)
                        .units
                        .iter()
                        .map(|u| (key(&u.name), u.id))
                        .collect()
                });
                let found = list
                    .iter()
                    .find(|(n, _)| *n == key(&unit_name))
                    .map(|u| u.1);
                if found.is_none() {
                    problem(
                        uc,
                        HistoryField::Unit,
                        unit_name.clone(),
                        HistoryProblem::UnknownUnit,
                    );
                }
                found
            }
            _ => None,
        };
        let (Some(account), true) = (account, problems.is_empty()) else {
            out.problems.extend(problems);
            continue;
        };
        let offering_name = cell(column(HistoryField::Offering)).text();
        let offering =
            (!offering_name.is_empty()).then(|| match out.offerings.by_name(&offering_name) {
                Some(o) => o.id,
                None => {
                    out.new_offerings.push(offering_name.clone());
                    out.offerings.add(&offering_name, "")
                }
            });
        // In the wide shape the margin column (if any) goes with no single year.
        let margin = if years.is_empty() { margin } else { None };
        out.records
            .extend(amounts.into_iter().map(|(period, revenue)| SalesRecord {
                account,
                period,
                offering,
                unit,
                revenue,
                margin,
            }));
    }
    out
}

/// Adds the customers not in the register as new accounts (name, else the number, as
/// the name; revenue 0) and returns their ids; reading the file again then finds them.
pub fn add_customers(accounts: &mut Accounts, unknown: &[UnknownCustomer]) -> Vec<AccountId> {
    unknown
        .iter()
        .map(|u| {
            let name = if u.name.trim().is_empty() {
                &u.number
            } else {
                &u.name
            };
            let mut a = Account::new(0, name.trim(), 0.0);
            a.customer_number = u.number.trim().to_string();
            accounts.add_account(a)
        })
        .collect()
}
