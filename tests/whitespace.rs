//! The whitespace across key accounts (docs/methods.md, "Whitespace matrix"): the
//! default span, one account's matrix from its stored data, the suggested selling stage
//! and the penetration, with their edge cases (no history, credits, one unit).

use std::collections::HashMap;

use keystone::domain::account::Account;
use keystone::domain::history::penetration::{
    account_matrix, default_span, penetration, suggested_stage, AccountOffering,
};
use keystone::domain::history::whitespace::{
    whitespace, whitespace_of_tree, CellMarks, CellStatus, Potential, Whitespace,
};
use keystone::domain::history::{SalesHistory, SalesRecord, Unit};
use keystone::domain::key_account::{key_account, KeyAccountData};
use keystone::domain::roles::SellingStage;
use keystone::domain::sample::{sample_workspace, LAST_YEAR};

fn sold(account: u64, year: i32, offering: u32, unit: Option<u32>, revenue: f64) -> SalesRecord {
    SalesRecord::of_year(account, year, revenue).sold(offering, unit)
}

fn matrix(records: &[SalesRecord], units: &[u32]) -> Whitespace {
    whitespace(
        1,
        &[10, 11, 12],
        units,
        records,
        (2022, 2024),
        &CellMarks::default(),
        &HashMap::new(),
    )
}

#[test]
fn the_default_span_is_the_latest_full_year_and_the_two_before() {
    let h = SalesHistory(vec![
        sold(1, 2021, 10, None, 1.0),
        sold(1, 2026, 10, None, 1.0),
    ]);
    // 2026 is still running on a day of 2026: 2021 is the latest full year with rows.
    assert_eq!(default_span(&h, 2026), (2019, 2021));
    assert_eq!(default_span(&h, 2027), (2024, 2026));
    // Only a running year: that year.
    let h = SalesHistory(vec![sold(1, 2026, 10, None, 1.0)]);
    assert_eq!(default_span(&h, 2026), (2024, 2026));
    // No history: the year before today and the two before.
    assert_eq!(default_span(&SalesHistory::default(), 2026), (2023, 2025));
}

#[test]
fn no_history_suggests_no_stage() {
    assert_eq!(suggested_stage(&matrix(&[], &[1, 2])), None);
    assert_eq!(suggested_stage(&matrix(&[], &[])), None);
    // Bought only outside the span.
    assert_eq!(
        suggested_stage(&matrix(&[sold(1, 2019, 10, Some(1), 9.0)], &[1])),
        None
    );
}

#[test]
fn one_offering_in_one_unit_is_single_selling() {
    let r = [
        sold(1, 2023, 10, Some(2), 100.0),
        sold(1, 2024, 10, Some(2), 50.0),
    ];
    assert_eq!(
        suggested_stage(&matrix(&r, &[1, 2])),
        Some(SellingStage::SingleSelling)
    );
    // Without units: one column, the customer as a whole.
    assert_eq!(
        suggested_stage(&matrix(&r, &[])),
        Some(SellingStage::SingleSelling)
    );
}

#[test]
fn several_offerings_or_units_are_cross_selling() {
    // Two offerings in one unit (a customer with a single unit).
    let r = [
        sold(1, 2023, 10, Some(1), 100.0),
        sold(1, 2023, 11, Some(1), 5.0),
    ];
    assert_eq!(
        suggested_stage(&matrix(&r, &[1])),
        Some(SellingStage::CrossSelling)
    );
    // One offering in two units.
    let r = [
        sold(1, 2023, 10, Some(1), 100.0),
        sold(1, 2024, 10, Some(2), 5.0),
    ];
    assert_eq!(
        suggested_stage(&matrix(&r, &[1, 2])),
        Some(SellingStage::CrossSelling)
    );
}

