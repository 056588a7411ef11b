//! Where the coverage of the buying center has gaps, by the workspace's rules.

use super::{Attitude, BuyingRole, Level, Stakeholder, HIGH_INFLUENCE};
use crate::domain::day::Day;

/// The settings of the gap list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GapRules {
    /// Contacts not touched for this many months (or never) are listed.
    pub stale_months: u32,
    /// A counterpart with more contacts than this is overloaded.
    pub max_per_counterpart: usize,
}

impl Default for GapRules {
    fn default() -> Self {
        GapRules {
            stale_months: 6,
            max_per_counterpart: 5,
        }
    }
}

/// One gap in the coverage of the buying center.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gap {
    /// Nobody is recorded as a decider.
    NoDeciderKnown,
    /// Deciders are known but we are in contact with none of them.
    NoDeciderContact { deciders: Vec<u32> },
    /// Nobody champions us inside.
    NoChampion,
    /// A critic or blocker with high influence.
    InfluentialOpponent { id: u32 },
    /// A level of the organisation where we are in contact with nobody.
    LevelWithoutContact(Level),
    /// A contact not touched for the chosen number of months, or never.
    Stale { id: u32, months: Option<u32> },
    /// A counterpart who owns more contacts than one can keep up.
    OverloadedCounterpart { name: String, contacts: usize },
}

/// Whole months from `from` to `to` (0 if `to` is earlier).
pub fn months_between(from: Day, to: Day) -> u32 {
    let mut m = (to.year() - from.year()) * 12 + i32::from(to.month()) - i32::from(from.month());
    if to.day() < from.day() {
        m -= 1;
    }
    m.max(0) as u32
}

/// Every gap, in a fixed order: deciders, champion, opponents, levels, stale contacts,
/// counterparts. An empty buying center has the decider, champion and level gaps.
pub fn gaps(people: &[Stakeholder], today: Day, rules: GapRules) -> Vec<Gap> {
    let mut found = Vec::new();
    let deciders: Vec<&Stakeholder> = people
        .iter()
        .filter(|p| p.has(BuyingRole::Decider))
        .collect();
    if deciders.is_empty() {
        found.push(Gap::NoDeciderKnown);
    } else if !deciders.iter().any(|p| p.in_contact()) {
        found.push(Gap::NoDeciderContact {
            deciders: deciders.iter().map(|p| p.id).collect(),
        });
    }
    if !people.iter().any(|p| p.attitude == Attitude::Champion) {
        found.push(Gap::NoChampion);
    }
    found.extend(
        people
            .iter()
            .filter(|p| p.attitude.opposes() && p.influence >= HIGH_INFLUENCE)
            .map(|p| Gap::InfluentialOpponent { id: p.id }),
    );
    found.extend(
        Level::ALL
            .into_iter()
            .filter(|l| !people.iter().any(|p| p.level == *l && p.in_contact()))
            .map(Gap::LevelWithoutContact),
    );
    for p in people.iter().filter(|p| p.in_contact()) {
        let months = p.last_contact.map(|d| months_between(d, today));
        if months.is_none_or(|m| m >= rules.stale_months) {
            found.push(Gap::Stale { id: p.id, months });
        }
    }
    let mut per_counterpart: Vec<(String, usize)> = Vec::new();
    for p in people.iter().filter(|p| !p.counterpart.trim().is_empty()) {
        let name = p.counterpart.trim();
        match per_counterpart.iter_mut().find(|(n, _)| n == name) {
            Some((_, c)) => *c += 1,
            None => per_counterpart.push((name.to_string(), 1)),
        }
    }
    found.extend(
        per_counterpart
            .into_iter()
            .filter(|(_, c)| *c > rules.max_per_counterpart)
            .map(|(name, contacts)| Gap::OverloadedCounterpart { name, contacts }),
    );
    found
}
