//! Host tests of the one rule for values on a threshold (docs/methods.md, "Values on a
//! threshold"): every threshold, cut-off, quadrant split, band and tie compares at 9
//! decimal places. Each case is a minimal input that landed on the wrong side when the
//! comparison ran on raw binary floats.

use keystone::domain::pareto::{abc_analysis, AbcThresholds, Measure};
use keystone::domain::plan::goal_progress;
use keystone::domain::precision::{at_least, at_most, cmp, same, snap};
use keystone::domain::profile::{gaps, ranks, value_drivers, weighted_performance};
use keystone::domain::scorecard::{status, Better, Kpi, PeriodKey, Status};
use keystone::domain::value_model::{
    proposal, quadrant, ranking, rate, weighted_score, Direction, Proposal, Quadrant, RatingRule,
};
use keystone::domain::{AbcClass, Account};
use serde_json::json;

const P: Direction = Direction::Positive;

#[test]
fn snap_rounds_to_nine_places_and_keeps_huge_and_odd_values() {
    assert_eq!(snap(59.99999999999999), 60.0);
    assert_eq!(snap(0.1 + 0.2), 0.3);
    assert_eq!(snap(-1e-12).to_bits(), 0.0f64.to_bits(), "no negative zero");
    assert_eq!(snap(1e300), 1e300);
    assert_eq!(snap(-1e300), -1e300);
    assert!(snap(f64::NAN).is_nan());
    assert_eq!(snap(f64::INFINITY), f64::INFINITY);
    // Differences the user can type survive.
    assert!(cmp(59.999999, 60.0).is_lt());
    assert!(at_least(60.0000000001, 60.0) && at_most(59.9999999999, 60.0));
    assert!(same(98.9 - 98.6, 0.3));
    assert!(!same(0.300000002, 0.3));
}

#[test]
fn a_kpi_on_its_band_edge_is_yellow_and_just_beyond_it_red() {
    // Lower is better: target 98.6, band 0.3, so 98.9 is the band's edge.
    assert!(
        std::hint::black_box(98.9) - 98.6 > 0.3,
        "the float noise this rule is about"
    );
    assert_eq!(status(98.9, 98.6, Better::Lower, 0.3), Status::Yellow);
    assert_eq!(status(98.900001, 98.6, Better::Lower, 0.3), Status::Red);
    assert_eq!(status(98.6, 98.6, Better::Lower, 0.3), Status::Green);
    // Higher is better: the mirror image, on an edge that is not exact in binary.
    assert_eq!(status(0.7, 1.0, Better::Higher, 0.3), Status::Yellow);
    assert_eq!(status(0.1 + 0.2, 0.3, Better::Higher, 0.0), Status::Green);
    assert_eq!(status(0.69999, 1.0, Better::Higher, 0.3), Status::Red);
}

#[test]
fn a_score_that_is_sixty_meets_a_cut_off_of_sixty() {
    let w = [33.3; 3];
    let s747 = weighted_score(&[Some(7.0), Some(4.0), Some(7.0)], &w, &[P; 3]);
    let s666 = weighted_score(&[Some(6.0), Some(6.0), Some(6.0)], &w, &[P; 3]);
    assert_eq!(s747.value, Some(60.0));
    assert_eq!(
        s747.value, s666.value,
        "the same score, shown and compared alike"
    );
    assert_eq!(
        proposal(&s747, false, 60.0, false),
        Proposal::MakeKeyAccount
    );
    assert_eq!(
        proposal(&s666, false, 60.0, false),
        Proposal::MakeKeyAccount
    );
    // Both share rank 1.
    let r = ranking(&[s747, s666]);
    assert_eq!(
        r.iter().map(|x| x.1).collect::<Vec<_>>(),
        vec![Some(1), Some(1)]
    );
    // Just below the cut-off is below it.
    let below = weighted_score(&[Some(7.0), Some(4.0), Some(6.9999)], &w, &[P; 3]);
    assert_eq!(proposal(&below, false, 60.0, false), Proposal::None);
}

#[test]
fn attractiveness_exactly_fifty_is_high() {
    let w = [33.3; 3];
    let a = weighted_score(&[Some(2.0), Some(7.0), Some(6.0)], &w, &[P; 3])
        .value
        .unwrap();
    assert_eq!(a, 50.0);
    assert_eq!(quadrant(a, 20.0, 50.0, 50.0), Quadrant::QuestionMark);
    assert_eq!(
        quadrant(49.99999999999999, 50.0, 50.0, 50.0),
        Quadrant::Star
    );
    assert_eq!(quadrant(49.9999, 50.0, 50.0, 50.0), Quadrant::Cash);
}

#[test]
fn equal_shares_of_wallet_get_equal_points() {
    let share = |revenue: f64, potential: f64| {
        let mut a = Account::new(1, "x", revenue);
        a.potential = Some(potential);
        a.share_of_wallet()
    };
    let (x, y) = (share(12.3, 41.0).unwrap(), share(30.0, 100.0).unwrap());
    assert_ne!(x, y, "two ways to compute 30 % differ in binary");
    let p = rate(&[Some(x), Some(y), Some(10.0)], RatingRule::Quantile);
    assert_eq!(p[0], p[1], "both are 30 % and share their rank");
    // Linear rule: 30 % on a 0-30 scale is full points either way.
    let lin = rate(
        &[Some(x), Some(y)],
        RatingRule::Linear {
            low: 30.0,
            high: 30.0,
        },
    );
    assert_eq!(lin, vec![Some(10.0), Some(10.0)]);
}

