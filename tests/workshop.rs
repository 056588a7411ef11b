//! Host tests of a workshop's result as one group (`domain::workshop`).

use keystone::domain::assessment::{
    aggregate, Added, Area, Assessment, Assessments, MaturityLevel,
};
use keystone::domain::day::Day;
use keystone::domain::workshop::{comments_by_area, group_maturity, group_weakest};
use keystone::i18n::assessment::imported_text;
use keystone::i18n::Lang;

fn person(id: u64, ratings: [Option<u8>; 12]) -> Assessment {
    let mut a = Assessment::new(id, Day::parse("2026-11-19").unwrap());
    for (area, r) in Area::ALL.iter().zip(ratings) {
        a.set_rating(*area, r);
    }
    a
}

#[test]
fn the_groups_maturity_is_the_mean_of_the_areas_averages() {
    // Area 1 answered by both (2 and 4: 3), area 2 by one (5), the rest by nobody.
    let mut a = [None; 12];
    let mut b = [None; 12];
    a[0] = Some(2);
    b[0] = Some(4);
    b[1] = Some(5);
    let (a, b) = (person(1, a), person(2, b));
    let m = group_maturity(&aggregate(&[&a, &b])).unwrap();
    assert_eq!(m.average, 4.0, "(3 + 5) / 2: each area counts once");
    assert_eq!(m.level, MaturityLevel::Managed);
    assert_eq!(m.answered, 2);
    assert_eq!(group_maturity(&aggregate(&[])), None);
    assert_eq!(group_maturity(&aggregate(&[&person(3, [None; 12])])), None);
}

#[test]
fn the_weakest_areas_lowest_average_first_ties_kept_and_fives_never() {
    let a = person(
        1,
        [
            Some(2),
            Some(3),
            Some(1),
            Some(3),
            Some(5),
            Some(4),
            Some(4),
            Some(4),
            Some(4),
            Some(4),
            Some(4),
            Some(4),
        ],
    );
    let b = person(
        2,
        [
            Some(3),
            Some(2),
            Some(2),
            Some(4),
            Some(5),
            Some(4),
            Some(4),
            Some(4),
            Some(4),
            Some(4),
            Some(4),
            Some(4),
        ],
    );
    let stats = aggregate(&[&a, &b]);
    // Averages: 2.5, 2.5, 1.5, 3.5, 5, then 4s.
    let weakest = group_weakest(&stats, 2);
    assert_eq!(
        weakest,
        vec![
            (Area::ALL[2], 1.5),
            (Area::ALL[0], 2.5),
            (Area::ALL[1], 2.5)
        ],
        "the tie with the second is kept, in thesis order"
    );
    assert_eq!(group_weakest(&stats, 0), vec![]);
    let all_five = person(3, [Some(5); 12]);
    assert_eq!(group_weakest(&aggregate(&[&all_five]), 3), vec![]);
}

#[test]
fn comments_per_area_in_thesis_order_with_their_participant() {
    let mut a = person(1, [Some(3); 12]);
    let mut b = person(2, [Some(3); 12]);
    a.set_comment(Area::ALL[4], "Nobody owns the hand-over.");
    b.set_comment(Area::ALL[4], "  Interface missing. ");
    b.set_comment(Area::ALL[1], "Strategy unclear.");
    a.set_comment(Area::ALL[7], "   ");
    let by_area = comments_by_area(&[&a, &b]);
    assert_eq!(by_area.len(), 2, "blank comments are left out");
    assert_eq!(by_area[0].0, Area::ALL[1]);
    assert_eq!(by_area[0].1[0].participant, 1);
    assert_eq!(by_area[1].0, Area::ALL[4]);
    let texts: Vec<&str> = by_area[1].1.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        vec!["Nobody owns the hand-over.", "Interface missing."]
    );
    assert!(comments_by_area(&[]).is_empty());
}

