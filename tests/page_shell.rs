//! Host tests of what surrounds a page: its document title in both languages, and what
//! goes with a deleted customer (the question the register asks first).

use keystone::domain::deletion::{GoesWith, Part};
use keystone::domain::key_account::key_account;
use keystone::domain::sample::sample_workspace;
use keystone::i18n::Lang;
use keystone::state::route::AccountSection;
use keystone::state::Route;
use keystone::ui::shell::titles::{page_title, Shown};

fn key(name: &str) -> Option<Shown<'_>> {
    Some(Shown {
        name,
        key_account: true,
    })
}

#[test]
fn the_title_names_the_page_and_the_account_in_the_ui_language() {
    let whitespace = Route::AccountSection(7, AccountSection::Whitespace);
    assert_eq!(
        page_title(whitespace, key("Alpentec GmbH"), Lang::De),
        "Alpentec GmbH – Whitespace – Keystone"
    );
    assert_eq!(
        page_title(Route::Whitespace, None, Lang::De),
        "Whitespace über alle Key Accounts – Keystone"
    );
    let plan = Route::AccountSection(7, AccountSection::Plan);
    assert_eq!(
        page_title(plan, key("Alpentec GmbH"), Lang::De),
        "Alpentec GmbH – Account-Plan – Keystone"
    );
    assert_eq!(
        page_title(plan, key("Alpentec GmbH"), Lang::En),
        "Alpentec GmbH – Account plan – Keystone"
    );
    assert_eq!(
        page_title(Route::Report(7, true), key("Alpentec GmbH"), Lang::De),
        "Alpentec GmbH – Kundenbericht – Keystone"
    );
    assert_eq!(
        page_title(Route::Account(7), key("Alpentec GmbH"), Lang::En),
        "Alpentec GmbH – Overview – Keystone"
    );
    assert_eq!(
        page_title(Route::Account(7), key("Alpentec GmbH"), Lang::De),
        "Alpentec GmbH – Überblick – Keystone"
    );
    // An account that is not a key account: its form, named by the account alone.
    let plain = Some(Shown {
        name: "Alpentec GmbH",
        key_account: false,
    });
    assert_eq!(
        page_title(Route::Account(7), plain, Lang::En),
        "Alpentec GmbH – Keystone"
    );
    assert_eq!(
        page_title(Route::Pareto, None, Lang::En),
        "Pareto / ABC – Keystone"
    );
    assert_eq!(
        page_title(Route::Accounts, None, Lang::De),
        "Kunden – Keystone"
    );
    // An unknown account (deleted, a wrong link): the page's name alone.
    assert_eq!(page_title(plan, None, Lang::En), "Account plan – Keystone");
    assert_eq!(
        page_title(plan, key("  "), Lang::En),
        "Account plan – Keystone"
    );
}

#[test]
fn a_key_account_with_work_names_what_goes_with_it() {
    let ws = sample_workspace();
    let key = ws.accounts.iter().find(|a| a.key_account).unwrap();
    let goes = GoesWith::of(&key_account(&ws.key_accounts, key.id));
    assert!(!goes.is_empty());
    // The register counts from the stored JSON: the same answer.
    assert_eq!(
        GoesWith::of_json(ws.key_accounts.get(&key.id.to_string())),
        goes
    );
    let parts: Vec<Part> = goes.parts().into_iter().map(|(p, _)| p).collect();
    assert!(parts.contains(&Part::RoleSteps), "{goes:?}");
    assert!(goes.parts().iter().all(|(_, n)| *n > 0));
    // An ordinary customer has nothing to lose but itself: no question.
    let plain = ws.accounts.iter().find(|a| !a.key_account).unwrap();
    assert!(GoesWith::of(&key_account(&ws.key_accounts, plain.id)).is_empty());
    assert!(GoesWith::of_json(ws.key_accounts.get(&plain.id.to_string())).is_empty());
    // Every key account of the sample: JSON and decoded counts agree.
    for a in ws.accounts.iter().filter(|a| a.key_account) {
        let decoded = GoesWith::of(&key_account(&ws.key_accounts, a.id));
        assert_eq!(
            GoesWith::of_json(ws.key_accounts.get(&a.id.to_string())),
            decoded,
            "{}",
            a.name
        );
    }
}
