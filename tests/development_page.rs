//! What the "Development over time" page starts from (`domain::history::overview`):
//! its default years, the slipped and lost customers above the migration matrix, and
//! the growth table's rows and sort order with empty figures and ties.

use keystone::domain::account::Account;
use keystone::domain::history::migration::migration;
use keystone::domain::history::overview::{
    default_migration_years, default_span, growth_rows, sort_growth, GrowthColumn, GrowthRow,
};
use keystone::domain::history::{SalesHistory, SalesRecord, Yearly};
use keystone::domain::pareto::AbcThresholds;

fn rec(account: u64, year: i32, revenue: f64) -> SalesRecord {
    SalesRecord::of_year(account, year, revenue)
}

fn history(years: &[i32]) -> SalesHistory {
    SalesHistory(years.iter().map(|y| rec(1, *y, 10.0)).collect())
}

#[test]
fn the_default_span_is_the_whole_history_up_to_the_latest_full_year() {
    assert_eq!(default_span(&SalesHistory::default(), 2026), None);
    assert_eq!(
        default_migration_years(&SalesHistory::default(), 2026),
        None
    );
    let h = history(&[2021, 2022, 2023, 2024, 2025, 2026]);
    // 2026 is still running.
    assert_eq!(default_span(&h, 2026), Some((2021, 2025)));
    assert_eq!(default_migration_years(&h, 2026), Some((2024, 2025)));
    // Everything is over: the last year counts.
    assert_eq!(default_span(&h, 2030), Some((2021, 2026)));
    // Gaps in the history do not matter: the year before is still the year before.
    let gaps = history(&[2019, 2025]);
    assert_eq!(default_migration_years(&gaps, 2026), Some((2024, 2025)));
}

#[test]
fn a_single_year_or_only_future_years_still_give_a_span() {
    let one = history(&[2025]);
    assert_eq!(default_span(&one, 2026), Some((2025, 2025)));
    assert_eq!(default_migration_years(&one, 2026), Some((2025, 2025)));
    // Only the running year: it is the latest year there is.
    let running = history(&[2026]);
    assert_eq!(default_span(&running, 2026), Some((2026, 2026)));
    // Typed ahead: the latest year with rows, never a span running backwards.
    let ahead = history(&[2027, 2028]);
    assert_eq!(default_span(&ahead, 2026), Some((2027, 2028)));
    assert_eq!(default_migration_years(&ahead, 2026), Some((2027, 2028)));
}

/// Ten customers: 1 and 2 are A in 2024; 1 slips to B in 2025, 2 is lost, 10 is new.
fn moving() -> (Yearly, Vec<Account>) {
    let mut records = vec![rec(1, 2024, 500.0), rec(1, 2025, 60.0), rec(2, 2024, 400.0)];
    for id in 3..=9 {
        records.push(rec(id, 2024, 20.0));
        records.push(rec(id, 2025, 20.0));
    }
    records.push(rec(9, 2025, 600.0));
    records.push(rec(10, 2025, 300.0));
    let accounts = (1..=10)
        .map(|id| Account::new(id, format!("Kunde {id}"), 0.0))
        .collect();
    (Yearly::from_records(&records), accounts)
}

#[test]
fn slipped_counts_a_customers_now_b_or_c_and_lost_counts_every_class() {
    let (yearly, accounts) = moving();
    let m = migration(&yearly, &accounts, 2024, 2025, AbcThresholds::default());
    let slipped = m.slipped();
    assert_eq!(slipped.count, 1);
    assert_eq!(slipped.revenue_from, 500.0);
    assert_eq!(slipped.revenue_to, 60.0);
    let lost = m.lost();
    assert_eq!(lost.count, 1);
    assert_eq!(lost.revenue_from, 400.0);
    assert_eq!(lost.revenue_to, 0.0);
}

#[test]
fn nothing_slips_or_is_lost_within_one_year_or_without_history() {
    let (yearly, accounts) = moving();
    let same = migration(&yearly, &accounts, 2025, 2025, AbcThresholds::default());
    assert_eq!(same.slipped().count, 0);
    assert_eq!(same.lost().count, 0);
    let none = migration(
        &Yearly::default(),
        &[],
        2024,
        2025,
        AbcThresholds::default(),
    );
    assert_eq!(none.slipped().count, 0);
    assert_eq!(none.lost().count, 0);
}

