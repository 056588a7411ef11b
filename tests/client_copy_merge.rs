//! Merging a returned client copy: the customer's edits come in, what is kept locally
//! is never touched; the preview names criteria as the user sees them.

use keystone::domain::client_copy::{
    apply_returned, client_copy, merge_returned, Confidential, CriterionRef, MergeChange,
};
use keystone::domain::key_account::{key_account, set_key_account};
use keystone::domain::plan::ActionStatus;
use keystone::domain::stakeholders::Attitude;

#[path = "client_copy_fixture/mod.rs"]
mod fixture;
use fixture::{day, workspace};

#[test]
fn a_returned_copy_merges_the_customers_edits_and_keeps_what_is_local() {
    let ws = workspace();
    let copy = client_copy(&ws, 1, &Confidential::DEFAULT, day("2026-11-21")).unwrap();
    // The customer: new weights, a new rating of us, a new criterion, an action done
    // and one added (with a cost they made up), a person renamed and one added; they
    // also wrote an attitude and an influence, which are not theirs to set.
    let mut theirs = key_account(&copy.key_accounts, 1);
    let p = &mut theirs.profiles[0].profile;
    p.criteria[0].weight = 50.0;
    p.criteria[1].weight = 40.0;
    p.criteria
        .push(keystone::domain::profile::ProfileCriterion {
            extra: Default::default(),
            id: "service".into(),
            name: "Service".into(),
            weight: 10.0,
        });
    p.us.insert("delivery".into(), 80.0);
    p.competitors[0].ratings.insert("price".into(), 99.0);
    theirs.plan.actions[0].status = ActionStatus::Done;
    let mut added = theirs.plan.actions[0].clone();
    added.id = 7;
    added.text = "Joint workshop".into();
    added.cost = Some(99.0);
    theirs.plan.actions.push(added);
    theirs.stakeholders[0].function = "Managing director".into();
    theirs.stakeholders[0].attitude = Attitude::Champion;
    theirs.stakeholders[0].influence = 1;
    let mut newcomer = theirs.stakeholders[1].clone();
    newcomer.id = 2;
    newcomer.name = "Jana Nowak".into();
    theirs.stakeholders.push(newcomer);
    theirs.stakeholders[2].id = 3;

    let local = key_account(&ws.key_accounts, 1);
    let (merged, changes) = merge_returned(&local, &theirs);
    assert_eq!(
        changes,
        vec![
            MergeChange::Weight {
                segment: "Drives".into(),
                criterion: CriterionRef::new("price", "Price"),
                before: 60.0,
                after: 50.0
            },
            MergeChange::NewCriterion {
                segment: "Drives".into(),
                criterion: CriterionRef::new("service", "Service")
            },
            MergeChange::OurRating {
                segment: "Drives".into(),
                criterion: CriterionRef::new("delivery", "Delivery"),
                before: Some(90.0),
                after: Some(80.0)
            },
            MergeChange::ActionStatus {
                action: "Visit the plant".into(),
                before: ActionStatus::Open,
                after: ActionStatus::Done
            },
            MergeChange::NewAction("Joint workshop".into()),
            MergeChange::PersonChanged("Dr. Klaus Meier".into()),
            MergeChange::NewPerson("Jana Nowak".into()),
        ]
    );
    let p = &merged.profiles[0].profile;
    assert_eq!(p.criteria.len(), 3);
    assert_eq!(p.us["delivery"], 80.0);
    // Kept locally, whatever the file said.
    assert_eq!(p.competitors[0].ratings["price"], 11.25);
    assert_eq!(merged.profiles[0].versions, local.profiles[0].versions);
    assert_eq!(merged.plan.actions[0].cost, Some(4242.5));
    assert_eq!(merged.plan.actions[1].cost, None);
    assert_eq!(merged.plan.actions[1].id, 2);
    assert_eq!(merged.plan_versions, local.plan_versions);
    let meier = &merged.stakeholders[0];
    assert_eq!(meier.function, "Managing director");
    assert_eq!((meier.attitude, meier.influence), (Attitude::Blocker, 5));
    assert_eq!(meier.note, "NOTE-PERSON-SECRET");
    assert_eq!(merged.stakeholders[1].attitude, Attitude::Critic);
    assert_eq!(merged.stakeholders[2].name, "Jana Nowak");
    assert_eq!(
        merged.stakeholders[2].influence, 0,
        "unknown until rated here"
    );
    assert_eq!(merged.scorecard, local.scorecard);
    assert_eq!(merged.roles, local.roles);

    // An unchanged copy changes nothing.
    let (same, none) = merge_returned(&local, &key_account(&copy.key_accounts, 1));
    assert!(none.is_empty(), "{none:?}");
    assert_eq!(same, local);

    // Through the workspace: only that key account changes; a copy of an account that
    // is not here is refused.
    let mut returned = copy.clone();
    set_key_account(&mut returned.key_accounts, 1, &theirs);
    let (after, changes) = apply_returned(&ws, &returned).unwrap();
    assert_eq!(changes.len(), 7);
    assert_eq!(after.accounts, ws.accounts);
    assert_eq!(after.value_model, ws.value_model);
    let mut elsewhere = ws.clone();
    elsewhere.accounts.0.retain(|a| a.id != 1);
    assert!(apply_returned(&elsewhere, &returned).is_none());
    assert!(apply_returned(&ws, &ws).is_none(), "not a client copy");
}

/// The merge preview names criteria as the user sees them: a default criterion (no name
/// of its own, like the sample's) by its name in the UI language, a renamed one by the
/// name it has here, a new one by its name in the copy — never by the internal id.
#[test]
fn the_merge_preview_names_criteria_as_the_user_sees_them() {
    use keystone::domain::profile::{Profile, ProfileCriterion};
    use keystone::i18n::client_copy::merge_change_text;
    use keystone::i18n::Lang;
    let mut local = key_account(&workspace().key_accounts, 1);
    let mut profile = Profile::with_default_criteria();
    assert!(profile.criteria.iter().all(|c| c.name.is_empty()));
    profile.us.insert("performance".into(), 40.0);
    local.profiles[0].profile = profile;
    let mut theirs = local.clone();
    // Renamed here after the copy was made: the local name is the one the user knows.
    local.profiles[0].profile.criteria[4].name = "Lieferung intern".into();
    let p = &mut theirs.profiles[0].profile;
    p.criteria[0].weight += 10.0;
    p.criteria[4].weight -= 10.0;
    p.us.insert("performance".into(), 60.0);
    p.criteria.push(ProfileCriterion {
        id: "c1".into(),
        name: "Schulung".into(),
        weight: 0.0,
        extra: Default::default(),
    });
    let (_, changes) = merge_returned(&local, &theirs);
    let de: Vec<String> = changes
        .iter()
        .map(|c| merge_change_text(Lang::De, c))
        .collect();
    assert_eq!(
        de,
        vec![
            "Drives: Gewicht von Leistungsfähigkeit des Systems 20 → 30 %",
            "Drives: Gewicht von Lieferung intern 20 → 10 %",
            "Drives: neues Kriterium Schulung",
            "Drives: ihre Bewertung von uns bei Leistungsfähigkeit des Systems 40 → 60",
        ]
    );
    let en = merge_change_text(Lang::En, &changes[0]);
    assert_eq!(en, "Drives: weight of System performance 20 → 30 %");
    for text in &de {
        for id in ["performance", "delivery", "c1"] {
            assert!(!text.contains(id), "“{text}” names the id “{id}”");
        }
    }
}
