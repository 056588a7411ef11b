//! Our selling center and the gap rules, kept as raw JSON in the workspace settings.

use serde::{Deserialize, Serialize};

use super::gaps::GapRules;

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
pub fn selling_center(settings: &crate::domain::Settings) -> Vec<TeamMember> {
    settings
        .extra
        .get(SELLING_CENTER_KEY)
        .and_then(|v| Vec::<TeamMember>::deserialize(v).ok())
        .unwrap_or_default()
}

pub fn set_selling_center(settings: &mut crate::domain::Settings, members: &[TeamMember]) {
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
pub fn gap_rules(settings: &crate::domain::Settings) -> GapRules {
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

pub fn set_gap_rules(settings: &mut crate::domain::Settings, rules: GapRules) {
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