#[test]
fn a_credit_that_cancels_a_sale_does_not_count() {
    let r = [
        sold(1, 2023, 10, Some(1), 100.0),
        sold(1, 2023, 11, Some(1), 40.0),
        sold(1, 2024, 11, Some(1), -40.0),
    ];
    let m = matrix(&r, &[1]);
    assert_eq!(suggested_stage(&m), Some(SellingStage::SingleSelling));
    let p = penetration(&[10, 11], &[(1, &m)]);
    assert_eq!(p.offerings_per_account, vec![1]);
    assert_eq!(p.accounts_per_offering, vec![1, 0]);
    // Only credits: nothing bought.
    let m = matrix(&[sold(1, 2023, 11, Some(1), -40.0)], &[1]);
    assert_eq!(suggested_stage(&m), None);
}

#[test]
fn penetration_counts_both_ways_and_sums_the_open_potential() {
    let mut marks = CellMarks::default();
    marks.potential.insert((11, Some(2)), 70.0);
    let r = [
        sold(1, 2023, 10, Some(1), 100.0),
        sold(1, 2023, 10, Some(2), 20.0),
        sold(2, 2024, 10, None, 30.0),
        sold(2, 2024, 12, None, 5.0),
    ];
    let one = whitespace(
        1,
        &[10, 11, 12],
        &[1, 2],
        &r,
        (2022, 2024),
        &marks,
        &HashMap::new(),
    );
    let two = whitespace(
        2,
        &[10, 11, 12],
        &[],
        &r,
        (2022, 2024),
        &CellMarks::default(),
        &HashMap::from([(11, 40.0)]),
    );
    let empty = whitespace(
        3,
        &[10, 11, 12],
        &[],
        &r,
        (2022, 2024),
        &CellMarks::default(),
        &HashMap::new(),
    );
    let p = penetration(&[10, 11, 12], &[(1, &one), (2, &two), (3, &empty)]);
    assert_eq!(p.accounts, vec![1, 2, 3]);
    assert_eq!(p.offerings_per_account, vec![1, 2, 0]);
    assert_eq!(p.accounts_per_offering, vec![2, 0, 1]);
    assert_eq!(
        p.cells[0][0],
        AccountOffering {
            bought: 120.0,
            open: 0.0
        }
    );
    assert_eq!(p.cells[1][0].open, 70.0);
    assert_eq!(p.cells[1][1].open, 40.0);
    assert_eq!((p.open_of_account(0), p.open_of_offering(1)), (70.0, 110.0));
    assert_eq!(p.open_total(), 110.0);
    // An offering a matrix does not have counts as nothing there.
    let p = penetration(&[10, 99], &[(1, &one)]);
    assert_eq!(p.cells[1][0], AccountOffering::default());
    assert_eq!(p.accounts_per_offering, vec![1, 0]);
    // No accounts, no offerings.
    let p = penetration(&[], &[]);
    assert!(p.cells.is_empty() && p.offerings_per_account.is_empty());
    assert_eq!(p.open_total(), 0.0);
}

#[test]
fn an_accounts_matrix_takes_its_units_in_tree_order_and_its_marks_and_plan() {
    let ws = sample_workspace();
    let offerings: Vec<u32> = ws.offerings.iter().map(|o| o.id).collect();
    let span = (LAST_YEAR - 2, LAST_YEAR);
    let key: Vec<&Account> = ws
        .accounts
        .iter()
        .filter(|a| ws.key_accounts.contains_key(&a.id.to_string()))
        .collect();
    let mut seen = (false, false, false, false, false);
    for a in &key {
        let data = key_account(&ws.key_accounts, a.id);
        let m = account_matrix(a, &data, &offerings, &ws.accounts, &ws.history, span);
        assert_eq!(m.offerings, offerings);
        for row in &m.cells {
            for c in row {
                match c {
                    CellStatus::Buys(_) => seen.0 = true,
                    CellStatus::InProgress => seen.1 = true,
                    CellStatus::NotRelevant => seen.2 = true,
                    CellStatus::Open(Some(_)) => seen.3 = true,
                    CellStatus::PartsBuy(_) => seen.4 = true,
                    CellStatus::Open(None) => {}
                }
            }
        }
        assert!(suggested_stage(&m).is_some(), "{}", a.name);
    }
    // The sample's country buys through its plants.
    assert_eq!(seen, (true, true, true, true, true));
    // A child listed before its parent still comes after it.
    let data = KeyAccountData {
        units: vec![Unit::new(5, "Werk", Some(9)), Unit::new(9, "Land", None)],
        ..Default::default()
    };
    let m = account_matrix(key[0], &data, &offerings, &ws.accounts, &ws.history, span);
    assert_eq!(m.units, vec![Some(9), Some(5)]);
}

