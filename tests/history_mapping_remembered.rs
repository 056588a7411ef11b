//! The sales-history import's column choices remembered by header (issue 27): the
//! same headers come back with the same choices ("ignore" too), new headers are
//! recognised, a field still goes to one column only, a wide-shape year keeps its year.

use keystone::domain::history::import_columns::{guess_history_mapping, HistoryField as F};

#[test]
fn remembered_choices_come_back_for_the_same_headers() {
    use keystone::domain::history::import_columns::{
        guess_history_mapping_remembered, remember_history, RememberedHistory,
    };
    let headers: Vec<String> = ["Debitor", "Bezeichnung", "GJ", "Sparte", "Netto", "Notiz"]
        .map(String::from)
        .to_vec();
    let first = guess_history_mapping_remembered(&headers, &RememberedHistory::new());
    assert_eq!(first, guess_history_mapping(&headers));
    assert_eq!(
        first,
        [
            Some(F::CustomerNumber),
            None,
            None,
            Some(F::Offering),
            None,
            None
        ]
    );
    // The user chooses the rest and ignores "Sparte".
    let chosen = vec![
        Some(F::CustomerNumber),
        Some(F::Customer),
        Some(F::Period),
        None,
        Some(F::Revenue),
        None,
    ];
    let mut remembered = RememberedHistory::new();
    remember_history(&mut remembered, &headers, &chosen);
    assert_eq!(
        guess_history_mapping_remembered(&headers, &remembered),
        chosen
    );
    // Headers written differently (case, spaces) are the same headers; a new header is
    // recognised as before; an empty header is not remembered.
    let other: Vec<String> = ["debitor", " GJ ", "Umsatz", ""].map(String::from).to_vec();
    assert_eq!(
        guess_history_mapping_remembered(&other, &remembered),
        [
            Some(F::CustomerNumber),
            Some(F::Period),
            Some(F::Revenue),
            None
        ]
    );
    remember_history(
        &mut remembered,
        &other,
        &[None, None, None, Some(F::Margin)],
    );
    assert!(!remembered.contains_key(""));
    assert_eq!(
        remembered.get("debitor"),
        Some(&None),
        "ignored is remembered too"
    );
    // A remembered field already taken by an earlier column goes to that column only.
    let twice: Vec<String> = ["Zeitraum", "Jahr"].map(String::from).to_vec();
    remember_history(&mut remembered, &["Jahr".to_string()], &[Some(F::Period)]);
    assert_eq!(
        guess_history_mapping_remembered(&twice, &remembered),
        [Some(F::Period), None]
    );
    // A year of the wide shape is remembered with its year.
    remember_history(
        &mut remembered,
        &["FY 21".to_string()],
        &[Some(F::Year(2021))],
    );
    assert_eq!(
        guess_history_mapping_remembered(&["fy21".to_string()], &remembered),
        [Some(F::Year(2021))]
    );
}
