//! Calendar files (.ics): TEXT escaping, line folding, UIDs, the items chosen for one or
//! all key accounts, and the events' texts in both languages.

use keystone::domain::calendar::{
    action_uid, escape_text, fold_line, ical_date, ical_stamp, items, write_calendar, Event, What,
};
use keystone::domain::day::Day;
use keystone::domain::key_account::{key_account, set_key_account, KeyAccountData};
use keystone::domain::plan::{Action, ActionStatus};
use keystone::domain::roles::{History, Target};
use keystone::domain::sample::sample_workspace;
use keystone::domain::{Account, SellingStage, SupplierRole, Workspace};
use keystone::i18n::calendar::events;
use keystone::i18n::Lang;

const STAMP: &str = "20261121T093000Z";

fn day(s: &str) -> Day {
    Day::parse(s).unwrap()
}

/// The content lines of a calendar, unfolded (RFC 5545, 3.1).
fn unfold(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn event(uid: &str, summary: &str, description: &str) -> Event {
    Event {
        uid: uid.into(),
        day: day("2026-12-24"),
        summary: summary.into(),
        description: description.into(),
        categories: vec!["Keystone".into()],
    }
}

fn action(id: u32, text: &str, due: Option<&str>, status: ActionStatus) -> Action {
    Action {
        extra: Default::default(),
        id,
        text: text.into(),
        owner: "Anna Berg".into(),
        due: due.map(day),
        cost: None,
        status,
        goal: None,
        cell: None,
    }
}

/// Two key accounts (1 and 3) and one that is not (2), each with a plan.
fn workspace() -> Workspace {
    let mut ws = Workspace::default();
    for (id, name, key) in [
        (1, "Müller, Söhne", true),
        (2, "Not key", false),
        (3, "Bau AG", true),
    ] {
        let mut a = Account::new(id, name, 1000.0);
        a.key_account = key;
        ws.accounts.0.push(a);
    }
    let mut first = KeyAccountData::default();
    first.plan.actions = vec![
        action(
            1,
            "Call; then visit",
            Some("2026-12-01"),
            ActionStatus::Open,
        ),
        action(2, "Done already", Some("2026-11-01"), ActionStatus::Done),
        action(3, "Dropped", Some("2026-11-02"), ActionStatus::Dropped),
        action(4, "No date", None, ActionStatus::Open),
        action(5, "Running", Some("2026-10-15"), ActionStatus::InProgress),
    ];
    first.roles = History {
        target: Some(Target {
            value: SupplierRole::Preferred,
            date: day("2027-03-31"),
            extra: Default::default(),
        }),
        ..Default::default()
    };
    set_key_account(&mut ws.key_accounts, 1, &first);
    let mut other = first.clone();
    other.plan.actions.truncate(1);
    other.roles = History::default();
    other.selling.target = Some(Target {
        value: SellingStage::CrossSelling,
        date: day("2026-12-01"),
        extra: Default::default(),
    });
    set_key_account(&mut ws.key_accounts, 2, &other);
    set_key_account(&mut ws.key_accounts, 3, &other);
    ws
}

#[test]
fn text_escapes_backslash_semicolon_comma_and_line_breaks() {
    assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(
        escape_text("one\ntwo\r\nthree\rfour"),
        r"one\ntwo\nthree\nfour"
    );
    assert_eq!(escape_text("Grüße 🎉, ok"), r"Grüße 🎉\, ok");
    // Control characters are not allowed in TEXT; a tab is.
    assert_eq!(escape_text("a\u{7}b\tc"), "ab\tc");
    assert_eq!(escape_text(""), "");
    // Colons and quotes need no escaping in TEXT.
    assert_eq!(escape_text("Ziel: \"A\""), "Ziel: \"A\"");
}

#[test]
fn a_line_of_75_octets_stays_one_line_and_76_are_folded() {
    let exact = "x".repeat(75);
    assert_eq!(fold_line(&exact), exact);
    let longer = "x".repeat(76);
    assert_eq!(fold_line(&longer), format!("{}\r\n x", exact));
    assert_eq!(fold_line(""), "");
}

#[test]
fn folding_never_splits_a_character_and_unfolds_to_the_original() {
    let german = "SUMMARY:Größenänderung der Überwachungsschnittstelle für die Außendienst\
        mitarbeiter in Süddeutschland – Abstimmung mit Frau Müller-Lüdenscheidt über \
        Änderungswünsche, Kostenübernahme und Schulungsmaßnahmen 🎉🚀 äöüß";
    for line in [
        german.to_string(),
        "🎉".repeat(40),
        format!("A{}", "ä".repeat(80)),
    ] {
        let folded = fold_line(&line);
        for piece in folded.split("\r\n") {
            assert!(piece.len() <= 75, "{} octets: {piece}", piece.len());
        }
        // Every piece but the first starts with the one space of the fold.
        assert!(folded.split("\r\n").skip(1).all(|p| p.starts_with(' ')));
        assert_eq!(folded.replace("\r\n ", ""), line);
    }
    // A 4-octet emoji that would end at octet 76 moves to the next line whole.
    let folded = fold_line(&format!("{}🎉", "x".repeat(72)));
    assert_eq!(folded, format!("{}\r\n 🎉", "x".repeat(72)));
}

#[test]
fn an_empty_calendar_is_valid_and_has_no_events() {
    let text = write_calendar(&[], STAMP);
    assert_eq!(
        text,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Keystone//Key Account Management//EN\r\n\
         CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"
    );
}

#[test]
fn an_event_is_all_day_with_its_stamp_uid_and_escaped_texts() {
    let e = event("action-1-2@keystone", "A, B; C\\D", "Line 1\nLine 2");
    let text = write_calendar(&[e], STAMP);
    // CRLF everywhere, no bare line feed.
    assert!(!text.replace("\r\n", "").contains('\n'));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let lines = unfold(&text);
    let event: Vec<&str> = lines
        .iter()
        .map(String::as_str)
        .skip_while(|l| *l != "BEGIN:VEVENT")
        .take_while(|l| *l != "END:VCALENDAR")
        .collect();
    assert_eq!(
        event,
        [
            "BEGIN:VEVENT",
            "UID:action-1-2@keystone",
            "DTSTAMP:20261121T093000Z",
            "DTSTART;VALUE=DATE:20261224",
            "DTEND;VALUE=DATE:20261225",
            r"SUMMARY:A\, B\; C\\D",
            r"DESCRIPTION:Line 1\nLine 2",
            "CATEGORIES:Keystone",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    );
}

#[test]
fn the_end_of_an_all_day_event_is_the_next_day_across_months_and_years() {
    let mut e = event("u", "s", "");
    for (start, end) in [
        ("2026-12-31", "DTEND;VALUE=DATE:20270101"),
        ("2028-02-28", "DTEND;VALUE=DATE:20280229"),
        ("2026-02-28", "DTEND;VALUE=DATE:20260301"),
    ] {
        e.day = day(start);
        assert!(unfold(&write_calendar(&[e.clone()], STAMP)).contains(&end.to_string()));
    }
    // The last day there is: no end (an all-day event lasts one day then).
    e.day = day("9999-12-31");
    let lines = unfold(&write_calendar(&[e], STAMP));
    assert!(!lines.iter().any(|l| l.starts_with("DTEND")));
    assert_eq!(day("9999-12-31").next(), None);
    assert_eq!(day("2026-01-31").next(), Some(day("2026-02-01")));
    assert_eq!(ical_date(day("0999-01-05")), "09990105");
}

#[test]
fn an_empty_description_and_no_categories_are_left_out() {
    let mut e = event("u", "s", "");
    e.categories.clear();
    let lines = unfold(&write_calendar(&[e], STAMP));
    assert!(!lines
        .iter()
        .any(|l| l.starts_with("DESCRIPTION") || l.starts_with("CATEGORIES")));
    let mut e = event("u", "s", "");
    e.categories = vec!["A,B".into(), "C".into()];
    let lines = unfold(&write_calendar(&[e], STAMP));
    assert!(lines.contains(&r"CATEGORIES:A\,B,C".to_string()));
}

#[test]
fn the_stamp_is_read_from_the_browsers_iso_time_in_utc() {
    assert_eq!(
        ical_stamp("2026-11-21T09:30:05.123Z").as_deref(),
        Some("20261121T093005Z")
    );
    assert_eq!(
        ical_stamp("2026-11-21T23:59:59Z").as_deref(),
        Some("20261121T235959Z")
    );
    for bad in [
        "",
        "2026-11-21",
        "2026-11-21T09:30:00.000+01:00",
        "2026-13-21T09:30:00.000Z",
        "2026-11-21T24:00:00.000Z",
        "2026-11-21T09:60:00.000Z",
        "2026-11-21T0a:30:00.000Z",
        "2026/11/21T09:30:00.000Z",
    ] {
        assert_eq!(ical_stamp(bad), None, "{bad}");
    }
}

#[test]
fn only_open_dated_actions_and_targets_of_key_accounts_become_items_in_date_order() {
    let ws = workspace();
    let all = items(&ws.accounts, &ws.key_accounts, None);
    let uids: Vec<&str> = all.iter().map(|i| i.uid.as_str()).collect();
    assert_eq!(
        uids,
        [
            "action-1-5@keystone",
            "action-1-1@keystone",
            "action-3-1@keystone",
            "selling-target-3@keystone",
            "role-target-1@keystone",
        ]
    );
    assert_eq!(all[0].account_name, "Müller, Söhne");
    assert_eq!(
        all[1].what,
        What::Action {
            text: "Call; then visit".into(),
            owner: "Anna Berg".into()
        }
    );
    assert_eq!(all[4].what, What::RoleTarget(SupplierRole::Preferred));
    assert_eq!(all[3].what, What::SellingTarget(SellingStage::CrossSelling));
}

#[test]
fn one_account_gives_only_its_items_and_an_account_without_any_gives_none() {
    let ws = workspace();
    let one = items(&ws.accounts, &ws.key_accounts, Some(3));
    assert_eq!(one.len(), 2);
    assert!(one.iter().all(|i| i.account == 3));
    // Not a key account (its data is there, but it is not exported), unknown, empty.
    assert!(items(&ws.accounts, &ws.key_accounts, Some(2)).is_empty());
    assert!(items(&ws.accounts, &ws.key_accounts, Some(99)).is_empty());
    let empty = Workspace::default();
    assert!(items(&empty.accounts, &empty.key_accounts, None).is_empty());
}

#[test]
fn uids_stay_the_same_across_a_save_a_new_period_and_edits() {
    let ws = workspace();
    let before: Vec<String> = items(&ws.accounts, &ws.key_accounts, None)
        .into_iter()
        .map(|i| i.uid)
        .collect();
    // Saved and read back.
    let text = serde_json::to_string(&ws).unwrap();
    let mut back: Workspace = serde_json::from_str(&text).unwrap();
    let again: Vec<String> = items(&back.accounts, &back.key_accounts, None)
        .into_iter()
        .map(|i| i.uid)
        .collect();
    assert_eq!(before, again);
    // A new period, an edited text and date, a renamed account: the same UIDs.
    let mut data = key_account(&back.key_accounts, 1);
    let (_, mut next) = data.plan.start_next_period(day("2026-11-21"));
    next.actions[0].text = "Other text".into();
    next.actions[0].due = Some(day("2026-10-01"));
    data.plan = next;
    set_key_account(&mut back.key_accounts, 1, &data);
    back.accounts.0[0].name = "Renamed".into();
    let mut edited: Vec<String> = items(&back.accounts, &back.key_accounts, None)
        .into_iter()
        .map(|i| i.uid)
        .collect();
    let mut before = before;
    before.sort();
    edited.sort();
    assert_eq!(before, edited);
    assert_eq!(action_uid(12, 3), "action-12-3@keystone");
}

#[test]
fn events_name_the_account_and_owner_in_both_languages() {
    let ws = workspace();
    let list = items(&ws.accounts, &ws.key_accounts, Some(1));
    let en = events(Lang::En, &list);
    assert_eq!(en[1].summary, "Müller, Söhne: Call; then visit");
    assert_eq!(
        en[1].description,
        "Key account: Müller, Söhne\nOwner: Anna Berg\nAction of the account plan (Keystone)"
    );
    assert_eq!(en[1].categories, ["Keystone", "Action"]);
    assert_eq!(
        en[2].summary,
        "Müller, Söhne: target role “Preferred supplier”"
    );
    assert_eq!(
        en[2].description,
        "Key account: Müller, Söhne\nTarget of the key account (Keystone)"
    );
    let de = events(Lang::De, &list);
    assert_eq!(
        de[2].summary,
        "Müller, Söhne: Ziel-Lieferantenrolle „Vorzugslieferant“"
    );
    assert_eq!(de[1].categories, ["Keystone", "Maßnahme"]);
    assert!(de[1].description.contains("Verantwortlich: Anna Berg"));
    // The account's comma is escaped in the file and read back by unfolding.
    let text = write_calendar(&en, STAMP);
    assert!(unfold(&text).contains(&r"SUMMARY:Müller\, Söhne: Call\; then visit".to_string()));
}

#[test]
fn a_long_german_event_is_folded_to_75_octets_per_line() {
    let long = "Jahresgespräch über Rahmenvertrag, Preisgleitklauseln und Qualitäts\
        sicherungsvereinbarung mit der Geschäftsführung in Köln; danach Werksführung 🏭";
    let text = write_calendar(&[event("u@keystone", long, long)], STAMP);
    assert!(text.split("\r\n").all(|l| l.len() <= 75));
    let lines = unfold(&text);
    assert!(lines.contains(&format!("SUMMARY:{}", escape_text(long))));
}

#[test]
fn the_sample_gives_an_event_per_open_dated_action_and_target() {
    let ws = sample_workspace();
    let list = items(&ws.accounts, &ws.key_accounts, None);
    let mut expected = 0;
    for a in ws.accounts.iter().filter(|a| a.key_account) {
        let d = key_account(&ws.key_accounts, a.id);
        expected += d
            .plan
            .actions
            .iter()
            .filter(|x| x.due.is_some())
            .filter(|x| matches!(x.status, ActionStatus::Open | ActionStatus::InProgress))
            .count();
        expected += d.roles.target.is_some() as usize + d.selling.target.is_some() as usize;
    }
    assert!(expected > 10, "the sample has dated items: {expected}");
    assert_eq!(list.len(), expected);
    let text = write_calendar(&events(Lang::De, &list), STAMP);
    assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), expected);
    assert!(text.split("\r\n").all(|l| l.len() <= 75));
}

#[test]
fn the_file_name_holds_the_account_or_all_and_the_day() {
    use keystone::domain::calendar::file_name;
    let today = day("2026-11-21");
    assert_eq!(file_name(None, today), "keystone-all-2026-11-21.ics");
    assert_eq!(
        file_name(Some("Müller GmbH & Co. KG"), today),
        "keystone-Müller-GmbH-Co-KG-2026-11-21.ics"
    );
    assert_eq!(
        file_name(Some("../?"), today),
        "keystone-account-2026-11-21.ics"
    );
}
