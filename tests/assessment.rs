//! KAM self-assessment: maturity, weakest areas (ties), comparison, workshop
//! aggregation and importing assessments.

use keystone::domain::assessment::{
    aggregate, compare, disagreements, maturity, mean_points, weakest_areas, Area, Assessment,
    Assessments, MaturityLevel,
};
use keystone::domain::day::Day;

fn day(s: &str) -> Day {
    Day::parse(s).unwrap()
}

/// An assessment with the given ratings in thesis order (`0`: unanswered).
fn rated(id: u64, ratings: &[u8]) -> Assessment {
    let mut a = Assessment::new(id, day("2026-11-21"));
    for (area, r) in Area::ALL.iter().zip(ratings) {
        if *r > 0 {
            a.set_rating(*area, Some(*r));
        }
    }
    a
}

#[test]
fn there_are_twelve_areas_with_stable_keys() {
    assert_eq!(Area::ALL.len(), 12);
    for (i, a) in Area::ALL.iter().enumerate() {
        assert_eq!(a.number(), i + 1);
        assert_eq!(Area::from_key(a.key()), Some(*a));
        assert_eq!(serde_json::to_value(a).unwrap(), a.key());
    }
    assert_eq!(Area::from_key("charisma"), None);
}

#[test]
fn maturity_is_the_mean_of_the_answered_areas() {
    assert_eq!(maturity(&rated(1, &[])), None);
    let all_threes = rated(1, &[3; 12]);
    let m = maturity(&all_threes).unwrap();
    assert_eq!(
        (m.average, m.level, m.answered),
        (3.0, MaturityLevel::Defined, 12)
    );
    // 7 of 12 answered: only those count.
    let m = maturity(&rated(1, &[5, 5, 4, 4, 0, 0, 0, 2, 2, 0, 0, 1])).unwrap();
    assert_eq!(m.answered, 7);
    assert!((m.average - 23.0 / 7.0).abs() < 1e-12);
    assert_eq!(m.level, MaturityLevel::Defined);
    // A level is reached at its whole number: 3.99 is still 3, 1.0 is 1, 5.0 is 5.
    assert_eq!(MaturityLevel::of_average(3.99), MaturityLevel::Defined);
    assert_eq!(MaturityLevel::of_average(4.0), MaturityLevel::Managed);
    assert_eq!(MaturityLevel::of_average(1.0), MaturityLevel::Initial);
    assert_eq!(MaturityLevel::of_average(5.0), MaturityLevel::Leading);
    assert_eq!(MaturityLevel::of_average(0.0), MaturityLevel::Initial);
    assert_eq!(MaturityLevel::of_average(99.0), MaturityLevel::Leading);
    assert_eq!(maturity(&rated(1, &[1; 12])).unwrap().level.number(), 1);
    assert_eq!(maturity(&rated(1, &[5; 12])).unwrap().level.number(), 5);
}

#[test]
fn ratings_are_clamped_and_blank_comments_removed() {
    let mut a = Assessment::new(1, day("2026-01-01"));
    a.set_rating(Area::Vision, Some(9));
    a.set_rating(Area::Strategy, Some(0));
    assert_eq!(a.rating(Area::Vision), Some(5));
    assert_eq!(a.rating(Area::Strategy), Some(1));
    a.set_rating(Area::Vision, None);
    assert_eq!((a.rating(Area::Vision), a.answered()), (None, 1));
    a.set_comment(Area::Process, "  ");
    assert!(a.comments.is_empty());
    a.set_comment(Area::Process, "Schnittstellen unklar");
    assert_eq!(a.comment(Area::Process), "Schnittstellen unklar");
    assert_eq!(a.points()[1], Some(1.0));
    assert_eq!(a.points()[0], None);
}

