//! Account plan (overdue logic, progress, plan vs. actual, comparison) and the buying
//! center's gap rules.

use keystone::domain::day::Day;
use keystone::domain::plan::{
    compare, goal_progress, Action, ActionStatus, Change, Goal, Measure, Plan, Progress,
};
use keystone::domain::scorecard::{Better, Kpi, Perspective};
use keystone::domain::stakeholders::{
    check_reports_to, gaps, months_between, Attitude, BuyingRole, Contact, Gap, GapRules, Level,
    ReportsToError, Stakeholder,
};

fn day(s: &str) -> Day {
    Day::parse(s).unwrap()
}

fn action(id: u32, due: Option<&str>, status: ActionStatus) -> Action {
    Action {
        extra: Default::default(),
        id,
        text: format!("Action {id}"),
        owner: "KAM".into(),
        due: due.map(day),
        cost: None,
        status,
        goal: None,
        cell: None,
    }
}

#[test]
fn an_action_is_overdue_from_the_day_after_its_due_date_unless_done_or_dropped() {
    let today = day("2026-11-21");
    let due_today = action(1, Some("2026-11-21"), ActionStatus::Open);
    assert_eq!(due_today.progress(today), Progress::Open);
    let yesterday = action(2, Some("2026-11-20"), ActionStatus::InProgress);
    assert_eq!(yesterday.progress(today), Progress::Overdue);
    assert_eq!(
        action(3, Some("2020-01-01"), ActionStatus::Done).progress(today),
        Progress::Done
    );
    assert_eq!(
        action(4, Some("2020-01-01"), ActionStatus::Dropped).progress(today),
        Progress::Dropped
    );
    // Without a due date an action is never overdue.
    assert_eq!(
        action(5, None, ActionStatus::Open).progress(today),
        Progress::Open
    );
}

#[test]
fn counts_and_overdue_list_longest_overdue_first() {
    let plan = Plan {
        actions: vec![
            action(1, Some("2026-10-01"), ActionStatus::Open),
            action(2, Some("2026-06-01"), ActionStatus::Open),
            action(3, Some("2026-12-01"), ActionStatus::Open),
            action(4, Some("2026-01-01"), ActionStatus::Done),
            action(5, None, ActionStatus::Dropped),
            action(6, Some("2026-06-01"), ActionStatus::InProgress),
        ],
        ..Plan::default()
    };
    let today = day("2026-11-21");
    let c = plan.counts(today);
    assert_eq!((c.done, c.open, c.overdue, c.dropped), (1, 1, 3, 1));
    let ids: Vec<u32> = plan.overdue(today).iter().map(|a| a.id).collect();
    assert_eq!(ids, vec![2, 6, 1], "ties keep plan order");
    assert!(Plan::default().overdue(today).is_empty());
    assert_eq!(Plan::default().counts(today), Default::default());
}

#[test]
fn next_period_keeps_open_actions_and_the_version_keeps_everything() {
    let plan = Plan {
        period_start: Some(day("2026-01-01")),
        actions: vec![
            action(1, Some("2026-10-01"), ActionStatus::Open),
            action(2, Some("2026-06-01"), ActionStatus::Done),
            action(3, None, ActionStatus::Dropped),
            action(4, None, ActionStatus::InProgress),
        ],
        ..Plan::default()
    };
    let (version, next) = plan.start_next_period(day("2027-01-01"));
    assert_eq!(version.plan, plan);
    assert_eq!(version.closed, day("2027-01-01"));
    assert_eq!(next.period_start, Some(day("2027-01-01")));
    assert_eq!(
        next.actions.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![1, 4]
    );
    assert_eq!(next.next_action_id(), 5);
    assert_eq!(Plan::default().next_action_id(), 1);
    assert_eq!(Plan::default().next_goal_id(), 1);
}

fn kpi(name: &str, better: Better, actuals: &[(&str, f64)]) -> Kpi {
    Kpi {
        extra: Default::default(),
        name: name.into(),
        perspective: Perspective::Finance,
        unit: String::new(),
        target: 0.0,
        better,
        band: 0.0,
        template: None,
        actuals: actuals.iter().map(|(p, v)| (p.to_string(), *v)).collect(),
    }
}

fn measure(target: f64, linked: Option<&str>, actual: Option<f64>) -> Measure {
    Measure {
        extra: Default::default(),
        kpi: "Umsatz".into(),
        target,
        due: Some(day("2026-12-31")),
        linked_kpi: linked.map(str::to_string),
        actual,
    }
}

