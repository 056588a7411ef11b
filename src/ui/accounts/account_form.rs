//! Add or edit one account, with validation in the user's number notation.

use leptos::prelude::*;

use crate::domain::{Account, AccountId, Section};
use crate::i18n::errors::describe_kind;
use crate::i18n::tr;
use crate::i18n::{accounts::A, common::C, fill, key_accounts::KA, Lang};
use crate::state::browser::navigate;
use crate::state::route::AccountSection;
use crate::state::{use_app, Route};
use crate::ui::lazy::lazy_page;
use crate::ui::widgets::{parse_field as parse_optional, TextField};

lazy_page!(account_form, account_form_page, preload_account_form, (id: u64) => {
    view! { <AccountForm id=(id > 0).then_some(id)/> }.into_any()
});

/// A number as the form shows it: grouped, decimals only when there are any.
/// The stored amount in full, with cents when it has any (`420.000,50`): the form never
/// rounds what the user typed.
fn editable(lang: Lang, v: f64) -> String {
    let decimals = crate::i18n::exact_decimals(v);
    lang.number(v, if decimals == 0 { 0 } else { decimals.max(2) })
}

#[derive(Clone, Default, PartialEq)]
struct Errors {
    name: Option<String>,
    revenue: Option<String>,
    margin: Option<String>,
    potential: Option<String>,
    since: Option<String>,
}

impl Errors {
    fn any(&self) -> bool {
        self.name.is_some()
            || self.revenue.is_some()
            || self.margin.is_some()
            || self.potential.is_some()
            || self.since.is_some()
    }
}

/// The form's draft: the typed texts, committed together on save.
#[derive(Clone, Copy)]
struct Draft {
    name: RwSignal<String>,
    industry: RwSignal<String>,
    region: RwSignal<String>,
    revenue: RwSignal<String>,
    margin: RwSignal<String>,
    potential: RwSignal<String>,
    since: RwSignal<String>,
    key: RwSignal<bool>,
    tags: RwSignal<String>,
    notes: RwSignal<String>,
}

impl Draft {
    /// The texts of `base`; a new account starts with an empty revenue.
    fn of(base: &Account, new: bool, l: Lang) -> Draft {
        let amount = |v: Option<f64>| v.map(|v| editable(l, v)).unwrap_or_default();
        Draft {
            name: RwSignal::new(base.name.clone()),
            industry: RwSignal::new(base.industry.clone()),
            region: RwSignal::new(base.region.clone()),
            revenue: RwSignal::new(amount((!new).then_some(base.revenue))),
            margin: RwSignal::new(amount(base.contribution_margin)),
            potential: RwSignal::new(amount(base.potential)),
            since: RwSignal::new(
                base.relationship_since
                    .map(|y| y.to_string())
                    .unwrap_or_default(),
            ),
            key: RwSignal::new(base.key_account),
            tags: RwSignal::new(base.tags.join(", ")),
            notes: RwSignal::new(base.notes.clone()),
        }
    }

