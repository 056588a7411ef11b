//! A period of the sales history: a year, or a quarter or month of it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Years outside this range are typos in an export, not history.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Year(i32),
    /// Year and quarter 1–4.
    Quarter(i32, u8),
    /// Year and month 1–12.
    Month(i32, u8),
}

impl Period {
    pub fn year(self) -> i32 {
        match self {
            Period::Year(y) | Period::Quarter(y, _) | Period::Month(y, _) => y,
        }
    }

    /// The form files carry: `2024`, `2024-Q3`, `2024-03`.
    pub fn key(self) -> String {
        match self {
            Period::Year(y) => format!("{y}"),
            Period::Quarter(y, q) => format!("{y}-Q{q}"),
            Period::Month(y, m) => format!("{y}-{m:02}"),
        }
    }

    /// Reads the forms ERP exports use: `2024`, `2024-Q3`, `Q3/2024`, `Q3 2024`,
    /// `2024-03`, `03/2024`, `03.2024`, `3.2024`. Anything else is `None`.
    pub fn parse(text: &str) -> Option<Period> {
        let t = text.trim();
        let year = |s: &str| -> Option<i32> {
            let y: i32 = (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())??;
            YEARS.contains(&y).then_some(y)
        };
        let small = |s: &str, max: u8| -> Option<u8> {
            let n: u8 = (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())??;
            (1..=max).contains(&n).then_some(n)
        };
        if let Some(y) = year(t) {
            return Some(Period::Year(y));
        }
        let upper = t.to_ascii_uppercase();
        let (a, b) = upper.split_once(['-', '/', '.', ' '])?;
        let (a, b) = (a.trim(), b.trim());
        if let (Some(y), Some(q)) = (year(a), b.strip_prefix('Q')) {
            return Some(Period::Quarter(y, small(q, 4)?));
        }
        if let (Some(q), Some(y)) = (a.strip_prefix('Q'), year(b)) {
            return Some(Period::Quarter(y, small(q, 4)?));
        }
        if let Some(y) = year(a) {
            return Some(Period::Month(y, small(b, 12)?));
        }
        Some(Period::Month(year(b)?, small(a, 12)?))
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.key())
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Period::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a period: {text:?}")))
    }
}
