//! A calendar day, as the histories, plans, KPIs and stakeholders date things.

use serde::{Deserialize, Serialize};

/// A calendar day; `2026-11-21` in files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(time::Date);

impl Day {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Day> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Day)
    }

    /// Reads `YYYY-MM-DD` (the only form in files and date inputs).
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Day::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    pub fn iso(self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.0.year(),
            u8::from(self.0.month()),
            self.0.day()
        )
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// 1-31
    pub fn day(self) -> u8 {
        self.0.day()
    }

    /// 1-12
    pub fn month(self) -> u8 {
        u8::from(self.0.month())
    }

    /// The day after (`None` only past the last representable day, year 9999).
    pub fn next(self) -> Option<Day> {
        self.0.next_day().map(Day)
    }

    /// The day `days` after this one (before it if negative); `None` outside the
    /// years -9999 to 9999.
    pub fn plus_days(self, days: i64) -> Option<Day> {
        // Larger offsets than any valid date would overflow the duration.
        if days.unsigned_abs() > 8_000_000 {
            return None;
        }
        self.0.checked_add(time::Duration::days(days)).map(Day)
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        (later.0 - self.0).whole_days()
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
        let text = String::deserialize(d)?;
        Day::parse(&text).ok_or_else(|| serde::de::Error::custom("not a date (YYYY-MM-DD)"))
    }
}
