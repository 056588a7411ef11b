//! The whitespace across key accounts (docs/methods.md, "Whitespace matrix"): one
//! account's matrix from its stored data, the default span, how far each account has
//! penetrated the range (penetration) and the selling stage its data suggests.

use std::collections::HashMap;

use super::units::{cell_marks, unit_tree};
use super::whitespace::{proposed_potential, whitespace_of_tree, CellStatus, Whitespace};
use super::{OfferingId, SalesHistory, SalesRecord};
use crate::domain::account::{Account, AccountId};
use crate::domain::key_account::KeyAccountData;
use crate::domain::precision::snap;
use crate::domain::roles::SellingStage;

/// How many years the matrix looks at by default: the latest full year and the two
/// before.
pub const DEFAULT_YEARS: i32 = 3;

/// The default span of the matrix: the latest full year of the history (see
/// [`SalesHistory::latest_full_year`]) and the two before; without history, the year
/// before `today_year` and the two before.
pub fn default_span(history: &SalesHistory, today_year: i32) -> (i32, i32) {
    let to = history
        .latest_full_year(today_year)
        .unwrap_or(today_year - 1);
    (to - (DEFAULT_YEARS - 1), to)
}

/// The matrix of one key account over `span`: its units in tree order, its marks and
/// plan, and a proposal per offering from comparable customers.
pub fn account_matrix(
    account: &Account,
    data: &KeyAccountData,
    offerings: &[OfferingId],
    accounts: &[Account],
    records: &[SalesRecord],
    span: (i32, i32),
) -> Whitespace {
    let units: Vec<_> = unit_tree(&data.units).iter().map(|(u, _)| u.id).collect();
    let marks = cell_marks(&data.whitespace, &data.plan);
    let proposals: HashMap<OfferingId, f64> = offerings
        .iter()
        .filter_map(|&o| proposed_potential(account, o, accounts, records, span).map(|p| (o, p)))
        .collect();
    let parent_of: HashMap<_, _> = data
        .units
        .iter()
        .filter_map(|u| u.parent.filter(|&p| p != u.id).map(|p| (u.id, p)))
        .collect();
    whitespace_of_tree(
        account.id, offerings, &units, &parent_of, records, span, &marks, &proposals,
    )
}

/// The selling stage the data suggests: nothing bought in the span, `None`; one
/// offering in one unit (or in the customer as a whole), single selling; several
/// offerings or several units, cross-selling. Up-selling and joint development cannot be
/// read from revenue: only the user sets them.
pub fn suggested_stage(matrix: &Whitespace) -> Option<SellingStage> {
    let buys = |c: &CellStatus| matches!(c, CellStatus::Buys(_));
    let offerings = matrix.offerings_bought();
    let units = (0..matrix.units.len())
        .filter(|&c| matrix.cells.iter().any(|row| buys(&row[c])))
        .count();
    match (offerings, units) {
        (0, _) | (_, 0) => None,
        (1, 1) => Some(SellingStage::SingleSelling),
        _ => Some(SellingStage::CrossSelling),
    }
}

/// One cell of the matrix across accounts: what an account bought of an offering in the
/// span (over all its units) and the open potential left there.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct AccountOffering {
    pub bought: f64,
    pub open: f64,
}

impl AccountOffering {
    pub fn buys(self) -> bool {
        snap(self.bought) > 0.0
    }
}

/// Offerings × key accounts with the penetration both ways.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Penetration {
    pub offerings: Vec<OfferingId>,
    pub accounts: Vec<AccountId>,
    /// `cells[offering][account]`.
    pub cells: Vec<Vec<AccountOffering>>,
    /// Per account: how many offerings it buys.
    pub offerings_per_account: Vec<usize>,
    /// Per offering: how many accounts buy it.
    pub accounts_per_offering: Vec<usize>,
}

impl Penetration {
    /// The open potential of one account over every offering.
    pub fn open_of_account(&self, account: usize) -> f64 {
        self.cells.iter().map(|row| row[account].open).sum()
    }
    /// The open potential of one offering over every account.
    pub fn open_of_offering(&self, offering: usize) -> f64 {
        self.cells[offering].iter().map(|c| c.open).sum()
    }
    /// Every account's open potential together.
    pub fn open_total(&self) -> f64 {
        self.cells.iter().flatten().map(|c| c.open).sum()
    }
}

/// The penetration of `offerings` at each account, from the account's matrix (built
/// over the same offerings, see [`account_matrix`]). A row of a matrix that names an
/// offering not in `offerings` is ignored; an offering missing from a matrix counts as
/// neither bought nor open there.
pub fn penetration(offerings: &[OfferingId], matrices: &[(AccountId, &Whitespace)]) -> Penetration {
    let cells: Vec<Vec<AccountOffering>> = offerings
        .iter()
        .map(|o| {
            matrices
                .iter()
                .map(|(_, m)| match m.offerings.iter().position(|x| x == o) {
                    Some(r) => AccountOffering {
                        bought: m.bought_in_row(r),
                        open: m.open_in_row(r),
                    },
                    None => AccountOffering::default(),
                })
                .collect()
        })
        .collect();
    let offerings_per_account = (0..matrices.len())
        .map(|a| cells.iter().filter(|row| row[a].buys()).count())
        .collect();
    let accounts_per_offering = cells
        .iter()
        .map(|row| row.iter().filter(|c| c.buys()).count())
        .collect();
    Penetration {
        offerings: offerings.to_vec(),
        accounts: matrices.iter().map(|(id, _)| *id).collect(),
        cells,
        offerings_per_account,
        accounts_per_offering,
    }
}
