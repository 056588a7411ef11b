//! Host tests of a workshop's result as one group (`domain::workshop`).

use keystone::domain::assessment::{aggregate, Area, Assessment, MaturityLevel};
use keystone::domain::day::Day;
use keystone::domain::workshop::{comments_by_area, group_maturity, group_weakest};

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
