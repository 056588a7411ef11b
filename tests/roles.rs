//! Host tests of the supplier-role ladder and the selling dimension.

use keystone::domain::day::Day;
use keystone::domain::roles::{
    counts_per_period, first_day, moves, Change, History, Period, Rung, SellingStage, Step,
    SupplierRole as R, Target,
};

fn day(s: &str) -> Day {
    Day::parse(s).unwrap()
}

fn history(steps: &[(&str, R)]) -> History<R> {
    History {
        extra: Default::default(),
        steps: steps
            .iter()
            .map(|&(d, value)| Step {
                extra: Default::default(),
                date: day(d),
                value,
                note: String::new(),
            })
            .collect(),
        target: None,
    }
}

#[test]
fn days_are_read_strictly() {
    assert_eq!(day("2024-02-29").iso(), "2024-02-29");
    for bad in [
        "2023-02-29",
        "2024-13-01",
        "24-01-01",
        "2024-1-01",
        "01.02.2024",
        "",
        "2024-01-01-01",
    ] {
        assert!(Day::parse(bad).is_none(), "{bad}");
    }
    assert_eq!(day("2024-01-01").days_until(day("2024-03-01")), 60);
    assert_eq!(day("2024-03-01").days_until(day("2024-01-01")), -60);
}

#[test]
fn no_entries_mean_no_role_no_spans_and_no_overdue_without_target() {
    let h = History::<R>::default();
    assert_eq!(h.at(day("2026-11-21")), None);
    assert!(h.spans(day("2026-11-21")).is_empty());
    assert!(!h.overdue(day("2026-11-21")));
    // A target in the past with no role at all is overdue.
    let h = History {
        target: Some(Target {
            extra: Default::default(),
            value: R::Regular,
            date: day("2026-01-01"),
        }),
        ..History::default()
    };
    assert!(h.overdue(day("2026-11-21")));
    assert!(!h.overdue(day("2025-12-31")), "not before the date");
}

#[test]
fn entries_out_of_order_are_read_by_date_and_same_day_entries_by_entry_order() {
    let h = history(&[
        ("2023-06-01", R::Preferred),
        ("2020-01-15", R::Occasional),
        ("2021-03-01", R::Regular),
        ("2021-03-01", R::Occasional),
    ]);
    assert_eq!(h.order(), vec![1, 2, 3, 0]);
    assert_eq!(h.at(day("2020-01-14")), None);
    assert_eq!(h.at(day("2020-01-15")), Some(R::Occasional));
    // Same day: the later entry wins.
    assert_eq!(h.at(day("2021-03-01")), Some(R::Occasional));
    assert_eq!(h.at(day("2026-01-01")), Some(R::Preferred));
}

#[test]
fn spans_say_how_long_each_step_held_and_which_way_it_went() {
    let h = history(&[
        ("2020-01-01", R::Occasional),
        ("2021-01-01", R::Preferred),
        ("2022-01-01", R::Regular),
        ("2022-01-01", R::Regular),
        ("2030-01-01", R::SystemPartner),
    ]);
    let today = day("2022-03-01");
    let spans = h.spans(today);
    let changes: Vec<Change> = spans.iter().map(|s| s.change).collect();
    assert_eq!(
        changes,
        vec![
            Change::First,
            Change::Up,
            Change::Down,
            Change::Same,
            Change::Up
        ]
    );
    let days: Vec<Option<i64>> = spans.iter().map(|s| s.days).collect();
    assert_eq!(days, vec![Some(366), Some(365), Some(0), Some(59), None]);
    // The current step is the last one on or before today; the future one is planned.
    assert!(spans[3].current && !spans[2].current);
    assert!(spans[4].planned && !spans[4].current);
    assert_eq!(h.at(today), Some(R::Regular));
}

#[test]
fn overdue_when_the_date_passed_below_the_target_not_when_reached_or_above() {
    let mut h = history(&[("2020-01-01", R::Regular)]);
    h.target = Some(Target {
        extra: Default::default(),
        value: R::Preferred,
        date: day("2025-06-30"),
    });
    assert!(
        !h.overdue(day("2025-06-30")),
        "on the date itself it is not yet late"
    );
    assert!(h.overdue(day("2025-07-01")));
    h.steps.push(Step {
        extra: Default::default(),
        date: day("2025-05-01"),
        value: R::SystemPartner,
        note: String::new(),
    });
    assert!(!h.overdue(day("2025-07-01")), "above the target");
    // A step down below the target after reaching it makes it overdue again.
    h.steps.push(Step {
        extra: Default::default(),
        date: day("2026-01-10"),
        value: R::Regular,
        note: "lost the tender".into(),
    });
    assert!(h.overdue(day("2026-02-01")));
    // A planned step does not count yet.
    h.steps.push(Step {
        extra: Default::default(),
        date: day("2027-01-01"),
        value: R::Preferred,
        note: String::new(),
    });
    assert!(h.overdue(day("2026-02-01")));
}

