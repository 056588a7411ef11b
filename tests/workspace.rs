//! Host tests of the workspace operations, the sample workspace and routes.

use keystone::domain::sample::{sample_workspace, sample_workspace_of};
use keystone::domain::{abc_analysis, AbcClass, AbcThresholds, Account, Measure, Workspace};
use keystone::state::Route;

#[test]
fn ids_are_fresh_and_undo_puts_an_account_back_where_it_was() {
    let mut ws = Workspace::default();
    assert_eq!(ws.next_id(), 1);
    let a = ws.add_account(Account::new(0, "A", 1.0));
    let b = ws.add_account(Account::new(0, "B", 2.0));
    let c = ws.add_account(Account::new(0, "C", 3.0));
    assert_eq!((a, b, c), (1, 2, 3));
    let (index, removed) = ws.remove_account(b).unwrap();
    assert_eq!((index, removed.name.as_str()), (1, "B"));
    assert!(ws.remove_account(b).is_none());
    assert_eq!(ws.restore_account(index, removed), 2);
    assert_eq!(
        ws.accounts.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    // Restoring when the id is taken meanwhile gives a fresh id, never a duplicate.
    let (i, removed) = ws.remove_account(3).unwrap();
    ws.add_account(Account::new(0, "D", 4.0));
    assert_eq!(ws.restore_account(i, removed), 4);
    assert!(ws.set_key_account(1, true));
    assert!(!ws.set_key_account(99, true));
    assert_eq!(ws.key_account_count(), 1);
    let mut edited = ws.account(1).unwrap().clone();
    edited.name = "A2".into();
    assert!(ws.update_account(edited));
    assert_eq!(ws.account(1).unwrap().name, "A2");
}

#[test]
fn share_of_wallet_is_revenue_over_potential() {
    let mut a = Account::new(1, "A", 250.0);
    assert_eq!(a.share_of_wallet(), None);
    a.potential = Some(1000.0);
    assert_eq!(a.share_of_wallet(), Some(25.0));
    a.potential = Some(0.0);
    assert_eq!(a.share_of_wallet(), None);
    a.potential = Some(-5.0);
    assert_eq!(a.share_of_wallet(), None);
    assert!(a.validate().is_err());
}

#[test]
fn the_sample_is_a_skewed_list_of_200_with_6_to_8_key_accounts() {
    let ws = sample_workspace();
    assert_eq!(ws.accounts.len(), 200);
    assert!((6..=8).contains(&ws.key_account_count()));
    assert!(ws.accounts.iter().all(|a| a.validate().is_ok()));
    let r = abc_analysis(&ws.accounts, Measure::Revenue, AbcThresholds::default());
    let a = r.summary(AbcClass::A);
    assert!(
        a.share_of_accounts > 10.0 && a.share_of_accounts < 30.0,
        "{a:?}"
    );
    assert!(r.non_positive_count >= 1, "credits are part of the sample");
    let mut names: Vec<&str> = ws.accounts.iter().map(|a| a.name.as_str()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), 200, "names are unique");
    assert_eq!(sample_workspace_of(20_000).accounts.len(), 20_000);
}

#[test]
fn routes_parse_and_round_trip() {
    for (hash, route) in [
        ("", Route::Accounts),
        ("#", Route::Accounts),
        ("#/", Route::Accounts),
        ("#/accounts", Route::Accounts),
        ("#/accounts/", Route::Accounts),
        ("#/accounts/new", Route::NewAccount),
        ("#/accounts/42", Route::Account(42)),
        ("#/pareto", Route::Pareto),
        ("#/data", Route::Data),
        ("#/accounts/x", Route::NotFound),
        ("#/nowhere", Route::NotFound),
    ] {
        assert_eq!(Route::parse(hash), route, "{hash}");
    }
    for r in [
        Route::Accounts,
        Route::NewAccount,
        Route::Account(7),
        Route::Pareto,
        Route::Data,
    ] {
        assert_eq!(Route::parse(&r.href()), r);
    }
}