#[test]
fn share_of_wallet_of_a_credit_is_zero_and_without_potential_undefined() {
    let mut a = Account::new(1, "Gutschrift", -1_600.0);
    a.potential = Some(100_000.0);
    assert_eq!(a.share_of_wallet(), Some(0.0));
    // The form's figure while typing is the register's (it said −1.6 % before).
    assert_eq!(
        keystone::domain::account::share_of_wallet(-1_600.0, Some(100_000.0)),
        Some(0.0)
    );
    assert_eq!(
        keystone::domain::account::share_of_wallet(5_000.0, Some(100_000.0)),
        Some(5.0)
    );
    a.potential = Some(0.0);
    assert_eq!(a.share_of_wallet(), None);
    a.potential = None;
    assert_eq!(a.share_of_wallet(), None);
    a.potential = Some(-5.0);
    assert_eq!(a.share_of_wallet(), None);
    a.revenue = 0.0;
    a.potential = Some(10.0);
    assert_eq!(a.share_of_wallet(), Some(0.0));
}

#[test]
fn abc_boundary_meets_the_threshold_at_the_stated_precision() {
    // Shares 50 %, 30 %, 15 %, 5 % of amounts that are not exact in binary: the third
    // account starts exactly at 80 % (B), the fourth exactly at 95 % (C).
    let accounts: Vec<Account> = [0.5, 0.3, 0.15, 0.05]
        .iter()
        .enumerate()
        .map(|(i, v)| Account::new(i as u64 + 1, format!("K{i}"), *v))
        .collect();
    let r = abc_analysis(
        &accounts,
        Measure::Revenue,
        AbcThresholds::new(80.0, 95.0).unwrap(),
    );
    let class = |id: u64| r.rows.iter().find(|x| x.id == id).unwrap().class;
    assert_eq!(
        [class(1), class(2), class(3), class(4)],
        [AbcClass::A, AbcClass::A, AbcClass::B, AbcClass::C]
    );
}

#[test]
fn equal_weighted_performances_share_a_rank() {
    let w = [33.3; 3];
    let a = weighted_performance(&w, &[Some(70.0), Some(40.0), Some(70.0)]);
    let b = weighted_performance(&w, &[Some(60.0), Some(60.0), Some(60.0)]);
    assert_eq!(a, b);
    assert_eq!(ranks(&[a, b, Some(10.0)]), vec![Some(1), Some(1), Some(3)]);
}

#[test]
fn value_drivers_put_unrated_and_unweighted_criteria_last() {
    let weights = [10.0, 40.0, 0.0, 50.0];
    // Criterion 1 is unrated for us: no gap, no room; criterion 2 has no weight.
    let us = [Some(90.0), None, Some(10.0), Some(95.0)];
    let g = gaps(
        &weights,
        &us,
        &[vec![Some(100.0), Some(100.0), Some(100.0), Some(90.0)]],
    );
    // Rated: 0 trails by 10 × 0.1 = 1 point; 3 leads (room 5 × 0.5 = 2.5).
    assert_eq!(value_drivers(&weights, &g), vec![0, 3, 1, 2]);
    // Nothing rated at all: the criteria's order.
    let none = gaps(&weights, &[None; 4], &[]);
    assert_eq!(value_drivers(&weights, &none), vec![0, 1, 2, 3]);
    assert!(value_drivers(&[], &[]).is_empty());
}

fn kpi(actuals: serde_json::Value) -> Kpi {
    serde_json::from_value(json!({
        "name": "Umsatz", "perspective": "finance", "target": 40.0,
        "better": "higher", "band": 5.0, "actuals": actuals,
    }))
    .unwrap()
}

#[test]
fn the_latest_kpi_value_is_the_latest_in_time_whatever_the_period_kind() {
    let k = kpi(json!({ "2025-Q4": 10.0, "2026": 50.0 }));
    assert_eq!(k.latest(), Some((PeriodKey::Year(2026), 50.0)));
    assert_eq!(k.status(), Some(Status::Green));
    let t = k.turn().unwrap();
    assert_eq!((t.previous, t.latest), (Some(Status::Red), Status::Green));
    assert!(!t.got_worse());
    // A month after a year's end is later than the year.
    let k = kpi(json!({ "2025": 50.0, "2026-01": 10.0 }));
    assert_eq!(k.latest().unwrap().0, PeriodKey::Month(2026, 1));
    // Ending on the same day: the year is later than its Q4 and its December.
    let k = kpi(json!({ "2026-12": 1.0, "2026-Q4": 2.0, "2026": 3.0 }));
    assert_eq!(k.latest().unwrap().0, PeriodKey::Year(2026));
    assert!(PeriodKey::Quarter(2026, 4) > PeriodKey::Month(2026, 12));
    assert!(PeriodKey::Quarter(2026, 1) > PeriodKey::Month(2026, 2));
    assert!(PeriodKey::Quarter(2026, 1) < PeriodKey::Month(2026, 4));
    assert!(PeriodKey::Year(2025) < PeriodKey::Quarter(2026, 1));
    // A linked plan goal reads the same latest value.
    let measure =
        serde_json::from_value(json!({ "kpi": "Umsatz", "target": 50.0, "linked_kpi": "Umsatz" }))
            .unwrap();
    let p = goal_progress(&measure, &[kpi(json!({ "2025-Q4": 10.0, "2026": 50.0 }))]);
    assert_eq!(p.actual, Some(50.0));
    assert_eq!(p.achieved, Some(1.0));
}