#[test]
fn plan_against_actual_reads_the_latest_value_of_a_linked_kpi() {
    let kpis = vec![
        kpi(
            "Umsatz",
            Better::Higher,
            &[("2026-Q1", 50.0), ("2026-Q3", 80.0), ("2026-Q2", 60.0)],
        ),
        kpi("Churn", Better::Lower, &[("2026", 4.0)]),
    ];
    let p = goal_progress(&measure(100.0, Some("Umsatz"), Some(1.0)), &kpis);
    assert_eq!(
        p.actual,
        Some(80.0),
        "the linked KPI wins over the own field"
    );
    assert_eq!(p.achieved, Some(0.8));
    // Lower is better: 2 % target, 4 % actual = half achieved.
    let p = goal_progress(&measure(2.0, Some("Churn"), None), &kpis);
    assert_eq!(p.achieved, Some(0.5));
    // A KPI that is gone gives no actual.
    let p = goal_progress(&measure(100.0, Some("Deleted"), Some(90.0)), &kpis);
    assert_eq!((p.actual, p.achieved), (None, None));
    // Unlinked: the own actual; a zero target gives no quotient.
    assert_eq!(
        goal_progress(&measure(200.0, None, Some(50.0)), &kpis).achieved,
        Some(0.25)
    );
    assert_eq!(
        goal_progress(&measure(0.0, None, Some(50.0)), &kpis).achieved,
        None
    );
    assert_eq!(goal_progress(&measure(100.0, None, None), &[]).actual, None);
}

#[test]
fn comparison_lists_added_removed_and_changed_goals_actions_and_swot() {
    let goal = |id, text: &str| Goal {
        extra: Default::default(),
        id,
        text: text.into(),
        dimension: None,
        measure: None,
        cell: None,
    };
    let mut before = Plan {
        goals: vec![
            goal(1, "Cross-selling in Austria"),
            goal(2, "Joint development"),
        ],
        actions: vec![
            action(1, None, ActionStatus::Open),
            action(2, None, ActionStatus::Open),
        ],
        ..Plan::default()
    };
    before.swot.strengths = vec!["Quality".into()];
    let mut after = before.clone();
    after.goals[0].text = "Cross-selling in Austria and Switzerland".into();
    after.goals.remove(1);
    after.goals.push(goal(3, "Service contract"));
    after.actions[1].status = ActionStatus::Done;
    after.swot.strengths.push("Delivery".into());
    after.swot.threats.push("New competitor".into());
    let c = compare(&before, &after);
    assert_eq!(c.goals.len(), 3);
    assert!(matches!(&c.goals[0], Change::Changed { after, .. } if after.id == 1));
    assert!(matches!(&c.goals[1], Change::Removed(g) if g.id == 2));
    assert!(matches!(&c.goals[2], Change::Added(g) if g.id == 3));
    assert_eq!(c.actions.len(), 1);
    assert!(
        matches!(&c.actions[0], Change::Changed { before, after } if before.status == ActionStatus::Open && after.status == ActionStatus::Done)
    );
    assert_eq!(
        c.swot,
        vec![
            (0, "Delivery".to_string(), true),
            (3, "New competitor".to_string(), true)
        ]
    );
    assert!(!c.status_quo_changed);
    assert!(compare(&after, &after).is_empty());
}

fn person(
    id: u32,
    level: Level,
    roles: &[BuyingRole],
    attitude: Attitude,
    influence: u8,
) -> Stakeholder {
    Stakeholder {
        extra: Default::default(),
        id,
        name: format!("Person {id}"),
        function: String::new(),
        level,
        roles: roles.to_vec(),
        attitude,
        influence,
        reports_to: None,
        contact: Contact::Regular,
        last_contact: Some(day("2026-11-01")),
        counterpart: String::new(),
        note: String::new(),
    }
}

#[test]
fn an_empty_buying_center_lacks_decider_champion_and_every_level() {
    let g = gaps(&[], day("2026-11-21"), GapRules::default());
    assert_eq!(
        g,
        vec![
            Gap::NoDeciderKnown,
            Gap::NoChampion,
            Gap::LevelWithoutContact(Level::Operational),
            Gap::LevelWithoutContact(Level::Project),
            Gap::LevelWithoutContact(Level::Management),
        ]
    );
}

