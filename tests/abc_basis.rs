//! Host tests of the ABC analysis' basis: what it reads of the accounts, and when a
//! change of the accounts leaves it (and so the analysis) as it was.

use keystone::domain::{abc_analysis, AbcBasis, AbcThresholds, Account, Measure};

fn accounts() -> Vec<Account> {
    let mut list: Vec<Account> = [50.0, 30.0, 30.0, 0.0, -5.0, 10.0]
        .iter()
        .enumerate()
        .map(|(i, v)| Account::new(i as u64 + 1, format!("Kunde {}", 6 - i), *v))
        .collect();
    list[0].contribution_margin = Some(7.0);
    list[2].contribution_margin = Some(9.0);
    list
}

#[test]
fn the_basis_analyses_as_the_accounts_do() {
    let t = AbcThresholds::new(60.0, 90.0).unwrap();
    for measure in Measure::ALL {
        let list = accounts();
        assert_eq!(
            AbcBasis::of(&list, measure).analyse(t),
            abc_analysis(&list, measure, t)
        );
    }
    let empty = AbcBasis::of(&[], Measure::Revenue);
    assert!(empty.inputs.is_empty());
    assert_eq!(empty.analyse(t), abc_analysis(&[], Measure::Revenue, t));
}

#[test]
fn unmeasured_fields_leave_the_basis_as_it_was() {
    let list = accounts();
    let basis = AbcBasis::of(&list, Measure::Revenue);
    let mut changed = list.clone();
    changed[1].key_account = true;
    changed[2].industry = "Handel".into();
    changed[3].contribution_margin = Some(3.0); // not the measure
    changed[4].notes = "ruft zurück".into();
    assert!(basis.matches(&changed, Measure::Revenue));
}

#[test]
fn measured_fields_names_ids_and_order_change_the_basis() {
    let list = accounts();
    let basis = AbcBasis::of(&list, Measure::Revenue);
    assert!(basis.matches(&list, Measure::Revenue));
    assert!(!basis.matches(&list, Measure::ContributionMargin));
    let edits: [fn(&mut Vec<Account>); 6] = [
        |l| l[1].revenue = 31.0,
        |l| l[1].name = "Kunde X".into(),
        |l| l[1].id = 99,
        |l| l.swap(0, 1),
        |l| {
            l.pop();
        },
        |l| l.push(Account::new(7, "Neu", 1.0)),
    ];
    for edit in edits {
        let mut changed = list.clone();
        edit(&mut changed);
        assert!(!basis.matches(&changed, Measure::Revenue));
    }
    // The margin counts once it is the measure; an unknown margin counts as 0.
    let margin = AbcBasis::of(&list, Measure::ContributionMargin);
    let mut changed = list.clone();
    changed[0].contribution_margin = Some(8.0);
    assert!(!margin.matches(&changed, Measure::ContributionMargin));
    let mut zero = list.clone();
    zero[1].contribution_margin = Some(0.0);
    assert!(margin.matches(&zero, Measure::ContributionMargin));
}

#[test]
fn a_value_that_is_not_finite_counts_as_zero_in_the_basis() {
    let mut list = accounts();
    list[5].revenue = f64::NAN;
    let basis = AbcBasis::of(&list, Measure::Revenue);
    assert_eq!(basis.inputs[5].value, 0.0);
    // Still matches itself (NaN is never equal to NaN, the basis holds 0).
    assert!(basis.matches(&list, Measure::Revenue));
    list[5].revenue = 0.0;
    assert!(basis.matches(&list, Measure::Revenue));
}
