//! Our selling center and the gap rules, kept as raw JSON in the workspace settings.

use serde::{Deserialize, Serialize};

use super::gaps::GapRules;
use crate::domain::json_area::{read_entry, write_entry, Extra, JsonArea, WithExtra};

/// A member of our selling center (thesis 10): who can own relationships at customers.
/// Kept once per workspace, in the settings.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TeamMember {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub function: String,
    /// Fields of newer versions or other tools: kept on round trips.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Keys of the workspace settings that hold the selling center and the gap rules. Kept
/// as raw JSON in `Settings::extra` (like the key-account section), so that only the
/// pages that use them carry their code.
pub const SELLING_CENTER_KEY: &str = "selling_center";
pub const GAP_RULES_KEY: &str = "gap_rules";

/// The selling center in the settings, as a [`JsonArea`] (empty if none, or if it
/// cannot be read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SellingCenterArea;

impl<S: WithExtra> JsonArea<S> for SellingCenterArea {
    type Value = Vec<TeamMember>;
    fn read(self, settings: &S) -> Vec<TeamMember> {
        read_entry(settings.extra(), SELLING_CENTER_KEY).unwrap_or_default()
    }
    fn write(self, settings: &mut S, members: &Vec<TeamMember>) {
        let absent = members.is_empty();
        write_entry(settings.extra_mut(), SELLING_CENTER_KEY, members, absent);
    }
}

/// The gap rules chosen for this workspace (the defaults if none), as a [`JsonArea`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GapRulesArea;

impl<S: WithExtra> JsonArea<S> for GapRulesArea {
    type Value = GapRules;
    fn read(self, settings: &S) -> GapRules {
        read_entry::<StoredRules>(settings.extra(), GAP_RULES_KEY)
            .map(|r| GapRules {
                stale_months: r.stale_months,
                max_per_counterpart: r.max_per_counterpart,
            })
            .unwrap_or_default()
    }
    fn write(self, settings: &mut S, &rules: &GapRules) {
        let mut extra: Extra = read_entry(settings.extra(), GAP_RULES_KEY).unwrap_or_default();
        extra.retain(|k, _| k != "stale_months" && k != "max_per_counterpart");
        let absent = rules == GapRules::default() && extra.is_empty();
        let stored = StoredRules {
            stale_months: rules.stale_months,
            max_per_counterpart: rules.max_per_counterpart,
            extra,
        };
        write_entry(settings.extra_mut(), GAP_RULES_KEY, &stored, absent);
    }
}

/// The selling center from the settings (empty if none, or if it cannot be read).
pub fn selling_center(settings: &impl WithExtra) -> Vec<TeamMember> {
    SellingCenterArea.read(settings)
}

pub fn set_selling_center(settings: &mut impl WithExtra, members: &[TeamMember]) {
    SellingCenterArea.write(settings, &members.to_vec());
}

#[derive(Serialize, Deserialize)]
struct StoredRules {
    stale_months: u32,
    max_per_counterpart: usize,
    /// Fields of newer versions or other tools: kept when the rules change.
    #[serde(flatten)]
    extra: Extra,
}

/// The gap rules chosen for this workspace, or the defaults.
pub fn gap_rules(settings: &impl WithExtra) -> GapRules {
    GapRulesArea.read(settings)
}

pub fn set_gap_rules(settings: &mut impl WithExtra, rules: GapRules) {
    GapRulesArea.write(settings, &rules);
}