#[test]
fn a_well_covered_buying_center_has_no_gap() {
    let people = vec![
        person(
            1,
            Level::Management,
            &[BuyingRole::Decider],
            Attitude::Supporter,
            5,
        ),
        person(
            2,
            Level::Project,
            &[BuyingRole::Influencer],
            Attitude::Champion,
            3,
        ),
        person(
            3,
            Level::Operational,
            &[BuyingRole::User],
            Attitude::Critic,
            3,
        ),
    ];
    assert!(gaps(&people, day("2026-11-21"), GapRules::default()).is_empty());
}

#[test]
fn gap_rules_on_their_thresholds() {
    let today = day("2026-11-21");
    let mut people = vec![
        person(
            1,
            Level::Management,
            &[BuyingRole::Decider, BuyingRole::Buyer],
            Attitude::Blocker,
            4,
        ),
        person(
            2,
            Level::Project,
            &[BuyingRole::Influencer],
            Attitude::Champion,
            3,
        ),
        person(
            3,
            Level::Operational,
            &[BuyingRole::User],
            Attitude::Critic,
            3,
        ),
    ];
    people[0].contact = Contact::None;
    // Exactly six months ago is stale with the default rule; one day less is not.
    people[1].last_contact = Some(day("2026-05-21"));
    people[2].last_contact = Some(day("2026-05-22"));
    let g = gaps(&people, today, GapRules::default());
    assert_eq!(
        g,
        vec![
            Gap::NoDeciderContact { deciders: vec![1] },
            Gap::InfluentialOpponent { id: 1 },
            Gap::LevelWithoutContact(Level::Management),
            Gap::Stale {
                id: 2,
                months: Some(6)
            },
        ]
    );
    // A critic just below high influence is no gap; never contacted counts as stale.
    people[0].influence = 3;
    people[0].contact = Contact::Close;
    people[0].last_contact = None;
    let g = gaps(
        &people,
        today,
        GapRules {
            stale_months: 12,
            max_per_counterpart: 5,
        },
    );
    assert_eq!(
        g,
        vec![Gap::Stale {
            id: 1,
            months: None
        }]
    );
}

#[test]
fn a_counterpart_with_more_contacts_than_allowed_is_a_gap() {
    let mut people: Vec<Stakeholder> = (1..=4)
        .map(|i| person(i, Level::Operational, &[], Attitude::Neutral, 1))
        .collect();
    people[0].roles = vec![BuyingRole::Decider];
    people[0].attitude = Attitude::Champion;
    people[0].level = Level::Management;
    people[1].level = Level::Project;
    for p in &mut people {
        p.counterpart = "Anna Berg".into();
    }
    people[3].counterpart = " Anna Berg ".into();
    let rules = GapRules {
        stale_months: 6,
        max_per_counterpart: 3,
    };
    assert_eq!(
        gaps(&people, day("2026-11-21"), rules),
        vec![Gap::OverloadedCounterpart {
            name: "Anna Berg".into(),
            contacts: 4
        }]
    );
    let rules = GapRules {
        stale_months: 6,
        max_per_counterpart: 4,
    };
    assert!(gaps(&people, day("2026-11-21"), rules).is_empty());
}

#[test]
fn months_are_whole_calendar_months() {
    assert_eq!(months_between(day("2026-01-31"), day("2026-02-28")), 0);
    assert_eq!(months_between(day("2026-01-15"), day("2026-02-15")), 1);
    assert_eq!(months_between(day("2025-11-21"), day("2026-11-21")), 12);
    assert_eq!(
        months_between(day("2026-11-21"), day("2026-01-01")),
        0,
        "future dates: 0"
    );
}

#[test]
fn reports_to_refuses_loops_self_and_unknown_people() {
    let mut people = vec![
        person(1, Level::Management, &[], Attitude::Neutral, 5),
        person(2, Level::Project, &[], Attitude::Neutral, 3),
        person(3, Level::Operational, &[], Attitude::Neutral, 1),
    ];
    people[1].reports_to = Some(1);
    people[2].reports_to = Some(2);
    assert_eq!(check_reports_to(&people, 3, 1), Ok(()));
    assert_eq!(check_reports_to(&people, 1, 3), Err(ReportsToError::Cycle));
    assert_eq!(check_reports_to(&people, 2, 2), Err(ReportsToError::Cycle));
    assert_eq!(
        check_reports_to(&people, 2, 9),
        Err(ReportsToError::Unknown)
    );
}

