//! Who reports to whom: the links checked, and the organisation laid out as a tree.

use super::Stakeholder;

/// Why a "reports to" link cannot be kept: it points to nobody known, or it closes a loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportsToError {
    Unknown,
    Cycle,
}

/// Checks `person` reporting to `boss` against the others' links (no loops, the boss
/// exists, nobody reports to themself).
pub fn check_reports_to(
    people: &[Stakeholder],
    person: u32,
    boss: u32,
) -> Result<(), ReportsToError> {
    if !people.iter().any(|p| p.id == boss) {
        return Err(ReportsToError::Unknown);
    }
    let mut at = Some(boss);
    let mut steps = 0;
    while let Some(id) = at {
        if id == person || steps > people.len() {
            return Err(ReportsToError::Cycle);
        }
        at = people
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.reports_to);
        steps += 1;
    }
    Ok(())
}

/// A person's place in the reports-to chart: `x` is the column (leaves get 0, 1, 2, …;
/// a boss sits over the middle of their people), `depth` the row (0 = top).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OrgNode {
    pub id: u32,
    pub boss: Option<u32>,
    pub x: f64,
    pub depth: usize,
}

/// Lays out the customer's organisation as a tree, people in the order given: everyone
/// whose boss is unknown (or missing) is a root. Links that would loop are cut, so every
/// person appears exactly once.
pub fn org_chart(people: &[Stakeholder]) -> Vec<OrgNode> {
    let known = |id: u32| people.iter().any(|p| p.id == id);
    let boss_of = |p: &Stakeholder| {
        p.reports_to
            .filter(|&b| b != p.id && known(b))
            .filter(|&b| check_reports_to(people, p.id, b).is_ok())
    };
    let mut nodes = Vec::with_capacity(people.len());
    let mut next_leaf = 0.0;
    fn place(
        people: &[Stakeholder],
        boss_of: &dyn Fn(&Stakeholder) -> Option<u32>,
        person: &Stakeholder,
        depth: usize,
        next_leaf: &mut f64,
        nodes: &mut Vec<OrgNode>,
    ) -> f64 {
        let at = nodes.len();
        nodes.push(OrgNode {
            id: person.id,
            boss: boss_of(person),
            x: 0.0,
            depth,
        });
        let xs: Vec<f64> = people
            .iter()
            .filter(|p| boss_of(p) == Some(person.id))
            .map(|p| place(people, boss_of, p, depth + 1, next_leaf, nodes))
            .collect();
        let x = match (xs.first(), xs.last()) {
            (Some(a), Some(b)) => (a + b) / 2.0,
            _ => {
                let x = *next_leaf;
                *next_leaf += 1.0;
                x
            }
        };
        nodes[at].x = x;
        x
    }
    for root in people.iter().filter(|p| boss_of(p).is_none()) {
        place(people, &boss_of, root, 0, &mut next_leaf, &mut nodes);
    }
    nodes
}
