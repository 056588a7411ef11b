//! A key account's supplier-role ladder and selling dimension: each a ladder view, the
//! dated history (add, remove with undo), the target with its warning, and a timeline
//! chart of both.

mod ladder;

use leptos::prelude::*;

use crate::charts::roles::{timeline_option, TimelineTexts};
use crate::charts::{Chart, ChartTable};
use crate::domain::day::Day;
use crate::domain::key_account::KeyAccountData;
use crate::domain::roles::{History, Rung};
use crate::domain::{AccountId, SellingStage, SupplierRole};
use crate::i18n::fill;
use crate::i18n::key_accounts::{day_text, role_text, selling_text, KA};
use crate::i18n::tr;
use crate::state::analyses::today;
use crate::state::key_accounts::{account_name, is_key, key_account_data};
use crate::state::route::AccountSection;
use crate::state::use_app;
use crate::ui::key_account::NotKeyAccount;
use crate::ui::widgets::KeyAccountTabs;
use ladder::ladder_editor;

/// The two ladders, as one type for the editor: a rung's position and its name, the
/// ladder's title, the prefix of its element ids, and where its history is kept.
trait Ladder: Rung + Send + Sync {
    const TITLE: KA;
    const PREFIX: &'static str;
    fn name(self) -> KA;
    fn history(data: &KeyAccountData) -> &History<Self>;
    fn history_mut(data: &mut KeyAccountData) -> &mut History<Self>;
}

impl Ladder for SupplierRole {
    const TITLE: KA = KA::LadderRoles;
    const PREFIX: &'static str = "role";
    fn name(self) -> KA {
        role_text(self)
    }
    fn history(data: &KeyAccountData) -> &History<Self> {
        &data.roles
    }
    fn history_mut(data: &mut KeyAccountData) -> &mut History<Self> {
        &mut data.roles
    }
}

impl Ladder for SellingStage {
    const TITLE: KA = KA::LadderSelling;
    const PREFIX: &'static str = "selling";
    fn name(self) -> KA {
        selling_text(self)
    }
    fn history(data: &KeyAccountData) -> &History<Self> {
        &data.selling
    }
    fn history_mut(data: &mut KeyAccountData) -> &mut History<Self> {
        &mut data.selling
    }
}

use crate::ui::lazy::lazy_page;

lazy_page!(account_roles, roles_page, preload_roles, (id: u64) => {
    view! { <RolesPage id=id/> }.into_any()
});

#[component]
pub fn RolesPage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let day = today();
    let data = key_account_data(app, id);
    let option = Signal::derive(move || {
        let l = lang.get();
        let names = |all: &[KA]| all.iter().map(|k| l.t(*k).to_string()).collect::<Vec<_>>();
        let texts = TimelineTexts {
            roles: l.t(KA::LadderRoles).to_string(),
            selling: l.t(KA::LadderSelling).to_string(),
            role_names: names(
                &SupplierRole::ALL
                    .iter()
                    .map(|r| role_text(*r))
                    .collect::<Vec<_>>(),
            ),
            selling_names: names(
                &SellingStage::ALL
                    .iter()
                    .map(|s| selling_text(*s))
                    .collect::<Vec<_>>(),
            ),
        };
        data.with(|d| timeline_option(&d.roles, &d.selling, &texts, day))
    });
    let table = Signal::derive(move || {
        let l = lang.get();
        let mut rows: Vec<(Day, String, String, String)> = data.with(|d| {
            let roles = d.roles.steps.iter().map(|s| {
                (
                    s.date,
                    l.t(KA::LadderRoles).to_string(),
                    l.t(role_text(s.value)).to_string(),
                    s.note.clone(),
                )
            });
            let selling = d.selling.steps.iter().map(|s| {
                (
                    s.date,
                    l.t(KA::LadderSelling).to_string(),
                    l.t(selling_text(s.value)).to_string(),
                    s.note.clone(),
                )
            });
            roles.chain(selling).collect()
        });
        rows.sort_by_key(|r| r.0);
        ChartTable {
            columns: vec![
                l.t(KA::ColDate).into(),
                l.t(KA::ColChange).into(),
                l.t(KA::ColStep).into(),
                l.t(KA::ColNote).into(),
            ],
            numeric: vec![false; 4],
            rows: rows
                .into_iter()
                .map(|(d, which, step, note)| vec![day_text(l, d), which, step, note])
                .collect(),
        }
    });
    view! {
        {move || match (account_name(app, id), is_key(app, id)) {
            (Some(name), true) => {
                let label_name = name.clone();
                view! {
                    <section class="page">
                        <KeyAccountTabs id=id current=Some(AccountSection::Roles)/>
                        <h1>{name.clone()}" – "{tr(lang, KA::RolesSection)}</h1>
                        <div class="ladders">
                            {ladder_editor::<SupplierRole>(id, data, day)}
                            {ladder_editor::<SellingStage>(id, data, day)}
                        </div>
                        <Chart
                            option=option
                            label=Signal::derive(move || fill(lang.get().t(KA::TimelineChart), &[("name", &label_name)]))
                            table=table
                            height="360px"
                        />
                    </section>
                }.into_any()
            }
            _ => view! { <NotKeyAccount id=id/> }.into_any(),
        }}
    }
}