#[test]
fn the_org_chart_places_bosses_over_their_people_and_cuts_loops() {
    use keystone::domain::stakeholders::org_chart;
    let p = |id: u32, boss: Option<u32>| Stakeholder {
        reports_to: boss,
        ..person(id, Level::Project, &[], Attitude::Neutral, 3)
    };
    assert!(org_chart(&[]).is_empty());
    // 1 heads 2 and 3; 3 heads 4 and 5; 6 reports to nobody known (9).
    let people = [
        p(1, None),
        p(2, Some(1)),
        p(3, Some(1)),
        p(4, Some(3)),
        p(5, Some(3)),
        p(6, Some(9)),
    ];
    let chart = org_chart(&people);
    let at = |id: u32| *chart.iter().find(|n| n.id == id).unwrap();
    assert_eq!(chart.len(), 6);
    assert_eq!((at(2).x, at(4).x, at(5).x, at(6).x), (0.0, 1.0, 2.0, 3.0));
    assert_eq!(at(3).x, 1.5);
    assert_eq!(at(1).x, 0.75);
    assert_eq!((at(1).depth, at(3).depth, at(5).depth), (0, 1, 2));
    assert_eq!((at(6).boss, at(6).depth), (None, 0));
    assert_eq!(at(4).boss, Some(3));
    // A loop (7 ↔ 8) and someone reporting to themself: all shown, as roots.
    let looped = [p(7, Some(8)), p(8, Some(7)), p(9, Some(9)), p(10, Some(8))];
    let chart = org_chart(&looped);
    assert_eq!(chart.len(), 4);
    assert!(chart.iter().all(|n| n.boss.is_none() && n.depth == 0));
    // Ties: two roots without people take neighbouring columns.
    let xs: Vec<f64> = org_chart(&[p(1, None), p(2, None)])
        .iter()
        .map(|n| n.x)
        .collect();
    assert_eq!(xs, vec![0.0, 1.0]);
}

#[test]
fn the_selling_center_and_gap_rules_live_in_the_settings() {
    use keystone::domain::stakeholders::{
        gap_rules, selling_center, set_gap_rules, set_selling_center, TeamMember,
    };
    use keystone::domain::Settings;
    let mut s = Settings::default();
    assert!(selling_center(&s).is_empty());
    let team = vec![TeamMember {
        extra: Default::default(),
        name: "Anna Berg".into(),
        function: "KAM".into(),
    }];
    set_selling_center(&mut s, &team);
    assert_eq!(selling_center(&s), team);
    set_selling_center(&mut s, &[]);
    assert!(s.extra.is_empty(), "an empty team leaves nothing behind");
    let rules = GapRules {
        stale_months: 2,
        max_per_counterpart: 9,
    };
    set_gap_rules(&mut s, rules);
    assert_eq!(gap_rules(&s), rules);
    set_gap_rules(&mut s, GapRules::default());
    assert!(s.extra.is_empty());
    // Something unreadable (written by hand) falls back to the defaults.
    s.extra.insert("gap_rules".into(), serde_json::json!("oft"));
    assert_eq!(gap_rules(&s), GapRules::default());
}

#[test]
fn the_sample_key_accounts_have_plans_with_overdue_actions_and_buying_centers_with_gaps() {
    let ws = keystone::domain::sample::sample_workspace();
    let today = day("2026-11-21");
    let all = keystone::domain::key_account::read_key_accounts(&ws.key_accounts).unwrap();
    assert!(all.len() >= 6);
    for data in all.values() {
        assert!(!data.plan.overdue(today).is_empty());
        assert!((5..=10).contains(&data.stakeholders.len()));
        assert!(!gaps(&data.stakeholders, today, GapRules::default()).is_empty());
    }
    assert!(all.values().any(|d| !d.plan_versions.is_empty()));
    let blocked = all.values().filter(|d| {
        gaps(&d.stakeholders, today, GapRules::default())
            .iter()
            .any(|g| matches!(g, Gap::InfluentialOpponent { id: 1 }))
    });
    assert!(blocked.count() >= 2, "a blocking decider in some accounts");
    let team = keystone::domain::stakeholders::selling_center(&ws.settings);
    for data in all.values() {
        for p in &data.stakeholders {
            assert!(p.counterpart.is_empty() || team.iter().any(|m| m.name == p.counterpart));
        }
    }
    // The sample is a valid file.
    let text = keystone::persist::to_json(&ws, "t", "x", 1);
    assert_eq!(keystone::persist::from_json(&text).unwrap().workspace, ws);
}