fn from(respondent: &str, workshop: &str, level: u8) -> Assessment {
    let mut a = person(0, [Some(level); 12]);
    a.respondent = respondent.into();
    a.workshop = workshop.into();
    a
}

#[test]
fn pasted_results_go_into_the_workshop_they_name_and_the_rest_into_the_fallback() {
    let mut list = Assessments::default();
    list.push(from("Old", "Kick-off", 1));
    list[0].id = 1;
    let incoming = vec![
        from("Anna", "Strategy 2027", 2),
        from("Jonas", " Strategy 2027 ", 3),
        from("Mia", "", 4),
        from("Ole", "Kick-off", 5),
    ];
    let added = list.add_to_named_workshops(incoming.clone(), Some("Workshop 06.12.2026"));
    assert_eq!((added.added, added.skipped), (4, 0));
    assert_eq!(
        added.workshops,
        vec![
            ("Strategy 2027".to_string(), 2),
            ("Workshop 06.12.2026".to_string(), 1),
            ("Kick-off".to_string(), 1),
        ]
    );
    assert_eq!(list.in_workshop("Strategy 2027").len(), 2);
    assert_eq!(list.in_workshop("Kick-off").len(), 2);
    assert_eq!(
        list.iter().map(|a| a.id).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
    // Again: each is recognised in the workshop it went to, the fallback one too.
    let again = list.add_to_named_workshops(incoming.clone(), Some("Workshop 06.12.2026"));
    assert_eq!(
        (again.added, again.skipped, again.workshops.len()),
        (0, 4, 0)
    );
    // No fallback: one naming no workshop stays without one.
    let mut empty = Assessments::default();
    let none = empty.add_to_named_workshops(vec![from("Mia", "  ", 4)], None);
    assert_eq!(none.workshops, vec![(String::new(), 1)]);
    assert_eq!(empty[0].workshop, "");
    // "Add to a workshop" on a shared result still overrides the link's own.
    let forced = empty.add_imported(vec![from("Ole", "Kick-off", 5)], Some("Board"));
    assert_eq!(forced.workshops, vec![("Board".to_string(), 1)]);
}

fn added(workshops: &[(&str, usize)], skipped: usize) -> Added {
    Added {
        added: workshops.iter().map(|(_, n)| n).sum(),
        skipped,
        workshops: workshops.iter().map(|(w, n)| (w.to_string(), *n)).collect(),
    }
}

#[test]
fn the_import_toast_says_where_the_assessments_went_in_singular_or_plural() {
    let en = |w: &[(&str, usize)], s| imported_text(Lang::En, &added(w, s));
    let de = |w: &[(&str, usize)], s| imported_text(Lang::De, &added(w, s));
    assert_eq!(en(&[("", 1)], 0), "1 assessment imported.");
    assert_eq!(de(&[("", 1)], 0), "1 Einschätzung importiert.");
    assert_eq!(en(&[("", 3)], 0), "3 assessments imported.");
    assert_eq!(de(&[("", 1200)], 0), "1.200 Einschätzungen importiert.");
    assert_eq!(
        en(&[("Strategy 2027", 3)], 0),
        "3 assessments added to the workshop “Strategy 2027”."
    );
    assert_eq!(
        de(&[("Strategy 2027", 1)], 1),
        "1 Einschätzung dem Workshop „Strategy 2027“ hinzugefügt. 1 war bereits vorhanden."
    );
    assert_eq!(
        en(&[("A", 2), ("", 1), ("B", 1)], 2),
        "4 assessments added: 2 to “A”, 1 without a workshop, 1 to “B”. 2 were already there."
    );
    assert_eq!(
        de(&[("A", 2), ("B", 1)], 0),
        "3 Einschätzungen hinzugefügt: 2 zu „A“, 1 zu „B“."
    );
    assert_eq!(en(&[], 3), "No assessment added. 3 were already there.");
    assert_eq!(de(&[], 0), "Keine Einschätzung hinzugefügt.");
}
