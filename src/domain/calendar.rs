//! Calendar files (RFC 5545 iCalendar, `.ics`): the dated items of the key accounts
//! (open actions with a due date, role and selling targets) and the writer that turns
//! events into a calendar.
//!
//! Every event is an all-day event with a UID made of the account's and the item's ids
//! (`action-<account>-<action>@keystone`), which stay the same across saves, periods
//! and exports: importing the file again updates the events instead of adding copies.
//! What the events say (in the UI language) is made in `i18n::calendar`.

use super::day::Day;
use super::key_account::{key_account, KeyAccountsJson};
use super::plan::ActionStatus;
use super::roles::{SellingStage, SupplierRole};
use super::workspace::Accounts;
use super::AccountId;

/// What a dated item is.
#[derive(Debug, Clone, PartialEq)]
pub enum What {
    /// An open or in-progress action of the account plan.
    Action {
        text: String,
        owner: String,
    },
    RoleTarget(SupplierRole),
    SellingTarget(SellingStage),
}

/// One dated item of one key account.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub uid: String,
    pub account: AccountId,
    pub account_name: String,
    pub day: Day,
    pub what: What,
}

/// The dated items of the key accounts (all, or only `only`), in date order; on one
/// day in register order, then plan order, then role before selling target. Done and
/// dropped actions and actions without a due date are left out.
pub fn items(accounts: &Accounts, section: &KeyAccountsJson, only: Option<AccountId>) -> Vec<Item> {
    let mut found = Vec::new();
    let chosen = accounts
        .iter()
        .filter(|a| a.key_account && only.is_none_or(|id| a.id == id));
    for account in chosen {
        let data = key_account(section, account.id);
        let item = |uid: String, day, what| Item {
            uid,
            account: account.id,
            account_name: account.name.clone(),
            day,
            what,
        };
        for action in &data.plan.actions {
            let open = matches!(action.status, ActionStatus::Open | ActionStatus::InProgress);
            if let (true, Some(due)) = (open, action.due) {
                let what = What::Action {
                    text: action.text.clone(),
                    owner: action.owner.clone(),
                };
                found.push(item(action_uid(account.id, action.id), due, what));
            }
        }
        if let Some(t) = &data.roles.target {
            let uid = format!("role-target-{}@keystone", account.id);
            found.push(item(uid, t.date, What::RoleTarget(t.value)));
        }
        if let Some(t) = &data.selling.target {
            let uid = format!("selling-target-{}@keystone", account.id);
            found.push(item(uid, t.date, What::SellingTarget(t.value)));
        }
    }
    found.sort_by_key(|i| i.day);
    found
}

/// The UID of an action: account and action ids never change once given.
pub fn action_uid(account: AccountId, action: u32) -> String {
    format!("action-{account}-{action}@keystone")
}

/// One all-day event as it goes into the file (texts unescaped).
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub uid: String,
    pub day: Day,
    pub summary: String,
    pub description: String,
    pub categories: Vec<String>,
}

pub const PRODID: &str = "-//Keystone//Key Account Management//EN";

/// The calendar of `events`, lines folded and ended by CRLF. `stamp` is the DTSTAMP
/// of every event, UTC in the form `20261121T093000Z` (see [`ical_stamp`]).
pub fn write_calendar(events: &[Event], stamp: &str) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for e in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", escape_text(&e.uid)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", ical_date(e.day)));
        // The end of an all-day event is exclusive: the next day.
        if let Some(end) = e.day.next() {
            lines.push(format!("DTEND;VALUE=DATE:{}", ical_date(end)));
        }
        lines.push(format!("SUMMARY:{}", escape_text(&e.summary)));
        if !e.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape_text(&e.description)));
        }
        let categories: Vec<String> = e.categories.iter().map(|c| escape_text(c)).collect();
        if !categories.is_empty() {
            // Commas separate the categories; a comma inside one is escaped.
            lines.push(format!("CATEGORIES:{}", categories.join(",")));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold_line(l) + "\r\n").collect()
}

/// A day as an iCalendar DATE: `20261121`.
pub fn ical_date(day: Day) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// An ISO 8601 UTC timestamp (`2026-11-21T09:30:00.000Z`, as browsers give it) as an
/// iCalendar UTC DATE-TIME (`20261121T093000Z`); `None` if it is not one.
pub fn ical_stamp(iso: &str) -> Option<String> {
    let b = iso.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        let part = iso.get(r)?;
        part.bytes().all(|c| c.is_ascii_digit()).then_some(part)
    };
    let shape = b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && iso.ends_with('Z');
    if !shape {
        return None;
    }
    let day = Day::parse(iso.get(0..10)?)?;
    let (h, m, s) = (digits(11..13)?, digits(14..16)?, digits(17..19)?);
    let fits = h < "24" && m < "60" && s < "61";
    fits.then(|| format!("{}T{h}{m}{s}Z", ical_date(day)))
}

/// A TEXT value escaped (RFC 5545, 3.3.11): backslash, semicolon and comma get a
/// backslash; a line break (CRLF, LF or CR) becomes `\n`; other control characters,
/// which TEXT does not allow, are dropped (a tab stays).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded (RFC 5545, 3.1): no line longer than 75 octets; each
/// continuation starts with a space, which counts. A UTF-8 character is never split.
/// The pieces are joined by CRLF; the last one has no line ending.
pub fn fold_line(line: &str) -> String {
    const MAX: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > MAX {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out
}

/// A file name for the calendar: `keystone-<account or all>-<day>.ics`, the name in
/// words of letters and digits joined by `-`.
pub fn file_name(account: Option<&str>, today: Day) -> String {
    let words: Vec<&str> = account
        .unwrap_or("all")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let slug = if words.is_empty() {
        "account".to_string()
    } else {
        words.join("-")
    };
    format!("keystone-{slug}-{}.ics", today.iso())
}