#[test]
fn counts_per_quarter_month_and_year() {
    let a = history(&[("2024-02-10", R::Occasional), ("2024-08-01", R::Regular)]);
    let b = history(&[("2024-05-20", R::Preferred), ("2025-01-05", R::Regular)]);
    let c = History::<R>::default();
    let all = [&a, &b, &c];
    let q = counts_per_period(
        &all,
        Period::Quarter,
        day("2024-02-10"),
        day("2025-02-01"),
        100,
    );
    let periods: Vec<(i32, u8)> = q.iter().map(|p| p.period).collect();
    assert_eq!(
        periods,
        vec![(2024, 1), (2024, 2), (2024, 3), (2024, 4), (2025, 1)]
    );
    assert_eq!(q[0].counts, vec![1, 0, 0, 0]);
    assert_eq!(q[0].none, 2);
    assert_eq!(q[1].counts, vec![1, 0, 1, 0]);
    assert_eq!(q[2].counts, vec![0, 1, 1, 0]);
    // The last period counts as of `to`: b stepped down on 5 January.
    assert_eq!(q[4].counts, vec![0, 2, 0, 0]);
    assert_eq!(
        q[4].none, 1,
        "accounts without any entry are counted, not hidden"
    );
    let m = counts_per_period(
        &all,
        Period::Month,
        day("2024-01-01"),
        day("2024-12-31"),
        100,
    );
    assert_eq!(m.len(), 12);
    assert_eq!(m[1].counts, vec![1, 0, 0, 0], "February, from the 10th");
    let y = counts_per_period(
        &all,
        Period::Year,
        day("2024-01-01"),
        day("2025-12-31"),
        100,
    );
    assert_eq!(y.len(), 2);
    assert_eq!(y[0].counts, vec![0, 1, 1, 0]);
    // Only the latest periods when there are too many; nothing when from > to.
    let few = counts_per_period(&all, Period::Month, day("2000-01-01"), day("2024-12-31"), 6);
    assert_eq!(few.len(), 6);
    assert_eq!(few[5].period, (2024, 12));
    assert!(
        counts_per_period(&all, Period::Year, day("2025-01-01"), day("2024-01-01"), 9).is_empty()
    );
    assert_eq!(Period::Quarter.last_day((2024, 1)).iso(), "2024-03-31");
    assert_eq!(Period::Month.last_day((2024, 2)).iso(), "2024-02-29");
}

#[test]
fn moves_between_two_days_up_and_down() {
    let a = history(&[("2024-01-01", R::Occasional), ("2024-06-01", R::Regular)]);
    let b = history(&[("2024-01-01", R::Preferred), ("2024-07-01", R::Regular)]);
    let c = history(&[("2024-01-01", R::Regular)]);
    let d = history(&[("2024-09-01", R::Regular)]);
    let all = [(1, &a), (2, &b), (3, &c), (4, &d)];
    let m = moves(&all, day("2024-03-01"), day("2024-12-31"));
    let summary: Vec<(u64, bool)> = m.iter().map(|m| (m.account, m.up)).collect();
    assert_eq!(summary, vec![(1, true), (2, false), (4, true)]);
    assert_eq!(m[2].before, None);
    assert_eq!(first_day(&[&a, &b, &c, &d]), Some(day("2024-01-01")));
    assert_eq!(first_day::<R>(&[]), None);
}

#[test]
fn rungs_are_ordered_lowest_first() {
    assert_eq!(R::ALL.len(), 4);
    assert!(R::Occasional < R::Regular && R::Preferred < R::SystemPartner);
    assert_eq!(R::SystemPartner.position(), 3);
    assert_eq!(SellingStage::JointDevelopment.position(), 3);
    assert_eq!(
        serde_json::to_string(&R::SystemPartner).unwrap(),
        "\"system_partner\""
    );
}

#[test]
fn the_section_is_json_read_and_written_per_key_account() {
    use keystone::domain::key_account::{
        key_account, key_accounts_json, read_key_accounts, set_key_account, KeyAccountData,
        KeyAccountsJson,
    };
    let mut section = KeyAccountsJson::new();
    let data = KeyAccountData {
        roles: history(&[("2024-01-01", R::Regular)]),
        ..Default::default()
    };
    set_key_account(&mut section, 7, &data);
    assert_eq!(key_account(&section, 7), data);
    assert_eq!(key_account(&section, 8), KeyAccountData::default());
    assert_eq!(
        section["7"]["roles"]["steps"][0],
        serde_json::json!({"date": "2024-01-01", "value": "regular"})
    );
    // Empty data leaves no entry behind.
    set_key_account(&mut section, 7, &KeyAccountData::default());
    assert!(section.is_empty());
    // Typed and back; an entry that cannot be read is named.
    set_key_account(&mut section, 3, &data);
    let typed = read_key_accounts(&section).unwrap();
    assert_eq!(key_accounts_json(&typed), section);
    section.insert("x".into(), serde_json::json!({}));
    assert!(read_key_accounts(&section).unwrap_err().starts_with("x:"));
    section.remove("x");
    section.insert(
        "4".into(),
        serde_json::json!({"roles": {"steps": [{"date": "2024-02-30", "value": "regular"}]}}),
    );
    assert!(read_key_accounts(&section).unwrap_err().starts_with("4:"));
    assert_eq!(
        key_account(&section, 4),
        KeyAccountData::default(),
        "unreadable reads as empty"
    );
}
