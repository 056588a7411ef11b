//! Host tests of the customer value model and the portfolio quadrants.

use keystone::domain::value_model::{
    axis_weights, criterion_points, included_accounts, proposal, quadrant, ranking, rate,
    weighted_score, Direction, Proposal, Quadrant, RatingRule, Scope, Score, Source,
};
use keystone::domain::{AbcClass, Account, Portfolio, ValueModel};

const P: Direction = Direction::Positive;
const N: Direction = Direction::Negative;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn score_is_the_weighted_sum_of_points_times_ten() {
    let s = weighted_score(&[Some(10.0), Some(5.0)], &[60.0, 40.0], &[P, P]);
    assert!(close(s.value.unwrap(), 80.0), "{s:?}");
    assert_eq!((s.rated, s.total), (2, 2));
    // Weights that do not sum to 100 are normalised: 3:2 is the same as 60:40.
    let t = weighted_score(&[Some(10.0), Some(5.0)], &[3.0, 2.0], &[P, P]);
    assert!(close(t.value.unwrap(), 80.0));
    // All zero points and all full points give the ends of the scale.
    assert_eq!(
        weighted_score(&[Some(0.0); 3], &[1.0; 3], &[P; 3]).value,
        Some(0.0)
    );
    assert_eq!(
        weighted_score(&[Some(10.0); 3], &[1.0; 3], &[P; 3]).value,
        Some(100.0)
    );
}

#[test]
fn a_negative_criterion_subtracts() {
    // Barriers weigh 20 %: none (0) keeps its full weight, the highest (10) none of it.
    let none = weighted_score(&[Some(10.0), Some(0.0)], &[80.0, 20.0], &[P, N]);
    let high = weighted_score(&[Some(10.0), Some(10.0)], &[80.0, 20.0], &[P, N]);
    let some = weighted_score(&[Some(10.0), Some(5.0)], &[80.0, 20.0], &[P, N]);
    assert_eq!(none.value, Some(100.0));
    assert_eq!(high.value, Some(80.0));
    assert!(close(some.value.unwrap(), 90.0));
    assert!(high.value < some.value && some.value < none.value);
}

#[test]
fn a_missing_rating_makes_the_score_incomplete_not_zero() {
    let s = weighted_score(&[Some(10.0), None, Some(4.0)], &[1.0, 1.0, 1.0], &[P, P, P]);
    assert_eq!(s.value, None);
    assert_eq!((s.rated, s.total), (2, 3));
    assert!(!s.is_complete());
    // A criterion with weight 0 does not count, rated or not.
    let z = weighted_score(&[Some(10.0), None], &[1.0, 0.0], &[P, P]);
    assert_eq!(z.value, Some(100.0));
    assert_eq!(z.total, 1);
    // No weights at all: no score.
    assert_eq!(weighted_score(&[Some(5.0)], &[0.0], &[P]).value, None);
    assert_eq!(weighted_score(&[], &[], &[]).value, None);
    // Points outside 0-10 (never stored, but huge values) are capped.
    assert_eq!(
        weighted_score(&[Some(1e300)], &[1.0], &[P]).value,
        Some(100.0)
    );
}

#[test]
fn quantile_points_share_ranks_on_ties_and_rank_credits_lowest() {
    let v = [Some(100.0), Some(-50.0), Some(300.0), None, Some(100.0)];
    let p = rate(&v, RatingRule::Quantile);
    // Sorted: -50, 100, 100, 300 → ranks 0, 1.5, 1.5, 3 over 3.
    assert_eq!(p[1], Some(0.0), "the credit ranks lowest");
    assert_eq!(p[2], Some(10.0));
    assert_eq!(p[0], Some(5.0));
    assert_eq!(p[4], Some(5.0), "tied values share their mean rank");
    assert_eq!(p[3], None, "a missing value stays unrated");
    // All equal, or a single account: the middle.
    assert_eq!(
        rate(&[Some(7.0); 4], RatingRule::Quantile),
        vec![Some(5.0); 4]
    );
    assert_eq!(rate(&[Some(7.0)], RatingRule::Quantile), vec![Some(5.0)]);
    assert!(rate(&[], RatingRule::Quantile).is_empty());
    assert_eq!(rate(&[None, None], RatingRule::Quantile), vec![None, None]);
}

