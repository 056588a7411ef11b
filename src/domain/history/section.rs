//! The workspace's sections of the sales history: the offerings and the history rows
//! (docs/file-format.md, "offerings" and "history").

use serde::{Deserialize, Serialize};

use super::{Offering, OfferingId, Period, SalesRecord, UnitId};
use crate::domain::account::AccountId;

/// The offerings section: every offering, in the user's order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Offerings(pub Vec<Offering>);

impl std::ops::Deref for Offerings {
    type Target = Vec<Offering>;
    fn deref(&self) -> &Vec<Offering> {
        &self.0
    }
}

impl std::ops::DerefMut for Offerings {
    fn deref_mut(&mut self) -> &mut Vec<Offering> {
        &mut self.0
    }
}

impl Offerings {
    /// One above the largest id in use.
    pub fn next_id(&self) -> OfferingId {
        self.iter().map(|o| o.id).max().unwrap_or(0) + 1
    }

    pub fn get(&self, id: OfferingId) -> Option<&Offering> {
        self.iter().find(|o| o.id == id)
    }

    /// The offering called `name` (trimmed, ignoring case), as an import matches it.
    pub fn by_name(&self, name: &str) -> Option<&Offering> {
        let name = name.trim().to_lowercase();
        self.iter().find(|o| o.name.trim().to_lowercase() == name)
    }

    /// The name of `id`, or the id itself for one that is gone.
    pub fn name(&self, id: OfferingId) -> String {
        self.get(id)
            .map_or_else(|| format!("#{id}"), |o| o.name.clone())
    }

    /// Adds an offering under a fresh id and returns the id.
    pub fn add(&mut self, name: &str, group: &str) -> OfferingId {
        let id = self.next_id();
        self.push(Offering {
            id,
            name: name.trim().to_string(),
            group: group.trim().to_string(),
            extra: Default::default(),
        });
        id
    }
}

/// The history section: every row of the ERP exports, in the order imported.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SalesHistory(pub Vec<SalesRecord>);

impl std::ops::Deref for SalesHistory {
    type Target = Vec<SalesRecord>;
    fn deref(&self) -> &Vec<SalesRecord> {
        &self.0
    }
}

impl std::ops::DerefMut for SalesHistory {
    fn deref_mut(&mut self) -> &mut Vec<SalesRecord> {
        &mut self.0
    }
}

impl SalesHistory {
    /// Every year with a row, ascending.
    pub fn years(&self) -> Vec<i32> {
        // A handful of distinct years in 600,000 rows: kept as found (a row's year is
        // mostly the one before's), then sorted; no list of every row's year.
        let mut years: Vec<i32> = Vec::new();
        let mut last = None;
        for year in self.iter().map(|r| r.period.year()) {
            if last != Some(year) {
                last = Some(year);
                if !years.contains(&year) {
                    years.push(year);
                }
            }
        }
        years.sort_unstable();
        years
    }

    /// Takes out every row of a customer, with its position (deleting a customer takes
    /// its history along: a row of a customer that does not exist makes the workspace
    /// unreadable).
    pub fn take_account(&mut self, account: AccountId) -> Vec<(usize, SalesRecord)> {
        let mut taken = Vec::new();
        let mut index = 0;
        self.0.retain(|r| {
            let keep = r.account != account;
            if !keep {
                taken.push((index, r.clone()));
            }
            index += 1;
            keep
        });
        taken
    }

    /// Undo of [`SalesHistory::take_account`]: the rows go back to their positions, under
    /// the id the customer has now. One pass, so that a customer with thousands of rows
    /// in 600,000 comes back at once.
    pub fn restore_account(&mut self, account: AccountId, taken: Vec<(usize, SalesRecord)>) {
        let mut taken = taken.into_iter().peekable();
        let rest = std::mem::take(&mut self.0);
        let mut out = Vec::with_capacity(rest.len() + taken.len());
        let back = |out: &mut Vec<SalesRecord>, taken: &mut std::iter::Peekable<_>| {
            while let Some((_, r)) = taken.next_if(|(i, _): &(usize, SalesRecord)| *i <= out.len())
            {
                out.push(SalesRecord { account, ..r });
            }
        };
        for r in rest {
            back(&mut out, &mut taken);
            out.push(r);
        }
        back(&mut out, &mut taken);
        out.extend(taken.map(|(_, r)| SalesRecord { account, ..r }));
        self.0 = out;
    }

