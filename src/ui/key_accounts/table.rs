//! The key accounts as a sortable table.

use leptos::prelude::*;

use super::Row;
use crate::domain::day::Day;
use crate::i18n::key_accounts::target_text;
use crate::i18n::key_accounts::{role_text, selling_text, KA};
use crate::i18n::tr;
use crate::state::{use_app, Route};
use crate::ui::format::money;
use crate::ui::format::quadrant_name;
use crate::ui::widgets::{SortHeader, SortState};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Name,
    Revenue,
    Class,
    Score,
    Role,
}

/// `rows` in the order of `sort` (ties by name).
fn sorted(rows: &mut [Row], sort: SortState<Col>, day: Day) {
    rows.sort_by(|a, b| {
        let o = match sort.key {
            Col::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
            Col::Revenue => a.revenue.total_cmp(&b.revenue),
            Col::Class => a.class.map(|c| c.1).cmp(&b.class.map(|c| c.1)).reverse(),
            Col::Score => a
                .standing
                .score
                .unwrap_or(-1.0)
                .total_cmp(&b.standing.score.unwrap_or(-1.0)),
            Col::Role => a.data.roles.at(day).cmp(&b.data.roles.at(day)),
        };
        let o = if sort.ascending { o } else { o.reverse() };
        o.then_with(|| a.name.cmp(&b.name))
    });
}

/// Every key account with its revenue, class, score, quadrant, roles and target.
#[component]
pub(super) fn KeyAccountsTable(rows: Memo<Vec<Row>>, day: Day) -> impl IntoView {
    let lang = use_app().lang;
    let sort = RwSignal::new(SortState {
        key: Col::Revenue,
        ascending: false,
    });
    let sorted = Memo::new(move |_| {
        let mut list = rows.get();
        sorted(&mut list, sort.get(), day);
        list
    });
    let header = move |col: Col, label: KA, numeric: bool| {
        view! { <SortHeader key=col label=Signal::derive(move || lang.get().t(label).to_string()) numeric=numeric sort=sort/> }
    };
    let currency = crate::ui::format::use_currency();
    let money_header = move |col: Col, label: KA| {
        let text = Signal::derive(move || {
            crate::ui::format::with_currency(lang.get().t(label), &currency.get())
        });
        view! { <SortHeader key=col label=text numeric=true sort=sort/> }
    };
    let body = move || {
        let l = lang.get();
        sorted
            .get()
            .into_iter()
            .map(|r| {
                let overdue = r.data.roles.overdue(day);
                view! {
                    <tr>
                        <th scope="row"><a href=Route::Account(r.id).href()>{r.name.clone()}</a></th>
                        <td class="num">{money(l, r.revenue)}</td>
                        <td>{r.class.map(|c| c.0.letter()).unwrap_or("–")}</td>
                        <td class="num">{r.standing.score.map(|v| l.number(v, 1)).unwrap_or_else(|| "–".into())}</td>
                        <td>{r.standing.quadrant.map(|q| l.t(quadrant_name(q))).unwrap_or("–")}</td>
                        <td>{r.data.roles.at(day).map(|v| l.t(role_text(v))).unwrap_or("–")}</td>
                        <td>{r.data.selling.at(day).map(|v| l.t(selling_text(v))).unwrap_or("–")}</td>
                        <td class:overdue=overdue>
                            {target_text(l, &r.data.roles, role_text)}
                            {overdue.then(|| view! { " " <strong class="badge overdue">{l.t(KA::OverdueMark)}</strong> })}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-wrap">
            <table class="data-table key-accounts">
                <caption class="visually-hidden">{tr(lang, KA::KeyAccountsTitle)}</caption>
                <thead><tr>
                    {header(Col::Name, KA::ColAccount, false)}
                    {money_header(Col::Revenue, KA::ColRevenue)}
                    {header(Col::Class, KA::ColClass, false)}
                    {header(Col::Score, KA::ColScore, true)}
                    <th scope="col">{tr(lang, KA::ColQuadrant)}</th>
                    {header(Col::Role, KA::ColRole, false)}
                    <th scope="col">{tr(lang, KA::ColSelling)}</th>
                    <th scope="col">{tr(lang, KA::ColTarget)}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
