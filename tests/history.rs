//! Sales history figures (docs/methods.md, "Development over time" and "Whitespace
//! matrix"): new, lost, churn, retention, class migration, growth, CAGR, stability,
//! whitespace status and the proposed potential, with their edge cases.

use std::collections::HashMap;

use keystone::domain::account::Account;
use keystone::domain::history::development::development;
use keystone::domain::history::growth::{growth, growth_of};
use keystone::domain::history::migration::{migration, Standing};
use keystone::domain::history::whitespace::{
    proposed_potential, whitespace, CellMarks, CellStatus, Potential,
};
use keystone::domain::history::{Period, SalesRecord, Yearly};
use keystone::domain::pareto::{AbcClass, AbcThresholds};

fn rec(account: u64, year: i32, revenue: f64) -> SalesRecord {
    SalesRecord::of_year(account, year, revenue)
}

fn sold(account: u64, year: i32, offering: u32, unit: Option<u32>, revenue: f64) -> SalesRecord {
    rec(account, year, revenue).sold(offering, unit)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn periods_read_the_forms_of_erp_exports_and_refuse_the_rest() {
    for (text, want) in [
        ("2024", Period::Year(2024)),
        (" 2024 ", Period::Year(2024)),
        ("2024-Q3", Period::Quarter(2024, 3)),
        ("Q3/2024", Period::Quarter(2024, 3)),
        ("q1 2023", Period::Quarter(2023, 1)),
        ("2024-03", Period::Month(2024, 3)),
        ("03/2024", Period::Month(2024, 3)),
        ("3.2024", Period::Month(2024, 3)),
        ("12.2024", Period::Month(2024, 12)),
    ] {
        assert_eq!(Period::parse(text), Some(want), "{text}");
    }
    for bad in [
        "",
        "24",
        "2024-13",
        "2024-Q5",
        "Q0/2024",
        "13/2024",
        "1899",
        "abcd",
        "2024-",
        "2024/03/01",
    ] {
        assert_eq!(Period::parse(bad), None, "{bad}");
    }
    assert_eq!(Period::Month(2024, 3).key(), "2024-03");
    assert_eq!(Period::Quarter(2024, 3).key(), "2024-Q3");
    let json = serde_json::to_string(&rec(1, 2024, 5.0)).unwrap();
    assert_eq!(json, r#"[1,"2024",null,null,5.0,null]"#);
    let back: SalesRecord = serde_json::from_str(&json).unwrap();
    assert_eq!(back, rec(1, 2024, 5.0));
    assert!(serde_json::from_str::<SalesRecord>(r#"[1,"2024-14",null,null,1,null]"#).is_err());
}

#[test]
fn yearly_totals_sum_periods_and_offerings_and_net_out_credits() {
    let y = Yearly::from_records(&[
        SalesRecord {
            period: Period::Quarter(2024, 1),
            ..rec(1, 2024, 100.0)
        },
        SalesRecord {
            period: Period::Month(2024, 7),
            ..rec(1, 2024, 50.0)
        },
        sold(1, 2024, 3, None, 25.0),
        rec(2, 2024, 100.0),
        rec(2, 2024, -100.0),
        rec(3, 2024, f64::NAN),
    ]);
    assert_eq!(y.revenue(1, 2024), 175.0);
    assert!(y.active(1, 2024));
    assert!(
        !y.active(2, 2024),
        "a credit that cancels the invoice leaves no customer"
    );
    assert_eq!(y.revenue(9, 2024), 0.0);
    assert_eq!(y.span(), Some((2024, 2024)));
    assert_eq!(Yearly::from_records(&[]).span(), None);
}

#[test]
fn development_counts_new_and_lost_customers_churn_and_retention() {
    // 2022: 1, 2, 3 buy. 2023: 1 grows, 2 shrinks, 3 is lost, 4 is new.
    // 2024: 3 comes back (not new: it bought before), 4 is lost with a credit.
    let y = Yearly::from_records(&[
        rec(1, 2022, 100.0),
        rec(2, 2022, 60.0),
        rec(3, 2022, 40.0),
        rec(1, 2023, 150.0),
        rec(2, 2023, 30.0),
        rec(4, 2023, 20.0),
        rec(1, 2024, 150.0),
        rec(2, 2024, 30.0),
        rec(3, 2024, 10.0),
        rec(4, 2024, -5.0),
    ]);
    let d = development(&y, 2022, 2024);
    assert_eq!(d.len(), 3);
    let first = &d[0];
    assert_eq!((first.customers, first.revenue), (3, 200.0));
    assert_eq!(
        first.new_customers, None,
        "the first year has nothing to compare with"
    );
    assert_eq!(first.churn_rate, None);
    let y23 = &d[1];
    assert_eq!((y23.customers, y23.revenue), (3, 200.0));
    assert_eq!((y23.new_customers, y23.lost_customers), (Some(1), Some(1)));
    // Lost: 3's 40 of last year's 200.
    assert!(close(y23.churn_rate.unwrap(), 20.0));
    // Last year's customers 1, 2, 3 brought 180 of their 200.
    assert!(close(y23.net_revenue_retention.unwrap(), 90.0));
    let y24 = &d[2];
    assert_eq!(y24.customers, 3);
    assert_eq!(y24.revenue, 185.0, "credits count in the revenue");
    assert_eq!((y24.new_customers, y24.lost_customers), (Some(0), Some(1)));
    assert!(close(y24.churn_rate.unwrap(), 20.0 / 200.0 * 100.0));
    assert!(close(
        y24.net_revenue_retention.unwrap(),
        (150.0 + 30.0 - 5.0) / 200.0 * 100.0
    ));
}

#[test]
fn development_edge_cases_empty_zero_and_reversed_spans() {
    assert!(development(&Yearly::default(), 2020, 2024)
        .iter()
        .all(|f| f.customers == 0));
    assert!(development(&Yearly::default(), 2024, 2020).is_empty());
    // Nobody bought the year before: no base, so neither churn nor retention.
    let y = Yearly::from_records(&[rec(1, 2022, 0.0), rec(1, 2023, 10.0)]);
    let d = development(&y, 2023, 2023);
    assert_eq!(d[0].churn_rate, None);
    assert_eq!(d[0].net_revenue_retention, None);
    assert_eq!(d[0].new_customers, Some(1));
    // Huge amounts do not overflow.
    let y = Yearly::from_records(&[rec(1, 2022, 1e15), rec(1, 2023, 2e15)]);
    assert!(close(
        development(&y, 2023, 2023)[0]
            .net_revenue_retention
            .unwrap(),
        200.0
    ));
}

#[test]
fn class_migration_finds_the_a_customers_that_slipped_and_the_lost_ones() {
    let accounts: Vec<Account> = (1..=5)
        .map(|i| Account::new(i, format!("K{i}"), 0.0))
        .collect();
    // 2023: 1 and 2 are A (80 of 100), 3 is B, 4 is C. 2024: 2 slips, 4 is lost, 5 is new.
    let y = Yearly::from_records(&[
        rec(1, 2023, 50.0),
        rec(2, 2023, 30.0),
        rec(3, 2023, 15.0),
        rec(4, 2023, 5.0),
        rec(1, 2024, 60.0),
        rec(2, 2024, 5.0),
        rec(3, 2024, 20.0),
        rec(5, 2024, 15.0),
    ]);
    let m = migration(&y, &accounts, 2023, 2024, AbcThresholds::default());
    let a = Standing::Class(AbcClass::A);
    let c = Standing::Class(AbcClass::C);
    assert_eq!(m.cell(a, a).accounts, vec![1]);
    let slipped = m.cell(a, c);
    assert_eq!(slipped.accounts, vec![2]);
    assert_eq!((slipped.revenue_from, slipped.revenue_to), (30.0, 5.0));
    assert_eq!(m.cell(c, Standing::NoRevenue).accounts, vec![4], "lost");
    assert_eq!(
        m.cell(Standing::NoRevenue, Standing::Class(AbcClass::B))
            .accounts,
        vec![5],
        "new"
    );
    let counted: usize = m.cells.iter().flatten().map(|c| c.accounts.len()).sum();
    assert_eq!(
        counted, 5,
        "every customer with revenue in either year, once"
    );
    assert!(m
        .cell(Standing::NoRevenue, Standing::NoRevenue)
        .accounts
        .is_empty());
}

#[test]
fn class_migration_on_the_threshold_follows_the_pareto_rule() {
    // 80 of 100 exactly: the first customer reaches 80 % and is A; the next starts at 80 % and is B.
    let accounts: Vec<Account> = (1..=2)
        .map(|i| Account::new(i, format!("K{i}"), 0.0))
        .collect();
    let y = Yearly::from_records(&[rec(1, 2024, 80.0), rec(2, 2024, 20.0), rec(1, 2023, 1.0)]);
    let m = migration(&y, &accounts, 2023, 2024, AbcThresholds::default());
    assert_eq!(
        m.cell(Standing::Class(AbcClass::A), Standing::Class(AbcClass::A))
            .accounts,
        vec![1]
    );
    assert_eq!(
        m.cell(Standing::NoRevenue, Standing::Class(AbcClass::B))
            .accounts,
        vec![2]
    );
}

#[test]
fn growth_year_over_year_cagr_and_stability() {
    let y = Yearly::from_records(&[
        rec(1, 2020, 100.0),
        rec(1, 2022, 121.0),
        rec(1, 2021, 110.0),
    ]);
    let g = growth_of(&y, 1, 2020, 2022);
    assert!(close(g.year_over_year.unwrap(), 10.0));
    assert!(close(g.cagr.unwrap(), 10.0));
    assert_eq!((g.years_with_revenue, g.span_years), (3, 3));
    let mean = 331.0 / 3.0;
    let sd = (((100.0f64 - mean).powi(2) + (110.0 - mean).powi(2) + (121.0 - mean).powi(2)) / 3.0)
        .sqrt();
    assert!(close(g.variation.unwrap(), sd / mean * 100.0));
    // A steady customer varies by 0 %.
    let y = Yearly::from_records(&[rec(2, 2020, 50.0), rec(2, 2021, 50.0)]);
    assert_eq!(growth_of(&y, 2, 2020, 2021).variation, Some(0.0));
    // One year is no span to vary over: no figure rather than a steady 0 %.
    assert_eq!(growth_of(&y, 2, 2021, 2021).variation, None);
}

#[test]
fn cagr_with_a_zero_or_negative_start_is_not_a_number_and_a_loss_is_minus_100() {
    let y = Yearly::from_records(&[
        rec(1, 2020, 0.0),
        rec(1, 2022, 50.0),
        rec(2, 2020, -10.0),
        rec(2, 2022, 50.0),
        rec(3, 2020, 80.0),
        rec(4, 2020, 80.0),
        rec(4, 2022, -5.0),
    ]);
    assert_eq!(growth_of(&y, 1, 2020, 2022).cagr, None, "zero start");
    assert_eq!(growth_of(&y, 2, 2020, 2022).cagr, None, "credit start");
    assert_eq!(growth_of(&y, 3, 2020, 2022).cagr, Some(-100.0), "lost");
    assert_eq!(
        growth_of(&y, 4, 2020, 2022).cagr,
        None,
        "ends in a net credit"
    );
    assert_eq!(
        growth_of(&y, 3, 2020, 2020).cagr,
        None,
        "one year is no span"
    );
    assert_eq!(
        growth_of(&y, 1, 2021, 2022).year_over_year,
        None,
        "nothing the year before"
    );
    let none = growth_of(&y, 9, 2020, 2022);
    assert_eq!((none.variation, none.years_with_revenue), (None, 0));
    assert!(growth(&y, 2022, 2020).is_empty());
    assert_eq!(growth(&y, 2020, 2022).len(), 4);
}

#[test]
fn whitespace_cells_bought_open_in_progress_and_not_relevant() {
    let records = vec![
        sold(1, 2023, 10, Some(1), 500.0),
        sold(1, 2024, 10, Some(2), 200.0),
        sold(1, 2019, 11, Some(1), 900.0), // outside the span
        sold(2, 2024, 11, Some(1), 900.0), // another customer
        sold(1, 2024, 12, Some(2), 50.0),
        sold(1, 2024, 12, Some(2), -50.0), // credited in full: not bought
    ];
    let mut marks = CellMarks::default();
    marks.not_relevant.insert((11, Some(2)));
    marks.not_relevant.insert((10, Some(1))); // bought anyway: the data wins
    marks.in_progress.insert((12, Some(1)));
    marks.potential.insert((12, Some(2)), 70.0);
    let proposals = HashMap::from([(11, 300.0)]);
    let w = whitespace(
        1,
        &[10, 11, 12],
        &[1, 2],
        &records,
        (2022, 2024),
        &marks,
        &proposals,
    );
    assert_eq!(
        w.cells[0],
        vec![CellStatus::Buys(500.0), CellStatus::Buys(200.0)]
    );
    assert_eq!(
        w.cells[1],
        vec![
            CellStatus::Open(Some(Potential::Proposed(150.0))),
            CellStatus::NotRelevant
        ]
    );
    assert_eq!(
        w.cells[2],
        vec![
            CellStatus::InProgress,
            CellStatus::Open(Some(Potential::Entered(70.0)))
        ]
    );
    assert_eq!((w.bought_in_row(0), w.open_in_row(1)), (700.0, 150.0));
    assert_eq!((w.bought_in_column(0), w.open_in_column(1)), (500.0, 70.0));
    assert_eq!(w.open_total(), 220.0);
    assert_eq!(
        w.largest_gaps(),
        vec![
            ((11, Some(1)), Potential::Proposed(150.0)),
            ((12, Some(2)), Potential::Entered(70.0))
        ]
    );
    assert_eq!(w.offerings_bought(), 1);
    // Without units the customer is one column and every row counts for it.
    let w = whitespace(
        1,
        &[10, 11],
        &[],
        &records,
        (2022, 2024),
        &CellMarks::default(),
        &HashMap::new(),
    );
    assert_eq!(w.units, vec![None]);
    assert_eq!(w.cells[0], vec![CellStatus::Buys(700.0)]);
    assert_eq!(w.cells[1], vec![CellStatus::Open(None)]);
    assert!(w.largest_gaps().is_empty());
}

#[test]
fn proposed_potential_is_the_median_share_of_comparable_customers_times_the_size() {
    let mut accounts: Vec<Account> = (1..=6)
        .map(|i| Account::new(i, format!("K{i}"), 0.0))
        .collect();
    for a in &mut accounts[..5] {
        a.industry = "Maschinenbau".into();
    }
    accounts[5].industry = "Chemie".into();
    let mut records = vec![rec(1, 2023, 1000.0), rec(1, 2024, 1000.0)];
    // Peers 2, 3, 4 buy offering 7 at 10 %, 20 % and 50 % of their revenue; 5 does not
    // buy it (not a peer for it); 6 is in another industry.
    for (id, share) in [(2, 0.1), (3, 0.2), (4, 0.5)] {
        records.push(rec(id, 2024, 100.0 * (1.0 - share)));
        records.push(sold(id, 2024, 7, None, 100.0 * share));
    }
    records.push(rec(5, 2024, 100.0));
    records.push(sold(6, 2024, 7, None, 100.0));
    let p = proposed_potential(&accounts[0], 7, &accounts, &records, (2023, 2024)).unwrap();
    assert!(close(p, 0.2 * 1000.0), "median 20 % of a yearly 1,000: {p}");
    // Two peers are too few.
    records.retain(|r| r.account != 4);
    assert_eq!(
        proposed_potential(&accounts[0], 7, &accounts, &records, (2023, 2024)),
        None
    );
    // No industry, no proposal.
    let mut lone = accounts[0].clone();
    lone.industry = " ".into();
    assert_eq!(
        proposed_potential(&lone, 7, &accounts, &records, (2023, 2024)),
        None
    );
    // A customer without revenue gets none.
    assert_eq!(
        proposed_potential(&accounts[0], 7, &accounts, &records, (2020, 2021)),
        None
    );
}
