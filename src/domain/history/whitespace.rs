//! The whitespace matrix of a key account: offerings × the customer's units, each cell
//! bought, in progress, open (with a potential) or not relevant (docs/methods.md,
//! "Whitespace matrix").

use std::collections::{HashMap, HashSet};

use super::{OfferingId, SalesRecord, UnitId};
use crate::domain::account::{Account, AccountId};
use crate::domain::precision::snap;

/// A cell: one offering in one unit (`None`: the customer as a whole).
pub type CellKey = (OfferingId, Option<UnitId>);

/// Fewer comparable customers than this propose nothing: one peer is an anecdote.
pub const MIN_PEERS: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Potential {
    /// Typed by the user for this cell.
    Entered(f64),
    /// From comparable customers (see [`proposed_potential`]).
    Proposed(f64),
}

impl Potential {
    pub fn amount(self) -> f64 {
        match self {
            Potential::Entered(v) | Potential::Proposed(v) => v,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum CellStatus {
    /// Revenue above zero in the span: the amount bought.
    Buys(f64),
    /// A unit with parts (a country of its plants) that buys nothing itself while its
    /// parts buy: the amount they buy. It is counted in the parts' cells, so it adds
    /// nothing to the totals.
    PartsBuy(f64),
    /// A plan goal or action names the cell.
    InProgress,
    /// Neither bought nor worked on, with a potential where one is known.
    Open(Option<Potential>),
    /// The user marked it: not sold there, not to be.
    NotRelevant,
}

/// What the user set on the cells of one key account.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CellMarks {
    pub not_relevant: HashSet<CellKey>,
    pub potential: HashMap<CellKey, f64>,
    /// Cells a plan goal or action is linked to.
    pub in_progress: HashSet<CellKey>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Whitespace {
    pub offerings: Vec<OfferingId>,
    /// The columns; `[None]` when the customer has no units.
    pub units: Vec<Option<UnitId>>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<CellStatus>>,
}

impl Whitespace {
    /// Bought in a row (an offering) over every unit.
    pub fn bought_in_row(&self, row: usize) -> f64 {
        self.cells[row].iter().map(bought).sum()
    }
    /// Open potential of a row.
    pub fn open_in_row(&self, row: usize) -> f64 {
        self.cells[row].iter().map(open).sum()
    }
    pub fn bought_in_column(&self, column: usize) -> f64 {
        self.cells.iter().map(|r| bought(&r[column])).sum()
    }
    pub fn open_in_column(&self, column: usize) -> f64 {
        self.cells.iter().map(|r| open(&r[column])).sum()
    }
    pub fn open_total(&self) -> f64 {
        self.cells.iter().flatten().map(open).sum()
    }
    /// The open cells with a potential, largest first (ties: matrix order).
    pub fn largest_gaps(&self) -> Vec<(CellKey, Potential)> {
        let mut gaps: Vec<(CellKey, Potential)> = Vec::new();
        for (r, row) in self.cells.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if let CellStatus::Open(Some(p)) = cell {
                    gaps.push(((self.offerings[r], self.units[c]), *p));
                }
            }
        }
        gaps.sort_by(|a, b| crate::domain::precision::cmp(b.1.amount(), a.1.amount()));
        gaps
    }
    /// How many offerings the customer buys anywhere.
    pub fn offerings_bought(&self) -> usize {
        (0..self.offerings.len())
            .filter(|r| {
                self.cells[*r]
                    .iter()
                    .any(|c| matches!(c, CellStatus::Buys(_)))
            })
            .count()
    }
}

fn bought(c: &CellStatus) -> f64 {
    if let CellStatus::Buys(v) = c {
        *v
    } else {
        0.0
    }
}

fn open(c: &CellStatus) -> f64 {
    if let CellStatus::Open(Some(p)) = c {
        p.amount()
    } else {
        0.0
    }
}

/// The matrix of `account` over the years `from..=to`. What the data says comes first:
/// a cell with revenue is bought even when marked otherwise; then not relevant, then in
/// progress. An open cell's potential is the user's, else the offering's proposal
/// shared equally by the units.
pub fn whitespace(
    account: AccountId,
    offerings: &[OfferingId],
    units: &[UnitId],
    records: &[SalesRecord],
    span: (i32, i32),
    marks: &CellMarks,
    proposals: &HashMap<OfferingId, f64>,
) -> Whitespace {
    let no_parents = HashMap::new();
    whitespace_of_tree(
        account,
        offerings,
        units,
        &no_parents,
        records,
        span,
        marks,
        proposals,
    )
}

/// [`whitespace`] for units in a tree: `parent_of` maps a unit to the unit it is part
/// of (a plant to its country). A parent that buys nothing itself shows what its parts
/// buy ([`CellStatus::PartsBuy`]), and the proposal is shared by the units without
/// parts only: a country's plants are where it is sold, and counting the country too
/// would count the same revenue or potential twice in the totals and the largest gaps.
#[allow(clippy::too_many_arguments)]
pub fn whitespace_of_tree(
    account: AccountId,
    offerings: &[OfferingId],
    units: &[UnitId],
    parent_of: &HashMap<UnitId, UnitId>,
    records: &[SalesRecord],
    (from, to): (i32, i32),
    marks: &CellMarks,
    proposals: &HashMap<OfferingId, f64>,
) -> Whitespace {
    let mut amounts: HashMap<CellKey, f64> = HashMap::new();
    for r in records.iter().filter(|r| r.account == account) {
        let year = r.period.year();
        if let (Some(o), true) = (r.offering, (from..=to).contains(&year)) {
            // Without units every row counts for the whole customer.
            let unit = if units.is_empty() { None } else { r.unit };
            *amounts.entry((o, unit)).or_default() += r.revenue;
        }
    }
    // Rows that name no unit (an ERP export without one) are shown in a column of their
    // own after the units: left out, what the customer buys would look like a gap.
    let unassigned = !units.is_empty() && amounts.keys().any(|(_, u)| u.is_none());
    let columns: Vec<Option<UnitId>> = if units.is_empty() {
        vec![None]
    } else {
        let named = units.iter().copied().map(Some);
        named.chain(unassigned.then_some(None)).collect()
    };
    let parents: HashSet<UnitId> = parent_of
        .iter()
        .filter(|(u, p)| u != p)
        .map(|(_, p)| *p)
        .collect();
    let parts = parts_amounts(&amounts, parent_of);
    let is_parent = |u: &Option<UnitId>| u.is_some_and(|u| parents.contains(&u));
    let sharing = columns.iter().filter(|u| !is_parent(u)).count().max(1);
    let cells = offerings
        .iter()
        .map(|&o| {
            columns
                .iter()
                .map(|&u| {
                    let key = (o, u);
                    let amount = amounts.get(&key).copied().unwrap_or(0.0);
                    let below = parts.get(&key).copied().unwrap_or(0.0);
                    if snap(amount) > 0.0 {
                        CellStatus::Buys(amount)
                    } else if snap(below) > 0.0 {
                        CellStatus::PartsBuy(below)
                    } else if marks.not_relevant.contains(&key) {
                        CellStatus::NotRelevant
                    } else if marks.in_progress.contains(&key) {
                        CellStatus::InProgress
                    } else if let Some(p) = marks.potential.get(&key) {
                        CellStatus::Open(Some(Potential::Entered(*p)))
                    } else {
                        let share = proposals
                            .get(&o)
                            .filter(|_| !is_parent(&u))
                            .map(|p| p / sharing as f64);
                        CellStatus::Open(share.map(Potential::Proposed))
                    }
                })
                .collect()
        })
        .collect();
    Whitespace {
        offerings: offerings.to_vec(),
        units: columns.clone(),
        cells,
    }
}

/// What the parts of each parent unit buy, per offering: every named unit's amount
/// added to each of its ancestors (a plant's to its country and the country's region).
/// A loop in `parent_of` (the editor refuses one) ends the walk instead of hanging.
fn parts_amounts(
    amounts: &HashMap<CellKey, f64>,
    parent_of: &HashMap<UnitId, UnitId>,
) -> HashMap<CellKey, f64> {
    let mut parts: HashMap<CellKey, f64> = HashMap::new();
    for (&(o, unit), &amount) in amounts {
        let Some(mut u) = unit else { continue };
        let mut seen = HashSet::from([u]);
        while let Some(&p) = parent_of.get(&u) {
            if !seen.insert(p) {
                break;
            }
            *parts.entry((o, Some(p))).or_default() += amount;
            u = p;
        }
    }
    parts
}

/// A yearly potential for `offering` at `customer`, from comparable customers: those of
/// the same (non-empty) industry that buy the offering in the span. Each peer's share of
/// the offering in its own revenue is taken; the median share times the customer's
/// yearly revenue is the proposal. `None` with fewer than [`MIN_PEERS`] peers, without
/// an industry, or when the customer has no revenue above zero.
pub fn proposed_potential(
    customer: &Account,
    offering: OfferingId,
    accounts: &[Account],
    records: &[SalesRecord],
    (from, to): (i32, i32),
) -> Option<f64> {
    if customer.industry.trim().is_empty() || to < from {
        return None;
    }
    let peers: HashSet<AccountId> = accounts
        .iter()
        .filter(|a| a.id != customer.id && a.industry.trim() == customer.industry.trim())
        .map(|a| a.id)
        .collect();
    let mut totals: HashMap<AccountId, (f64, f64)> = HashMap::new();
    let mut own_total = 0.0;
    for r in records
        .iter()
        .filter(|r| (from..=to).contains(&r.period.year()))
    {
        if r.account == customer.id {
            own_total += r.revenue;
        } else if peers.contains(&r.account) {
            let t = totals.entry(r.account).or_default();
            t.0 += r.revenue;
            if r.offering == Some(offering) {
                t.1 += r.revenue;
            }
        }
    }
    let mut shares: Vec<f64> = totals
        .values()
        .filter(|(total, part)| snap(*total) > 0.0 && snap(*part) > 0.0)
        .map(|(total, part)| (part / total).min(1.0))
        .collect();
    if shares.len() < MIN_PEERS || snap(own_total) <= 0.0 {
        return None;
    }
    shares.sort_by(|a, b| a.total_cmp(b));
    let n = shares.len();
    let median = if n % 2 == 1 {
        shares[n / 2]
    } else {
        (shares[n / 2 - 1] + shares[n / 2]) / 2.0
    };
    let years = (to - from + 1) as f64;
    Some(median * own_total / years)
}
