//! Fields this version does not know (written by a newer version or another tool) are
//! kept everywhere (`extra` of each item) and written back. Only the client copy drops
//! them: what they hold is unknown, so it might be confidential.

use super::key_account::KeyAccountData;
use super::plan::Plan;
use super::profile::Profile;
use super::roles::History;

/// Removes the unknown fields of `data` at every level.
pub fn strip_key_account(data: &mut KeyAccountData) {
    data.extra.clear();
    strip_history(&mut data.roles);
    strip_history(&mut data.selling);
    for segment in &mut data.profiles {
        segment.extra.clear();
        strip_profile(&mut segment.profile);
        for version in &mut segment.versions {
            version.extra.clear();
            strip_profile(&mut version.profile);
        }
    }
    data.scorecard.iter_mut().for_each(|k| k.extra.clear());
    strip_plan(&mut data.plan);
    for version in &mut data.plan_versions {
        version.extra.clear();
        strip_plan(&mut version.plan);
    }
    data.stakeholders.iter_mut().for_each(|p| p.extra.clear());
}

fn strip_history<T>(history: &mut History<T>) {
    history.extra.clear();
    history.steps.iter_mut().for_each(|s| s.extra.clear());
    if let Some(t) = &mut history.target {
        t.extra.clear();
    }
}

fn strip_profile(profile: &mut Profile) {
    profile.extra.clear();
    profile.criteria.iter_mut().for_each(|c| c.extra.clear());
    profile.competitors.iter_mut().for_each(|c| c.extra.clear());
}

fn strip_plan(plan: &mut Plan) {
    plan.extra.clear();
    plan.status_quo.extra.clear();
    plan.swot.extra.clear();
    for goal in &mut plan.goals {
        goal.extra.clear();
        if let Some(m) = &mut goal.measure {
            m.extra.clear();
        }
    }
    plan.actions.iter_mut().for_each(|a| a.extra.clear());
}
