//! Host tests of the translation catalogue and language-aware formatting.

use std::collections::HashSet;

use keystone::i18n::{all_texts, fill, Lang};

#[test]
fn every_text_exists_in_both_languages_with_the_same_placeholders() {
    let placeholders = |s: &str| -> HashSet<String> {
        s.split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}'))
            .map(|(n, _)| n.to_string())
            .collect()
    };
    for (key, en, de) in all_texts() {
        assert!(!en.trim().is_empty() && !de.trim().is_empty(), "{key:?}");
        assert_eq!(
            placeholders(en),
            placeholders(de),
            "placeholders differ for {key:?}"
        );
    }
}

#[test]
fn german_texts_are_translated() {
    // Most keys must differ between the languages; identical ones are names like "Region".
    let all = all_texts();
    let same = all.iter().filter(|(_, en, de)| en == de).count();
    assert!(
        same * 10 < all.len(),
        "{same} of {} texts are not translated",
        all.len()
    );
}

#[test]
fn formatting_follows_the_language() {
    assert_eq!(Lang::De.number(1234567.5, 2), "1.234.567,50");
    assert_eq!(Lang::En.number(1234567.5, 2), "1,234,567.50");
    assert_eq!(Lang::De.percent(80.0, 1), "80,0\u{a0}%");
    assert_eq!(
        Lang::De.date_time("2026-11-21T09:30:00.000Z"),
        "21.11.2026 09:30"
    );
    assert_eq!(
        Lang::En.date_time("2026-11-21T09:30:00.000Z"),
        "2026-11-21 09:30"
    );
    assert_eq!(Lang::En.date_time("gestern"), "gestern");
    assert_eq!(Lang::from_code("de-DE"), Some(Lang::De));
    assert_eq!(Lang::from_code("EN"), Some(Lang::En));
    assert_eq!(Lang::from_code("fr"), None);
    assert_eq!(fill("{a} und {b}", &[("a", "1"), ("b", "2")]), "1 und 2");
}

#[test]
fn every_assessment_area_has_its_texts_in_both_languages() {
    use keystone::domain::assessment::Area;
    use keystone::i18n::assessment::area_text;
    for area in Area::ALL {
        let (en, de) = (area_text(Lang::En, area), area_text(Lang::De, area));
        for t in [en, de] {
            assert!(!t.name.is_empty() && t.question.ends_with('?'), "{area:?}");
            assert!(t.advice.len() > 40, "{area:?}");
            assert!(t.levels.iter().all(|l| l.len() > 10), "{area:?}");
            // Five different levels.
            let distinct: HashSet<_> = t.levels.iter().collect();
            assert_eq!(distinct.len(), 5, "{area:?}");
        }
        assert_ne!(en.question, de.question);
        assert_ne!(en.advice, de.advice);
    }
}

#[test]
fn counts_have_thousands_separators() {
    assert_eq!(Lang::De.count(20000), "20.000");
    assert_eq!(Lang::En.count(20000), "20,000");
    assert_eq!(Lang::De.count(3645), "3.645");
    assert_eq!(Lang::De.count(999), "999");
    assert_eq!(Lang::De.count(0), "0");
}

#[test]
fn amounts_show_whole_units_or_cents_never_a_rounded_typed_value() {
    // The case: typed as 420.000,50, it was shown as 420.001.
    assert_eq!(Lang::De.amount(420_000.50), "420.000,50");
    assert_eq!(Lang::En.amount(420_000.50), "420,000.50");
    assert_eq!(Lang::De.amount(420_000.0), "420.000");
    // Rounded to the cent first: 0.999 is one unit, 1.005 has cents.
    assert_eq!(Lang::De.amount(0.999), "1");
    assert_eq!(Lang::De.amount(-1_234.5), "-1.234,50");
    assert_eq!(Lang::De.amount(0.1 + 0.2), "0,30");
    // The form shows what was stored, with every decimal typed.
    assert_eq!(Lang::De.number_exact(420_000.505), "420.000,505");
    assert_eq!(Lang::De.number_exact(420_000.5), "420.000,5");
    assert_eq!(Lang::En.number_exact(12.0), "12");
    assert_eq!(Lang::En.number_exact(0.1 + 0.2), "0.3");
    assert_eq!(Lang::En.number_exact(1e15), "1,000,000,000,000,000");
}

// Sentences built from domain values, one file per catalogue.
mod buying_center;
mod history_import;
mod key_accounts;
mod whitespace;

#[test]
fn a_toast_made_from_a_common_key_follows_the_language() {
    use keystone::i18n::common::common_text_in;
    assert_eq!(
        common_text_in(Lang::De, "Sample workspace loaded."),
        Some("Beispiel-Arbeitsbereich geladen.")
    );
    assert_eq!(
        common_text_in(Lang::En, "Beispiel-Arbeitsbereich geladen."),
        Some("Sample workspace loaded.")
    );
    // A text filled with names is not a catalogue text: it stays as it was made.
    assert_eq!(common_text_in(Lang::De, "Alpentec GmbH deleted."), None);
}