fn rows() -> Vec<GrowthRow> {
    // 1 grows, 2 is lost (−100 %), 3 starts in the span (no CAGR), 4 shrinks, 5 has
    // nothing in the span, 6 only a credit.
    let records = vec![
        rec(1, 2023, 100.0),
        rec(1, 2025, 400.0),
        rec(2, 2023, 100.0),
        rec(3, 2024, 50.0),
        rec(3, 2025, 80.0),
        rec(4, 2023, 100.0),
        rec(4, 2024, 100.0),
        rec(4, 2025, 25.0),
        rec(5, 2020, 100.0),
        rec(6, 2024, -30.0),
    ];
    let yearly = Yearly::from_records(&records);
    let names = ["", "beta", "Alpha", "delta", "Gamma", "Epsilon", "zeta"];
    growth_rows(&yearly, 2023, 2025, &|id| names[id as usize].to_string())
}

fn order(rows: &[GrowthRow]) -> Vec<u64> {
    rows.iter().map(|r| r.account()).collect()
}

#[test]
fn growth_rows_hold_every_customer_with_a_record_in_the_span() {
    let rows = rows();
    assert_eq!(order(&rows), vec![1, 2, 3, 4, 6]);
    let first = &rows[0];
    assert_eq!(first.name, "beta");
    assert_eq!(first.last_year, 400.0);
    assert_eq!(first.growth.years_with_revenue, 2);
    assert_eq!(first.growth.span_years, 3);
    assert!((first.growth.cagr.unwrap() - 100.0).abs() < 1e-9);
    assert_eq!(rows[1].growth.cagr, Some(-100.0));
    assert_eq!(rows[2].growth.cagr, None);
    // A span running backwards has no rows.
    let yearly = Yearly::from_records(&[rec(1, 2024, 1.0)]);
    assert!(growth_rows(&yearly, 2025, 2024, &|_| String::new()).is_empty());
}

#[test]
fn sorting_puts_empty_figures_last_in_both_directions() {
    let mut rows = rows();
    sort_growth(&mut rows, GrowthColumn::Cagr, false);
    // 1: +100 %, 4: −50 %, 2: −100 %; 3 and 6 have none (by name: delta, zeta).
    assert_eq!(order(&rows), vec![1, 4, 2, 3, 6]);
    sort_growth(&mut rows, GrowthColumn::Cagr, true);
    assert_eq!(order(&rows), vec![2, 4, 1, 3, 6]);
    sort_growth(&mut rows, GrowthColumn::YearOverYear, false);
    // 3: +60 %, 4: −75 %, 2 and 6: none (2024 had no revenue above zero); 1 neither.
    assert_eq!(order(&rows)[..2], [3, 4]);
}

#[test]
fn sorting_by_name_ignores_case_and_ties_go_by_name() {
    let mut rows = rows();
    sort_growth(&mut rows, GrowthColumn::Name, true);
    assert_eq!(order(&rows), vec![2, 1, 3, 4, 6]);
    sort_growth(&mut rows, GrowthColumn::Name, false);
    assert_eq!(order(&rows), vec![6, 4, 3, 1, 2]);
    // 4 bought in three years; 1 and 3 in two (beta before delta).
    sort_growth(&mut rows, GrowthColumn::YearsWithRevenue, false);
    assert_eq!(order(&rows), vec![4, 1, 3, 2, 6]);
    // 2 and 6 both have nothing in 2025: Alpha before zeta.
    sort_growth(&mut rows, GrowthColumn::LastYear, true);
    assert_eq!(order(&rows), vec![2, 6, 4, 3, 1]);
    sort_growth(&mut rows, GrowthColumn::Variation, true);
    // 4 is steadiest; 6's mean is not above zero: last.
    assert_eq!(order(&rows)[0], 4);
    assert_eq!(*order(&rows).last().unwrap(), 6);
}

