//! Host tests of the requirement and performance profile and the balanced scorecard.

use keystone::domain::profile::{changes, gaps, ranks, value_drivers, weighted_performance};
use keystone::domain::scorecard::{
    nps_from_answers, nps_from_shares, status, turn, worst, Better, PeriodKey, Status,
};

const W: [f64; 5] = [30.0, 25.0, 20.0, 15.0, 10.0];

fn r(v: &[f64]) -> Vec<Option<f64>> {
    v.iter().map(|&x| Some(x)).collect()
}

#[test]
fn weighted_performance_is_the_sum_of_weight_times_rating_over_100() {
    let us = r(&[80.0, 60.0, 50.0, 90.0, 70.0]);
    let p = weighted_performance(&W, &us).unwrap();
    assert!((p - (24.0 + 15.0 + 10.0 + 13.5 + 7.0)).abs() < 1e-9, "{p}");
    // Weights off 100 are scaled: doubling every weight changes nothing.
    let doubled: Vec<f64> = W.iter().map(|w| w * 2.0).collect();
    assert!((weighted_performance(&doubled, &us).unwrap() - p).abs() < 1e-9);
    // Zero weights do not count, even unrated; a weighted unrated criterion makes it incomplete.
    let mut partly = us.clone();
    partly[4] = None;
    assert_eq!(weighted_performance(&W, &partly), None);
    let mut w = W;
    w[4] = 0.0;
    assert!(weighted_performance(&w, &partly).is_some());
    // No weights at all: nothing to compute. Ratings are capped to 0-100.
    assert_eq!(weighted_performance(&[0.0, 0.0], &r(&[50.0, 50.0])), None);
    assert_eq!(weighted_performance(&[100.0], &r(&[140.0])), Some(100.0));
}

#[test]
fn ranks_are_shared_on_ties_and_incomplete_suppliers_have_none() {
    assert_eq!(
        ranks(&[Some(70.0), Some(80.0), Some(70.0), None, Some(60.0)]),
        vec![Some(2), Some(1), Some(2), None, Some(4)]
    );
    assert_eq!(ranks(&[Some(50.0)]), vec![Some(1)], "one supplier only");
    assert!(ranks(&[]).is_empty());
}

#[test]
fn gaps_to_the_best_competitor_are_weighted_by_importance() {
    let us = r(&[80.0, 60.0, 50.0, 90.0, 70.0]);
    let a = r(&[70.0, 90.0, 50.0, 60.0, 80.0]);
    let b = vec![Some(85.0), Some(70.0), None, Some(95.0), Some(40.0)];
    let g = gaps(&W, &us, &[a, b]);
    assert_eq!(g[0].best_competitor, Some(85.0));
    assert_eq!(g[0].gap, Some(5.0));
    assert!((g[0].weighted_gap.unwrap() - 1.5).abs() < 1e-9);
    assert_eq!(g[1].gap, Some(30.0));
    assert!((g[1].weighted_gap.unwrap() - 7.5).abs() < 1e-9);
    assert_eq!(
        g[2].best_competitor,
        Some(50.0),
        "an unrated competitor is skipped"
    );
    assert_eq!(g[2].gap, Some(0.0));
    assert_eq!(g[3].gap, Some(5.0));
    assert!((g[4].potential.unwrap() - 3.0).abs() < 1e-9);
    assert!((g[4].weighted_gap.unwrap() - 1.0).abs() < 1e-9);
    // Value drivers: trailing most (weighted) first: security (7.5), performance (1.5),
    // delivery (1.0), standards (0.75); price, level with the best, last.
    assert_eq!(value_drivers(&W, &g), vec![1, 0, 4, 3, 2]);
}

#[test]
fn value_drivers_with_one_supplier_only_ties_and_zero_weights() {
    let us = r(&[50.0, 50.0, 90.0]);
    let w = [40.0, 40.0, 20.0];
    let g = gaps(&w, &us, &[]);
    assert!(g
        .iter()
        .all(|g| g.gap.is_none() && g.best_competitor.is_none()));
    // No competitor: ranked by room to full fulfilment; the tie keeps criterion order.
    assert_eq!(value_drivers(&w, &g), vec![0, 1, 2]);
    // A zero weight pays nothing and comes last even with the most room.
    let g = gaps(&[0.0, 50.0, 50.0], &r(&[0.0, 80.0, 90.0]), &[]);
    assert_eq!(value_drivers(&[0.0, 50.0, 50.0], &g), vec![1, 2, 0]);
    assert_eq!(g[0].potential, Some(0.0));
}

