//! How the checked rows merge into the register: matched, new, not in the file.

use std::collections::{HashMap, HashSet};

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
    let mut by_number: HashMap<String, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (i, a) in existing.iter().enumerate() {
        if let Some(n) = number_key(a) {
            by_number.entry(n).or_insert(i);
        }
        by_name.entry(name_key(a)).or_insert(i);
    }
    let mut matched = vec![false; existing.len()];
    let mut plan = ImportPlan::default();
    for (r, row) in rows.iter().enumerate() {
        let found = match number_key(&row.account) {
            Some(n) => by_number.get(&n).copied().or_else(|| {
                by_name
                    .get(&name_key(&row.account))
                    .copied()
                    .filter(|&i| number_key(&existing[i]).is_none())
            }),
            None => by_name.get(&name_key(&row.account)).copied(),
        };
        match found.filter(|&i| !matched[i]) {
            Some(i) => {
                matched[i] = true;
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
    plan.not_in_file = existing
        .iter()
        .zip(&matched)
        .filter(|(_, m)| !**m)
        .map(|(a, _)| a.id)
        .collect();
    plan
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
/// file go, and with them their ratings and key-account data (as when deleted).
pub fn apply_import(
    ws: &Workspace,
    rows: &[ImportedRow],
    plan: &ImportPlan,
    mode: ImportMode,
) -> Workspace {
    let mut out = ws.clone();
    // By position: 20,000 rows must not search the register once per row.
    let position: HashMap<AccountId, usize> = out
        .accounts
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, i))
        .collect();
    for (_, account) in &plan.changed {
        if let Some(&i) = position.get(&account.id) {
            out.accounts[i] = account.clone();
        }
    }
    if mode == ImportMode::Replace {
        let gone: HashSet<AccountId> = plan.not_in_file.iter().copied().collect();
        out.accounts.retain(|a| !gone.contains(&a.id));
        for id in &plan.not_in_file {
            out.value_model.remove_account(*id);
            out.key_accounts.remove(&id.to_string());
        }
    }
    // Fresh ids above every id the register had (also those just removed, so that no
    // leftover reference can point at a new account).
    for (id, &r) in (ws.next_id()..).zip(&plan.new) {
        let mut account = rows[r].account.clone();
        account.id = id;
        out.accounts.push(account);
    }
    out
}