#[test]
fn weakest_areas_come_lowest_first_with_ties_kept_in_thesis_order() {
    use Area::*;
    let a = rated(1, &[4, 2, 3, 5, 2, 4, 1, 3, 5, 4, 3, 5]);
    assert_eq!(
        weakest_areas(&a, 3),
        vec![(SystemUnderstanding, 1), (Strategy, 2), (Process, 2)]
    );
    // The fourth is tied with none of the first three... but at n = 4 the cut is 3,
    // and every area rated 3 comes along.
    assert_eq!(
        weakest_areas(&a, 4),
        vec![
            (SystemUnderstanding, 1),
            (Strategy, 2),
            (Process, 2),
            (Organisation, 3),
            (CustomerDevelopment, 3),
            (Levels, 3)
        ]
    );
    // All equal: all of them, in thesis order.
    let flat = rated(1, &[2; 12]);
    assert_eq!(weakest_areas(&flat, 3).len(), 12);
    assert_eq!(weakest_areas(&flat, 3)[0].0, Vision);
    // Areas at 5 are never weak; nothing answered or n = 0 gives nothing.
    assert!(weakest_areas(&rated(1, &[5; 12]), 3).is_empty());
    assert!(weakest_areas(&rated(1, &[]), 3).is_empty());
    assert!(weakest_areas(&a, 0).is_empty());
    // Fewer weak areas than asked for: those there are.
    assert_eq!(
        weakest_areas(&rated(1, &[5, 5, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 3),
        vec![(Organisation, 4)]
    );
}

#[test]
fn comparison_gives_the_delta_where_both_answered() {
    let before = rated(1, &[2, 3, 0, 4, 1, 1, 1, 1, 1, 1, 1, 5]);
    let after = rated(2, &[4, 3, 2, 0, 1, 1, 1, 1, 1, 1, 1, 3]);
    let d = compare(&before, &after);
    assert_eq!(d.len(), 12);
    assert_eq!(d[0].delta(), Some(2));
    assert_eq!(d[1].delta(), Some(0));
    assert_eq!(
        (d[2].before, d[2].after, d[2].delta()),
        (None, Some(2), None)
    );
    assert_eq!(d[3].delta(), None);
    assert_eq!(d[11].delta(), Some(-2));
    // Against itself: no change anywhere.
    assert!(compare(&after, &after)
        .iter()
        .all(|x| x.delta().unwrap_or(0) == 0));
}

#[test]
fn a_workshop_of_one_is_that_participant() {
    let p = rated(1, &[1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 0]);
    let stats = aggregate(&[&p]);
    assert_eq!(stats.len(), 12);
    assert_eq!(stats[2].mean, Some(3.0));
    assert_eq!(stats[2].spread(), Some(0));
    assert_eq!(stats[2].answers, 1);
    assert_eq!(stats[11].answers, 0);
    assert_eq!((stats[11].mean, stats[11].spread()), (None, None));
    assert_eq!(mean_points(&stats), p.points());
    assert!(disagreements(&stats, 3).is_empty());
}

#[test]
fn workshop_means_skip_missing_answers_and_spread_is_max_minus_min() {
    let a = rated(1, &[1, 3, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    let b = rated(2, &[5, 3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 3]);
    let c = rated(3, &[3, 3, 0, 0, 2, 2, 2, 2, 2, 2, 2, 4]);
    let stats = aggregate(&[&a, &b, &c]);
    assert_eq!(stats[0].mean, Some(3.0));
    assert_eq!(
        (stats[0].min, stats[0].max, stats[0].spread()),
        (Some(1), Some(5), Some(4))
    );
    assert_eq!((stats[2].answers, stats[2].mean), (1, Some(4.0)));
    assert_eq!((stats[3].answers, stats[3].mean), (2, Some(2.0)));
    assert_eq!(stats[11].spread(), Some(2));
    let apart = disagreements(&stats, 3);
    // Vision (1-5) first, then negotiation (2-4); nothing else differs; the single
    // answer to organisation is no disagreement.
    assert_eq!(
        apart.iter().map(|s| s.area).collect::<Vec<_>>(),
        vec![Area::Vision, Area::Negotiation]
    );
}

#[test]
fn identical_answers_mean_no_disagreement() {
    let a = rated(1, &[3; 12]);
    let b = rated(2, &[3; 12]);
    let stats = aggregate(&[&a, &b]);
    assert!(stats
        .iter()
        .all(|s| s.spread() == Some(0) && s.mean == Some(3.0)));
    assert!(stats.iter().all(|s| s.deviation == Some(0.0)));
    assert!(disagreements(&stats, 3).is_empty());
    assert!(aggregate(&[])
        .iter()
        .all(|s| s.answers == 0 && s.mean.is_none()));
}

#[test]
fn disagreements_rank_by_spread_then_deviation_and_keep_ties() {
    // Strategy 1,1,5 and organisation 1,5,5: spread 4, deviation 1.89 (tied). Vision
    // 1,3,5: spread 4, deviation 1.63. Negotiation 3,4,3: spread 1.
    let a = rated(1, &[1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    let b = rated(2, &[3, 1, 5, 3, 3, 3, 3, 3, 3, 3, 3, 4]);
    let c = rated(3, &[5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    let stats = aggregate(&[&a, &b, &c]);
    let order = |n| {
        disagreements(&stats, n)
            .iter()
            .map(|s| s.area)
            .collect::<Vec<_>>()
    };
    assert_eq!(order(1), vec![Area::Strategy, Area::Organisation]);
    assert_eq!(
        order(3),
        vec![Area::Strategy, Area::Organisation, Area::Vision]
    );
    assert_eq!(order(9).len(), 4);
    assert_eq!(order(9)[3], Area::Negotiation);
    assert!(order(0).is_empty());
}

#[test]
fn importing_gives_fresh_ids_sets_the_workshop_and_skips_what_is_there() {
    let mut list = Assessments::default();
    let mut first = rated(1, &[3; 12]);
    first.respondent = "Anna".into();
    let added = list.add_imported(vec![first.clone()], None);
    assert_eq!((added.added, added.skipped), (1, 0));
    // The same file again: skipped.
    let again = list.add_imported(vec![first.clone()], None);
    assert_eq!((again.added, again.skipped), (0, 1));
    // Into a workshop: a different assessment now (the workshop differs), fresh id.
    let mut second = rated(1, &[2; 12]);
    second.respondent = "Jonas".into();
    let into = list.add_imported(vec![first, second], Some(" Kick-off "));
    assert_eq!(into.added, 2);
    assert_eq!(list.iter().map(|a| a.id).collect::<Vec<_>>(), vec![1, 2, 3]);
    assert_eq!(list.workshops(), vec!["Kick-off".to_string()]);
    assert_eq!(list.in_workshop("Kick-off").len(), 2);
    // Remove and undo: back in place; a taken id is replaced.
    let (i, removed) = list.remove(2).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list.restore(i, removed), 2);
    assert_eq!(list[1].respondent, "Anna");
    let copy = list[0].clone();
    assert_eq!(list.restore(0, copy), 4);
    assert!(list.remove(99).is_none());
}

#[test]
fn huge_workshops_aggregate() {
    let people: Vec<Assessment> = (0..10_000)
        .map(|i| rated(i, &[(i % 5 + 1) as u8; 12]))
        .collect();
    let refs: Vec<&Assessment> = people.iter().collect();
    let stats = aggregate(&refs);
    assert_eq!(stats[0].answers, 10_000);
    assert_eq!(stats[0].mean, Some(3.0));
    assert_eq!(stats[0].spread(), Some(4));
    assert_eq!(disagreements(&stats, 3).len(), 12);
}

#[test]
fn the_sample_has_assessments_to_compare_and_a_workshop() {
    let ws = keystone::domain::sample::sample_workspace();
    let list = &keystone::domain::assessment::read_assessments(&ws.assessments);
    assert!(list.len() >= 3);
    assert!(list.iter().all(|a| a.answered() == 12));
    let names = list.workshops();
    assert_eq!(names.len(), 1);
    let people = list.in_workshop(&names[0]);
    assert!(people.len() >= 3);
    let stats = aggregate(&people);
    assert!(!disagreements(&stats, 3).is_empty());
    // The two on their own are a year apart and improved.
    let own: Vec<&Assessment> = list.iter().filter(|a| a.workshop.is_empty()).collect();
    assert_eq!(own.len(), 2);
    assert!(maturity(own[1]).unwrap().average > maturity(own[0]).unwrap().average);
    let validated = keystone::persist::from_json(&keystone::persist::to_json(&ws, "t", "x", 0));
    assert_eq!(validated.unwrap().workspace.assessments, ws.assessments);
}

#[test]
fn a_downloaded_file_is_named_after_its_respondent_or_workshop() {
    use keystone::persist::assessment_file::assessment_file_name;
    let mut one = rated(1, &[3]);
    one.respondent = "  Jürgen Weiß / Vertrieb ".into();
    let day = "2026-12-07";
    assert_eq!(
        assessment_file_name(std::slice::from_ref(&one), None, day),
        "keystone-assessment-Jürgen-Weiß-Vertrieb-2026-12-07.json"
    );
    // No respondent, several or only punctuation: the plain name.
    one.respondent = " ./ ".into();
    assert_eq!(
        assessment_file_name(std::slice::from_ref(&one), None, day),
        "keystone-assessment-2026-12-07.json"
    );
    assert_eq!(
        assessment_file_name(&[rated(1, &[3]), rated(2, &[4])], None, day),
        "keystone-assessment-2026-12-07.json"
    );
    assert_eq!(
        assessment_file_name(&[], None, day),
        "keystone-assessment-2026-12-07.json"
    );
    // A workshop by its name; a very long name is cut, never a path.
    assert_eq!(
        assessment_file_name(&[], Some("KAM-Workshop Süd"), day),
        "keystone-workshop-KAM-Workshop-Süd-2026-12-07.json"
    );
    let long = assessment_file_name(&[], Some(&"x/".repeat(100)), day);
    assert!(!long.contains('/'), "{long}");
    assert!(long.len() < 80, "{long}");
}
