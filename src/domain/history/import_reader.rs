//! Reading a sales-history export a batch of rows at a time (issue 27: 600,000 rows
//! read in one pass froze the page for seconds). The page reads a batch, pauses (paints,
//! shows progress, takes a cancel), and goes on; reading every batch gives what
//! [`read_history`](super::import::read_history) gives. Nothing in the workspace changes
//! while reading: the reader only looks up accounts, units and offerings.

use std::collections::{HashMap, HashSet};

use super::import::{HistoryImport, HistoryProblem, HistoryRowProblem, UnknownCustomer};
use super::import_columns::{HistoryField, HistoryMapping};
use super::{OfferingId, Period, SalesRecord, UnitId};
use crate::domain::account::AccountId;
use crate::domain::key_account::key_account;
use crate::domain::number::{parse_amount, DecimalSeparator};
use crate::domain::spreadsheet::Cell;
use crate::domain::workspace::Workspace;

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

/// The columns the mapping gives each field.
#[derive(Debug, Clone)]
struct Columns {
    number: Option<usize>,
    name: Option<usize>,
    period: Option<usize>,
    revenue: Option<usize>,
    margin: Option<usize>,
    unit: Option<usize>,
    offering: Option<usize>,
    /// The wide shape: (column, year); empty in the long shape.
    years: Vec<(usize, i32)>,
}

impl Columns {
    fn new(mapping: &HistoryMapping) -> Columns {
        let column = |f: HistoryField| mapping.iter().position(|m| *m == Some(f));
        Columns {
            number: column(HistoryField::CustomerNumber),
            name: column(HistoryField::Customer),
            period: column(HistoryField::Period),
            revenue: column(HistoryField::Revenue),
            margin: column(HistoryField::Margin),
            unit: column(HistoryField::Unit),
            offering: column(HistoryField::Offering),
            years: mapping
                .iter()
                .enumerate()
                .filter_map(|(c, f)| match f {
                    Some(HistoryField::Year(y)) => Some((c, *y)),
                    _ => None,
                })
                .collect(),
        }
    }
}

/// [`read_history`](super::import::read_history) a batch at a time: the lookups are
/// built once, every batch goes on where the last stopped. The same workspace and rows
/// must be passed to every batch.
#[derive(Debug, Clone)]
pub struct HistoryReader {
    /// By number: the account and its name, to catch a row whose name is another's.
    by_number: HashMap<String, (AccountId, String)>,
    by_name: HashMap<String, AccountId>,
    /// Each customer's units by name, looked up on its first row with a unit.
    units: HashMap<AccountId, Vec<(String, UnitId)>>,
    /// Offerings by name (known and new), so that a row costs no scan of the list.
    offering_ids: HashMap<String, OfferingId>,
    /// The unknown customers listed, to list each once without a scan of the list.
    unknown_seen: HashSet<UnknownCustomer>,
    columns: Columns,
    decimal: DecimalSeparator,
    /// The index of the first row under the header.
    first: usize,
    /// The index of the next row to read.
    next: usize,
    out: HistoryImport,
}

impl HistoryReader {
    pub fn new(
        ws: &Workspace,
        header_row: usize,
        mapping: &HistoryMapping,
        decimal: DecimalSeparator,
    ) -> HistoryReader {
        let mut by_number = HashMap::new();
        let mut by_name = HashMap::new();
        for a in ws.accounts.iter() {
            if !a.customer_number.trim().is_empty() {
                by_number
                    .entry(key(&a.customer_number))
                    .or_insert((a.id, a.name.clone()));
            }
            by_name.entry(key(&a.name)).or_insert(a.id);
        }
        HistoryReader {
            by_number,
            by_name,
            units: HashMap::new(),
            offering_ids: HashMap::new(),
            unknown_seen: HashSet::new(),
            columns: Columns::new(mapping),
            decimal,
            first: header_row + 1,
            next: header_row + 1,
            out: HistoryImport {
                offerings: ws.offerings.clone(),
                ..Default::default()
            },
        }
    }

    /// Reads up to `count` more rows; true once every row of `rows` is read.
    pub fn read_more(
        &mut self,
        ws: &Workspace,
        rows: &[Vec<Cell>],
        count: usize,
        to_f64: &dyn Fn(&str) -> Option<f64>,
    ) -> bool {
        let end = self.next.saturating_add(count).min(rows.len());
        while self.next < end {
            let i = self.next;
            self.read_row(ws, i + 1, &rows[i], to_f64);
            self.next += 1;
        }
        self.next >= rows.len()
    }

    /// The rows under the header of a file of `rows` rows: what "of 600,000 rows"
    /// counts (a file with a header and 600,000 data rows has 600,001 rows).
    pub fn data_rows(&self, rows: usize) -> usize {
        rows.saturating_sub(self.first)
    }

    /// Data rows read so far, at most [`HistoryReader::data_rows`]: "12,000 of 600,000 rows".
    pub fn rows_done(&self, rows: usize) -> usize {
        self.next
            .min(rows)
            .saturating_sub(self.first)
            .min(self.data_rows(rows))
    }

    /// The share of the data rows read, 0 to 1.
    pub fn progress(&self, rows: usize) -> f64 {
        match self.data_rows(rows) {
            0 => 1.0,
            n => self.rows_done(rows) as f64 / n as f64,
        }
    }

