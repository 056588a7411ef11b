//! Texts built from domain values that several pages show: names of criteria and
//! quadrants, completeness, amounts in the workspace's currency.

use leptos::prelude::*;

use std::collections::HashMap;

use crate::domain::value_model::{Criterion, Score};
use crate::domain::AccountId;
use crate::i18n::key_accounts::{standing_texts, StandingTexts};
use crate::i18n::{fill, value::V, Lang};
use crate::state::analyses::Standing;
use crate::state::{use_app, AppState};

/// A criterion's name: the user's, or the default's in the UI language.
pub fn criterion_name(c: &Criterion, lang: Lang) -> String {
    if !c.name.is_empty() {
        return c.name.clone();
    }
    let key = match c.id.as_str() {
        "revenue" => V::CritRevenue,
        "margin" => V::CritMargin,
        "growth" => V::CritGrowth,
        "wallet" => V::CritWallet,
        "loyalty" => V::CritLoyalty,
        "capacity" => V::CritCapacity,
        "fit" => V::CritFit,
        "reference" => V::CritReference,
        "innovation" => V::CritInnovation,
        "culture" => V::CritCulture,
        "openness" => V::CritOpenness,
        "barriers" => V::CritBarriers,
        "price" => V::CritPrice,
        "satisfaction" => V::CritSatisfaction,
        "depth" => V::CritDepth,
        "fulfilment" => V::CritFulfilment,
        other => return other.to_string(),
    };
    lang.t(key).to_string()
}

/// "7 of 10": how many weighted criteria of a score are rated.
pub fn completeness(score: &Score, lang: Lang) -> String {
    crate::i18n::fill(
        lang.t(V::Completeness),
        &[
            ("rated", &lang.count(score.rated)),
            ("total", &lang.count(score.total)),
        ],
    )
}

pub use crate::i18n::value::quadrant_name;

/// An account's ABC class and rank, value-model score and portfolio quadrant in words,
/// as the overview and the account report show them (tracked).
pub fn account_standing(
    app: AppState,
    l: Lang,
    standing: Memo<HashMap<AccountId, Standing>>,
    id: AccountId,
) -> StandingTexts {
    let s = standing.with(|s| s.get(&id).copied());
    app.abc.with(|r| {
        standing_texts(
            l,
            r.rows.iter().find(|row| row.id == id),
            s.and_then(|s| s.score),
            s.and_then(|s| s.quadrant),
        )
    })
}

/// The workspace's currency code, following edits.
pub fn use_currency() -> Memo<String> {
    let app = use_app();
    Memo::new(move |_| app.store.settings.with(|s| s.currency().to_string()))
}

/// A header or figure label with the currency: "Revenue (EUR)".
pub fn with_currency(label: &str, code: &str) -> String {
    fill("{label} ({code})", &[("label", label), ("code", code)])
}

/// An amount in the register, reports and analyses: whole units or cents
/// (docs/methods.md, "Amounts").
pub fn money(lang: crate::i18n::Lang, v: f64) -> String {
    lang.amount(v)
}

pub fn opt_money(lang: crate::i18n::Lang, v: Option<f64>) -> String {
    v.map(|v| money(lang, v)).unwrap_or_default()
}

/// An amount with its currency, for figures that stand alone: "1.250.000 EUR".
pub fn money_in(lang: crate::i18n::Lang, value: f64, code: &str) -> String {
    format!("{}\u{a0}{code}", lang.amount(value))
}

/// A client copy's file name, `keystone-client-copy-<account>-<day><suffix>.json`: the
/// account's name in letters and digits only, the day of `now` (ISO).
pub fn client_copy_file(account: &str, now: &str, suffix: &str) -> String {
    let slug: String = account
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    format!(
        "keystone-client-copy-{}-{}{suffix}.json",
        slug.trim_matches('-'),
        now.get(..10).unwrap_or(now)
    )
}
