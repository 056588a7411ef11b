//! The buying center at a key account and our selling center (docs/methods.md,
//! "Buying center and selling center"): who decides, who influences, how they stand towards us,
//! who of us owns each relationship, and where the gaps are.

use serde::{Deserialize, Serialize};

use super::day::Day;

/// The level of the customer's organisation (thesis 11, "level selling").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Operational,
    Project,
    Management,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Operational, Level::Project, Level::Management];
}

/// Roles in the buying center (thesis 9); a person can hold several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuyingRole {
    User,
    Influencer,
    Buyer,
    Decider,
    Gatekeeper,
    Initiator,
}

impl BuyingRole {
    pub const ALL: [BuyingRole; 6] = [
        BuyingRole::User,
        BuyingRole::Influencer,
        BuyingRole::Buyer,
        BuyingRole::Decider,
        BuyingRole::Gatekeeper,
        BuyingRole::Initiator,
    ];
}

/// How a person stands towards us, from the coach who sells for us inside to the
/// blocker who works against us.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Attitude {
    Champion,
    Supporter,
    #[default]
    Neutral,
    Critic,
    Blocker,
}

impl Attitude {
    pub const ALL: [Attitude; 5] = [
        Attitude::Champion,
        Attitude::Supporter,
        Attitude::Neutral,
        Attitude::Critic,
        Attitude::Blocker,
    ];

    /// -2 (blocker) … +2 (champion): the horizontal axis of the map.
    pub fn score(self) -> i8 {
        match self {
            Attitude::Champion => 2,
            Attitude::Supporter => 1,
            Attitude::Neutral => 0,
            Attitude::Critic => -1,
            Attitude::Blocker => -2,
        }
    }

    pub fn is_neutral(&self) -> bool {
        *self == Attitude::Neutral
    }

    pub fn opposes(self) -> bool {
        matches!(self, Attitude::Critic | Attitude::Blocker)
    }
}

/// How often we are in touch.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Contact {
    #[default]
    None,
    Occasional,
    Regular,
    Close,
}

impl Contact {
    pub const ALL: [Contact; 4] = [
        Contact::None,
        Contact::Occasional,
        Contact::Regular,
        Contact::Close,
    ];
}

/// A person at the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stakeholder {
    /// Stable within the key account, for "reports to".
    pub id: u32,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub function: String,
    pub level: Level,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<BuyingRole>,
    /// Neutral is not written (so a client copy without attitudes carries none).
    #[serde(default, skip_serializing_if = "Attitude::is_neutral")]
    pub attitude: Attitude,
    /// 1 (little) … 5 (decisive); 0 ([`UNKNOWN_INFLUENCE`]) when not known, as in a
    /// client copy, and then not written.
    #[serde(default, skip_serializing_if = "is_unknown")]
    pub influence: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reports_to: Option<u32>,
    #[serde(default)]
    pub contact: Contact,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_contact: Option<Day>,
    /// The member of our selling center who owns the relationship.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub counterpart: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Stakeholder {
    pub fn has(&self, role: BuyingRole) -> bool {
        self.roles.contains(&role)
    }

    pub fn in_contact(&self) -> bool {
        self.contact != Contact::None
    }
}

/// The influence of someone whose influence is not known (or not shared).
pub const UNKNOWN_INFLUENCE: u8 = 0;

fn is_unknown(influence: &u8) -> bool {
    *influence == UNKNOWN_INFLUENCE
}

/// Influence from which a critic or blocker is a gap.
pub const HIGH_INFLUENCE: u8 = 4;

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

/// A member of our selling center (thesis 10): who can own relationships at customers.
/// Kept once per workspace, in the settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TeamMember {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub function: String,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Keys of the workspace settings that hold the selling center and the gap rules. Kept
/// as raw JSON in `Settings::extra` (like the key-account section), so that only the
/// pages that use them carry their code.
pub const SELLING_CENTER_KEY: &str = "selling_center";
pub const GAP_RULES_KEY: &str = "gap_rules";

/// The selling center from the settings (empty if none, or if it cannot be read).
pub fn selling_center(settings: &super::Settings) -> Vec<TeamMember> {
    settings
        .extra
        .get(SELLING_CENTER_KEY)
        .and_then(|v| Vec::<TeamMember>::deserialize(v).ok())
        .unwrap_or_default()
}

pub fn set_selling_center(settings: &mut super::Settings, members: &[TeamMember]) {
    if members.is_empty() {
        settings.extra.remove(SELLING_CENTER_KEY);
    } else if let Ok(v) = serde_json::to_value(members) {
        settings.extra.insert(SELLING_CENTER_KEY.into(), v);
    }
}

#[derive(Serialize, Deserialize)]
struct StoredRules {
    stale_months: u32,
    max_per_counterpart: usize,
    /// Fields of newer versions or other tools: kept when the rules change.
    #[serde(flatten)]
    extra: serde_json::Map<String, serde_json::Value>,
}

/// The gap rules chosen for this workspace, or the defaults.
pub fn gap_rules(settings: &super::Settings) -> GapRules {
    settings
        .extra
        .get(GAP_RULES_KEY)
        .and_then(|v| StoredRules::deserialize(v).ok())
        .map(|r| GapRules {
            stale_months: r.stale_months,
            max_per_counterpart: r.max_per_counterpart,
        })
        .unwrap_or_default()
}

pub fn set_gap_rules(settings: &mut super::Settings, rules: GapRules) {
    let mut extra = settings
        .extra
        .get(GAP_RULES_KEY)
        .and_then(serde_json::Value::as_object)
        .cloned()
        .unwrap_or_default();
    extra.retain(|k, _| k != "stale_months" && k != "max_per_counterpart");
    if rules == GapRules::default() && extra.is_empty() {
        settings.extra.remove(GAP_RULES_KEY);
        return;
    }
    let stored = StoredRules {
        stale_months: rules.stale_months,
        max_per_counterpart: rules.max_per_counterpart,
        extra,
    };
    if let Ok(v) = serde_json::to_value(stored) {
        settings.extra.insert(GAP_RULES_KEY.into(), v);
    }
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