#[test]
fn rows_that_name_no_unit_get_a_column_of_their_own_after_the_units() {
    // An ERP export without a unit column, for a customer with two units.
    let r = [
        sold(1, 2024, 10, None, 40.0),
        sold(1, 2024, 11, Some(2), 5.0),
        // Another customer's row without a unit makes no column here.
        sold(2, 2024, 12, None, 9.0),
    ];
    let m = matrix(&r, &[1, 2]);
    assert_eq!(m.units, vec![Some(1), Some(2), None]);
    assert_eq!(m.cells[0][2], CellStatus::Buys(40.0));
    assert!(matches!(m.cells[0][0], CellStatus::Open(_)));
    assert_eq!(m.cells[1][1], CellStatus::Buys(5.0));
    // Every row names a unit (or a row without one lies outside the span): no column.
    let r = [
        sold(1, 2024, 11, Some(2), 5.0),
        sold(1, 2019, 10, None, 40.0),
    ];
    assert_eq!(matrix(&r, &[1, 2]).units, vec![Some(1), Some(2)]);
    // Without units the one column is the whole customer, as before.
    assert_eq!(matrix(&r, &[]).units, vec![None]);
}

#[test]
fn a_parent_unit_gets_no_share_of_the_proposal_so_no_potential_is_counted_twice() {
    // Germany (1) with its plants North (2) and South (3), and Poland (4).
    let units = [1, 2, 3, 4];
    let parents: HashMap<u32, u32> = [(2, 1), (3, 1)].into();
    let proposals: HashMap<u32, f64> = [(10, 300.0)].into();
    let marks = CellMarks::default();
    let m = whitespace_of_tree(
        1,
        &[10],
        &units,
        &parents,
        &[],
        (2022, 2024),
        &marks,
        &proposals,
    );
    // Shared by the three units without parts; Germany's cell is open without one.
    assert_eq!(m.cells[0][0], CellStatus::Open(None));
    for c in 1..4 {
        assert_eq!(
            m.cells[0][c],
            CellStatus::Open(Some(Potential::Proposed(100.0)))
        );
    }
    assert_eq!(m.open_total(), 300.0, "the proposal once, not more");
    assert!(m.largest_gaps().iter().all(|((_, u), _)| *u != Some(1)));
    // What the parent itself buys is still bought; a potential entered for it counts.
    let mut marks = CellMarks::default();
    marks.potential.insert((10, Some(1)), 50.0);
    let r = [sold(1, 2023, 10, Some(1), 20.0)];
    let m = whitespace_of_tree(
        1,
        &[10],
        &units,
        &parents,
        &r,
        (2022, 2024),
        &marks,
        &proposals,
    );
    assert_eq!(m.cells[0][0], CellStatus::Buys(20.0));
    // Every unit a parent (a loop the editor refuses): nothing is divided by zero.
    let all: HashMap<u32, u32> = [(1, 2), (2, 3), (3, 4), (4, 1)].into();
    let m = whitespace_of_tree(
        1,
        &[10],
        &units,
        &all,
        &[],
        (2022, 2024),
        &marks,
        &proposals,
    );
    assert!(m.open_total().is_finite());
    // account_matrix reads the parents from the units.
    let ws = sample_workspace();
    let a = &ws.accounts[0];
    let data = KeyAccountData {
        units: vec![Unit::new(1, "Land", None), Unit::new(2, "Werk", Some(1))],
        ..Default::default()
    };
    let offerings: Vec<u32> = ws.offerings.iter().map(|o| o.id).collect();
    let m = account_matrix(
        a,
        &data,
        &offerings,
        &ws.accounts,
        &ws.history,
        (LAST_YEAR - 2, LAST_YEAR),
    );
    for row in &m.cells {
        assert!(
            !matches!(row[0], CellStatus::Open(Some(Potential::Proposed(_)))),
            "{:?}",
            row[0]
        );
    }
}

