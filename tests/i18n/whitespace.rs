//! A whitespace cell in words, and the text of the plan action for a gap.

use keystone::domain::history::whitespace::{CellStatus, Potential};
use keystone::i18n::whitespace::{action_text, status_text};
use keystone::i18n::Lang;

#[test]
fn every_status_in_both_languages_with_proposed_and_entered_named() {
    let cases = [
        (CellStatus::Buys(120_000.0), "buys 120,000", "kauft 120.000"),
        (
            CellStatus::Open(Some(Potential::Proposed(35_000.5))),
            "open · proposed 35,001",
            "offen · vorgeschlagen 35.001",
        ),
        (
            CellStatus::Open(Some(Potential::Entered(90_000.0))),
            "open · entered 90,000",
            "offen · eingegeben 90.000",
        ),
        (
            CellStatus::PartsBuy(12_000.0),
            "its parts buy 12,000",
            "Untereinheiten kaufen 12.000",
        ),
        (CellStatus::Open(None), "open", "offen"),
        (CellStatus::InProgress, "in progress", "in Arbeit"),
        (CellStatus::NotRelevant, "not relevant", "nicht relevant"),
    ];
    for (status, en, de) in cases {
        assert_eq!(status_text(Lang::En, &status), en);
        assert_eq!(status_text(Lang::De, &status), de);
    }
}

#[test]
fn the_action_text_names_the_offering_and_the_unit() {
    assert_eq!(
        action_text(Lang::En, "Servoantriebe", "Werk Süd"),
        "Cross-selling: Servoantriebe in Werk Süd"
    );
    assert_eq!(
        action_text(Lang::De, "Servoantriebe", "Werk Süd"),
        "Cross-Selling: Servoantriebe in Werk Süd"
    );
    // Names stay as typed, markup included (the UI shows them as text).
    assert_eq!(
        action_text(Lang::En, "<b>", "{unit}"),
        "Cross-selling: <b> in {unit}"
    );
}
