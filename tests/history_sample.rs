//! The sample's sales history and the workspace sections it lives in (schema 8):
//! every history page has something to show on a first visit, and the sections read,
//! check and migrate like the others.

use keystone::domain::history::development::development;
use keystone::domain::history::migration::{migration, Standing};
use keystone::domain::history::units::{cell_marks, unit_tree};
use keystone::domain::history::Yearly;
use keystone::domain::key_account::key_account;
use keystone::domain::pareto::AbcClass;
use keystone::domain::precision::snap;
use keystone::domain::sample::{in_english, sample_workspace, FIRST_YEAR, LAST_YEAR};
use keystone::persist::{from_json, to_json};

#[test]
fn the_sample_has_five_years_over_six_offerings() {
    let ws = sample_workspace();
    assert_eq!(ws.offerings.len(), 6);
    assert_eq!(
        ws.history.years(),
        (FIRST_YEAR..=LAST_YEAR).collect::<Vec<_>>()
    );
    assert!(ws.validate().is_empty(), "{:?}", &ws.validate()[..1]);
    // Round amounts, as an ERP export in whole hundreds would have them.
    for r in ws.history.iter() {
        assert_eq!(snap(r.revenue / 100.0).fract(), 0.0, "{r:?}");
    }
    // The last year is the customer list's revenue, to the cent.
    let yearly = Yearly::from_records(&ws.history);
    for a in ws.accounts.iter() {
        assert_eq!(
            snap(yearly.revenue(a.id, LAST_YEAR)),
            snap(a.revenue),
            "{}",
            a.name
        );
    }
}

#[test]
fn the_sample_shows_slipped_a_customers_new_and_lost_ones() {
    let ws = sample_workspace();
    let yearly = Yearly::from_records(&ws.history);
    let t = ws.settings.abc.thresholds();
    let m = migration(&yearly, &ws.accounts, LAST_YEAR - 1, LAST_YEAR, t);
    let slipped = m.cell(Standing::Class(AbcClass::A), Standing::Class(AbcClass::B));
    assert!(!slipped.accounts.is_empty(), "no A customer slipped to B");
    let lost = m.cell(Standing::Class(AbcClass::C), Standing::NoRevenue);
    assert!(!lost.accounts.is_empty(), "no lost customer");
    let years = development(&yearly, FIRST_YEAR, LAST_YEAR);
    assert!(years.iter().any(|y| y.new_customers.unwrap_or(0) > 0));
    assert!(years.last().unwrap().lost_customers.unwrap_or(0) >= 1);
}

#[test]
fn every_sample_key_account_has_units_and_every_cell_status() {
    let ws = sample_workspace();
    let planned = |id: u64| ws.key_accounts.contains_key(&id.to_string());
    assert_eq!(ws.accounts.iter().filter(|a| planned(a.id)).count(), 6);
    for a in ws.accounts.iter().filter(|a| planned(a.id)) {
        let data = key_account(&ws.key_accounts, a.id);
        assert_eq!(data.units.len(), 4, "{}", a.name);
        let tree = unit_tree(&data.units);
        assert_eq!(tree[1].1, 1, "a plant under its country");
        let marks = cell_marks(&data.whitespace, &data.plan);
        assert_eq!(marks.not_relevant.len(), 1, "{}", a.name);
        assert_eq!(marks.potential.len(), 1, "{}", a.name);
        assert_eq!(marks.in_progress.len(), 1, "{}", a.name);
    }
}

#[test]
fn the_sample_history_round_trips_and_translates() {
    let ws = sample_workspace();
    let text = to_json(&ws, "t", "2026-12-06T10:00:00Z", 1);
    // Rows are six values, not objects.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(
        value["data"]["history"][0].is_array(),
        "rows are six values"
    );
    let back = from_json(&text).unwrap().workspace;
    assert_eq!(back.history, ws.history);
    assert_eq!(back.offerings, ws.offerings);
    let en = in_english(ws);
    assert_eq!(en.offerings[0].name, "Geared motors");
    let first_key = en.accounts[0].id;
    let data = key_account(&en.key_accounts, first_key);
    assert_eq!(data.unit_kind, "Plant");
    assert_eq!(data.units[3].name, "Poland plant");
}

const FIXTURE_V7: &str = include_str!("fixtures/workspace-v7.json");

