//! The shortcuts of issue 27's speed budgets give exactly what the plain computations
//! give: the yearly sums that look a customer up once per run of its rows (== row by
//! row, in any row order, with non-finite revenue and credits), the years and default
//! spans from the yearly sums (== from the rows), a merge into an empty history.

use std::collections::BTreeMap;

use keystone::domain::history::import_merge::{merge_history, replaced_count, HistoryMode};
use keystone::domain::history::overview::{
    default_migration_years, default_migration_years_of, default_span, default_span_of,
};
use keystone::domain::history::{Period, SalesHistory, SalesRecord, Yearly};

/// Row-by-row sums, the definition the yearly sums must match bit for bit.
fn plain_sums(records: &[SalesRecord]) -> BTreeMap<u64, BTreeMap<i32, f64>> {
    let mut sums: BTreeMap<u64, BTreeMap<i32, f64>> = BTreeMap::new();
    for r in records.iter().filter(|r| r.revenue.is_finite()) {
        *sums
            .entry(r.account)
            .or_default()
            .entry(r.period.year())
            .or_default() += r.revenue;
    }
    sums
}

fn assert_same(records: &[SalesRecord]) {
    let yearly = Yearly::from_records(records);
    let plain = plain_sums(records);
    assert_eq!(
        yearly.accounts().collect::<Vec<_>>(),
        plain.keys().copied().collect::<Vec<_>>()
    );
    for (account, years) in &plain {
        for (year, sum) in years {
            // Bit for bit: the same additions in the same order.
            assert_eq!(yearly.revenue(*account, *year).to_bits(), sum.to_bits());
        }
    }
    let history = SalesHistory(records.to_vec());
    // The years of every row, by the plain rule: all of them, sorted, once each.
    let mut plain_years: Vec<i32> = records.iter().map(|r| r.period.year()).collect();
    plain_years.sort_unstable();
    plain_years.dedup();
    assert_eq!(history.years(), plain_years);
    assert_eq!(yearly.row_years(), history.years().as_slice());
    for today in [1990, 2021, 2022, 2024, 2025, 2026, 2100] {
        assert_eq!(
            yearly.latest_full_year(today),
            history.latest_full_year(today)
        );
        assert_eq!(
            default_span_of(&yearly, today),
            default_span(&history, today)
        );
        assert_eq!(
            default_migration_years_of(&yearly, today),
            default_migration_years(&history, today)
        );
    }
}

/// A small deterministic generator (no dependency): rows of 40 customers, 2021-2025,
/// years, quarters and months, awkward fractions, credits.
fn rows(n: usize, seed: u64) -> Vec<SalesRecord> {
    let mut x = seed;
    let mut next = move || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        x >> 33
    };
    (0..n)
        .map(|_| {
            let account = next() % 40 + 1;
            let year = 2021 + (next() % 5) as i32;
            let period = match next() % 3 {
                0 => Period::Year(year),
                1 => Period::Quarter(year, (next() % 4 + 1) as u8),
                _ => Period::Month(year, (next() % 12 + 1) as u8),
            };
            let revenue = (next() % 1_000_000) as f64 / 7.0 - 20_000.0;
            SalesRecord::new(account, period, revenue)
        })
        .collect()
}

#[test]
fn yearly_sums_equal_row_by_row_sums_in_any_order() {
    // Scattered: customers interleaved row by row.
    let scattered = rows(5_000, 7);
    assert_same(&scattered);
    // Grouped by customer (an ERP export's order), each group's rows in file order.
    let mut grouped = scattered.clone();
    grouped.sort_by_key(|r| r.account);
    assert_same(&grouped);
    // Runs of a customer that come back later.
    let mut runs = grouped.clone();
    runs.rotate_left(1_234);
    assert_same(&runs);
}

#[test]
fn yearly_sums_of_edge_rows_equal_row_by_row_sums() {
    assert_same(&[]);
    // One row; a customer whose only rows are not finite has no sums but its years
    // still count as years with rows (as the history's years do).
    assert_same(&[SalesRecord::of_year(1, 2024, 5.0)]);
    let odd = vec![
        SalesRecord::of_year(1, 2023, f64::NAN),
        SalesRecord::of_year(1, 2022, f64::INFINITY),
        SalesRecord::of_year(2, 2024, 0.1),
        SalesRecord::of_year(2, 2024, 0.2),
        SalesRecord::of_year(2, 2024, -0.3),
        SalesRecord::of_year(3, 2030, 1.0),
        SalesRecord::of_year(2, 2024, 1e16),
        SalesRecord::of_year(2, 2024, 1.0),
    ];
    assert_same(&odd);
    let yearly = Yearly::from_records(&odd);
    assert!(!yearly.has(1));
    assert_eq!(yearly.row_years(), &[2022, 2023, 2024, 2030]);
    assert_eq!(yearly.span(), Some((2024, 2030)));
}

