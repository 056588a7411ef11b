//! Merging a returned client copy: the customer's edits come in, what is kept locally
//! is never touched.

use super::super::day::Day;
use super::super::key_account::{key_account, set_key_account, KeyAccountData};
use super::super::plan::{Action, ActionStatus};
use super::super::profile::{ProfileCriterion, Segment};
use super::super::stakeholders::Stakeholder;
use super::super::Workspace;
use super::copy_info;

/// A criterion as the preview names it: by the name the user sees in this workspace,
/// which for a default criterion (blank name) is its name in the UI language, found by
/// its id (`i18n::profile::criterion_text`) — never by the bare id.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionRef {
    pub id: String,
    /// The user's name; blank for a default criterion.
    pub name: String,
}

impl CriterionRef {
    pub fn new(id: &str, name: &str) -> CriterionRef {
        CriterionRef {
            id: id.to_string(),
            name: name.to_string(),
        }
    }
}

/// One change a returned copy brings, for the preview.
#[derive(Debug, Clone, PartialEq)]
pub enum MergeChange {
    NewSegment(String),
    Weight {
        segment: String,
        criterion: CriterionRef,
        before: f64,
        after: f64,
    },
    NewCriterion {
        segment: String,
        criterion: CriterionRef,
    },
    /// The customer's rating of us.
    OurRating {
        segment: String,
        criterion: CriterionRef,
        before: Option<f64>,
        after: Option<f64>,
    },
    NewAction(String),
    ActionStatus {
        action: String,
        before: ActionStatus,
        after: ActionStatus,
    },
    ActionDue {
        action: String,
        before: Option<Day>,
        after: Option<Day>,
    },
    NewPerson(String),
    PersonChanged(String),
}

/// How the preview names a criterion: as this workspace has it (the user may have
/// renamed it here), else as the copy has it (a new one).
fn criterion_ref(ours: &[ProfileCriterion], theirs: &ProfileCriterion) -> CriterionRef {
    let c = ours.iter().find(|x| x.id == theirs.id).unwrap_or(theirs);
    CriterionRef::new(&c.id, &c.name)
}

/// Merges the edits of a returned client copy into the local data of the same key
/// account: the customer's weights and ratings of us (segments by name, criteria by
/// id), new criteria and segments, actions (new ones, and status, due date, owner and
/// text of known ones, matched by id) and people (new ones, and the fields the copy
/// carries). What the copy cannot carry — competitor ratings, costs, attitudes,
/// influence, notes — is kept as it is locally, whatever the file says.
pub fn merge_returned(
    local: &KeyAccountData,
    returned: &KeyAccountData,
) -> (KeyAccountData, Vec<MergeChange>) {
    let mut merged = local.clone();
    let mut changes = Vec::new();
    for theirs in &returned.profiles {
        merge_segment(&mut merged, theirs, &mut changes);
    }
    for theirs in &returned.plan.actions {
        merge_action(&mut merged, theirs, &mut changes);
    }
    for theirs in &returned.stakeholders {
        merge_person(&mut merged, theirs, &mut changes);
    }
    (merged, changes)
}

fn merge_segment(merged: &mut KeyAccountData, theirs: &Segment, changes: &mut Vec<MergeChange>) {
    let segment = theirs.name.clone();
    let Some(ours) = merged.profiles.iter_mut().find(|s| s.name == theirs.name) else {
        let mut new = theirs.clone();
        // Whatever competitor ratings the file has are not the customer's to set.
        new.profile
            .competitors
            .iter_mut()
            .for_each(|c| c.ratings.clear());
        new.versions.clear();
        merged.profiles.push(new);
        changes.push(MergeChange::NewSegment(segment));
        return;
    };
    for c in &theirs.profile.criteria {
        let criterion = criterion_ref(&ours.profile.criteria, c);
        match ours.profile.criteria.iter_mut().find(|x| x.id == c.id) {
            Some(x) if x.weight != c.weight => {
                changes.push(MergeChange::Weight {
                    segment: segment.clone(),
                    criterion,
                    before: x.weight,
                    after: c.weight,
                });
                x.weight = c.weight;
            }
            Some(_) => {}
            None => {
                ours.profile.criteria.push(c.clone());
                changes.push(MergeChange::NewCriterion {
                    segment: segment.clone(),
                    criterion,
                });
            }
        }
    }
    for c in &theirs.profile.criteria {
        let (before, after) = (
            ours.profile.us.get(&c.id).copied(),
            theirs.profile.us.get(&c.id).copied(),
        );
        if after.is_some() && before != after {
            changes.push(MergeChange::OurRating {
                segment: segment.clone(),
                criterion: criterion_ref(&ours.profile.criteria, c),
                before,
                after,
            });
            if let Some(v) = after {
                ours.profile.us.insert(c.id.clone(), v);
            }
        }
    }
}

