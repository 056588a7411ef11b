//! What goes with a deleted customer: its key-account work (plan, scorecard, buying
//! center, profiles, role history). The register asks before deleting such a customer and
//! names these; undo brings all of it back.

use serde_json::Value;

use super::key_account::KeyAccountData;

/// The key-account work of one customer, counted by kind, in the order the key account's
/// tabs show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GoesWith {
    /// Role and selling-stage steps, targets included.
    pub role_steps: usize,
    /// Requirement profiles (one per procurement segment).
    pub profiles: usize,
    pub kpis: usize,
    pub goals: usize,
    pub actions: usize,
    /// Status quo, SWOT or earlier plan periods: plan work beyond goals and actions.
    pub plan_notes: usize,
    pub stakeholders: usize,
}

impl GoesWith {
    pub fn of(data: &KeyAccountData) -> GoesWith {
        let plan = &data.plan;
        let history = |steps: usize, target: bool| steps + usize::from(target);
        let notes = usize::from(plan.status_quo != Default::default())
            + usize::from(plan.swot != Default::default())
            + data.plan_versions.len();
        GoesWith {
            role_steps: history(data.roles.steps.len(), data.roles.target.is_some())
                + history(data.selling.steps.len(), data.selling.target.is_some()),
            profiles: data.profiles.len(),
            kpis: data.scorecard.len(),
            goals: plan.goals.len(),
            actions: plan.actions.len(),
            plan_notes: notes,
            stakeholders: data.stakeholders.len(),
        }
    }

    /// The same count from one key account's stored JSON, without decoding it: the
    /// register lives in the start page's module, which must not carry the decoder of
    /// every key-account section.
    pub fn of_json(data: Option<&Value>) -> GoesWith {
        let Some(data) = data else {
            return GoesWith::default();
        };
        let len = |pointer: &str| {
            data.pointer(pointer)
                .and_then(Value::as_array)
                .map_or(0, Vec::len)
        };
        let has = |pointer: &str| {
            data.pointer(pointer).is_some_and(|v| match v {
                Value::Null => false,
                Value::Object(o) => o.values().any(|x| match x {
                    Value::String(s) => !s.trim().is_empty(),
                    Value::Array(a) => !a.is_empty(),
                    Value::Null => false,
                    _ => true,
                }),
                _ => true,
            })
        };
        GoesWith {
            role_steps: len("/roles/steps")
                + usize::from(has("/roles/target"))
                + len("/selling/steps")
                + usize::from(has("/selling/target")),
            profiles: len("/profiles"),
            kpis: len("/scorecard"),
            goals: len("/plan/goals"),
            actions: len("/plan/actions"),
            plan_notes: usize::from(has("/plan/status_quo"))
                + usize::from(has("/plan/swot"))
                + len("/plan_versions"),
            stakeholders: len("/stakeholders"),
        }
    }

    /// Nothing would be lost: deleting needs no question.
    pub fn is_empty(&self) -> bool {
        *self == GoesWith::default()
    }

    /// The non-zero parts, in order, as (part, count).
    pub fn parts(&self) -> Vec<(Part, usize)> {
        [
            (Part::RoleSteps, self.role_steps),
            (Part::Profiles, self.profiles),
            (Part::Kpis, self.kpis),
            (Part::Goals, self.goals),
            (Part::Actions, self.actions),
            (Part::PlanNotes, self.plan_notes),
            (Part::Stakeholders, self.stakeholders),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect()
    }
}

/// A kind of key-account work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    RoleSteps,
    Profiles,
    Kpis,
    Goals,
    Actions,
    PlanNotes,
    Stakeholders,
}
