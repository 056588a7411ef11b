//! A year with revenue for only a few customers (docs/methods.md, "Development over
//! time"): found in an import before it is confirmed, and in the stored history.

use keystone::domain::history::import_merge::HistoryMode;
use keystone::domain::history::thin_years::{is_thin, thin_new_years, thin_year, ThinYear};
use keystone::domain::history::{SalesRecord, Yearly};

fn rows(year: i32, customers: std::ops::Range<u64>) -> Vec<SalesRecord> {
    customers
        .map(|a| SalesRecord::of_year(a, year, 100.0))
        .collect()
}

#[test]
fn thin_means_fewer_than_half_the_buyers_of_the_year_before() {
    assert!(is_thin(4, 9));
    // Exactly half is not thin: the boundary.
    assert!(!is_thin(5, 10));
    assert!(is_thin(4, 10));
    assert!(!is_thin(0, 0), "nothing before: nothing to compare");
    assert!(is_thin(0, 1));
    assert!(!is_thin(usize::MAX / 4, usize::MAX / 4));
}

#[test]
fn a_new_year_for_two_of_two_hundred_customers_is_named_before_the_import() {
    let stored = Yearly::from_records(&rows(2025, 1..201));
    let import = rows(2026, 1..3);
    let thin = thin_new_years(&stored, &import, HistoryMode::Merge);
    assert_eq!(
        thin,
        vec![ThinYear {
            year: 2026,
            customers: 2,
            before: 200
        }]
    );
    // A year already stored is not new: a correction of 2025 for two customers.
    assert!(thin_new_years(&stored, &rows(2025, 1..3), HistoryMode::Merge).is_empty());
    // Half of them, 100 of 200: not thin (the boundary); 99: thin.
    assert!(thin_new_years(&stored, &rows(2026, 1..101), HistoryMode::Merge).is_empty());
    assert_eq!(
        thin_new_years(&stored, &rows(2026, 1..100), HistoryMode::Merge)[0].customers,
        99
    );
    // A file with both years is judged by itself and the stored buyers together.
    let mut both = rows(2025, 300..310);
    both.extend(rows(2026, 300..302));
    let thin = thin_new_years(&stored, &both, HistoryMode::Merge);
    assert_eq!(thin[0].before, 210);
}

#[test]
fn replacing_judges_the_file_alone_and_credits_do_not_count_as_buyers() {
    let stored = Yearly::from_records(&rows(2025, 1..201));
    // Replace: the stored 200 are gone; the file's own 2025 has three buyers.
    let mut file = rows(2025, 1..4);
    file.extend(rows(2026, 1..2));
    let thin = thin_new_years(&stored, &file, HistoryMode::Replace);
    assert_eq!(
        thin,
        vec![ThinYear {
            year: 2026,
            customers: 1,
            before: 3
        }]
    );
    // The file's first year has nothing before it: never thin.
    assert!(thin_new_years(&stored, &rows(2025, 1..2), HistoryMode::Replace).is_empty());
    // A credit that cancels a sale leaves no buyer.
    let mut credit = rows(2026, 1..3);
    credit.push(SalesRecord::of_year(1, 2026, -100.0));
    credit.push(SalesRecord::of_year(2, 2026, f64::NAN));
    let thin = thin_new_years(
        &Yearly::from_records(&rows(2025, 1..4)),
        &credit,
        HistoryMode::Merge,
    );
    assert_eq!(thin[0].customers, 1);
    // Empty import, empty history: nothing.
    assert!(thin_new_years(&Yearly::default(), &[], HistoryMode::Merge).is_empty());
}

#[test]
fn a_stored_thin_year_is_found_for_the_register() {
    let mut r = rows(2025, 1..11);
    r.extend(rows(2026, 1..5));
    let y = Yearly::from_records(&r);
    assert_eq!(y.buyers(2025), 10);
    assert_eq!(
        thin_year(&y, 2026),
        Some(ThinYear {
            year: 2026,
            customers: 4,
            before: 10
        })
    );
    assert_eq!(thin_year(&y, 2025), None, "no year before it");
    assert_eq!(y.years().into_iter().collect::<Vec<_>>(), vec![2025, 2026]);
}
