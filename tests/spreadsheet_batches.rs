//! Host tests of checking and planning a spreadsheet import in batches: every batch
//! size gives what the one-pass check and plan give (problems, duplicates across
//! batches, skipped and fixed rows, totals, empty rows, the merge).

use std::collections::{HashMap, HashSet};

use keystone::domain::number::DecimalSeparator;
use keystone::domain::spreadsheet::{
    check_rows, guess_mapping, headers, plan_import, Cell, Checked, Fixes, ImportPlan,
    ImportPlanner, ReadSettings, RowChecker,
};
use keystone::domain::{Account, Workspace};

fn to_f64(s: &str) -> Option<f64> {
    s.parse().ok()
}

/// A list with every kind of row: good, duplicates (number and name) far apart, a
/// missing name, a bad number, an empty row and a total.
fn rows() -> Vec<Vec<Cell>> {
    let text = |s: &str| {
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s.to_string())
        }
    };
    let mut rows = vec![vec![text("Kundennummer"), text("Kunde"), text("Umsatz")]];
    for i in 1..=40 {
        let number = match i {
            33 => "K-3".to_string(), // the number of row 4 again
            n if n % 7 == 0 => String::new(),
            n => format!("K-{n}"),
        };
        let name = match i {
            11 => String::new(),
            28 => "Kunde 14".to_string(), // 14 has no number: the same name again
            n => format!("Kunde {n}"),
        };
        let revenue = if i == 5 {
            "viel".to_string()
        } else {
            format!("{i}00,50")
        };
        rows.push(vec![text(&number), text(&name), text(&revenue)]);
    }
    rows.insert(20, vec![Cell::Empty, Cell::Text("  ".into()), Cell::Empty]);
    rows.push(vec![Cell::Empty, text("Summe"), text("999")]);
    rows
}

fn settings(rows: &[Vec<Cell>]) -> ReadSettings {
    ReadSettings {
        header_row: 0,
        mapping: guess_mapping(&headers(rows, 0), &HashMap::new()),
        decimal: DecimalSeparator::Comma,
    }
}

fn batched(
    rows: &[Vec<Cell>],
    s: &ReadSettings,
    fixes: &Fixes,
    skip: &HashSet<usize>,
    size: usize,
) -> Checked {
    let mut checker = RowChecker::new(s.clone());
    let mut batches = 0;
    while !checker.check_more(rows, size, fixes, skip, &to_f64) {
        batches += 1;
        assert!(checker.progress(rows.len()) < 1.0);
        assert!(batches <= rows.len(), "a batch must make progress");
    }
    assert_eq!(checker.progress(rows.len()), 1.0);
    checker.finish()
}

#[test]
fn the_batched_check_equals_the_one_pass_check() {
    let rows = rows();
    let s = settings(&rows);
    let fixes: Fixes = HashMap::from([((6, 2), "500".to_string())]);
    let skip = HashSet::from([12, 35]);
    for (fixes, skip) in [(HashMap::new(), HashSet::new()), (fixes, skip)] {
        let whole = check_rows(&rows, &s, &fixes, &skip, &to_f64);
        assert!(!whole.problems.is_empty() && !whole.totals.is_empty() && whole.empty == 1);
        for size in [1, 2, 3, 7, 16, 2000, usize::MAX] {
            assert_eq!(
                batched(&rows, &s, &fixes, &skip, size),
                whole,
                "batches of {size}"
            );
        }
    }
}

#[test]
fn a_batched_check_of_no_rows_or_a_header_only_is_done_at_once() {
    let s = settings(&rows());
    let mut checker = RowChecker::new(s.clone());
    assert!(checker.check_more(&[], 10, &HashMap::new(), &HashSet::new(), &to_f64));
    assert_eq!(checker.progress(0), 1.0);
    assert_eq!(checker.finish(), Checked::default());
    let header = rows()[..1].to_vec();
    assert_eq!(
        batched(&header, &s, &HashMap::new(), &HashSet::new(), 5),
        check_rows(&header, &s, &HashMap::new(), &HashSet::new(), &to_f64)
    );
}

fn register() -> Workspace {
    let mut ws = Workspace::default();
    for i in [3, 9, 14, 21, 50] {
        let mut a = Account::new(0, format!("Kunde {i}"), 1.0);
        if i != 14 {
            a.customer_number = format!("K-{i}");
        }
        ws.add_account(a);
    }
    // Without a number: matched by name, and takes the row's number.
    ws.add_account(Account::new(0, "Kunde 22", 2200.5));
    ws
}

fn planned(existing: &[Account], checked: &Checked, size: usize) -> ImportPlan {
    let mut planner = ImportPlanner::default();
    let mut calls = 0;
    while !planner.plan_more(existing, &checked.rows, size) {
        calls += 1;
        assert!(planner.progress(existing.len(), checked.rows.len()) < 1.0);
        assert!(calls <= existing.len() + checked.rows.len());
    }
    planner.finish(existing)
}

#[test]
fn the_batched_plan_equals_the_one_pass_plan() {
    let rows = rows();
    let checked = check_rows(
        &rows,
        &settings(&rows),
        &HashMap::new(),
        &HashSet::new(),
        &to_f64,
    );
    let ws = register();
    let whole = plan_import(&ws.accounts, &checked.rows);
    assert!(!whole.new.is_empty() && !whole.changed.is_empty() && !whole.not_in_file.is_empty());
    for size in [1, 2, 5, 6, 13, 2000, usize::MAX] {
        assert_eq!(
            planned(&ws.accounts, &checked, size),
            whole,
            "batches of {size}"
        );
    }
    // An empty register, and no rows.
    assert_eq!(planned(&[], &checked, 4), plan_import(&[], &checked.rows));
    assert_eq!(
        planned(&ws.accounts, &Checked::default(), 4),
        plan_import(&ws.accounts, &[])
    );
    let mut planner = ImportPlanner::default();
    assert!(planner.plan_more(&[], &[], 1));
    assert_eq!(planner.progress(0, 0), 1.0);
    assert_eq!(planner.finish(&[]), ImportPlan::default());
}
