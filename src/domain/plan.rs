//! The account plan of a key account (docs/methods.md, "Account plan"):
//! the status quo ("where are we?"), SWOT, goals ("where do we want to go?") with their
//! selling dimension, the action plan, and progress control. Dated versions keep the
//! plan of earlier periods for comparison.

use serde::{Deserialize, Serialize};

use super::day::Day;
use super::roles::SellingStage;
use super::scorecard::{Better, Kpi};

/// The three stock-taking questions ("Bestandsaufnahme"), answered in free text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StatusQuo {
    /// What makes this customer important to us?
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub important_to_us: String,
    /// Why are we important to them?
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why_we_matter: String,
    /// What do we do for them that others do not?
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what_only_we_do: String,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Strengths, weaknesses, opportunities and threats, one entry per line item.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Swot {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strengths: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weaknesses: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub opportunities: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub threats: Vec<String>,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A quantitative goal's measure: a target value by a date, optionally read from a
/// scorecard KPI (by its name) so that progress needs no second bookkeeping.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measure {
    /// What is measured ("Umsatz", "Share of wallet").
    pub kpi: String,
    pub target: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    /// The name of the scorecard KPI the actual value is read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked_kpi: Option<String>,
    /// The actual value when no KPI is linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<f64>,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A goal: qualitative (text only) or quantitative (with a measure).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    /// Stable within the plan, so that actions can point to it.
    pub id: u32,
    pub text: String,
    /// The selling dimension the goal belongs to (docs/methods.md, "Supplier roles and the selling dimension": single → cross → up-selling
    /// → joint development).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimension: Option<SellingStage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
    /// The whitespace cell (offering × unit) the goal is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell: Option<crate::domain::history::CellRef>,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Open,
    InProgress,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    /// Open or in progress: still being worked on.
    pub fn is_active(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::InProgress)
    }
}

/// One line of the action plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub id: u32,
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Day>,
    /// Planned internal cost (confidential by default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
    #[serde(default)]
    pub status: ActionStatus,
    /// The goal this action serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<u32>,
    /// The whitespace cell (offering × unit) the action works on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell: Option<crate::domain::history::CellRef>,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Where an action stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Progress {
    /// Past its due date and neither done nor dropped.
    Overdue,
    Open,
    Done,
    /// Dropped actions count neither as open nor as done.
    Dropped,
}

impl Action {
    /// Overdue from the day after the due date on: an action due today is still open.
    pub fn progress(&self, today: Day) -> Progress {
        match self.status {
            ActionStatus::Done => Progress::Done,
            ActionStatus::Dropped => Progress::Dropped,
            ActionStatus::Open | ActionStatus::InProgress => match self.due {
                Some(due) if due < today => Progress::Overdue,
                _ => Progress::Open,
            },
        }
    }
}

/// The counts for progress control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ActionCounts {
    pub done: usize,
    pub open: usize,
    pub overdue: usize,
    pub dropped: usize,
}

/// The plan of one key account as it stands now.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Plan {
    /// The first day of the plan period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_start: Option<Day>,
    #[serde(default)]
    pub status_quo: StatusQuo,
    #[serde(default)]
    pub swot: Swot,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A plan as it was when a new period was started.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanVersion {
    /// The day the version was closed ("start next period" on that day).
    pub closed: Day,
    pub plan: Plan,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        *self == Plan::default()
    }

    pub fn counts(&self, today: Day) -> ActionCounts {
        let mut c = ActionCounts::default();
        for a in &self.actions {
            match a.progress(today) {
                Progress::Done => c.done += 1,
                Progress::Open => c.open += 1,
                Progress::Overdue => c.overdue += 1,
                Progress::Dropped => c.dropped += 1,
            }
        }
        c
    }

    /// The overdue actions, longest overdue first (ties in plan order).
    pub fn overdue(&self, today: Day) -> Vec<&Action> {
        let mut late: Vec<&Action> = self
            .actions
            .iter()
            .filter(|a| a.progress(today) == Progress::Overdue)
            .collect();
        late.sort_by_key(|a| a.due);
        late
    }

    pub fn next_goal_id(&self) -> u32 {
        self.goals.iter().map(|g| g.id).max().map_or(1, |m| m + 1)
    }

    pub fn next_action_id(&self) -> u32 {
        self.actions.iter().map(|a| a.id).max().map_or(1, |m| m + 1)
    }

    /// "Start next period": the current plan becomes a version closed `today`; the new
    /// plan keeps status quo, SWOT, goals and the actions still open (done and dropped
    /// ones stay in the version), and starts `today`.
    pub fn start_next_period(&self, today: Day) -> (PlanVersion, Plan) {
        let version = PlanVersion {
            extra: Default::default(),
            closed: today,
            plan: self.clone(),
        };
        let mut next = self.clone();
        next.period_start = Some(today);
        next.actions
            .retain(|a| matches!(a.status, ActionStatus::Open | ActionStatus::InProgress));
        (version, next)
    }
}

