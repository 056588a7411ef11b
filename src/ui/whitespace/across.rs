//! The page across the key accounts: offerings × key accounts (bought, or the open
//! potential), how many offerings each account buys and how many accounts buy each
//! offering, and per account the selling stage its data suggests beside the one set.

use leptos::prelude::*;

use super::initial_span;
use super::span::SpanPicker;
use crate::domain::history::penetration::{
    account_matrix, penetration, suggested_stage, Penetration,
};
use crate::domain::key_account::key_account;
use crate::domain::roles::SellingStage;
use crate::domain::AccountId;
use crate::i18n::key_accounts::selling_text;
use crate::i18n::whitespace::{whole_amount, WH};
use crate::i18n::{fill, tr, Lang};
use crate::state::analyses::today;
use crate::state::route::AccountSection;
use crate::state::{use_app, Route};
use crate::ui::format::with_currency;

/// What the page shows: the penetration and, per account, its name and both stages.
#[derive(Debug, Clone, PartialEq)]
struct Across {
    penetration: Penetration,
    offerings: Vec<String>,
    accounts: Vec<(
        AccountId,
        String,
        Option<SellingStage>,
        Option<SellingStage>,
    )>,
}

fn stage_text(l: Lang, s: Option<SellingStage>) -> String {
    s.map_or_else(
        || l.t(WH::NoStage).to_string(),
        |s| l.t(selling_text(s)).to_string(),
    )
}

#[component]
pub fn AcrossPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let span = initial_span(app);
    let day = today();
    let across = Memo::new(move |_| {
        let span = span.get();
        app.store.accounts.with(|accounts| {
            app.store.offerings.with(|offerings| {
                app.store.key_accounts.with(|section| {
                    app.store.history.with(|h| {
                        let ids: Vec<_> = offerings.iter().map(|o| o.id).collect();
                        let mut rows = Vec::new();
                        let mut matrices = Vec::new();
                        for a in accounts.iter().filter(|a| a.key_account) {
                            let data = key_account(section, a.id);
                            let m = account_matrix(a, &data, &ids, accounts, h, span);
                            rows.push((
                                a.id,
                                a.name.clone(),
                                suggested_stage(&m),
                                data.selling.at(day),
                            ));
                            matrices.push((a.id, m));
                        }
                        let refs: Vec<_> = matrices.iter().map(|(id, m)| (*id, m)).collect();
                        Across {
                            penetration: penetration(&ids, &refs),
                            offerings: ids.iter().map(|&o| offerings.name(o)).collect(),
                            accounts: rows,
                        }
                    })
                })
            })
        })
    });
    view! {
        <section class="page">
            <h1>{tr(lang, WH::AcrossTitle)}</h1>
            <p class="intro">{tr(lang, WH::AcrossIntro)}</p>
            <SpanPicker span=span/>
            {move || {
                let a = across.get();
                let l = lang.get();
                if a.accounts.is_empty() {
                    return view! { <p class="empty-note">{l.t(WH::NoKeyAccounts)}</p> }.into_any();
                }
                if a.offerings.is_empty() {
                    return view! { <p class="empty-note">{l.t(WH::NoOfferings)}</p> }.into_any();
                }
                view! { <AcrossTables a=a l=l/> }.into_any()
            }}
        </section>
    }
}

#[component]
fn AcrossTables(a: Across, l: Lang) -> impl IntoView {
    let currency = crate::ui::format::use_currency();
    let open_header = move || with_currency(l.t(WH::OpenPotentialYear), &currency.get());
    let p = &a.penetration;
    let total = a.offerings.len().to_string();
    let link = |id: AccountId, name: &str| {
        view! { <a href=Route::AccountSection(id, AccountSection::Whitespace).href()>{name.to_string()}</a> }
    };
    let head = a
        .accounts
        .iter()
        .map(|(id, name, ..)| view! { <th scope="col">{link(*id, name)}</th> })
        .collect_view();
    let body = (0..a.offerings.len())
        .map(|o| {
            let cells = p.cells[o]
                .iter()
                .map(|c| {
                    if c.open > 0.0 && !c.buys() {
                        // "open" above its amount: seven accounts fit 1400 px.
                        return view! {
                            <td class="num ws-open-cell"><span class="ws-open-word">{l.t(WH::Open)}</span>" "{whole_amount(l, c.open)}</td>
                        }.into_any();
                    }
                    let text = if c.buys() {
                        whole_amount(l, c.bought)
                    } else {
                        l.t(WH::Nothing).to_string()
                    };
                    view! { <td class="num" class:ws-buys=c.buys()>{text}</td> }.into_any()
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{a.offerings[o].clone()}</th>
                    {cells}
                    <td class="num">{p.accounts_per_offering[o].to_string()}</td>
                    <td class="num">{whole_amount(l, p.open_of_offering(o))}</td>
                </tr>
            }
        })
        .collect_view();
    let per_account = a.accounts.iter().enumerate().map(|(i, (id, name, suggested, set))| {
        let differs = suggested.is_some() && set.is_some() && suggested != set;
        let count = fill(l.t(WH::PenetrationLine), &[
            ("name", name), ("count", &p.offerings_per_account[i].to_string()), ("total", &total),
        ]);
        view! {
            <tr>
                <th scope="row">{link(*id, name)}</th>
                <td class="num" aria-label=count>{format!("{} / {}", p.offerings_per_account[i], total)}</td>
                <td class="num">{whole_amount(l, p.open_of_account(i))}</td>
                <td>{stage_text(l, *suggested)}</td>
                <td>{stage_text(l, *set)}{differs.then(|| format!(" ({})", l.t(WH::StageDiffers)))}</td>
            </tr>
        }
    }).collect_view();
    view! {
        <h2 id="ws-across-matrix">{l.t(WH::Matrix)}</h2>
        <p class="muted">{move || fill(l.t(WH::AmountsIn), &[("currency", &currency.get())])}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="ws-across-matrix">
            <table class="data-table ws-across">
                <thead>
                    <tr>
                        <th scope="col">{l.t(WH::Offering)}</th>
                        {head}
                        <th scope="col" class="num">{l.t(WH::AccountsBuying)}</th>
                        <th scope="col" class="num">{open_header}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <h2 id="ws-penetration">{l.t(WH::Penetration)}</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="ws-penetration">
            <table class="data-table ws-penetration">
                <thead>
                    <tr>
                        <th scope="col">{l.t(WH::Account)}</th>
                        <th scope="col" class="num">{l.t(WH::OfferingsBought)}</th>
                        <th scope="col" class="num">{open_header}</th>
                        <th scope="col">{l.t(WH::Suggested)}</th>
                        <th scope="col">{l.t(WH::SetStage)}</th>
                    </tr>
                </thead>
                <tbody>{per_account}</tbody>
            </table>
        </div>
        <p class="muted">{fill(l.t(WH::OpenSummed), &[("amount", &whole_amount(l, p.open_total()))])}</p>
    }
}