    /// Removes the rows of every customer in `gone` (a replacing import).
    pub fn remove_accounts(&mut self, gone: &std::collections::HashSet<AccountId>) {
        self.0.retain(|r| !gone.contains(&r.account));
    }

    /// The latest year whose twelve months are over on `today` (a year still running
    /// is not "full"), among the years with rows; else the latest year with rows.
    pub fn latest_full_year(&self, today_year: i32) -> Option<i32> {
        let years = self.years();
        years
            .iter()
            .rev()
            .find(|&&y| y < today_year)
            .or(years.last())
            .copied()
    }
}

/// A history row as the file holds it: `[account, period, offering, unit, revenue,
/// margin]`, `null` for an absent offering, unit or margin. Six short values instead of
/// an object with named fields: 600,000 rows are a third of the size.
pub(super) type Row = (
    AccountId,
    Period,
    Option<OfferingId>,
    Option<UnitId>,
    f64,
    Option<f64>,
);

impl From<Row> for SalesRecord {
    fn from((account, period, offering, unit, revenue, margin): Row) -> Self {
        SalesRecord {
            account,
            period,
            offering,
            unit,
            revenue,
            margin,
        }
    }
}

impl From<SalesRecord> for Row {
    fn from(r: SalesRecord) -> Row {
        (r.account, r.period, r.offering, r.unit, r.revenue, r.margin)
    }
}

/// The problems of the offerings and the history: offering ids used twice, blank
/// names, rows of customers, offerings or units that do not exist. `exists` says
/// whether an account id exists, `units_of` which unit ids a customer has.
pub fn validate(
    offerings: &Offerings,
    history: &SalesHistory,
    exists: &dyn Fn(AccountId) -> bool,
    units_of: &dyn Fn(AccountId) -> Vec<UnitId>,
) -> Vec<crate::domain::Problem> {
    use crate::domain::problem::{Problem, ProblemKind, Section};
    use std::collections::{HashMap, HashSet};
    let mut found = Vec::new();
    let mut first: HashMap<OfferingId, usize> = HashMap::new();
    for (i, o) in offerings.iter().enumerate() {
        let at = |kind| Problem::item(Section::Offerings, i + 1, &o.name, kind);
        if o.name.trim().is_empty() {
            found.push(at(ProblemKind::Empty).with_field("name"));
        }
        let first = *first.entry(o.id).or_insert(i + 1);
        if first != i + 1 {
            let kind = ProblemKind::Duplicate {
                value: o.id.to_string(),
                first,
            };
            found.push(at(kind).with_field("id"));
        }
    }
    let mut units: HashMap<AccountId, HashSet<UnitId>> = HashMap::new();
    // Rows come in runs of one customer: the last answer is reused; the few offering
    // ids are searched in a sorted list (600,000 hashed look-ups of each were most of
    // a returning visit's check).
    let mut last_account: Option<(AccountId, bool)> = None;
    let mut offering_ids: Vec<OfferingId> = first.keys().copied().collect();
    offering_ids.sort_unstable();
    for (i, r) in history.iter().enumerate() {
        let at = |field: &str, value: String| {
            Problem::item(Section::History, i + 1, "", ProblemKind::Unknown { value })
                .with_field(field)
        };
        let known = match last_account {
            Some((id, known)) if id == r.account => known,
            _ => {
                let known = exists(r.account);
                last_account = Some((r.account, known));
                known
            }
        };
        if !known {
            found.push(at("account", r.account.to_string()));
        }
        if let Some(o) = r
            .offering
            .filter(|o| offering_ids.binary_search(o).is_err())
        {
            found.push(at("offering", o.to_string()));
        }
        if let Some(u) = r.unit {
            let known = units
                .entry(r.account)
                .or_insert_with(|| units_of(r.account).into_iter().collect());
            if !known.contains(&u) {
                found.push(at("unit", u.to_string()));
            }
        }
    }
    found
}