#[test]
fn equal_names_fall_back_to_the_id() {
    let yearly = Yearly::from_records(&[rec(2, 2025, 10.0), rec(1, 2025, 10.0)]);
    let mut rows = growth_rows(&yearly, 2025, 2025, &|_| "Same".into());
    sort_growth(&mut rows, GrowthColumn::LastYear, false);
    assert_eq!(order(&rows), vec![1, 2]);
    sort_growth(&mut rows, GrowthColumn::Name, false);
    assert_eq!(order(&rows), vec![2, 1]);
}

#[test]
fn a_cells_customers_come_largest_first_with_both_years() {
    use keystone::domain::history::migration::Standing;
    use keystone::domain::history::overview::cell_customers;
    use keystone::domain::pareto::AbcClass;
    let (yearly, accounts) = moving();
    let m = migration(&yearly, &accounts, 2024, 2025, AbcThresholds::default());
    let a = Standing::Class(AbcClass::A);
    let slipped: Vec<_> = [Standing::Class(AbcClass::B), Standing::Class(AbcClass::C)]
        .iter()
        .flat_map(|to| cell_customers(&yearly, &m, a, *to))
        .collect();
    assert_eq!(slipped.len(), 1);
    assert_eq!(slipped[0].account, 1);
    assert_eq!(
        (slipped[0].revenue_from, slipped[0].revenue_to),
        (500.0, 60.0)
    );
    // Lost customers have nothing later: ordered by what they had.
    let records = vec![
        rec(1, 2024, 10.0),
        rec(2, 2024, 30.0),
        rec(3, 2024, 30.0),
        rec(4, 2024, 1000.0),
        rec(4, 2025, 1000.0),
    ];
    let yearly = Yearly::from_records(&records);
    let m = migration(&yearly, &[], 2024, 2025, AbcThresholds::default());
    let lost: Vec<u64> = Standing::ALL[..3]
        .iter()
        .flat_map(|c| cell_customers(&yearly, &m, *c, Standing::NoRevenue))
        .map(|c| c.account)
        .collect();
    assert_eq!(lost.len(), 3);
    let c_lost: Vec<u64> = cell_customers(
        &yearly,
        &m,
        Standing::Class(AbcClass::C),
        Standing::NoRevenue,
    )
    .iter()
    .map(|c| c.account)
    .collect();
    // Ties by id: 2 before 3.
    assert!(c_lost.windows(2).all(|w| w[0] != w[1]));
    let all_lost = cell_customers(
        &yearly,
        &m,
        Standing::Class(AbcClass::A),
        Standing::NoRevenue,
    );
    assert!(all_lost.iter().all(|c| c.revenue_to == 0.0));
    // An empty cell.
    assert!(cell_customers(
        &yearly,
        &m,
        Standing::NoRevenue,
        Standing::Class(AbcClass::A)
    )
    .is_empty());
}

#[test]
fn lost_customers_in_one_cell_order_by_their_earlier_revenue_then_id() {
    use keystone::domain::history::migration::Standing;
    use keystone::domain::history::overview::cell_customers;
    let records = vec![rec(1, 2024, 10.0), rec(3, 2024, 30.0), rec(2, 2024, 30.0)];
    let yearly = Yearly::from_records(&records);
    // All three in one class: thresholds at 100 %.
    let all_a = AbcThresholds::new(100.0, 100.0).unwrap();
    let m = migration(&yearly, &[], 2024, 2025, all_a);
    let lost: Vec<u64> = Standing::ALL[..3]
        .iter()
        .flat_map(|c| cell_customers(&yearly, &m, *c, Standing::NoRevenue))
        .map(|c| c.account)
        .collect();
    assert_eq!(lost, vec![2, 3, 1]);
}

