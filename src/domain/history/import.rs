//! Reading a sales-history export (ERP, docs/spreadsheets.md "Sales history") into
//! [`SalesRecord`]s: customers matched by customer number, else by name; offerings by
//! name (new ones listed and created); every row that cannot be read is reported with
//! its row number and column and left out.
//!
//! Long shape: one row per customer, period and offering (columns customer number or
//! name, period, offering, revenue, optional margin and unit). Wide shape: one column
//! per year ("2021", "Umsatz 2022"), each cell that year's revenue.

use super::import_columns::{HistoryField, HistoryMapping};
use super::{Offerings, SalesRecord};
use crate::domain::account::{Account, AccountId};
use crate::domain::number::DecimalSeparator;
use crate::domain::spreadsheet::Cell;
use crate::domain::workspace::{Accounts, Workspace};

pub use super::import_reader::HistoryReader;

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
    /// The row's customer number belongs to another name in the register (`listed`):
    /// the row is left out rather than booked to the wrong customer.
    OtherCustomer { number: String, listed: String },
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

/// Reads the rows below `header_row` with `mapping` in one pass. `to_f64` is the last
/// step of number parsing (the browser passes its own, as the customer import does).
/// The page reads in batches with [`HistoryReader`], which gives the same result.
pub fn read_history(
    ws: &Workspace,
    rows: &[Vec<Cell>],
    header_row: usize,
    mapping: &HistoryMapping,
    decimal: DecimalSeparator,
    to_f64: &dyn Fn(&str) -> Option<f64>,
) -> HistoryImport {
    let mut reader = HistoryReader::new(ws, header_row, mapping, decimal);
    reader.read_more(ws, rows, usize::MAX, to_f64);
    reader.finish()
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