#[test]
fn linear_points_are_capped_outside_the_range() {
    let rule = RatingRule::Linear {
        low: 0.0,
        high: 1000.0,
    };
    let p = rate(
        &[
            Some(-10.0),
            Some(0.0),
            Some(250.0),
            Some(1000.0),
            Some(5e12),
        ],
        rule,
    );
    assert_eq!(
        p,
        vec![Some(0.0), Some(0.0), Some(2.5), Some(10.0), Some(10.0)]
    );
    let step = RatingRule::Linear {
        low: 5.0,
        high: 5.0,
    };
    assert_eq!(
        rate(&[Some(4.9), Some(5.0)], step),
        vec![Some(0.0), Some(10.0)]
    );
}

#[test]
fn a_new_linear_rule_starts_from_its_figures_range() {
    // Growth (CAGR %): no growth is the middle, +20 % a year the top, −20 % the bottom.
    let growth = Source::Growth.default_linear();
    assert_eq!(
        rate(&[Some(-20.0), Some(0.0), Some(10.0), Some(20.0)], growth),
        vec![Some(0.0), Some(5.0), Some(7.5), Some(10.0)]
    );
    // Stability (variation %), share of wallet and amounts keep their own units.
    assert_eq!(
        rate(&[Some(25.0)], Source::Stability.default_linear()),
        vec![Some(5.0)]
    );
    assert_eq!(
        rate(&[Some(50.0)], Source::ShareOfWallet.default_linear()),
        vec![Some(5.0)]
    );
    assert_eq!(
        Source::Revenue.default_linear(),
        RatingRule::Linear {
            low: 0.0,
            high: 1_000_000.0
        }
    );
    for s in Source::ALL {
        let RatingRule::Linear { low, high } = s.default_linear() else {
            panic!("{s:?}")
        };
        assert!(low < high, "{s:?}");
    }
}

#[test]
fn points_come_from_fields_and_ratings() {
    let mut a = Account::new(1, "A", 100.0);
    a.potential = Some(400.0);
    a.relationship_since = Some(2016);
    let mut b = Account::new(2, "B", 300.0);
    b.potential = Some(300.0);
    assert_eq!(Source::UntappedPotential.value(&a, 2026, None), Some(300.0));
    assert_eq!(Source::ShareOfWallet.value(&b, 2026, None), Some(100.0));
    assert_eq!(Source::RelationshipYears.value(&a, 2026, None), Some(10.0));
    assert_eq!(Source::RelationshipYears.value(&b, 2026, None), None);
    let mut model = ValueModel::default();
    model.set_rating(1, "fit", Some(8));
    let points = criterion_points(&model, &[&a, &b], 2026, &|_| None);
    let col = |id: &str| model.criteria.iter().position(|c| c.id == id).unwrap();
    assert_eq!(points[0][col("revenue")], Some(0.0));
    assert_eq!(points[1][col("revenue")], Some(10.0));
    assert_eq!(points[0][col("fit")], Some(8.0));
    assert_eq!(points[1][col("fit")], None);
    assert_eq!(points[1][col("margin")], None, "no margin, no points");
}

#[test]
fn ranking_puts_complete_scores_first_and_shares_ranks() {
    let s = |v: Option<f64>, rated| Score {
        value: v,
        rated,
        total: 4,
    };
    let scores = [
        s(Some(50.0), 4),
        s(None, 1),
        s(Some(70.0), 4),
        s(Some(50.0), 4),
        s(None, 3),
    ];
    let r = ranking(&scores);
    assert_eq!(
        r,
        vec![
            (2, Some(1)),
            (0, Some(2)),
            (3, Some(2)),
            (4, None),
            (1, None)
        ]
    );
    assert!(ranking(&[]).is_empty());
}

#[test]
fn proposals_follow_the_cut_off_and_leave_the_decision_to_the_user() {
    let done = |v| Score {
        value: Some(v),
        rated: 1,
        total: 1,
    };
    assert_eq!(
        proposal(&done(60.0), false, 60.0, false),
        Proposal::MakeKeyAccount
    );
    assert_eq!(proposal(&done(59.9), false, 60.0, false), Proposal::None);
    assert_eq!(proposal(&done(59.9), true, 60.0, false), Proposal::Review);
    assert_eq!(proposal(&done(80.0), true, 60.0, false), Proposal::None);
    assert_eq!(proposal(&done(80.0), false, 60.0, true), Proposal::Rejected);
    let open = Score {
        value: None,
        rated: 0,
        total: 1,
    };
    assert_eq!(proposal(&open, false, 60.0, false), Proposal::None);
}