    pub fn finish(self) -> HistoryImport {
        self.out
    }

    /// One row (`n`: its number in the file, 1 = first).
    fn read_row(
        &mut self,
        ws: &Workspace,
        n: usize,
        row: &[Cell],
        to_f64: &dyn Fn(&str) -> Option<f64>,
    ) {
        if row.iter().all(Cell::is_blank) {
            return;
        }
        let cols = &self.columns;
        let empty = Cell::Empty;
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).unwrap_or(&empty);
        let number = cell(cols.number).text();
        let name = cell(cols.name).text();
        if number.is_empty()
            && TOTALS.contains(&crate::domain::spreadsheet::normalize_header(&name).as_str())
        {
            return;
        }
        self.out.rows_read += 1;
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
            let (col, field) = match cols.number {
                Some(c) => (Some(c), HistoryField::CustomerNumber),
                None => (cols.name, HistoryField::Customer),
            };
            problem(col, field, String::new(), HistoryProblem::NoCustomer);
            None
        } else {
            let by_number = (!number.is_empty())
                .then(|| self.by_number.get(&key(&number)))
                .flatten();
            // A number and a name that name two customers: which one is meant is
            // unknown, so the row is not booked to either.
            let other = by_number
                .filter(|(_, listed)| {
                    !name.is_empty() && name.trim() != listed.trim() && key(&name) != key(listed)
                })
                .map(|(_, listed)| listed.clone());
            if let Some(listed) = other {
                problem(
                    cols.name,
                    HistoryField::Customer,
                    name.clone(),
                    HistoryProblem::OtherCustomer {
                        number: number.clone(),
                        listed,
                    },
                );
            }
            let found = by_number
                .map(|(id, _)| id)
                .or_else(|| {
                    (!name.is_empty())
                        .then(|| self.by_name.get(&key(&name)))
                        .flatten()
                })
                .copied();
            if found.is_none() {
                let (col, field, value) = if number.is_empty() {
                    (cols.name, HistoryField::Customer, name.clone())
                } else {
                    (cols.number, HistoryField::CustomerNumber, number.clone())
                };
                problem(col, field, value, HistoryProblem::UnknownCustomer);
                let u = UnknownCustomer {
                    number: number.clone(),
                    name: name.clone(),
                };
                if self.unknown_seen.insert(u.clone()) {
                    self.out.unknown.push(u);
                }
            }
            found
        };
        let decimal = self.decimal;
        let amount = |c: &Cell| -> Option<f64> {
            match c {
                Cell::Number(n) => n.is_finite().then_some(*n),
                other => parse_amount(&other.text(), decimal, to_f64).ok(),
            }
        };
        // Long shape: one period and revenue per row; wide: one per year column.
        let mut amounts: Vec<(Period, f64)> = Vec::new();
        if cols.years.is_empty() {
            let pc = cols.period;
            let period = match cell(pc) {
                Cell::Date(y, m, _) => Some(Period::Month(*y, *m)),
                c => Period::parse(&c.text()),
            };
            if period.is_none() {
                let value = cell(pc).text();
                problem(pc, HistoryField::Period, value, HistoryProblem::BadPeriod);
            }
            let rc = cols.revenue;
            let revenue = amount(cell(rc));
            if revenue.is_none() {
                let value = cell(rc).text();
                problem(rc, HistoryField::Revenue, value, HistoryProblem::NotANumber);
            }
            if let (Some(p), Some(r)) = (period, revenue) {
                amounts.push((p, r));
            }
        } else {
            for &(c, y) in &cols.years {
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
        let mc = cols.margin;
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
        let uc = cols.unit;
        let unit_name = cell(uc).text();
        let unit = match account {
            Some(a) if !unit_name.is_empty() => {
                let list = self.units.entry(a).or_insert_with(|| {
                    key_account(&ws.key_accounts, a)
                        .units
                        .iter()
                        .map(|u| (key(&u.name), u.id))
                        .collect()
                });
                let wanted = key(&unit_name);
                let found = list.iter().find(|(n, _)| *n == wanted).map(|u| u.1);
                if found.is_none() {
                    problem(
                        uc,
                        HistoryField::Unit,
                        unit_name,
                        HistoryProblem::UnknownUnit,
                    );
                }
                found
            }
            _ => None,
        };
        let offering_name = cell(cols.offering).text();
        // In the wide shape the margin column (if any) goes with no single year.
        let margin = if cols.years.is_empty() { margin } else { None };
        let (Some(account), true) = (account, problems.is_empty()) else {
            self.out.problems.extend(problems);
            return;
        };
        let offering = (!offering_name.is_empty()).then(|| self.offering(&offering_name));
        self.out
            .records
            .extend(amounts.into_iter().map(|(period, revenue)| SalesRecord {
                account,
                period,
                offering,
                unit,
                revenue,
                margin,
            }));
    }

    /// The offering of this name: known, or added (and listed as new) on first sight.
    fn offering(&mut self, name: &str) -> OfferingId {
        let k = key(name);
        if let Some(id) = self.offering_ids.get(&k) {
            return *id;
        }
        let out = &mut self.out;
        let id = match out.offerings.by_name(name) {
            Some(o) => o.id,
            None => {
                out.new_offerings.push(name.to_string());
                out.offerings.add(name, "")
            }
        };
        self.offering_ids.insert(k, id);
        id
    }
}