#[test]
fn a_merge_into_an_empty_history_is_the_file_in_both_modes() {
    let imported = rows(300, 3);
    for mode in [HistoryMode::Merge, HistoryMode::Replace] {
        let (merged, count) = merge_history(&SalesHistory::default(), &imported, mode);
        assert_eq!(merged.0, imported);
        assert_eq!((count.added, count.replaced), (300, 0));
        assert_eq!(replaced_count(&SalesHistory::default(), &imported, mode), 0);
    }
    // And nothing imported into nothing.
    let (merged, count) = merge_history(&SalesHistory::default(), &[], HistoryMode::Merge);
    assert!(merged.is_empty());
    assert_eq!((count.added, count.replaced), (0, 0));
}

#[test]
fn a_history_chunk_serialized_in_parts_is_the_chunk_serialized_at_once() {
    use keystone::persist::layout::{add_part, chunk_text, HISTORY_CHUNK, HISTORY_PART};
    let mut records = rows(2_003, 11);
    records[5].margin = Some(0.25);
    records[6] = records[6].clone().sold(3, Some(2));
    let whole = chunk_text(&records);
    for part in [1, 2, 7, 1_000, 2_003, 5_000] {
        let mut text = String::new();
        for piece in records.chunks(part) {
            add_part(&mut text, piece);
        }
        assert_eq!(text, whole, "parts of {part}");
    }
    // Empty parts (the end of a short last chunk) add nothing, even first.
    let mut text = String::new();
    add_part::<SalesRecord>(&mut text, &[]);
    add_part(&mut text, &records[..1]);
    add_part::<SalesRecord>(&mut text, &[]);
    assert_eq!(text, chunk_text(&records[..1]));
    // A chunk is a whole number of parts.
    assert_eq!(HISTORY_CHUNK % HISTORY_PART, 0);
}

#[test]
fn the_history_check_names_every_unknown_customer_and_offering_row_by_row() {
    use keystone::domain::history::{validate, Offering, Offerings};
    use keystone::domain::{Problem, ProblemKind, Section};
    let offering = |id| Offering {
        id,
        name: format!("Angebot {id}"),
        group: String::new(),
        extra: Default::default(),
    };
    let offerings = Offerings(vec![offering(4), offering(1), offering(7)]);
    // Runs of known and unknown customers (2 and 5 do not exist), the run of a known
    // customer broken by an unknown one, offerings known, unknown (9, 0) and absent.
    let plan: [(u64, Option<u32>); 10] = [
        (1, Some(1)),
        (1, Some(9)),
        (2, Some(4)),
        (2, Some(4)),
        (1, None),
        (3, Some(7)),
        (5, Some(0)),
        (3, Some(7)),
        (3, Some(9)),
        (2, None),
    ];
    let history = SalesHistory(
        plan.iter()
            .map(|(a, o)| {
                let r = SalesRecord::of_year(*a, 2024, 1.0);
                match o {
                    Some(o) => r.sold(*o, None),
                    None => r,
                }
            })
            .collect(),
    );
    let exists = |id: u64| [1, 3, 4].contains(&id);
    let problems = validate(&offerings, &history, &exists, &|_| Vec::new());
    // Row by row, the plain rule: each unknown customer, then each unknown offering.
    let unknown = |i: usize, field: &str, value: String| {
        Problem::item(Section::History, i + 1, "", ProblemKind::Unknown { value }).with_field(field)
    };
    let mut want = Vec::new();
    for (i, (a, o)) in plan.iter().enumerate() {
        if !exists(*a) {
            want.push(unknown(i, "account", a.to_string()));
        }
        if let Some(o) = o.filter(|o| ![4, 1, 7].contains(o)) {
            want.push(unknown(i, "offering", o.to_string()));
        }
    }
    assert_eq!(want.len(), 7);
    assert_eq!(problems, want);
}