#[test]
fn a_parent_unit_shows_what_its_parts_buy_without_counting_it_twice() {
    // Europe (5) > Germany (1) > plants North (2) and South (3); Poland (4) alone.
    let units = [5, 1, 2, 3, 4];
    let parent_of: HashMap<u32, u32> = [(1, 5), (2, 1), (3, 1)].into();
    let proposals: HashMap<u32, f64> = [(11, 300.0)].into();
    let records = [
        sold(1, 2023, 10, Some(2), 40.0),
        sold(1, 2024, 10, Some(3), 60.0),
        // A credit of a plant in another offering: its parents do not "buy" it.
        sold(1, 2024, 11, Some(2), -10.0),
        // Outside the span: not bought below either.
        sold(1, 2019, 12, Some(2), 99.0),
    ];
    let m = whitespace_of_tree(
        1,
        &[10, 11, 12],
        &units,
        &parent_of,
        &records,
        (2022, 2024),
        &CellMarks::default(),
        &proposals,
    );
    // Germany and Europe: their parts buy 100; the plants buy their own.
    assert_eq!(m.cells[0][0], CellStatus::PartsBuy(100.0));
    assert_eq!(m.cells[0][1], CellStatus::PartsBuy(100.0));
    assert_eq!(m.cells[0][2], CellStatus::Buys(40.0));
    assert_eq!(m.cells[0][3], CellStatus::Buys(60.0));
    assert_eq!(m.cells[0][4], CellStatus::Open(None));
    // Counted once: in the plants.
    assert_eq!(m.bought_in_row(0), 100.0);
    assert_eq!(m.bought_in_column(1), 0.0);
    assert_eq!(m.offerings_bought(), 1);
    assert_eq!(suggested_stage(&m), Some(SellingStage::CrossSelling));
    // A credit below is not bought; the parents of that row stay open, without the
    // proposal (shared by North, South and Poland: 100 each).
    assert_eq!(m.cells[1][0], CellStatus::Open(None));
    assert_eq!(m.cells[1][1], CellStatus::Open(None));
    assert_eq!(m.open_total(), 300.0 - 100.0 + 100.0);
    assert_eq!(m.cells[2][1], CellStatus::Open(None));
    // What the parent buys itself comes first, and a mark does not hide the parts.
    let mut marks = CellMarks::default();
    marks.not_relevant.insert((10, Some(5)));
    let mut own = records.to_vec();
    own.push(sold(1, 2022, 10, Some(1), 7.0));
    let m = whitespace_of_tree(
        1,
        &[10],
        &units,
        &parent_of,
        &own,
        (2022, 2024),
        &marks,
        &HashMap::new(),
    );
    assert_eq!(m.cells[0][1], CellStatus::Buys(7.0));
    assert_eq!(m.cells[0][0], CellStatus::PartsBuy(107.0));
    assert_eq!(m.bought_in_row(0), 107.0);
    // A loop (refused by the editor) ends the walk.
    let looped: HashMap<u32, u32> = [(1, 2), (2, 1)].into();
    let m = whitespace_of_tree(
        1,
        &[10],
        &[1, 2],
        &looped,
        &[sold(1, 2023, 10, Some(2), 5.0)],
        (2022, 2024),
        &CellMarks::default(),
        &HashMap::new(),
    );
    assert_eq!(
        m.cells[0],
        vec![CellStatus::PartsBuy(5.0), CellStatus::Buys(5.0)]
    );
}