#[test]
fn changes_between_two_versions() {
    assert_eq!(
        changes(
            &[Some(50.0), None, Some(70.0)],
            &[Some(65.0), Some(10.0), Some(60.0)]
        ),
        vec![Some(15.0), None, Some(-10.0)]
    );
}

#[test]
fn traffic_lights_on_the_thresholds_for_both_directions() {
    use Better::*;
    // Higher is better: target 100, band 10.
    assert_eq!(status(120.0, 100.0, Higher, 10.0), Status::Green);
    assert_eq!(
        status(100.0, 100.0, Higher, 10.0),
        Status::Green,
        "on the target"
    );
    assert_eq!(status(95.0, 100.0, Higher, 10.0), Status::Yellow);
    assert_eq!(
        status(90.0, 100.0, Higher, 10.0),
        Status::Yellow,
        "on the band's edge"
    );
    assert_eq!(status(89.9, 100.0, Higher, 10.0), Status::Red);
    // Lower is better (churn): target 5 %, band 2.
    assert_eq!(status(4.0, 5.0, Lower, 2.0), Status::Green);
    assert_eq!(status(5.0, 5.0, Lower, 2.0), Status::Green);
    assert_eq!(status(7.0, 5.0, Lower, 2.0), Status::Yellow);
    assert_eq!(status(7.1, 5.0, Lower, 2.0), Status::Red);
    // No band: straight from green to red; a negative band counts as none.
    assert_eq!(status(99.0, 100.0, Higher, 0.0), Status::Red);
    assert_eq!(status(99.0, 100.0, Higher, -5.0), Status::Red);
    assert_eq!(
        worst([Status::Green, Status::Red, Status::Yellow]),
        Some(Status::Red)
    );
    assert_eq!(worst([]), None);
}

#[test]
fn nps_from_shares_and_from_answers() {
    assert_eq!(nps_from_shares(45.0, 20.0), 25.0);
    assert_eq!(nps_from_answers(&[]), None, "no answers");
    assert_eq!(nps_from_answers(&[9, 10, 10]), Some(100.0), "all promoters");
    assert_eq!(nps_from_answers(&[0, 3, 6]), Some(-100.0), "all detractors");
    assert_eq!(nps_from_answers(&[7, 8]), Some(0.0), "passives only");
    assert_eq!(nps_from_answers(&[10, 9, 8, 7, 6]), Some(20.0));
    assert_eq!(
        nps_from_answers(&[11, 10]),
        Some(100.0),
        "11 is not an answer"
    );
}

#[test]
fn periods_parse_strictly_and_order_by_time() {
    assert_eq!(PeriodKey::parse("2026"), Some(PeriodKey::Year(2026)));
    assert_eq!(
        PeriodKey::parse("2026-Q3"),
        Some(PeriodKey::Quarter(2026, 3))
    );
    assert_eq!(PeriodKey::parse("2026-03"), Some(PeriodKey::Month(2026, 3)));
    for bad in [
        "26", "2026-Q5", "2026-Q0", "2026-13", "2026-3", "2026-Q12", "2026/03", "", "Q1-2026",
    ] {
        assert_eq!(PeriodKey::parse(bad), None, "{bad}");
    }
    for p in ["2026", "2026-Q1", "2026-11"] {
        assert_eq!(PeriodKey::parse(p).unwrap().text(), p);
    }
    assert!(PeriodKey::Quarter(2025, 4) < PeriodKey::Quarter(2026, 1));
}

#[test]
fn a_turn_compares_the_latest_period_with_the_one_before() {
    let q = |s: &str| PeriodKey::parse(s).unwrap();
    // Given out of order: Q2 (95, yellow) is latest-but-one, Q3 (80, red) latest.
    let actuals = [
        (q("2026-Q3"), 80.0),
        (q("2026-Q1"), 110.0),
        (q("2026-Q2"), 95.0),
    ];
    let t = turn(&actuals, 100.0, Better::Higher, 10.0).unwrap();
    assert_eq!(t.previous, Some(Status::Yellow));
    assert_eq!(t.latest, Status::Red);
    assert!(t.got_worse());
    let better = turn(
        &[(q("2026-Q1"), 80.0), (q("2026-Q2"), 100.0)],
        100.0,
        Better::Higher,
        10.0,
    )
    .unwrap();
    assert!(!better.got_worse());
    let first = turn(&[(q("2026-Q1"), 50.0)], 100.0, Better::Higher, 10.0).unwrap();
    assert_eq!(first.previous, None);
    assert!(first.got_worse(), "red on its first value is news");
    assert_eq!(turn(&[], 1.0, Better::Lower, 0.0), None);
}

