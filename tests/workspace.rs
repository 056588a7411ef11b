//! Host tests of the workspace operations, the sample workspace and routes.

use keystone::domain::sample::{sample_workspace, sample_workspace_of};
use keystone::domain::{
    abc_analysis, AbcClass, AbcThresholds, Account, FieldProblem, Measure, Problem, ProblemKind,
    Section, Workspace,
};
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
    assert_eq!(
        a.validate(),
        [FieldProblem::new("potential", ProblemKind::Negative)]
    );
}

#[test]
fn the_sample_is_a_skewed_list_of_200_with_6_to_8_key_accounts() {
    let ws = sample_workspace();
    assert_eq!(ws.accounts.len(), 200);
    assert!((6..=8).contains(&ws.key_account_count()));
    assert!(ws.validate().is_empty());
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
fn the_samples_key_accounts_have_histories_over_years_with_a_step_down_and_a_missed_target() {
    use keystone::domain::day::Day;
    use keystone::domain::roles::{first_day, Change};
    let ws = sample_workspace();
    let today = Day::parse("2026-11-21").unwrap();
    let keys: Vec<u64> = ws
        .accounts
        .iter()
        .filter(|a| a.key_account)
        .map(|a| a.id)
        .collect();
    let typed = keystone::domain::key_account::read_key_accounts(&ws.key_accounts).unwrap();
    let with = keys.iter().filter(|id| typed.contains_key(id)).count();
    assert_eq!(with, keys.len() - 1, "all but one key account have entries");
    assert!(typed.keys().all(|id| keys.contains(id)));
    let roles: Vec<_> = typed.values().map(|k| &k.roles).collect();
    assert!(first_day(&roles).unwrap().year() <= 2018, "several years");
    let downs = roles
        .iter()
        .flat_map(|h| h.spans(today))
        .filter(|s| s.change == Change::Down)
        .count();
    assert!(downs >= 1);
    assert_eq!(roles.iter().filter(|h| h.overdue(today)).count(), 1);
    assert!(typed.values().all(|k| !k.selling.steps.is_empty()));
}

#[test]
fn routes_parse_and_round_trip() {
    use keystone::state::route::AccountSection;
    for (hash, route) in [
        ("", Route::Accounts),
        ("#", Route::Accounts),
        ("#/", Route::Accounts),
        ("#/accounts", Route::Accounts),
        ("#/accounts/", Route::Accounts),
        ("#/accounts/new", Route::NewAccount),
        ("#/accounts/42", Route::Account(42)),
        ("#/pareto", Route::Pareto),
        ("#/whitespace", Route::Whitespace),
        (
            "#/accounts/42/whitespace",
            Route::AccountSection(42, AccountSection::Whitespace),
        ),
        ("#/data", Route::Data),
        ("#/import", Route::SheetImport),
        ("#/assessment", Route::Assessment(None)),
        ("#/assessment/3", Route::Assessment(Some(3))),
        ("#/assessment/compare", Route::AssessmentCompare),
        ("#/assessment/workshop", Route::Workshop),
        ("#/assessment/shared/EC4_-x", Route::AssessmentShared),
        ("#/assessment/join/EC4_-x", Route::AssessmentJoin),
        ("#/assessment/shared", Route::NotFound),
        ("#/assessment/x", Route::NotFound),
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
        Route::Whitespace,
        Route::AccountSection(7, AccountSection::Whitespace),
        Route::Data,
        Route::Assessment(None),
        Route::Assessment(Some(12)),
        Route::AssessmentCompare,
        Route::Workshop,
    ] {
        assert_eq!(Route::parse(&r.href()), r);
    }
}

#[test]
fn account_validate_names_every_problem_by_field() {
    let mut a = Account::new(0, "  ", f64::NAN);
    a.contribution_margin = Some(f64::INFINITY);
    a.potential = Some(-1.0);
    a.relationship_since = Some(1799);
    let fields: Vec<(&str, ProblemKind)> = a
        .validate()
        .into_iter()
        .map(|p| (p.field, p.kind))
        .collect();
    assert_eq!(
        fields,
        [
            ("id", ProblemKind::NotAnId),
            ("name", ProblemKind::Empty),
            ("revenue", ProblemKind::NotANumber),
            ("contribution_margin", ProblemKind::NotANumber),
            ("potential", ProblemKind::Negative),
            ("relationship_since", ProblemKind::NotAYear),
        ]
    );
    // The edges are allowed: credits, zero potential, the first and last year.
    let mut b = Account::new(1, "B", -500.0);
    b.potential = Some(0.0);
    b.relationship_since = Some(1800);
    assert!(b.validate().is_empty());
    b.relationship_since = Some(2200);
    b.revenue = f64::MAX;
    assert!(b.validate().is_empty());
}

#[test]
fn tidy_trims_texts_and_drops_blank_and_repeated_tags() {
    let mut a = Account::new(1, "  Rheintec GmbH ", 1.0);
    a.industry = " Chemie".into();
    a.tags = vec![
        " KAM ".into(),
        "".into(),
        "KAM".into(),
        "  ".into(),
        "Export".into(),
    ];
    a.notes = "  bleibt  ".into();
    a.tidy();
    assert_eq!(a.name, "Rheintec GmbH");
    assert_eq!(a.industry, "Chemie");
    assert_eq!(a.tags, ["KAM", "Export"]);
    assert_eq!(
        a.notes, "  bleibt  ",
        "notes are the user's text, kept as typed"
    );
}

#[test]
fn workspace_validate_locates_problems_and_points_duplicates_at_the_first() {
    let mut ws = Workspace::default();
    ws.accounts.push(Account::new(7, "Erste", 1.0));
    ws.accounts.push(Account::new(7, "Zweite", 1.0));
    ws.accounts.push(Account::new(7, "", 1.0));
    ws.settings.abc.a_threshold = f64::NAN;
    let found = ws.validate();
    let dup = ProblemKind::Duplicate {
        value: "7".into(),
        first: 1,
    };
    let expected = vec![
        Problem::item(Section::Accounts, 2, "Zweite", dup.clone()).with_field("id"),
        Problem::item(Section::Accounts, 3, "", ProblemKind::Empty).with_field("name"),
        Problem::item(Section::Accounts, 3, "", dup).with_field("id"),
        Problem::section(Section::Settings, ProblemKind::NotANumber).with_field("abc.a_threshold"),
    ];
    assert_eq!(found, expected);
    assert!(Workspace::default().validate().is_empty());
}

#[test]
fn the_samples_key_accounts_have_profiles_with_two_competitors_and_scorecards_some_red() {
    use keystone::domain::key_account::read_key_accounts;
    use keystone::domain::profile::{gaps, value_drivers, weighted_performance};
    use keystone::domain::scorecard::Status;
    let ws = sample_workspace();
    let typed = read_key_accounts(&ws.key_accounts).unwrap();
    let mut red = 0;
    for data in typed.values() {
        let segment = &data.profiles[0];
        let p = &segment.profile;
        assert_eq!(p.competitors.len(), 2);
        let w = p.weights();
        assert_eq!(w.iter().sum::<f64>(), 100.0);
        assert!(weighted_performance(&w, &p.our_ratings()).is_some());
        for c in p.competitor_ratings() {
            assert!(weighted_performance(&w, &c).is_some());
        }
        let g = gaps(&w, &p.our_ratings(), &p.competitor_ratings());
        assert_eq!(value_drivers(&w, &g).len(), 5);
        assert_eq!(data.scorecard.len(), 4);
        red += data
            .scorecard
            .iter()
            .filter(|k| k.turn().is_some_and(|t| t.latest == Status::Red))
            .count();
    }
    assert!(red >= 2, "some KPIs are red: {red}");
    assert!(ws.validate().is_empty());
}

#[test]
fn the_navigation_marks_the_section_a_page_belongs_to() {
    use keystone::state::route::AccountSection;
    let key = |id| id == 1;
    for (page, section) in [
        (Route::Account(1), Route::KeyAccounts),
        (Route::Account(2), Route::Accounts),
        (
            Route::AccountSection(1, AccountSection::Plan),
            Route::KeyAccounts,
        ),
        (Route::Report(1, true), Route::KeyAccounts),
        (Route::NewAccount, Route::Accounts),
        (Route::PortfolioReport, Route::Portfolio),
        (Route::SheetImport, Route::Data),
        (Route::Assessment(Some(3)), Route::Assessment(None)),
        (Route::Workshop, Route::Assessment(None)),
        (Route::Pareto, Route::Pareto),
    ] {
        assert_eq!(page.nav_section(key), section, "{page:?}");
    }
}

#[test]
fn the_list_of_sections_is_the_order_of_the_workspace_in_a_file() {
    // Autosave writes `data` section by section in `Section::ALL`'s order, an export
    // serializes `Workspace`: both must give the same file.
    let text = serde_json::to_string(&Workspace::default()).unwrap();
    let at = |s: &Section| text.find(&format!("\"{}\":", s.key()));
    let known = &Section::ALL[..Section::ALL.len() - 1];
    let places: Vec<Option<usize>> = known.iter().map(at).collect();
    assert!(places.iter().all(Option::is_some), "{text}");
    assert!(places.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert_eq!(Section::ALL.last(), Some(&Section::Unknown));
    assert!(Section::ALL.iter().enumerate().all(|(i, s)| s.index() == i));
}

#[test]
fn deleting_a_customer_takes_its_sales_history_and_undo_puts_it_back_in_place() {
    use keystone::domain::history::SalesRecord;
    let row = |account, revenue| SalesRecord::of_year(account, 2024, revenue);
    let mut ws = Workspace::default();
    let a = ws.add_account(Account::new(0, "A", 1.0));
    let b = ws.add_account(Account::new(0, "B", 2.0));
    // B's rows first, in the middle and last: each goes back to its own place.
    let before = vec![
        row(b, 1.0),
        row(a, 2.0),
        row(b, 3.0),
        row(a, 4.0),
        row(b, 5.0),
    ];
    ws.history.0 = before.clone();
    let (index, removed) = ws.remove_account(b).unwrap();
    let taken = ws.history.take_account(b);
    assert_eq!(taken.len(), 3);
    let left: Vec<f64> = ws.history.iter().map(|r| r.revenue).collect();
    assert_eq!(left, vec![2.0, 4.0]);
    assert!(
        ws.validate().is_empty(),
        "no row refers to the deleted customer"
    );
    // A customer without rows: nothing taken.
    assert!(ws.history.take_account(99).is_empty());
    let back = ws.restore_account(index, removed);
    ws.history.restore_account(back, taken.clone());
    assert_eq!(ws.history.0, before);
    assert!(ws.validate().is_empty());
    // Undo under another id (taken meanwhile): the rows follow the new id.
    let mut other = Workspace::default();
    other.history.0 = vec![row(a, 2.0)];
    other.history.restore_account(7, taken);
    let ids: Vec<u64> = other.history.iter().map(|r| r.account).collect();
    assert_eq!(ids, vec![7, 1, 7, 7]);
}
