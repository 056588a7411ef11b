//! How the checked rows merge into the register: matched, new, not in the file.

use std::collections::HashMap;

use super::check::ImportedRow;
use super::field::Field;
use crate::domain::account::{Account, AccountId};
use crate::domain::workspace::Workspace;

/// A customer number as compared: trimmed, case ignored; `None` when there is none.
pub(super) fn number_key(a: &Account) -> Option<String> {
    let n = a.customer_number.trim();
    (!n.is_empty()).then(|| n.to_lowercase())
}

/// A name as compared: trimmed, case ignored.
pub(super) fn name_key(a: &Account) -> String {
    a.name.trim().to_lowercase()
}

/// Merge into the register, or make the register exactly the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Matched accounts are updated, the others added; nothing is removed.
    Merge,
    /// Matched accounts are updated (and keep their ratings, plans, …), the others
    /// added, and accounts not in the file removed.
    Replace,
}

/// What an import will do, before the user confirms.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportPlan {
    /// Indexes into the checked rows that become new accounts.
    pub new: Vec<usize>,
    /// (row index, the account as it will be) for matched accounts that change.
    pub changed: Vec<(usize, Account)>,
    /// Matched accounts the file leaves as they are: (row index, id).
    pub unchanged: Vec<(usize, AccountId)>,
    /// Accounts not in the file (removed with [`ImportMode::Replace`]).
    pub not_in_file: Vec<AccountId>,
}

/// Matches the rows with the register: by customer number where the row has one; by
/// name otherwise, and also for a row whose number is new against an account that has
/// no number yet (so a first import with numbers fills them in). An account is matched
/// once; a later row for it counts as new.
pub fn plan_import(existing: &[Account], rows: &[ImportedRow]) -> ImportPlan {
    let mut planner = ImportPlanner::default();
    planner.plan_more(existing, rows, usize::MAX);
    planner.finish(existing)
}

/// [`plan_import`] a batch at a time: first the register is indexed, then the rows are
/// matched, `count` accounts or rows per call. All batches give what `plan_import`
/// gives.
#[derive(Debug, Clone, Default)]
pub struct ImportPlanner {
    by_number: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    /// Accounts of the register indexed so far.
    indexed: usize,
    matched: Vec<bool>,
    /// Rows matched so far.
    next: usize,
    plan: ImportPlan,
}

impl ImportPlanner {
    /// Indexes or matches up to `count` more accounts or rows; true once all are done.
    /// The same `existing` and `rows` must be passed to every batch.
    pub fn plan_more(&mut self, existing: &[Account], rows: &[ImportedRow], count: usize) -> bool {
        let mut budget = count;
        while self.indexed < existing.len() && budget > 0 {
            let (i, a) = (self.indexed, &existing[self.indexed]);
            if let Some(n) = number_key(a) {
                self.by_number.entry(n).or_insert(i);
            }
            self.by_name.entry(name_key(a)).or_insert(i);
            self.indexed += 1;
            budget -= 1;
        }
        if self.matched.len() != existing.len() {
            self.matched = vec![false; existing.len()];
        }
        while self.next < rows.len() && budget > 0 {
            let (r, row) = (self.next, &rows[self.next]);
            self.match_row(existing, r, row);
            self.next += 1;
            budget -= 1;
        }
        self.indexed >= existing.len() && self.next >= rows.len()
    }

    /// The share done (indexing and matching), 0 to 1.
    pub fn progress(&self, existing: usize, rows: usize) -> f64 {
        let total = existing + rows;
        if total == 0 {
            1.0
        } else {
            ((self.indexed + self.next) as f64 / total as f64).min(1.0)
        }
    }

    fn match_row(&mut self, existing: &[Account], r: usize, row: &ImportedRow) {
        let found = match number_key(&row.account) {
            Some(n) => self.by_number.get(&n).copied().or_else(|| {
                self.by_name
                    .get(&name_key(&row.account))
                    .copied()
                    .filter(|&i| number_key(&existing[i]).is_none())
            }),
            None => self.by_name.get(&name_key(&row.account)).copied(),
        };
        let plan = &mut self.plan;
        match found.filter(|&i| !self.matched[i]) {
            Some(i) => {
                self.matched[i] = true;
                let merged = merged(&existing[i], row);
                if merged == existing[i] {
                    plan.unchanged.push((r, existing[i].id));
                } else {
                    plan.changed.push((r, merged));
                }
            }
            None => plan.new.push(r),
        }
    }

    /// The plan, once every batch is done: with the accounts not in the file.
    pub fn finish(self, existing: &[Account]) -> ImportPlan {
        let mut plan = self.plan;
        plan.not_in_file = existing
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.matched.get(*i).copied().unwrap_or(false))
            .map(|(_, a)| a.id)
            .collect();
        plan
    }
}

/// An existing account with the fields the row filled taken from the row.
fn merged(existing: &Account, row: &ImportedRow) -> Account {
    let mut a = existing.clone();
    let new = &row.account;
    for field in &row.filled {
        match field {
            Field::Name => a.name = new.name.clone(),
            Field::CustomerNumber => a.customer_number = new.customer_number.clone(),
            Field::Industry => a.industry = new.industry.clone(),
            Field::Region => a.region = new.region.clone(),
            Field::Revenue => a.revenue = new.revenue,
            Field::Margin => a.contribution_margin = new.contribution_margin,
            Field::Potential => a.potential = new.potential,
            Field::CustomerSince => a.relationship_since = new.relationship_since,
            Field::KeyAccount => a.key_account = new.key_account,
            Field::Tags => a.tags = new.tags.clone(),
            Field::Notes => a.notes = new.notes.clone(),
        }
    }
    a
}

/// The workspace after the import. With [`ImportMode::Replace`], accounts not in the
/// file go, and with them their ratings, key-account data and sales history (as when
/// deleted).
pub fn apply_import(
    ws: &Workspace,
    rows: &[ImportedRow],
    plan: &ImportPlan,
    mode: ImportMode,
) -> Workspace {
    // Each account copied once, from the register or from the plan (100,000 accounts
    // copied twice, and hashed with std's SipHash, made a confirmation click a long
    // task).
    let changed: rustc_hash::FxHashMap<AccountId, &Account> =
        plan.changed.iter().map(|(_, a)| (a.id, a)).collect();
    let gone: rustc_hash::FxHashSet<AccountId> = match mode {
        ImportMode::Replace => plan.not_in_file.iter().copied().collect(),
        ImportMode::Merge => Default::default(),
    };
    let mut accounts: Vec<Account> = ws
        .accounts
        .iter()
        .filter(|a| !gone.contains(&a.id))
        .map(|a| Account::clone(changed.get(&a.id).copied().unwrap_or(a)))
        .collect();
    // Fresh ids above every id the register had (also those just removed, so that no
    // leftover reference can point at a new account).
    accounts.reserve(plan.new.len());
    for (id, &r) in (ws.next_id()..).zip(&plan.new) {
        let mut account = rows[r].account.clone();
        account.id = id;
        accounts.push(account);
    }
    let mut out = ws.with_accounts(accounts.into());
    if mode == ImportMode::Replace {
        out.history.remove_accounts(&gone.iter().copied().collect());
        for id in &plan.not_in_file {
            out.value_model.remove_account(*id);
            out.key_accounts.remove(&id.to_string());
        }
    }
    out
}