fn segment(weights: &[f64], us: &[Option<f64>]) -> keystone::domain::profile::Segment {
    use keystone::domain::profile::{Profile, ProfileCriterion, Segment};
    let mut profile = Profile::default();
    for (i, (w, r)) in weights.iter().zip(us).enumerate() {
        let id = format!("c{i}");
        profile.criteria.push(ProfileCriterion {
            extra: Default::default(),
            id: id.clone(),
            name: id.clone(),
            weight: *w,
        });
        if let Some(r) = r {
            profile.us.insert(id, *r);
        }
    }
    Segment {
        extra: Default::default(),
        name: "S".into(),
        profile,
        versions: Vec::new(),
    }
}

#[test]
fn fulfilment_is_the_mean_of_the_complete_segments() {
    use keystone::domain::profile::fulfilment;
    assert_eq!(fulfilment(&[]), None, "no profile, no fulfilment");
    let a = segment(&[50.0, 50.0], &[Some(80.0), Some(60.0)]); // 70
    let b = segment(&[100.0], &[Some(90.0)]); // 90
    let incomplete = segment(&[50.0, 50.0], &[Some(10.0), None]);
    assert_eq!(fulfilment(std::slice::from_ref(&a)), Some(70.0));
    assert_eq!(fulfilment(&[a.clone(), b]), Some(80.0));
    assert_eq!(
        fulfilment(&[a, incomplete.clone()]),
        Some(70.0),
        "the incomplete one does not count"
    );
    assert_eq!(fulfilment(&[incomplete]), None);
}

#[test]
fn weights_off_100_are_warnings_per_segment_and_version() {
    use keystone::domain::day::Day;
    use keystone::domain::profile::{weight_warnings, ProfileVersion};
    let good = segment(&[60.0, 40.0], &[None, None]);
    let mut off = segment(&[60.0, 30.0], &[None, None]);
    off.versions.push(ProfileVersion {
        extra: Default::default(),
        date: Day::parse("2026-01-31").unwrap(),
        profile: good.profile.clone(),
    });
    off.versions.push(ProfileVersion {
        extra: Default::default(),
        date: Day::parse("2026-06-30").unwrap(),
        profile: segment(&[0.0], &[None]).profile,
    });
    assert_eq!(
        weight_warnings(&[good.clone(), off]),
        vec![(1, None, 90.0), (1, Some(1), 0.0)]
    );
    assert!(
        weight_warnings(&[good, segment(&[], &[])]).is_empty(),
        "no criteria, nothing to sum"
    );
}

#[test]
fn profile_fulfilment_feeds_a_criterion_as_points() {
    use keystone::domain::value_model::{criterion_points, Source, ValueModel};
    use keystone::domain::Account;
    let a = Account::new(1, "A", 100.0);
    let b = Account::new(2, "B", 200.0);
    let model = ValueModel::default();
    let col = model
        .criteria
        .iter()
        .position(|c| c.source == Some(Source::ProfileFulfilment))
        .expect("the default pool has the fulfilment criterion");
    let points = criterion_points(&model, &[&a, &b], 2026, &|id| (id == 1).then_some(72.0));
    assert_eq!(points[0][col], Some(7.2), "0-100 read as 0-10 points");
    assert_eq!(points[1][col], None, "no profile: not rated");
    assert_eq!(
        Source::ProfileFulfilment.value(&a, 2026, Some(55.0)),
        Some(55.0)
    );
}

fn kpi(
    p: keystone::domain::scorecard::Perspective,
    target: f64,
    actuals: &[(&str, f64)],
) -> keystone::domain::scorecard::Kpi {
    keystone::domain::scorecard::Kpi {
        extra: Default::default(),
        name: "K".into(),
        perspective: p,
        unit: String::new(),
        target,
        better: Better::Higher,
        band: 5.0,
        template: None,
        actuals: actuals.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
    }
}

