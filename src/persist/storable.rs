//! What a save must never write: a number JSON cannot hold. serde_json writes NaN and
//! ±infinity as `null`, which the decoder refuses ("revenue" is not a number) or reads
//! as missing, so the next start would find a workspace it cannot read. Every save
//! and export checks the typed sections first (the key-account, self-assessment and
//! unknown sections are JSON values already, which hold no such number) and refuses,
//! with the place named, instead of writing.

use crate::domain::value_model::RatingRule;
use crate::domain::{Account, Portfolio, Problem, ProblemKind, Section, Settings, ValueModel};

fn bad(value: f64) -> bool {
    !value.is_finite()
}

/// The first number in the accounts that JSON cannot hold.
pub fn accounts_problem(accounts: &[Account]) -> Option<Problem> {
    accounts.iter().enumerate().find_map(|(i, a)| {
        let field = if bad(a.revenue) {
            "revenue"
        } else if a.contribution_margin.is_some_and(bad) {
            "contribution_margin"
        } else if a.potential.is_some_and(bad) {
            "potential"
        } else {
            return None;
        };
        Some(
            Problem::item(Section::Accounts, i + 1, &a.name, ProblemKind::NotANumber)
                .with_field(field),
        )
    })
}

/// The first number in the settings, the value model or the portfolio that JSON
/// cannot hold.
pub fn settings_problem(
    settings: &Settings,
    value_model: &ValueModel,
    portfolio: &Portfolio,
) -> Option<Problem> {
    let at = |section, field: String| {
        Some(Problem::section(section, ProblemKind::NotANumber).with_field(field))
    };
    if bad(settings.abc.a_threshold) {
        return at(Section::Settings, "abc.a_threshold".into());
    }
    if bad(settings.abc.b_threshold) {
        return at(Section::Settings, "abc.b_threshold".into());
    }
    for (i, c) in value_model.criteria.iter().enumerate() {
        let item = |field: &str| {
            Some(
                Problem::item(Section::ValueModel, i + 1, &c.name, ProblemKind::NotANumber)
                    .with_field(field),
            )
        };
        if bad(c.weight) {
            return item("weight");
        }
        if let RatingRule::Linear { low, high } = c.rule {
            if bad(low) || bad(high) {
                return item("rule");
            }
        }
    }
    if bad(value_model.cut_off) {
        return at(Section::ValueModel, "cut_off".into());
    }
    for (axis, weights) in [
        ("attractiveness", &portfolio.attractiveness),
        ("position", &portfolio.position),
    ] {
        if let Some(i) = weights.iter().position(|w| bad(w.weight)) {
            return at(Section::Portfolio, format!("{axis}.{}.weight", i + 1));
        }
    }
    if bad(portfolio.split_attractiveness) {
        return at(Section::Portfolio, "split_attractiveness".into());
    }
    if bad(portfolio.split_position) {
        return at(Section::Portfolio, "split_position".into());
    }
    None
}

/// The first number in a workspace that JSON cannot hold: a save of it would not read
/// back, so it is refused.
pub fn unstorable(ws: &crate::domain::Workspace) -> Option<Problem> {
    accounts_problem(&ws.accounts)
        .or_else(|| settings_problem(&ws.settings, &ws.value_model, &ws.portfolio))
}