    /// `base` with the typed values, or what is wrong with them. Only turning the typed
    /// text into values happens here; the rules for the values are `Account::validate`,
    /// the same the importer applies.
    fn account(self, mut account: Account, lang: Lang) -> Result<Account, Errors> {
        let mut e = Errors::default();
        let revenue_v = match parse_optional(lang, &self.revenue.get_untracked()) {
            Ok(Some(v)) => v,
            Ok(None) => {
                e.revenue = Some(lang.t(A::NumberRequired).into());
                0.0
            }
            Err(m) => {
                e.revenue = Some(m);
                0.0
            }
        };
        let optional = |text: RwSignal<String>, slot: &mut Option<String>| {
            parse_optional(lang, &text.get_untracked()).unwrap_or_else(|m| {
                *slot = Some(m);
                None
            })
        };
        let margin_v = optional(self.margin, &mut e.margin);
        let potential_v = optional(self.potential, &mut e.potential);
        let since_v = match self.since.get_untracked().trim() {
            "" => None,
            // Not a whole number at all: the same problem as a year out of range.
            text => Some(text.parse::<i32>().unwrap_or(i32::MIN)),
        };
        account.name = self.name.get_untracked();
        account.industry = self.industry.get_untracked();
        account.region = self.region.get_untracked();
        account.revenue = revenue_v;
        account.contribution_margin = margin_v;
        account.potential = potential_v;
        account.relationship_since = since_v;
        account.key_account = self.key.get_untracked();
        account.tags = self
            .tags
            .get_untracked()
            .split(',')
            .map(String::from)
            .collect();
        account.notes = self.notes.get_untracked();
        account.tidy();
        for problem in account.validate() {
            let (slot, label) = match problem.field {
                "name" => (&mut e.name, A::ColName),
                "revenue" => (&mut e.revenue, A::ColRevenue),
                "contribution_margin" => (&mut e.margin, A::ColMargin),
                "potential" => (&mut e.potential, A::ColPotential),
                "relationship_since" => (&mut e.since, A::ColSince),
                // The id is the register's, never typed: nothing to mark.
                _ => continue,
            };
            let what = describe_kind(&problem.kind, Section::Accounts, lang);
            slot.get_or_insert_with(|| format!("{} {what}.", lang.t(label)));
        }
        if e.any() {
            Err(e)
        } else {
            Ok(account)
        }
    }
}

#[component]
pub fn AccountForm(id: Option<AccountId>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let ta = move |k: A| lang.get().t(k);
    let existing = id.and_then(|id| {
        app.store
            .accounts
            .with_untracked(|a| a.account(id).cloned())
    });
    if let (Some(id), None) = (id, &existing) {
        // A wrong link or a deleted account: say so, not "Edit account".
        let number = id.to_string();
        return view! {
            <section class="page narrow">
                <h1>{tr(lang, A::AccountNotFoundTitle)}</h1>
                <p>{move || fill(lang.get().t(A::AccountNotFound), &[("id", &number)])}</p>
                <p><a class="button" href=Route::Accounts.href()>{tr(lang, A::BackToAccounts)}</a></p>
            </section>
        }
        .into_any();
    }
    let key_tabs = existing.as_ref().is_some_and(|a| a.key_account);
    let stored_name = existing.as_ref().map(|a| a.name.clone());
    let base = existing.clone().unwrap_or_else(|| Account::new(0, "", 0.0));
    let draft = Draft::of(&base, existing.is_none(), lang.get_untracked());
    let errors = RwSignal::new(Errors::default());
    let base = StoredValue::new(base);

    let save = move || {
        let lang = lang.get_untracked();
        let account = match draft.account(base.get_value(), lang) {
            Ok(account) => account,
            Err(e) => {
                errors.set(e);
                return;
            }
        };
        errors.set(Errors::default());
        let saved_name = account.name.clone();
        app.store.accounts.update(|ws| {
            if id.is_some() {
                ws.update_account(account);
            } else {
                ws.add_account(account);
            }
        });
        app.notify(fill(lang.t(A::AccountSaved), &[("name", &saved_name)]));
        navigate(&Route::Accounts.href());
    };

    view! {
        // A key account's master data is one of its tabs: the tabs stay, as wide as on
        // the other tabs, and the heading names the account as theirs do.
        <section class="page" class:narrow=!key_tabs>
            {key_tabs.then(|| view! {
                <crate::ui::widgets::KeyAccountTabs id=id.unwrap_or_default() current=Some(AccountSection::Edit)/>
            })}
            <p><a href=Route::Accounts.href()>"← "{tr(lang, A::BackToAccounts)}</a></p>
            <h1>{move || match (&stored_name, key_tabs) {
                (Some(name), true) => format!("{name} – {}", lang.get().t(KA::MasterData)),
                (Some(name), false) => format!("{} – {name}", ta(A::EditAccountTitle)),
                (None, _) => ta(A::NewAccountTitle).to_string(),
            }}</h1>
            <form
                class="account-form"
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    save();
                }
            >
                <AccountFields draft=draft errors=errors/>
                <Show when=move || errors.with(Errors::any)>
                    <p class="error" role="alert">{tr(lang, A::FixErrors)}</p>
                </Show>
                <div class="actions">
                    <button type="submit" class="primary">{tr(lang, C::Save)}</button>
                    <a class="button" href=Route::Accounts.href()>{tr(lang, C::Cancel)}</a>
                    {id.map(|id| view! {
                        <button type="button" class="danger" on:click=move |_| {
                            app.delete_account(id);
                            navigate(&Route::Accounts.href());
                        }>{tr(lang, C::Delete)}</button>
                    })}
                </div>
            </form>
        </section>
    }
    .into_any()
}

