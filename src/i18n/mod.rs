//! The translation catalogues: every UI text in English and German, one catalogue per
//! area (`common`, `accounts`, `pareto`, `data`, `errors`, …), and number and date
//! formatting that follows the language. Pure: no browser, host-tested.
//!
//! Each key must give both languages, or it does not compile. Placeholders are
//! `{name}` and are filled by [`fill`]. A new area: a file with one `catalogue!` call,
//! a `pub mod` line here, and its `ALL` in [`all_texts`].

pub mod accounts;
pub mod assessment;
mod assessment_areas;
pub mod assessment_share;
pub mod buying_center;
pub mod calendar;
pub mod client_copy;
pub mod client_view;
pub mod common;
pub mod data;
pub mod development;
pub mod errors;
pub mod file;
pub mod history_import;
pub mod key_accounts;
mod label;
pub mod pareto;
pub mod plan;
pub mod profile;
mod reactive;
pub mod report;
pub mod scorecard;
pub mod sheet;
pub mod value;
pub mod whitespace;
pub mod workshop;

pub use errors::describe_import_error;
pub use label::Label;
pub use reactive::tr;

use crate::domain::number::{format_number, DecimalSeparator};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| code.starts_with(l.code()))
    }

    pub fn decimal_separator(self) -> DecimalSeparator {
        match self {
            Lang::En => DecimalSeparator::Point,
            Lang::De => DecimalSeparator::Comma,
        }
    }

    pub fn t(self, key: impl Text) -> &'static str {
        match self {
            Lang::En => key.en(),
            Lang::De => key.de(),
        }
    }

    /// A number with grouping in this language's notation.
    pub fn number(self, value: f64, decimals: usize) -> String {
        format_number(value, decimals, self.decimal_separator())
    }

    /// A number as people type it: grouped, with up to `decimals` decimals only when
    /// it has a fractional part (`1.234` but `1.234,50`).
    pub fn number_as_typed(self, value: f64, decimals: usize) -> String {
        self.number(value, decimals_as_typed(value, decimals))
    }

    /// A count with grouping: `20,000` / `20.000`.
    pub fn count(self, n: usize) -> String {
        self.number(n as f64, 0)
    }

    /// An amount of money as the UI shows it (docs/methods.md, "Amounts"): whole units,
    /// or cents when the amount has cents once rounded to the cent (`420.000,50`).
    pub fn amount(self, value: f64) -> String {
        let cents = (value * 100.0).round();
        self.number(value, if cents % 100.0 == 0.0 { 0 } else { 2 })
    }

    /// A number with as many decimals as it has (up to 9), so that a form shows what
    /// was typed and stored, never a rounded value (`420.000,505`).
    pub fn number_exact(self, value: f64) -> String {
        self.number(value, exact_decimals(value))
    }

    /// A percentage such as `80.0 %` / `80,0 %`.
    pub fn percent(self, value: f64, decimals: usize) -> String {
        format!("{}\u{a0}%", self.number(value, decimals))
    }

    /// A date from an ISO 8601 timestamp: `21.11.2026 14:05` / `2026-11-21 14:05`.
    /// Unreadable input is shown as it is.
    pub fn date_time(self, iso: &str) -> String {
        let (Some(date), time) = (iso.get(0..10), iso.get(11..16)) else {
            return iso.to_string();
        };
        let parts: Vec<&str> = date.split('-').collect();
        if parts.len() != 3 || !date.chars().all(|c| c.is_ascii_digit() || c == '-') {
            return iso.to_string();
        }
        let day = match self {
            Lang::En => date.to_string(),
            Lang::De => format!("{}.{}.{}", parts[2], parts[1], parts[0]),
        };
        match time {
            Some(t) => format!("{day} {t}"),
            None => day,
        }
    }
}

/// `decimals` for a number with a fractional part, 0 for a whole one.
pub fn decimals_as_typed(value: f64, decimals: usize) -> usize {
    if value.fract() == 0.0 {
        0
    } else {
        decimals
    }
}

/// The fewest decimals (at most 9) that write `value` without rounding it.
pub fn exact_decimals(value: f64) -> usize {
    if !value.is_finite() {
        return 0;
    }
    (0..9)
        .find(|&d| {
            let scale = 10f64.powi(d as i32);
            let back = (value * scale).round() / scale;
            (back - value).abs() <= value.abs() * 1e-15
        })
        .unwrap_or(9)
}

/// Replaces `{name}` placeholders.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// A UI text of some catalogue, in both languages.
pub trait Text: Copy + Send + Sync + 'static {
    fn en(self) -> &'static str;
    fn de(self) -> &'static str;
}

/// `catalogue! { Name; Key => "English", "Deutsch"; … }` defines the enum `Name` of one
/// area's texts. A key without both languages is a compile error.
#[macro_export]
#[doc(hidden)]
macro_rules! catalogue {
    ($name:ident; $($key:ident => $en:expr, $de:expr;)*) => {
        /// A UI text of this area. `Lang::t` gives it in one language.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
        }
        impl From<$name> for $crate::i18n::Label {
            fn from(key: $name) -> $crate::i18n::Label { $crate::i18n::Label::of(key) }
        }
        impl $crate::i18n::Text for $name {
            fn en(self) -> &'static str { match self { $($name::$key => $en),* } }
            fn de(self) -> &'static str { match self { $($name::$key => $de),* } }
        }
    };
}
pub use catalogue;

/// Every text of every catalogue as (key, English, German), for the catalogue tests.
pub fn all_texts() -> Vec<(String, &'static str, &'static str)> {
    fn of<K: Text + std::fmt::Debug>(
        all: &[K],
    ) -> impl Iterator<Item = (String, &'static str, &'static str)> + '_ {
        all.iter().map(|k| (format!("{k:?}"), k.en(), k.de()))
    }
    of(common::C::ALL)
        .chain(of(accounts::A::ALL))
        .chain(of(pareto::P::ALL))
        .chain(of(development::DV::ALL))
        .chain(of(data::D::ALL))
        .chain(of(errors::E::ALL))
        .chain(of(value::V::ALL))
        .chain(of(key_accounts::KA::ALL))
        .chain(of(assessment::AS::ALL))
        .chain(of(profile::PR::ALL))
        .chain(of(scorecard::SC::ALL))
        .chain(of(plan::PL::ALL))
        .chain(of(buying_center::BC::ALL))
        .chain(of(client_copy::CC::ALL))
        .chain(of(client_view::CV::ALL))
        .chain(of(report::RP::ALL))
        .chain(of(sheet::SH::ALL))
        .chain(of(file::F::ALL))
        .chain(of(history_import::HI::ALL))
        .chain(of(workshop::WS::ALL))
        .chain(of(calendar::CAL::ALL))
        .chain(of(assessment_share::SLT::ALL))
        .chain(of(assessment_share::SL::ALL))
        .chain(of(whitespace::WH::ALL))
        .collect()
}