#[test]
fn a_version_7_file_imports_with_an_empty_history() {
    let loaded = from_json(FIXTURE_V7).unwrap();
    assert_eq!(loaded.migrated_from, Some(7));
    let ws = &loaded.workspace;
    assert_eq!(ws.accounts[0].customer_number, "10001");
    assert!(ws.offerings.is_empty() && ws.history.is_empty());
    // Its key accounts' plans read as they were, without cells.
    let data = key_account(&ws.key_accounts, ws.accounts[0].id);
    assert!(data.units.is_empty() && data.whitespace.is_empty());
    let again = from_json(&to_json(ws, "t", "x", 1)).unwrap();
    assert_eq!(&again.workspace, ws);
    assert_eq!(again.migrated_from, None);
}

/// A version-8 file with `data` as given.
fn file(data: serde_json::Value) -> String {
    serde_json::json!({
        "format": "keystone-workspace", "schema_version": 8, "app_version": "t",
        "exported_at": "2026-12-06T00:00:00Z", "data": data
    })
    .to_string()
}

fn problems(data: serde_json::Value) -> Vec<String> {
    match from_json(&file(data)) {
        Ok(loaded) => loaded
            .workspace
            .validate()
            .iter()
            .map(|p| format!("{:?} {:?} {:?} {:?}", p.section, p.index, p.field, p.kind))
            .collect(),
        Err(keystone::persist::ImportError::Problems(found)) => found
            .iter()
            .map(|p| format!("{:?} {:?} {:?} {:?}", p.section, p.index, p.field, p.kind))
            .collect(),
        Err(e) => vec![format!("{e:?}")],
    }
}

#[test]
fn history_rows_are_checked_value_by_value() {
    let accounts = serde_json::json!([{"id": 1, "name": "A", "revenue": 10}]);
    let offerings = serde_json::json!([{"id": 1, "name": "Getriebe"}]);
    let ok = serde_json::json!({"accounts": accounts, "offerings": offerings,
        "history": [[1, "2024", 1, null, 100.5, null], [1, "2025-Q1", null, null, -20, 3]]});
    assert!(problems(ok).is_empty());
    let bad = serde_json::json!({"accounts": accounts, "offerings": offerings,
        "history": [[1, "24/2024", 1, null, 1, null], [1, "2024", 1, null, "1.000", null],
                    {"account": 1}, [1, "2024"]]});
    let found = problems(bad);
    assert!(
        found[0].contains("History Some(1) Some(\"period\") NotAPeriod"),
        "{found:?}"
    );
    assert!(
        found[1].contains("Some(2) Some(\"revenue\") NotANumber"),
        "{found:?}"
    );
    assert!(found[2].contains("Some(3) None NotAList"), "{found:?}");
    assert!(
        found[3].contains("Some(4) Some(\"offering\") Missing"),
        "{found:?}"
    );
}

#[test]
fn history_rows_must_name_known_customers_offerings_and_units() {
    let data = serde_json::json!({
        "accounts": [{"id": 1, "name": "A", "revenue": 10, "key_account": true}],
        "offerings": [{"id": 1, "name": "Getriebe"}, {"id": 1, "name": ""}],
        "key_accounts": {"1": {"units": [{"id": 1, "name": "Werk Nord"}]}},
        "history": [[2, "2024", 1, null, 1, null], [1, "2024", 9, 1, 1, null],
                    [1, "2024", 1, 7, 1, null]]});
    let found = problems(data);
    let expect = [
        "Offerings Some(2) Some(\"name\") Empty",
        "Offerings Some(2) Some(\"id\") Duplicate",
        "History Some(1) Some(\"account\") Unknown",
        "History Some(2) Some(\"offering\") Unknown",
        "History Some(3) Some(\"unit\") Unknown",
    ];
    for e in expect {
        assert!(found.iter().any(|f| f.contains(e)), "{e} not in {found:?}");
    }
    assert_eq!(found.len(), expect.len(), "{found:?}");
}

#[test]
fn units_and_marks_are_checked_in_the_key_account_data() {
    let data = serde_json::json!({
        "accounts": [{"id": 1, "name": "A", "revenue": 10, "key_account": true}],
        "key_accounts": {"1": {"unit_kind": 3, "units": [{"id": "x", "name": "Werk"}],
            "whitespace": [{"offering": 1, "potential": "viel"}],
            "plan": {"actions": [{"id": 1, "text": "t", "cell": {"unit": 2}}]}}}});
    let found = problems(data);
    for e in [
        "1.unit_kind\") NotText",
        "units.1.id\") NotAnId",
        "whitespace.1.potential\") NotANumber",
        "cell.offering\") Missing",
    ] {
        assert!(found.iter().any(|f| f.contains(e)), "{e} not in {found:?}");
    }
}

