//! Host tests of the ABC analysis, including every edge case DOMAIN.md names.

use keystone::domain::pareto::ThresholdError;
use keystone::domain::{abc_analysis, AbcClass, AbcThresholds, Account, Measure};

fn accounts(values: &[f64]) -> Vec<Account> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| Account::new(i as u64 + 1, format!("Kunde {:03}", i + 1), *v))
        .collect()
}

fn classes(values: &[f64], a: f64, b: f64) -> Vec<(u64, AbcClass)> {
    let r = abc_analysis(
        &accounts(values),
        Measure::Revenue,
        AbcThresholds::new(a, b).unwrap(),
    );
    r.rows.iter().map(|row| (row.id, row.class)).collect()
}

#[test]
fn textbook_example_with_exact_threshold_hits() {
    // cumulative 50, 80, 90, 95, 100
    let r = abc_analysis(
        &accounts(&[10.0, 50.0, 5.0, 30.0, 5.0]),
        Measure::Revenue,
        AbcThresholds::default(),
    );
    let ids: Vec<u64> = r.rows.iter().map(|r| r.id).collect();
    assert_eq!(ids, vec![2, 4, 1, 3, 5]);
    let cls: Vec<AbcClass> = r.rows.iter().map(|r| r.class).collect();
    assert_eq!(
        cls,
        vec![
            AbcClass::A,
            AbcClass::A,
            AbcClass::B,
            AbcClass::B,
            AbcClass::C
        ]
    );
    let cum: Vec<f64> = r.rows.iter().map(|r| r.cumulative).collect();
    assert_eq!(cum, vec![50.0, 80.0, 90.0, 95.0, 100.0]);
    assert_eq!(r.summary(AbcClass::A).count, 2);
    assert_eq!(r.summary(AbcClass::A).sum, 80.0);
    assert!((r.summary(AbcClass::A).share_of_total - 80.0).abs() < 1e-9);
    assert!((r.summary(AbcClass::A).share_of_accounts - 40.0).abs() < 1e-9);
    let h = r.headline().unwrap();
    assert_eq!(h.count, 2);
    assert!((h.customers_percent - 40.0).abs() < 1e-9);
    assert!((h.measure_percent - 80.0).abs() < 1e-9);
}

#[test]
fn the_account_that_crosses_a_threshold_is_in_the_upper_class() {
    // cumulative 60, 85 (crosses 80), 97 (crosses 95), 100
    let c = classes(&[60.0, 25.0, 12.0, 3.0], 80.0, 95.0);
    assert_eq!(
        c.iter().map(|x| x.1).collect::<Vec<_>>(),
        vec![AbcClass::A, AbcClass::A, AbcClass::B, AbcClass::C]
    );
}

#[test]
fn no_accounts() {
    let r = abc_analysis(&[], Measure::Revenue, AbcThresholds::default());
    assert!(r.rows.is_empty());
    assert_eq!(r.positive_total, 0.0);
    assert!(r.headline().is_none());
    for c in AbcClass::ALL {
        assert_eq!(r.summary(c).count, 0);
        assert_eq!(r.summary(c).share_of_accounts, 0.0);
    }
}

#[test]
fn all_zero_values_are_class_c_without_nan() {
    let r = abc_analysis(
        &accounts(&[0.0, 0.0, 0.0]),
        Measure::Revenue,
        AbcThresholds::default(),
    );
    assert!(r
        .rows
        .iter()
        .all(|r| r.class == AbcClass::C && r.share == 0.0 && r.cumulative == 0.0));
    assert_eq!(r.non_positive_count, 3);
    assert!(r.headline().is_none());
    assert_eq!(r.summary(AbcClass::C).count, 3);
}

#[test]
fn credits_are_class_c_after_the_positive_accounts_and_do_not_bend_the_curve() {
    let r = abc_analysis(
        &accounts(&[-50.0, 80.0, 20.0, 0.0]),
        Measure::Revenue,
        AbcThresholds::default(),
    );
    let ids: Vec<u64> = r.rows.iter().map(|r| r.id).collect();
    assert_eq!(ids, vec![2, 3, 4, 1]);
    assert_eq!(r.positive_total, 100.0);
    assert_eq!(r.net_total, 50.0);
    assert_eq!(r.non_positive_count, 2);
    assert_eq!(r.rows[0].class, AbcClass::A);
    assert_eq!(r.rows[1].class, AbcClass::B);
    assert_eq!(r.rows[3].class, AbcClass::C);
    assert_eq!(r.rows[3].cumulative, 100.0);
    assert_eq!(r.summary(AbcClass::C).sum, -50.0);
    assert!(r
        .rows
        .iter()
        .all(|r| r.share >= 0.0 && r.cumulative <= 100.0));
}

#[test]
fn only_negative_values() {
    let r = abc_analysis(
        &accounts(&[-1.0, -2.0]),
        Measure::Revenue,
        AbcThresholds::default(),
    );
    assert!(r.rows.iter().all(|r| r.class == AbcClass::C));
    assert_eq!(r.positive_total, 0.0);
    assert!(r.headline().is_none());
}

#[test]
fn one_account_is_a_with_everything() {
    let r = abc_analysis(
        &accounts(&[42.0]),
        Measure::Revenue,
        AbcThresholds::default(),
    );
    assert_eq!(r.rows[0].class, AbcClass::A);
    assert_eq!(r.rows[0].cumulative, 100.0);
    assert_eq!(r.rows[0].share, 100.0);
    let h = r.headline().unwrap();
    assert_eq!((h.customers_percent, h.measure_percent), (100.0, 100.0));
}