#[test]
fn quadrants_split_at_the_lines_with_the_line_counting_high() {
    assert_eq!(quadrant(50.0, 50.0, 50.0, 50.0), Quadrant::Star);
    assert_eq!(quadrant(50.0, 49.9, 50.0, 50.0), Quadrant::QuestionMark);
    assert_eq!(quadrant(49.9, 50.0, 50.0, 50.0), Quadrant::Cash);
    assert_eq!(quadrant(0.0, 0.0, 50.0, 50.0), Quadrant::TakeAlong);
    assert_eq!(quadrant(100.0, 100.0, 100.0, 100.0), Quadrant::Star);
    assert_eq!(quadrant(30.0, 30.0, 20.0, 40.0), Quadrant::QuestionMark);
}

#[test]
fn included_accounts_are_scope_plus_key_plus_added() {
    let mut accounts: Vec<Account> = (1..=4).map(|i| Account::new(i, "x", 1.0)).collect();
    accounts[3].key_account = true;
    let class = |id| Some([AbcClass::A, AbcClass::B, AbcClass::C, AbcClass::C][id as usize - 1]);
    let mut model = ValueModel::default();
    let ids = |m: &ValueModel| -> Vec<u64> {
        included_accounts(&accounts, m, class)
            .iter()
            .map(|a| a.id)
            .collect()
    };
    assert_eq!(ids(&model), vec![1, 4]);
    model.scope = Scope::AB;
    assert_eq!(ids(&model), vec![1, 2, 4]);
    model.added.push(3);
    assert_eq!(ids(&model), vec![1, 2, 3, 4]);
}

#[test]
fn the_default_criteria_sum_to_100_and_the_axes_use_known_criteria() {
    let model = ValueModel::default();
    let sum: f64 = model.criteria.iter().map(|c| c.weight).sum();
    assert_eq!(sum, 100.0);
    assert!(model.criteria.iter().any(|c| c.direction == N));
    let p = Portfolio::default();
    assert!(p.validate(&model).is_empty());
    assert_eq!(
        axis_weights(&model, &p.attractiveness).iter().sum::<f64>(),
        100.0
    );
    assert_eq!(axis_weights(&model, &p.position).iter().sum::<f64>(), 100.0);
}

#[test]
fn removing_an_account_or_criterion_leaves_no_orphan_ratings() {
    let mut model = ValueModel::default();
    model.set_rating(5, "fit", Some(7));
    model.set_rating(5, "culture", Some(3));
    model.added.push(5);
    let traces = model.remove_account(5);
    assert!(model.ratings.is_empty() && model.added.is_empty());
    model.restore_account(5, traces);
    assert_eq!(model.rating(5, "culture"), Some(3));
    assert_eq!(model.added, vec![5]);
    model.remove_criterion("culture");
    assert_eq!(model.rating(5, "culture"), None);
    assert!(model.criterion("culture").is_none());
    model.set_rating(5, "fit", None);
    assert!(model.ratings.is_empty());
    model.set_rating(6, "fit", Some(200));
    assert_eq!(model.rating(6, "fit"), Some(10), "capped at 10");
    assert_eq!(model.next_criterion_id(), "c1");
}

#[test]
fn the_sample_rates_its_candidates_and_proposes_some_key_accounts() {
    use keystone::domain::sample::sample_workspace;
    use keystone::domain::value_model::{directions, model_weights, scores};
    use keystone::domain::{abc_analysis, AbcThresholds, Measure};
    let ws = sample_workspace();
    assert!(ws.validate().is_empty());
    let abc = abc_analysis(&ws.accounts, Measure::Revenue, AbcThresholds::default());
    let class = |id| abc.rows.iter().find(|r| r.id == id).map(|r| r.class);
    let included = included_accounts(&ws.accounts, &ws.value_model, class);
    assert!(included.len() >= 20, "{}", included.len());
    let points = criterion_points(&ws.value_model, &included, 2026, &|_| None);
    let m = &ws.value_model;
    let s = scores(&points, &model_weights(m), &directions(m));
    let complete = s.iter().filter(|s| s.is_complete()).count();
    assert!(
        complete >= 20 && complete < s.len(),
        "{complete} of {}",
        s.len()
    );
    let proposals: Vec<Proposal> = included
        .iter()
        .zip(&s)
        .map(|(a, s)| proposal(s, a.key_account, m.cut_off, false))
        .collect();
    assert!(
        proposals.contains(&Proposal::MakeKeyAccount),
        "{proposals:?}"
    );
}
