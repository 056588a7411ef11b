//! Which self-assessment is the user's own (and opens editable), and which two Compare
//! starts with.

use keystone::domain::assessment::{Area, Assessment, Assessments};
use keystone::domain::assessment_own::{
    compare_defaults, fingerprint, own_assessment, same_respondent, OwnMark,
};
use keystone::domain::day::Day;

fn day(s: &str) -> Day {
    Day::parse(s).unwrap()
}

fn by(id: u64, who: &str, date: &str) -> Assessment {
    let mut a = Assessment::new(id, day(date));
    a.respondent = who.into();
    a
}

#[test]
fn the_own_assessment_is_the_marked_one_with_the_answers_given_here() {
    let mut mine = by(7, "Me", "2026-12-04");
    mine.set_rating(Area::Vision, Some(2));
    let list = Assessments(vec![by(1, "Head of sales", "2025-11-14"), mine.clone()]);
    let mark = OwnMark::of(&mine);
    assert_eq!(own_assessment(&list, Some(mark)), Some(7));
    // Nothing marked: none is the user's.
    assert_eq!(own_assessment(&list, None), None);
    // Gone (removed, or the workspace replaced by one without it).
    let without = Assessments(vec![by(1, "Head of sales", "2025-11-14")]);
    assert_eq!(own_assessment(&without, Some(mark)), None);
}

#[test]
fn the_same_id_with_other_answers_is_not_the_users_own() {
    // The user answered in an empty workspace (id 1), then loaded the sample, whose
    // first assessment also has id 1: it is the head of sales', not the user's.
    let mut mine = by(1, "", "2026-12-04");
    mine.set_rating(Area::Vision, Some(4));
    let mark = OwnMark::of(&mine);
    let mut theirs = by(1, "Vertriebsleitung", "2025-11-14");
    theirs.set_rating(Area::Vision, Some(4));
    let sample = Assessments(vec![theirs]);
    assert_eq!(own_assessment(&sample, Some(mark)), None);
}

#[test]
fn every_answer_changes_the_fingerprint() {
    let base = by(1, "Me", "2026-12-04");
    let f = fingerprint(&base);
    assert_eq!(
        f,
        fingerprint(&base.clone()),
        "the same answers, the same number"
    );
    let mut other_id = base.clone();
    other_id.id = 99;
    assert_eq!(f, fingerprint(&other_id), "the id is not an answer");
    type Change = Box<dyn Fn(&mut Assessment)>;
    let changes: Vec<Change> = vec![
        Box::new(|a| a.respondent = "You".into()),
        Box::new(|a| a.workshop = "Kick-off".into()),
        Box::new(|a| a.date = day("2026-12-05")),
        Box::new(|a| a.set_rating(Area::Negotiation, Some(1))),
        Box::new(|a| a.set_comment(Area::Process, "x")),
    ];
    for change in changes {
        let mut a = base.clone();
        change(&mut a);
        assert_ne!(f, fingerprint(&a), "{a:?}");
    }
    // A rating moved to another area is another answer.
    let mut one = base.clone();
    one.set_rating(Area::Vision, Some(3));
    let mut two = base.clone();
    two.set_rating(Area::Strategy, Some(3));
    assert_ne!(fingerprint(&one), fingerprint(&two));
}

#[test]
fn a_mark_survives_the_stored_form() {
    let mark = OwnMark::of(&by(3, "Me", "2026-12-04"));
    let text = serde_json::to_string(&mark).unwrap();
    assert_eq!(serde_json::from_str::<OwnMark>(&text).unwrap(), mark);
}

#[test]
fn the_same_respondent_ignores_case_and_spaces_but_not_blank_names() {
    let a = by(1, "Head of sales", "2025-01-01");
    assert!(same_respondent(
        &a,
        &by(2, "  head of SALES ", "2026-01-01")
    ));
    assert!(!same_respondent(
        &a,
        &by(2, "Head of marketing", "2026-01-01")
    ));
    assert!(!same_respondent(
        &by(1, "", "2025-01-01"),
        &by(2, " ", "2026-01-01")
    ));
}

#[test]
fn compare_starts_with_two_of_the_same_person_earlier_first() {
    // The sample's shape: the head of sales a year apart, then a workshop of others,
    // all newer.
    let list = Assessments(vec![
        by(1, "Vertriebsleitung", "2025-11-14"),
        by(2, "Vertriebsleitung", "2026-11-13"),
        by(3, "Anna Berg (KAM)", "2026-11-19"),
        by(4, "Jonas Wolf", "2026-11-19"),
    ]);
    assert_eq!(compare_defaults(&list), Some((1, 2)));
}

#[test]
fn compare_takes_the_person_answered_last_and_their_two_newest() {
    let list = Assessments(vec![
        by(1, "Anna", "2024-01-01"),
        by(2, "Anna", "2025-01-01"),
        by(3, "Ben", "2025-06-01"),
        // Saved later but dated earlier: dates decide.
        by(4, "Anna", "2024-06-01"),
        by(5, "Ben", "2026-01-01"),
        by(6, "Carla", "2027-01-01"),
    ]);
    // Carla answered last but only once; Ben's newest (2026) is newer than Anna's.
    assert_eq!(compare_defaults(&list), Some((3, 5)));
    // Anna's two newest, by date.
    let anna = Assessments(vec![
        by(1, "Anna", "2024-01-01"),
        by(2, "Anna", "2025-01-01"),
        by(4, "Anna", "2024-06-01"),
    ]);
    assert_eq!(compare_defaults(&anna), Some((4, 2)));
    // The same date: the one saved later is the later.
    let same_day = Assessments(vec![
        by(8, "Anna", "2025-01-01"),
        by(9, "anna", "2025-01-01"),
    ]);
    assert_eq!(compare_defaults(&same_day), Some((8, 9)));
}

#[test]
fn compare_never_pairs_two_people_on_its_own() {
    assert_eq!(compare_defaults(&Assessments::default()), None);
    assert_eq!(
        compare_defaults(&Assessments(vec![by(1, "Anna", "2025-01-01")])),
        None
    );
    let strangers = Assessments(vec![
        by(1, "Anna", "2025-01-01"),
        by(2, "Ben", "2026-01-01"),
        by(3, "", "2026-02-01"),
        by(4, "", "2026-03-01"),
    ]);
    assert_eq!(compare_defaults(&strangers), None);
}

#[test]
fn the_sample_compares_the_head_of_sales_a_year_apart() {
    let ws = keystone::domain::sample::sample_workspace();
    let list = keystone::domain::assessment::read_assessments(&ws.assessments);
    let (b, a) = compare_defaults(&list).unwrap();
    let (b, a) = (list.get(b).unwrap(), list.get(a).unwrap());
    assert!(same_respondent(b, a));
    assert!(b.date < a.date);
}