#[test]
fn the_register_figures_of_a_year() {
    use keystone::domain::history::{sparkline_points, SalesRecord};
    let rec = SalesRecord::of_year;
    let y = Yearly::from_records(&[rec(1, 2024, 100.0), rec(1, 2025, 110.0), rec(2, 2025, 5.0)]);
    assert_eq!(y.change(1, 2025).map(snap), Some(10.0));
    // From nothing: no percentage; to nothing: -100 %.
    assert_eq!(y.change(2, 2025), None);
    assert_eq!(y.change(1, 2026).map(snap), Some(-100.0));
    assert_eq!(y.series(1, 2023, 2025), vec![0.0, 100.0, 110.0]);
    assert!(y.has(2) && !y.has(3));
    let p = sparkline_points(&[0.0, 50.0, 100.0], 40.0, 10.0);
    assert_eq!(p, vec![(0.0, 10.0), (20.0, 5.0), (40.0, 0.0)]);
    // Zero is the baseline: a flat series stays at its height; all zero is drawn in
    // the middle. Single, empty, a credit below zero.
    assert_eq!(sparkline_points(&[7.0, 7.0], 10.0, 10.0)[1], (10.0, 0.0));
    assert_eq!(sparkline_points(&[0.0, 0.0], 10.0, 10.0)[1], (10.0, 5.0));
    assert_eq!(sparkline_points(&[7.0], 10.0, 10.0), vec![(0.0, 0.0)]);
    assert!(sparkline_points(&[], 10.0, 10.0).is_empty());
    let c = sparkline_points(&[-10.0, 10.0], 10.0, 20.0);
    assert_eq!(c, vec![(0.0, 20.0), (10.0, 0.0)]);
}

#[test]
fn a_customers_trend_by_offering() {
    use keystone::charts::trend::{trend_table, TrendSeries};
    use keystone::domain::history::{by_offering, Offering, SalesRecord};
    let rec = |year, offering: Option<u32>, revenue| SalesRecord {
        offering,
        ..SalesRecord::of_year(7, year, revenue)
    };
    let offerings = vec![
        Offering {
            id: 2,
            name: "B".into(),
            group: String::new(),
            extra: Default::default(),
        },
        Offering {
            id: 1,
            name: "A".into(),
            group: String::new(),
            extra: Default::default(),
        },
    ];
    let rows = [
        rec(2023, Some(1), 10.0),
        rec(2025, Some(2), 5.0),
        rec(2025, None, 1.0),
        rec(2025, Some(1), -2.0),
        rec(2025, Some(9), 3.0),
    ];
    let (years, series) = by_offering(&rows, &offerings, 7);
    // A year without rows in between is a zero, not a gap.
    assert_eq!(years, vec![2023, 2024, 2025]);
    let keys: Vec<_> = series.iter().map(|s| s.0).collect();
    assert_eq!(
        keys,
        vec![Some(2), Some(1), Some(9), None],
        "the offerings' order"
    );
    assert_eq!(series[1].1, vec![10.0, 0.0, -2.0], "credits count");
    assert_eq!(by_offering(&rows, &offerings, 8), (vec![], vec![]));
    let named: Vec<TrendSeries> = series
        .iter()
        .map(|(k, v)| TrendSeries {
            name: format!("{k:?}"),
            values: v.clone(),
        })
        .collect();
    let t = trend_table(&years, &named, "Offering", "Total", &|v| format!("{v}"));
    assert_eq!(t.columns, vec!["Offering", "2023", "2024", "2025"]);
    assert_eq!(t.rows.last().unwrap(), &vec!["Total", "10", "0", "7"]);
}

const FIXTURE_V8: &str = include_str!("fixtures/workspace-v8.json");

#[test]
fn a_version_8_file_reads_its_history_units_and_marks() {
    let loaded = from_json(FIXTURE_V8).unwrap();
    assert_eq!(loaded.migrated_from, None);
    let ws = &loaded.workspace;
    assert_eq!(ws.offerings.len(), 2);
    assert_eq!(ws.history.len(), 4);
    assert_eq!(ws.history[2].revenue, -2500.0, "a credit");
    let data = key_account(&ws.key_accounts, ws.accounts[0].id);
    assert_eq!(unit_tree(&data.units)[1].1, 1);
    let marks = cell_marks(&data.whitespace, &data.plan);
    assert_eq!(
        (
            marks.not_relevant.len(),
            marks.potential.len(),
            marks.in_progress.len()
        ),
        (1, 1, 1)
    );
    let again = from_json(&to_json(ws, "t", "x", 1)).unwrap();
    assert_eq!(&again.workspace, ws);
}