/// The yearly figures by their definition, customer by customer and year by year (the
/// way `development` computed them before it looked each customer up once).
fn plain_development(
    yearly: &Yearly,
    from: i32,
    to: i32,
) -> Vec<keystone::domain::history::development::YearFigures> {
    use keystone::domain::history::development::YearFigures;
    let percent = |part: f64, whole: f64| {
        (keystone::domain::precision::snap(whole) > 0.0).then(|| part / whole * 100.0)
    };
    let first_year = yearly.span().map(|(lo, _)| lo);
    (from..=to)
        .map(|year| {
            let has_before = first_year.is_some_and(|first| year > first);
            let (mut customers, mut revenue, mut new, mut lost) = (0, 0.0, 0, 0);
            let (mut base, mut lost_base, mut kept) = (0.0, 0.0, 0.0);
            for a in yearly.accounts() {
                let now = yearly.revenue(a, year);
                revenue += now;
                customers += usize::from(yearly.active(a, year));
                if !has_before {
                    continue;
                }
                if yearly.active(a, year) && yearly.first_active_year(a) == Some(year) {
                    new += 1;
                }
                if yearly.active(a, year - 1) {
                    let before = yearly.revenue(a, year - 1);
                    base += before;
                    kept += now;
                    if !yearly.active(a, year) {
                        lost += 1;
                        lost_base += before;
                    }
                }
            }
            YearFigures {
                year,
                customers,
                revenue,
                new_customers: has_before.then_some(new),
                lost_customers: has_before.then_some(lost),
                churn_rate: has_before.then(|| percent(lost_base, base)).flatten(),
                net_revenue_retention: has_before.then(|| percent(kept, base)).flatten(),
            }
        })
        .collect()
}

#[test]
fn the_yearly_figures_equal_their_definition_customer_by_customer() {
    use keystone::domain::history::development::development;
    for seed in [1, 2, 3] {
        let mut records = rows(4_000, seed);
        // Customers that stop, start late, come back, and cancel a year by a credit.
        records.retain(|r| !(r.account % 7 == 0 && r.period.year() >= 2024));
        records.retain(|r| !(r.account % 5 == 0 && r.period.year() <= 2022));
        records.push(SalesRecord::of_year(41, 2023, 100.0));
        records.push(SalesRecord::of_year(41, 2023, -100.0));
        records.push(SalesRecord::of_year(41, 2024, 5.0));
        let yearly = Yearly::from_records(&records);
        for (from, to) in [(2021, 2025), (2019, 2027), (2023, 2023), (2025, 2021)] {
            assert_eq!(
                development(&yearly, from, to),
                plain_development(&yearly, from, to),
                "seed {seed}, {from}-{to}"
            );
        }
    }
    assert_eq!(
        development(&Yearly::default(), 2021, 2022),
        plain_development(&Yearly::default(), 2021, 2022)
    );
}

#[test]
fn the_migration_matrix_equals_its_definition() {
    use keystone::domain::account::Account;
    use keystone::domain::history::migration::{accounts_of_year, migration, Standing};
    use keystone::domain::pareto::{abc_analysis, AbcThresholds, Measure};
    use std::collections::HashMap;
    let mut records = rows(4_000, 5);
    records.retain(|r| !(r.account % 7 == 0 && r.period.year() >= 2024));
    records.retain(|r| !(r.account % 5 == 0 && r.period.year() <= 2022));
    let yearly = Yearly::from_records(&records);
    // Names that tie (two customers share one), and one customer without an account.
    let accounts: Vec<Account> = (1..=39)
        .map(|i| Account::new(i, format!("Kunde {}", i.min(30)), 0.0))
        .collect();
    let thresholds = AbcThresholds::default();
    let class = |year| -> HashMap<u64, Standing> {
        let result = abc_analysis(
            &accounts_of_year(&yearly, &accounts, year),
            Measure::Revenue,
            thresholds,
        );
        yearly
            .accounts()
            .map(|id| (id, Standing::NoRevenue))
            .chain(result.rows.iter().map(|r| (r.id, Standing::Class(r.class))))
            .collect()
    };
    for (from, to) in [(2022, 2025), (2024, 2025), (2021, 2021), (2025, 2021)] {
        let m = migration(&yearly, &accounts, from, to, thresholds);
        let (before, after) = (class(from), class(to));
        let mut ids: Vec<u64> = yearly.accounts().collect();
        ids.sort_by(|a, b| {
            keystone::domain::precision::cmp(yearly.revenue(*b, to), yearly.revenue(*a, to))
                .then_with(|| a.cmp(b))
        });
        for f in Standing::ALL {
            for t in Standing::ALL {
                let want: Vec<u64> = ids
                    .iter()
                    .copied()
                    .filter(|id| before[id] == f && after[id] == t)
                    .filter(|_| !(f == Standing::NoRevenue && t == Standing::NoRevenue))
                    .collect();
                let cell = m.cell(f, t);
                assert_eq!(cell.accounts, want, "{from}-{to} {f:?} {t:?}");
                let sum = |y| want.iter().fold(0.0, |s, id| s + yearly.revenue(*id, y));
                assert_eq!(cell.revenue_from.to_bits(), sum(from).to_bits());
                assert_eq!(cell.revenue_to.to_bits(), sum(to).to_bits());
            }
        }
    }
}
