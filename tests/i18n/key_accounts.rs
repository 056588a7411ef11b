//! A key account's targets and standing in words.

use keystone::domain::day::Day;
use keystone::domain::pareto::AbcRow;
use keystone::domain::roles::{History, Step, SupplierRole as R, Target};
use keystone::domain::value_model::Quadrant;
use keystone::domain::AbcClass;
use keystone::i18n::key_accounts::{
    overdue_text, role_text, standing_texts, target_text, StandingTexts, KA,
};
use keystone::i18n::Lang;

fn day(s: &str) -> Day {
    Day::parse(s).unwrap()
}

/// Regular supplier since January 2026, with the target "preferred by 30 June 2026".
fn history() -> History<R> {
    History {
        extra: Default::default(),
        steps: vec![Step {
            extra: Default::default(),
            date: day("2026-01-10"),
            value: R::Regular,
            note: String::new(),
        }],
        target: Some(Target {
            extra: Default::default(),
            value: R::Preferred,
            date: day("2026-06-30"),
        }),
    }
}

#[test]
fn a_target_reads_with_its_date_in_the_languages_notation() {
    let h = history();
    assert_eq!(
        target_text(Lang::En, &h, role_text),
        "Preferred supplier by 2026-06-30"
    );
    assert_eq!(
        target_text(Lang::De, &h, role_text),
        "Vorzugslieferant bis 30.06.2026"
    );
    assert_eq!(
        target_text(Lang::En, &History::<R>::default(), role_text),
        "no target"
    );
}

#[test]
fn an_overdue_target_is_a_sentence_only_once_its_date_has_passed() {
    let h = history();
    let overdue = |d| overdue_text(Lang::En, &h, day(d), role_text, KA::AttRoleOverdue);
    assert_eq!(overdue("2026-06-30"), None, "due today is not overdue");
    assert_eq!(
        overdue("2026-07-01").as_deref(),
        Some("The role target “Preferred supplier” was due on 2026-06-30 and is not reached.")
    );
    assert_eq!(
        overdue_text(
            Lang::De,
            &h,
            day("2026-07-01"),
            role_text,
            KA::TargetOverdue
        )
        .as_deref(),
        Some("Das Ziel „Vorzugslieferant“ war zum 30.06.2026 fällig und ist nicht erreicht.")
    );
}

#[test]
fn a_standing_names_class_and_rank_score_and_quadrant_or_says_what_is_missing() {
    let row = AbcRow {
        id: 7,
        rank: 1234,
        value: 1.0,
        share: 1.0,
        cumulative: 1.0,
        class: AbcClass::A,
    };
    assert_eq!(
        standing_texts(Lang::De, Some(&row), Some(72.26), Some(Quadrant::Star)),
        StandingTexts {
            class: "A (Rang 1.234)".into(),
            score: "72,3".into(),
            quadrant: "Starkunden".into(),
        }
    );
    assert_eq!(
        standing_texts(Lang::En, None, None, None),
        StandingTexts {
            class: "–".into(),
            score: "not rated".into(),
            quadrant: "–".into(),
        }
    );
}