#[test]
fn the_sentence_above_the_matrix_names_slipped_and_lost_customers_in_both_languages() {
    use keystone::i18n::development::{customers, migration_summary};
    use keystone::i18n::Lang;
    let (yearly, accounts) = moving();
    let m = migration(&yearly, &accounts, 2024, 2025, AbcThresholds::default());
    let money = |v: f64| format!("{v:.0} €");
    assert_eq!(
        migration_summary(Lang::En, &m, &money),
        "From 2024 to 2025: 1 customer slipped from A to B or C (500 € → 60 €); \
         1 customer bought nothing in 2025 (their revenue in 2024: 400 €)."
    );
    assert_eq!(
        migration_summary(Lang::De, &m, &money),
        "Von 2024 bis 2025: 1 Kunde von A nach B oder C gerutscht (500 € → 60 €); \
         1 Kunde 2025 ohne Umsatz (ihr Umsatz 2024: 400 €)."
    );
    let still = migration(&yearly, &accounts, 2025, 2025, AbcThresholds::default());
    assert_eq!(
        migration_summary(Lang::En, &still, &money),
        "From 2025 to 2025 no A customer slipped to B or C and no customer was lost."
    );
    assert_eq!(customers(Lang::En, 0), "0 customers");
    assert_eq!(customers(Lang::De, 20_000), "20.000 Kunden");
}

#[test]
fn the_page_has_its_route_and_title() {
    use keystone::i18n::Lang;
    use keystone::state::route::Route;
    use keystone::ui::shell::titles::page_title;
    assert_eq!(Route::parse("#/development"), Route::Development);
    assert_eq!(Route::parse("#/development/"), Route::Development);
    assert_eq!(Route::Development.href(), "#/development");
    assert_eq!(
        page_title(Route::Development, None, Lang::De),
        "Entwicklung über die Zeit – Keystone"
    );
}

#[test]
fn growth_and_stability_are_figures_of_the_value_model() {
    use keystone::domain::history::overview::value_figures;
    use keystone::domain::value_model::{criterion_points_with, Criterion, Kind, Source};
    // 1 doubles each year; 2 is steady; 3 starts in the last year (no CAGR); 2026 runs.
    let history = SalesHistory(vec![
        rec(1, 2023, 100.0),
        rec(1, 2024, 200.0),
        rec(1, 2025, 400.0),
        rec(2, 2023, 50.0),
        rec(2, 2024, 50.0),
        rec(2, 2025, 50.0),
        rec(3, 2025, 10.0),
        rec(1, 2026, 1.0),
    ]);
    let figures = value_figures(&history, 2026);
    assert!((figures[&1].0.unwrap() - 100.0).abs() < 1e-9);
    assert_eq!(figures[&2], (Some(0.0), Some(0.0)));
    assert_eq!(figures[&3].0, None);
    assert!(figures[&3].1.unwrap() > 100.0);
    assert!(value_figures(&SalesHistory::default(), 2026).is_empty());

    // As criteria: growth ranks 1 above 2; 3 has no growth and stays unrated.
    assert!(Source::Growth.is_outside() && Source::Stability.is_outside());
    assert!(!Source::Revenue.is_outside());
    assert_eq!(Source::from_key("growth"), Some(Source::Growth));
    assert_eq!(Source::from_key("stability"), Some(Source::Stability));
    let mut model = keystone::domain::ValueModel::default();
    let template = model.criteria[0].clone();
    model.criteria = vec![
        Criterion {
            id: "g".into(),
            kind: Kind::Quantitative,
            source: Some(Source::Growth),
            ..template.clone()
        },
        Criterion {
            id: "s".into(),
            kind: Kind::Quantitative,
            source: Some(Source::Stability),
            ..template
        },
    ];
    let accounts: Vec<Account> = (1..=3)
        .map(|id| Account::new(id, format!("K{id}"), 1.0))
        .collect();
    let refs: Vec<&Account> = accounts.iter().collect();
    let points = criterion_points_with(&model, &refs, 2026, &|id, source| {
        let f = figures.get(&id)?;
        match source {
            Source::Growth => f.0,
            Source::Stability => f.1,
            _ => None,
        }
    });
    assert_eq!(points[0][0], Some(10.0));
    assert_eq!(points[1][0], Some(0.0));
    assert_eq!(points[2][0], None);
    // The revenue figure does not stand in for a figure the history lacks.
    assert_eq!(Source::Growth.value(&accounts[2], 2026, None), None);
    // Without the history, `criterion_points` leaves growth unrated.
    let plain = keystone::domain::value_model::criterion_points(&model, &refs, 2026, &|_| None);
    assert!(plain.iter().all(|row| row.iter().all(Option::is_none)));
}