#[test]
fn perspectives_show_their_worst_latest_status() {
    use keystone::domain::scorecard::{perspective_status, severity, Perspective as P};
    assert_eq!(perspective_status(&[]), [None; 4]);
    let kpis = [
        kpi(P::Finance, 10.0, &[("2026-Q1", 2.0), ("2026-Q2", 11.0)]), // green now
        kpi(P::Finance, 10.0, &[("2026-Q2", 7.0)]),                    // yellow
        kpi(P::Customer, 10.0, &[("2026-Q1", 20.0), ("2026-Q2", 1.0)]), // red now
        kpi(P::Learning, 10.0, &[]),                                   // no value
    ];
    let lights = perspective_status(&kpis);
    assert_eq!(
        lights,
        [Some(Status::Yellow), Some(Status::Red), None, None]
    );
    assert_eq!(kpis[0].latest(), Some((PeriodKey::Quarter(2026, 2), 11.0)));
    assert_eq!(kpis[3].status(), None);
    // Worst first: red beats yellow, more reds beat fewer, no values last.
    let all_red = [Some(Status::Red); 4];
    let green = [Some(Status::Green), None, None, None];
    let mut order = [lights, green, [None; 4], all_red];
    order.sort_by_key(|l| std::cmp::Reverse(severity(l)));
    assert_eq!(order, [all_red, lights, green, [None; 4]]);
}

#[test]
fn survey_answers_are_read_from_text() {
    use keystone::domain::scorecard::parse_answers;
    assert_eq!(parse_answers("10 9, 7;3\n0"), Ok(vec![10, 9, 7, 3, 0]));
    assert_eq!(parse_answers("  "), Ok(vec![]));
    assert_eq!(parse_answers("9 11 3"), Err("11".into()));
    assert_eq!(parse_answers("9 x"), Err("x".into()));
    assert_eq!(parse_answers("-1"), Err("-1".into()));
    assert_eq!(
        nps_from_answers(&parse_answers("10 10 9").unwrap()),
        Some(100.0)
    );
}

#[test]
fn templates_know_their_direction() {
    use keystone::domain::scorecard::{Perspective, Template};
    assert_eq!(Template::ChurnRate.defaults().2, Better::Lower);
    assert_eq!(Template::Nps.defaults().0, Perspective::Customer);
    assert!(
        Template::ALL
            .iter()
            .filter(|t| t.defaults().2 == Better::Lower)
            .count()
            == 1
    );
}

#[test]
fn two_versions_compare_by_criterion_id_and_competitor_name() {
    use keystone::domain::profile::{compare, Competitor, Profile};
    let mut earlier = Profile::with_default_criteria();
    earlier.us.insert("price".into(), 60.0);
    earlier.competitors.push(Competitor {
        extra: Default::default(),
        name: "Nord".into(),
        ratings: [("price".to_string(), 80.0)].into(),
    });
    earlier.competitors.push(Competitor {
        extra: Default::default(),
        name: "Gone".into(),
        ratings: Default::default(),
    });
    let mut later = earlier.clone();
    later.us.insert("price".into(), 70.0);
    later.competitors.remove(1);
    later.competitors.insert(
        0,
        Competitor {
            extra: Default::default(),
            name: "New".into(),
            ratings: [("price".to_string(), 50.0)].into(),
        },
    );
    later.competitors[1].ratings.insert("price".into(), 75.0);
    later.criteria.retain(|c| c.id != "delivery");
    let c = compare(&earlier, &later);
    let ids: Vec<&str> = c.criteria.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        ["performance", "security", "price", "standards", "delivery"]
    );
    let names: Vec<Option<&str>> = c
        .suppliers
        .iter()
        .map(|s| s.competitor.as_deref())
        .collect();
    assert_eq!(names, [None, Some("New"), Some("Nord"), Some("Gone")]);
    let price = 2;
    assert_eq!(
        (c.suppliers[0].before[price], c.suppliers[0].after[price]),
        (Some(60.0), Some(70.0))
    );
    assert_eq!(
        changes(&c.suppliers[2].before, &c.suppliers[2].after)[price],
        Some(-5.0)
    );
    assert_eq!(
        c.suppliers[1].before[price], None,
        "new competitor: nothing before"
    );
    assert_eq!(
        c.suppliers[3].after,
        vec![None; 5],
        "dropped competitor: nothing after"
    );
    assert_eq!(
        c.suppliers[0].performance_after, None,
        "we are not rated on every criterion"
    );
    // A completely rated pair gives both performances.
    let mut full = Profile::with_default_criteria();
    for id in keystone::domain::profile::DEFAULT_CRITERIA {
        full.us.insert(id.into(), 50.0);
    }
    let mut better = full.clone();
    better.us.insert("price".into(), 100.0);
    let c = compare(&full, &better);
    assert_eq!(c.suppliers[0].performance_before, Some(50.0));
    assert_eq!(c.suppliers[0].performance_after, Some(60.0));
}