fn merge_action(merged: &mut KeyAccountData, theirs: &Action, changes: &mut Vec<MergeChange>) {
    let plan = &mut merged.plan;
    let Some(ours) = plan.actions.iter_mut().find(|a| a.id == theirs.id) else {
        let mut new = theirs.clone();
        new.cost = None;
        new.id = plan.next_action_id();
        if new
            .goal
            .is_some_and(|g| !plan.goals.iter().any(|x| x.id == g))
        {
            new.goal = None;
        }
        changes.push(MergeChange::NewAction(new.text.clone()));
        plan.actions.push(new);
        return;
    };
    let action = ours.text.clone();
    take_theirs(&mut ours.status, theirs.status, changes, |before, after| {
        MergeChange::ActionStatus {
            action: action.clone(),
            before,
            after,
        }
    });
    take_theirs(&mut ours.due, theirs.due, changes, |before, after| {
        MergeChange::ActionDue {
            action,
            before,
            after,
        }
    });
    if !theirs.owner.is_empty() {
        ours.owner = theirs.owner.clone();
    }
    if !theirs.text.trim().is_empty() {
        ours.text = theirs.text.clone();
    }
}

/// Takes the client's value of one field where it differs from ours, noting the change.
fn take_theirs<T: Copy + PartialEq>(
    ours: &mut T,
    theirs: T,
    changes: &mut Vec<MergeChange>,
    change: impl FnOnce(T, T) -> MergeChange,
) {
    if *ours != theirs {
        changes.push(change(*ours, theirs));
        *ours = theirs;
    }
}

fn merge_person(merged: &mut KeyAccountData, theirs: &Stakeholder, changes: &mut Vec<MergeChange>) {
    let people = &mut merged.stakeholders;
    let known =
        |id: Option<u32>, people: &[Stakeholder]| id.filter(|b| people.iter().any(|p| p.id == *b));
    match people.iter().position(|p| p.id == theirs.id) {
        None => {
            let mut new = theirs.clone();
            new.id = people.iter().map(|p| p.id).max().map_or(1, |m| m + 1);
            new.attitude = Default::default();
            new.influence = super::super::stakeholders::UNKNOWN_INFLUENCE;
            new.note.clear();
            new.reports_to = known(new.reports_to, people);
            changes.push(MergeChange::NewPerson(new.name.clone()));
            people.push(new);
        }
        Some(i) => {
            let boss = known(theirs.reports_to, people).filter(|&b| {
                super::super::stakeholders::check_reports_to(people, theirs.id, b).is_ok()
            });
            let ours = &mut people[i];
            let before = ours.clone();
            ours.name = theirs.name.clone();
            ours.function = theirs.function.clone();
            ours.level = theirs.level;
            ours.roles = theirs.roles.clone();
            ours.contact = theirs.contact;
            ours.last_contact = theirs.last_contact;
            ours.reports_to = boss.or(if theirs.reports_to.is_none() {
                None
            } else {
                ours.reports_to
            });
            if *ours != before {
                changes.push(MergeChange::PersonChanged(ours.name.clone()));
            }
        }
    }
}

/// Applies a returned copy to the workspace: the copy's key account merged into the
/// local one. `None` if the copy's account is not here.
pub fn apply_returned(ws: &Workspace, copy: &Workspace) -> Option<(Workspace, Vec<MergeChange>)> {
    let info = copy_info(copy)?;
    ws.account(info.account)?;
    let local = key_account(&ws.key_accounts, info.account);
    let returned = key_account(&copy.key_accounts, info.account);
    let (merged, changes) = merge_returned(&local, &returned);
    let mut out = ws.clone();
    set_key_account(&mut out.key_accounts, info.account, &merged);
    Some((out, changes))
}
