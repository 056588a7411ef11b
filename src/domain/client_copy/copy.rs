//! Building a client copy: what a supplier hands its customer. The key account alone,
//! without anything marked; only the people of our selling center who own a contact at
//! this customer; no earlier plan periods or profile versions; no other section (other
//! accounts, value model, portfolio, assessments, unknown fields).

use serde_json::Map;

use super::super::day::Day;
use super::super::key_account::{key_account, set_key_account};
use super::super::stakeholders::{selling_center, set_selling_center, UNKNOWN_INFLUENCE};
use super::super::{AccountId, Workspace};
use super::{Confidential, CopyInfo, CLIENT_COPY_KEY};

/// One key account with everything marked removed: a workspace of that account alone,
/// marked as a client copy (with the workspace's name as the sender). `None` if there is
/// no such account.
pub fn client_copy(
    ws: &Workspace,
    id: AccountId,
    marks: &[Confidential],
    today: Day,
) -> Option<Workspace> {
    let on = |m: Confidential| marks.contains(&m);
    let mut account = ws.account(id)?.clone();
    account.extra = Map::new();
    if on(Confidential::ContributionMargin) {
        account.contribution_margin = None;
    }
    if on(Confidential::Potential) {
        account.potential = None;
    }
    if on(Confidential::Revenue) {
        account.revenue = 0.0;
    }
    if on(Confidential::InternalNotes) {
        account.notes.clear();
    }
    let mut data = key_account(&ws.key_accounts, id);
    super::super::unknown::strip_key_account(&mut data);
    // Earlier states are the supplier's bookkeeping, not the customer's to edit.
    data.plan_versions.clear();
    data.profiles.iter_mut().for_each(|s| s.versions.clear());
    if on(Confidential::InternalNotes) {
        data.roles.steps.iter_mut().for_each(|s| s.note.clear());
        data.selling.steps.iter_mut().for_each(|s| s.note.clear());
    }
    if on(Confidential::CompetitorRatings) {
        for segment in &mut data.profiles {
            let c = &mut segment.profile.competitors;
            c.iter_mut().for_each(|c| c.ratings.clear());
        }
    }
    if on(Confidential::Scorecard) {
        data.scorecard.clear();
        // A goal read from a KPI would otherwise name it.
        for g in data
            .plan
            .goals
            .iter_mut()
            .filter_map(|g| g.measure.as_mut())
        {
            g.linked_kpi = None;
        }
    }
    let plan = &mut data.plan;
    if on(Confidential::InternalCosts) {
        plan.actions.iter_mut().for_each(|a| a.cost = None);
    }
    if on(Confidential::Swot) {
        plan.swot = Default::default();
    }
    if on(Confidential::StatusQuo) {
        plan.status_quo = Default::default();
    }
    if on(Confidential::GoalTargets) {
        plan.goals.iter_mut().for_each(|g| g.measure = None);
    }
    for p in &mut data.stakeholders {
        if on(Confidential::StakeholderAttitude) {
            p.attitude = Default::default();
        }
        if on(Confidential::StakeholderInfluence) {
            p.influence = UNKNOWN_INFLUENCE;
        }
        if on(Confidential::InternalNotes) {
            p.note.clear();
        }
    }
    let mut copy = Workspace::default();
    // Only who the customer knows: members who own a contact there.
    let mut team = selling_center(&ws.settings);
    team.retain(|m| {
        data.stakeholders
            .iter()
            .any(|p| p.counterpart.trim() == m.name.trim())
    });
    team.iter_mut().for_each(|m| m.extra.clear());
    set_selling_center(&mut copy.settings, &team);
    copy.settings.currency = ws.settings.currency.clone();
    copy.accounts.0.push(account.clone());
    set_key_account(&mut copy.key_accounts, id, &data);
    let info = CopyInfo {
        account: id,
        name: account.name,
        created: today,
        supplier: ws.settings.name.trim().to_string(),
    };
    if let Ok(v) = serde_json::to_value(info) {
        copy.extra.insert(CLIENT_COPY_KEY.into(), v);
    }
    Some(copy)
}
