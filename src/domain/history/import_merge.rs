//! How imported history rows go into the stored history: merged (the imported
//! customers' periods replaced, so re-importing a year does not double it) or replacing
//! the whole history; and the history as a long table for export.

use std::collections::HashMap;

use super::{Offerings, Period, SalesHistory, SalesRecord};
use crate::domain::account::AccountId;
use crate::domain::export::ColumnKind;
use crate::domain::spreadsheet::Cell;
use crate::domain::workspace::Workspace;

/// Merge into the stored history, or make the history exactly the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    Merge,
    Replace,
}

/// Whether two periods share time: a year holds its quarters and months, a quarter its
/// three months.
pub fn overlaps(a: Period, b: Period) -> bool {
    let quarter = |m: u8| (m - 1) / 3 + 1;
    match (a, b) {
        _ if a.year() != b.year() => false,
        (Period::Year(_), _) | (_, Period::Year(_)) => true,
        (Period::Quarter(_, p), Period::Quarter(_, q)) => p == q,
        (Period::Month(_, m), Period::Month(_, n)) => m == n,
        (Period::Quarter(_, q), Period::Month(_, m))
        | (Period::Month(_, m), Period::Quarter(_, q)) => quarter(m) == q,
    }
}

/// What a merge did: rows added and stored rows they replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeCount {
    pub added: usize,
    pub replaced: usize,
}

/// The periods imported per customer and year.
type Imported = HashMap<(AccountId, i32), Vec<Period>>;

fn imported_periods(imported: &[SalesRecord]) -> Imported {
    let mut periods: Imported = HashMap::new();
    for r in imported {
        let list = periods.entry((r.account, r.period.year())).or_default();
        if !list.contains(&r.period) {
            list.push(r.period);
        }
    }
    periods
}

/// Whether a merge keeps the stored row `r`: no imported period of its customer
/// overlaps its period.
fn kept(periods: &Imported, r: &SalesRecord) -> bool {
    periods
        .get(&(r.account, r.period.year()))
        .is_none_or(|ps| !ps.iter().any(|p| overlaps(*p, r.period)))
}

/// The history after the import. Merge: every stored row of a customer whose period
/// overlaps a period imported for that customer goes, then the imported rows are
/// added; other customers and periods stay. Replace: only the imported rows.
pub fn merge_history(
    stored: &SalesHistory,
    imported: &[SalesRecord],
    mode: HistoryMode,
) -> (SalesHistory, MergeCount) {
    let mut kept_rows = match mode {
        // Nothing stored, nothing kept: no index of the imported periods (600,000 rows
        // of a first import would build it for nothing).
        _ if stored.is_empty() => Vec::new(),
        HistoryMode::Replace => Vec::new(),
        HistoryMode::Merge => {
            let periods = imported_periods(imported);
            stored
                .iter()
                .filter(|r| kept(&periods, r))
                .cloned()
                .collect()
        }
    };
    let count = MergeCount {
        added: imported.len(),
        replaced: stored.len() - kept_rows.len(),
    };
    kept_rows.extend(imported.iter().cloned());
    (SalesHistory(kept_rows), count)
}

/// How many stored rows the import would replace, said before it is confirmed (the
/// same count [`merge_history`] reports after, without building the new history).
pub fn replaced_count(stored: &SalesHistory, imported: &[SalesRecord], mode: HistoryMode) -> usize {
    match mode {
        _ if stored.is_empty() => 0,
        HistoryMode::Replace => stored.len(),
        HistoryMode::Merge => {
            let periods = imported_periods(imported);
            stored.iter().filter(|r| !kept(&periods, r)).count()
        }
    }
}

/// The columns of the history export, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryColumn {
    CustomerNumber,
    Customer,
    Period,
    Offering,
    Unit,
    Revenue,
    Margin,
}

impl HistoryColumn {
    pub const ALL: [HistoryColumn; 7] = [
        HistoryColumn::CustomerNumber,
        HistoryColumn::Customer,
        HistoryColumn::Period,
        HistoryColumn::Offering,
        HistoryColumn::Unit,
        HistoryColumn::Revenue,
        HistoryColumn::Margin,
    ];

    pub fn kind(self) -> ColumnKind {
        match self {
            HistoryColumn::Revenue | HistoryColumn::Margin => ColumnKind::Amount,
            // A year is a number (a spreadsheet filters and sums by it); a quarter or a
            // month in the same column stays text.
            HistoryColumn::Period => ColumnKind::Integer,
            // Customer numbers stay text: "00123" must keep its zeros.
            _ => ColumnKind::Text,
        }
    }
}

/// The history in the long shape, one row per record in stored order: customer number
/// (text) and name, period (the number `2024`, or `2024-Q3`, `2024-03`), offering and unit by name,
/// revenue, margin. Reading it back with the import gives the same records.
pub fn history_table(ws: &Workspace) -> Vec<Vec<Cell>> {
    let offerings: &Offerings = &ws.offerings;
    let mut units: HashMap<AccountId, Vec<super::Unit>> = HashMap::new();
    let text = |s: String| {
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    };
    ws.history
        .iter()
        .map(|r| {
            let account = ws.account(r.account);
            let unit = r.unit.map(|u| {
                let list = units.entry(r.account).or_insert_with(|| {
                    crate::domain::key_account::key_account(&ws.key_accounts, r.account).units
                });
                list.iter()
                    .find(|x| x.id == u)
                    .map_or_else(|| format!("#{u}"), |x| x.name.clone())
            });
            vec![
                text(
                    account
                        .map(|a| a.customer_number.clone())
                        .unwrap_or_default(),
                ),
                text(account.map_or_else(|| format!("#{}", r.account), |a| a.name.clone())),
                match r.period {
                    super::Period::Year(y) => Cell::Number(y as f64),
                    p => Cell::Text(p.key()),
                },
                text(r.offering.map(|o| offerings.name(o)).unwrap_or_default()),
                text(unit.unwrap_or_default()),
                Cell::Number(r.revenue),
                r.margin.map_or(Cell::Empty, Cell::Number),
            ]
        })
        .collect()
}