/// Plan against actual for a quantitative goal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GoalProgress {
    pub target: f64,
    pub actual: Option<f64>,
    /// actual / target (for "higher is better"), target / actual for "lower is better";
    /// `None` without an actual value or when the quotient is undefined (zero).
    pub achieved: Option<f64>,
}

/// Reads the actual of a goal from its linked KPI (its latest value) or its own field.
/// A linked KPI that no longer exists gives no actual, rather than a stale one.
pub fn goal_progress(measure: &Measure, kpis: &[Kpi]) -> GoalProgress {
    let (actual, better) = match &measure.linked_kpi {
        Some(name) => match kpis.iter().find(|k| &k.name == name) {
            Some(k) => (k.latest().map(|(_, v)| v), k.better),
            None => (None, Better::Higher),
        },
        None => (measure.actual, Better::Higher),
    };
    let achieved = actual.and_then(|a| {
        let q = match better {
            Better::Higher => a / measure.target,
            Better::Lower => measure.target / a,
        };
        q.is_finite().then_some(q)
    });
    GoalProgress {
        target: measure.target,
        actual,
        achieved,
    }
}

/// What changed for one goal or action between two plans (matched by id).
#[derive(Debug, Clone, PartialEq)]
pub enum Change<T> {
    Added(T),
    Removed(T),
    Changed { before: T, after: T },
}

/// Two plans side by side: changed goals and actions, and SWOT entries that came or went.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanComparison {
    pub goals: Vec<Change<Goal>>,
    pub actions: Vec<Change<Action>>,
    /// (quadrant 0-3: S, W, O, T; entry; true if added, false if removed)
    pub swot: Vec<(usize, String, bool)>,
    pub status_quo_changed: bool,
}

impl PlanComparison {
    pub fn is_empty(&self) -> bool {
        *self == PlanComparison::default()
    }
}

fn diff_by_id<T: Clone + PartialEq>(
    before: &[T],
    after: &[T],
    id: impl Fn(&T) -> u32,
) -> Vec<Change<T>> {
    let mut out = Vec::new();
    for b in before {
        match after.iter().find(|a| id(a) == id(b)) {
            None => out.push(Change::Removed(b.clone())),
            Some(a) if a != b => out.push(Change::Changed {
                before: b.clone(),
                after: a.clone(),
            }),
            Some(_) => {}
        }
    }
    for a in after {
        if !before.iter().any(|b| id(b) == id(a)) {
            out.push(Change::Added(a.clone()));
        }
    }
    out
}

pub fn compare(earlier: &Plan, later: &Plan) -> PlanComparison {
    let quadrants = |p: &Plan| {
        [
            p.swot.strengths.clone(),
            p.swot.weaknesses.clone(),
            p.swot.opportunities.clone(),
            p.swot.threats.clone(),
        ]
    };
    let (qb, qa) = (quadrants(earlier), quadrants(later));
    let mut swot = Vec::new();
    for q in 0..4 {
        swot.extend(
            qb[q]
                .iter()
                .filter(|e| !qa[q].contains(e))
                .map(|e| (q, e.clone(), false)),
        );
        swot.extend(
            qa[q]
                .iter()
                .filter(|e| !qb[q].contains(e))
                .map(|e| (q, e.clone(), true)),
        );
    }
    PlanComparison {
        goals: diff_by_id(&earlier.goals, &later.goals, |g| g.id),
        actions: diff_by_id(&earlier.actions, &later.actions, |a| a.id),
        swot,
        status_quo_changed: earlier.status_quo != later.status_quo,
    }
}