#[test]
fn ties_are_ordered_by_name_then_id_and_split_deterministically() {
    // Four equal values: cumulative 25, 50, 75, 100 with a = 50, b = 75.
    let mut list = accounts(&[10.0, 10.0, 10.0, 10.0]);
    list[0].name = "Zeta".into();
    list[1].name = "Alpha".into();
    list[2].name = "Alpha".into();
    list[3].name = "Mid".into();
    let t = AbcThresholds::new(50.0, 75.0).unwrap();
    let r = abc_analysis(&list, Measure::Revenue, t);
    let order: Vec<u64> = r.rows.iter().map(|r| r.id).collect();
    assert_eq!(order, vec![2, 3, 4, 1]);
    let cls: Vec<AbcClass> = r.rows.iter().map(|r| r.class).collect();
    assert_eq!(
        cls,
        vec![AbcClass::A, AbcClass::A, AbcClass::B, AbcClass::C]
    );
    // The input order does not matter.
    list.reverse();
    let again = abc_analysis(&list, Measure::Revenue, t);
    assert_eq!(again.rows, r.rows);
}

#[test]
fn huge_values_do_not_overflow() {
    let r = abc_analysis(
        &accounts(&[1e308, 1e308, 1e308, 1e307]),
        Measure::Revenue,
        AbcThresholds::default(),
    );
    assert!(r
        .rows
        .iter()
        .all(|r| r.share.is_finite() && r.cumulative.is_finite()));
    assert_eq!(r.rows.last().unwrap().cumulative, 100.0);
    // cumulative: 32.3, 64.5, 96.8, 100
    let cls: Vec<AbcClass> = r.rows.iter().map(|r| r.class).collect();
    assert_eq!(
        cls,
        vec![AbcClass::A, AbcClass::A, AbcClass::A, AbcClass::C]
    );
}

#[test]
fn tiny_values_and_many_accounts_reach_exactly_100() {
    let values: Vec<f64> = (1..=100_000).map(|i| 1.0 / i as f64).collect();
    let r = abc_analysis(
        &accounts(&values),
        Measure::Revenue,
        AbcThresholds::default(),
    );
    assert_eq!(r.rows.len(), 100_000);
    assert_eq!(r.rows.last().unwrap().cumulative, 100.0);
    assert!(r
        .rows
        .windows(2)
        .all(|w| w[0].cumulative <= w[1].cumulative));
    assert!(r.rows.windows(2).all(|w| w[0].class <= w[1].class));
    let total: usize = AbcClass::ALL.iter().map(|c| r.summary(*c).count).sum();
    assert_eq!(total, 100_000);
}

#[test]
fn non_finite_values_count_as_zero() {
    let r = abc_analysis(
        &accounts(&[f64::NAN, 10.0, f64::INFINITY]),
        Measure::Revenue,
        AbcThresholds::default(),
    );
    assert_eq!(r.rows[0].id, 2);
    assert_eq!(r.rows[0].class, AbcClass::A);
    assert_eq!(r.non_positive_count, 2);
}

#[test]
fn contribution_margin_measure_uses_margins_and_missing_margin_is_zero() {
    let mut list = accounts(&[100.0, 50.0, 10.0]);
    list[0].contribution_margin = Some(5.0);
    list[1].contribution_margin = Some(40.0);
    list[2].contribution_margin = None;
    let r = abc_analysis(&list, Measure::ContributionMargin, AbcThresholds::default());
    assert_eq!(r.rows[0].id, 2);
    assert_eq!(r.rows[2].id, 3);
    assert_eq!(r.rows[2].class, AbcClass::C);
    assert_eq!(r.positive_total, 45.0);
}

#[test]
fn threshold_edges() {
    // a = b: no B class.
    let c = classes(&[50.0, 30.0, 20.0], 80.0, 80.0);
    assert_eq!(
        c.iter().map(|x| x.1).collect::<Vec<_>>(),
        vec![AbcClass::A, AbcClass::A, AbcClass::C]
    );
    // a = 100: every positive account is A.
    let c = classes(&[50.0, 30.0, 20.0, 0.0], 100.0, 100.0);
    assert_eq!(
        c.iter().map(|x| x.1).collect::<Vec<_>>(),
        vec![AbcClass::A, AbcClass::A, AbcClass::A, AbcClass::C]
    );
    assert_eq!(
        AbcThresholds::new(0.0, 95.0),
        Err(ThresholdError::AOutOfRange)
    );
    assert_eq!(
        AbcThresholds::new(80.0, 101.0),
        Err(ThresholdError::BOutOfRange)
    );
    assert_eq!(AbcThresholds::new(90.0, 80.0), Err(ThresholdError::BBelowA));
    assert_eq!(
        AbcThresholds::new(f64::NAN, 80.0),
        Err(ThresholdError::NotANumber)
    );
}

#[test]
fn class_sums_add_up_to_the_net_total() {
    let values = [500.0, 300.0, -20.0, 120.0, 60.0, 0.0, 20.0];
    let r = abc_analysis(
        &accounts(&values),
        Measure::Revenue,
        AbcThresholds::default(),
    );
    let sum: f64 = AbcClass::ALL.iter().map(|c| r.summary(*c).sum).sum();
    assert!((sum - r.net_total).abs() < 1e-9);
    let shares: f64 = AbcClass::ALL
        .iter()
        .map(|c| r.summary(*c).share_of_total)
        .sum();
    assert!((shares - 100.0).abs() < 1e-9);
}
