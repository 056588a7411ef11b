//! The buying center at a key account and our selling center (docs/methods.md,
//! "Buying center and selling center"): who decides, who influences, how they stand towards us,
//! who of us owns each relationship, and where the gaps are.

use serde::{Deserialize, Serialize};

use super::day::Day;

mod gaps;
mod org_chart;
mod selling_center;
pub use gaps::{gaps, months_between, Gap, GapRules};
pub use org_chart::{check_reports_to, org_chart, OrgNode, ReportsToError};
pub use selling_center::{
    gap_rules, selling_center, set_gap_rules, set_selling_center, GapRulesArea, SellingCenterArea,
    TeamMember, GAP_RULES_KEY, SELLING_CENTER_KEY,
};

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
