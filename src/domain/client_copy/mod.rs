//! The client copy: one key account without anything marked confidential, to hand to
//! the customer (a consultant's workshop, a joint account plan), and merging the copy
//! the customer returns: their edits come in, what is kept locally is never touched.
//!
//! - here: the marks and what a copy says about itself;
//! - `copy`: building the copy (what a supplier hands its customer);
//! - `merge`: merging a returned copy.

mod copy;
mod merge;

use serde::{Deserialize, Serialize};

use super::day::Day;
use super::json_area::{read_entry, write_entry, JsonArea, WithExtra};
use super::AccountId;

pub use copy::client_copy;
pub use merge::{apply_returned, merge_returned, CriterionRef, MergeChange};

/// What can be marked confidential. A marked field never leaves in a client copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidential {
    ContributionMargin,
    /// Internal notes: the account's notes, the notes on role and selling steps, the
    /// notes on stakeholders.
    InternalNotes,
    StakeholderAttitude,
    StakeholderInfluence,
    /// The competitors' ratings in requirement profiles (their names stay).
    CompetitorRatings,
    /// Internal costs: the costs of actions.
    InternalCosts,
    Revenue,
    Potential,
    /// The balanced scorecard.
    Scorecard,
    /// The SWOT of the account plan (our view of the customer's weaknesses, threats).
    Swot,
    /// The plan's status quo ("what makes this customer important to us?").
    StatusQuo,
    /// The measures of the plan's goals: our internal targets, due dates and actuals
    /// (the goals' texts stay, so that actions keep their context).
    GoalTargets,
}

impl Confidential {
    pub const ALL: [Confidential; 12] = [
        Confidential::ContributionMargin,
        Confidential::InternalNotes,
        Confidential::StakeholderAttitude,
        Confidential::StakeholderInfluence,
        Confidential::CompetitorRatings,
        Confidential::InternalCosts,
        Confidential::Revenue,
        Confidential::Potential,
        Confidential::Scorecard,
        Confidential::Swot,
        Confidential::StatusQuo,
        Confidential::GoalTargets,
    ];

    /// Shared unless the user marks them (issue 9): what the client knows anyway.
    const SHARED_BY_DEFAULT: [Confidential; 3] = [
        Confidential::Revenue,
        Confidential::Potential,
        Confidential::Scorecard,
    ];

    /// Marked unless the user says otherwise (issue 9; the SWOT, the status quo and the
    /// goals' targets since issue 24): all but [`Self::SHARED_BY_DEFAULT`], in order.
    pub const DEFAULT: [Confidential; 9] = all_but(Confidential::SHARED_BY_DEFAULT);

    /// Marks added after lists of marks were first stored: a list written before cannot
    /// name them, so they are marked unless the user shared them ([`SHARED_KEY`]).
    pub const LATER: [Confidential; 2] = [Confidential::StatusQuo, Confidential::GoalTargets];
}

/// The settings key of the marks (kept as raw JSON, like the selling center): the
/// marked fields among all but [`Confidential::LATER`].
pub const MARKS_KEY: &str = "confidential";
/// The settings key of the later marks the user unmarked (shares with the customer).
pub const SHARED_KEY: &str = "shared_with_client";
/// The key in a client copy's data that says it is one.
pub const CLIENT_COPY_KEY: &str = "client_copy";

/// The marked fields of the workspace (the defaults if none were chosen), as a
/// [`JsonArea`] of the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarksArea;

impl<S: WithExtra> JsonArea<S> for MarksArea {
    type Value = Vec<Confidential>;
    fn read(self, settings: &S) -> Vec<Confidential> {
        let list = |key| read_entry::<Vec<Confidential>>(settings.extra(), key);
        let earlier = list(MARKS_KEY).unwrap_or_else(|| Confidential::DEFAULT.to_vec());
        let shared = list(SHARED_KEY).unwrap_or_default();
        Confidential::ALL
            .into_iter()
            .filter(|m| {
                earlier.contains(m) || (Confidential::LATER.contains(m) && !shared.contains(m))
            })
            .collect()
    }
    fn write(self, settings: &mut S, marks: &Vec<Confidential>) {
        let later = |m: &Confidential| Confidential::LATER.contains(m);
        let earlier: Vec<Confidential> = Confidential::ALL
            .into_iter()
            .filter(|m| !later(m) && marks.contains(m))
            .collect();
        let default: Vec<Confidential> = Confidential::DEFAULT
            .into_iter()
            .filter(|m| !later(m))
            .collect();
        let shared: Vec<Confidential> = Confidential::LATER
            .into_iter()
            .filter(|m| !marks.contains(m))
            .collect();
        let extra = settings.extra_mut();
        write_entry(extra, MARKS_KEY, &earlier, earlier == default);
        write_entry(extra, SHARED_KEY, &shared, shared.is_empty());
    }
}

/// The marked fields of the workspace (the defaults if none were chosen).
pub fn marks(settings: &impl WithExtra) -> Vec<Confidential> {
    MarksArea.read(settings)
}

pub fn set_marks(settings: &mut impl WithExtra, marks: &[Confidential]) {
    MarksArea.write(settings, &marks.to_vec());
}

/// What a client copy says about itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CopyInfo {
    /// The key account's id in the supplier's workspace.
    pub account: AccountId,
    /// The customer's name.
    pub name: String,
    pub created: Day,
    /// Who sends it: the supplier's workspace name (blank if it has none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub supplier: String,
}

/// The client-copy marker of an imported workspace, if it is one.
pub fn copy_info(ws: &super::Workspace) -> Option<CopyInfo> {
    info_of(&ws.extra)
}

/// The client-copy marker among a workspace's unknown sections (`Workspace::extra`).
pub fn info_of(extra: &super::json_area::Extra) -> Option<CopyInfo> {
    read_entry(extra, CLIENT_COPY_KEY)
}

/// [`Confidential::ALL`] without `shared`, in order; `N` must be the count left (checked
/// when compiled).
const fn all_but<const N: usize, const S: usize>(shared: [Confidential; S]) -> [Confidential; N] {
    let all = Confidential::ALL;
    let mut out = [Confidential::ContributionMargin; N];
    let (mut i, mut n) = (0, 0);
    while i < all.len() {
        let mut j = 0;
        while j < S && shared[j] as u8 != all[i] as u8 {
            j += 1;
        }
        if j == S {
            out[n] = all[i];
            n += 1;
        }
        i += 1;
    }
    assert!(n == N, "N is the number of marks not shared");
    out
}