/// The form's fields, each with its error; the share of wallet follows the typing.
#[component]
fn AccountFields(draft: Draft, errors: RwSignal<Errors>) -> impl IntoView {
    let lang = use_app().lang;
    let ta = move |k: A| lang.get().t(k);
    let Draft {
        name,
        industry,
        region,
        revenue,
        margin,
        potential,
        since,
        key,
        tags,
        notes,
    } = draft;
    // Every field is the shared TextField; the form keeps one draft and commits once.
    let text_field = move |field_id: &'static str,
                           label: A,
                           value: RwSignal<String>,
                           error: fn(&Errors) -> Option<String>,
                           numeric: bool| {
        view! {
            <TextField
                id=field_id
                label=Signal::derive(move || ta(label).to_string())
                value=value
                error=Signal::derive(move || errors.with(error))
                inputmode=if numeric { "decimal" } else { "text" }
            />
        }
    };
    let none = |_: &Errors| None;
    let sow = move || {
        let lang = lang.get();
        let r = parse_optional(lang, &revenue.get()).ok().flatten()?;
        let p = parse_optional(lang, &potential.get()).ok().flatten()?;
        crate::domain::account::share_of_wallet(r, Some(p)).map(|s| lang.percent(s, 1))
    };
    view! {
        {text_field("f-name", A::ColName, name, |e| e.name.clone(), false)}
        <div class="row2">
            {text_field("f-industry", A::ColIndustry, industry, none, false)}
            {text_field("f-region", A::ColRegion, region, none, false)}
        </div>
        <div class="row2">
            {text_field("f-revenue", A::ColRevenue, revenue, |e| e.revenue.clone(), true)}
            {text_field("f-margin", A::ColMargin, margin, |e| e.margin.clone(), true)}
        </div>
        <div class="row2">
            {text_field("f-potential", A::ColPotential, potential, |e| e.potential.clone(), true)}
            <div class="field">
                <span class="label">{tr(lang, A::ColShareOfWallet)}</span>
                <output aria-label=tr(lang, A::ColShareOfWallet)>{move || sow().unwrap_or_else(|| "–".into())}</output>
            </div>
        </div>
        <div class="row2">
            {text_field("f-since", A::ColSince, since, |e| e.since.clone(), true)}
            <div class="field checkbox">
                <input
                    id="f-key"
                    type="checkbox"
                    prop:checked=key
                    on:change=move |ev| key.set(event_target_checked(&ev))
                />
                <label for="f-key">{tr(lang, A::ColKey)}</label>
            </div>
        </div>
        <div class="field">
            <label for="f-tags">{tr(lang, A::ColTags)}" ("{tr(lang, A::TagsHint)}")"</label>
            <input id="f-tags" type="text" prop:value=tags on:input=move |ev| tags.set(event_target_value(&ev))/>
        </div>
        <div class="field">
            <label for="f-notes">{tr(lang, A::ColNotes)}</label>
            <textarea id="f-notes" rows="4" prop:value=notes on:input=move |ev| notes.set(event_target_value(&ev))></textarea>
        </div>
    }
}
