//! The matrix as a table (offerings × units, each cell a button that opens its panel,
//! with row and column totals), and the largest gaps listed above it.

use leptos::prelude::*;

use super::Shown;
use crate::domain::history::whitespace::CellStatus;
use crate::domain::history::CellRef;
use crate::i18n::whitespace::{status_text, whole_amount, WH};
use crate::i18n::{fill, tr, Lang};
use crate::state::use_app;
use crate::ui::format::with_currency;

/// The class of a cell by its status (colour; the text says the same).
fn status_class(status: &CellStatus) -> &'static str {
    match status {
        CellStatus::Buys(_) => "ws-cell ws-buys",
        CellStatus::PartsBuy(_) => "ws-cell ws-parts-buy",
        CellStatus::InProgress => "ws-cell ws-progress",
        CellStatus::NotRelevant => "ws-cell ws-not-relevant",
        CellStatus::Open(Some(_)) => "ws-cell ws-open",
        CellStatus::Open(None) => "ws-cell ws-open-unknown",
    }
}

/// "Servoantriebe in Werk Süd: open · proposed 35,000": the accessible name of a cell.
pub fn cell_label(lang: Lang, shown: &Shown, row: usize, column: usize) -> String {
    fill(
        lang.t(WH::CellLabel),
        &[
            ("offering", &shown.offerings[row]),
            ("unit", &shown.units[column].0),
            (
                "status",
                &status_text(lang, &shown.matrix.cells[row][column]),
            ),
        ],
    )
}

/// The open cells with a potential, largest first, and the open potential summed.
#[component]
pub fn Gaps(shown: Memo<Option<Shown>>) -> impl IntoView {
    let lang = use_app().lang;
    let lines = move || {
        let l = lang.get();
        shown.with(|s| {
            let Some(s) = s else { return Vec::new() };
            s.matrix
                .largest_gaps()
                .into_iter()
                .filter_map(|(key, _)| {
                    let cell = CellRef {
                        offering: key.0,
                        unit: key.1,
                    };
                    let (r, c) = s.place(cell)?;
                    Some(cell_label(l, s, r, c))
                })
                .take(5)
                .collect()
        })
    };
    let total = move || {
        let l = lang.get();
        let open = shown.with(|s| s.as_ref().map_or(0.0, |s| s.matrix.open_total()));
        fill(l.t(WH::OpenSummed), &[("amount", &whole_amount(l, open))])
    };
    view! {
        <div class="ws-gaps">
            <h3>{tr(lang, WH::Gaps)}</h3>
            <p><strong>{total}</strong></p>
            {move || {
                let lines: Vec<String> = lines();
                if lines.is_empty() {
                    view! { <p class="empty-note">{tr(lang, WH::NoGaps)}</p> }.into_any()
                } else {
                    view! { <ol>{lines.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ol> }.into_any()
                }
            }}
        </div>
    }
}

/// The matrix table: a button per cell, the bought and open totals per row and column.
/// What the matrix's words mean, after the currency of its amounts.
#[component]
pub fn Legend() -> impl IntoView {
    let lang = use_app().lang;
    let currency = crate::ui::format::use_currency();
    view! {
        <p class="muted">
            {move || fill(lang.get().t(WH::AmountsIn), &[("currency", &currency.get())])}
            " "
            {tr(lang, WH::Legend)}
        </p>
    }
}

#[component]
pub fn MatrixTable(
    shown: Memo<Option<Shown>>,
    selected: RwSignal<Option<CellRef>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let currency = crate::ui::format::use_currency();
    let amount = move |v: f64| whole_amount(lang.get(), v);
    view! {
        {move || shown.get().map(|s| {
            let l = lang.get();
            let code = currency.get();
            let rows = s.matrix.offerings.len();
            let columns = s.matrix.units.len();
            let bought_in = fill(
                l.t(WH::BoughtIn),
                &[("from", &s.span.0.to_string()), ("to", &s.span.1.to_string())],
            );
            let head = s.units.iter().map(|(name, depth)| {
                let indent = "› ".repeat(*depth);
                view! { <th scope="col"><span aria-hidden="true">{indent}</span>{name.clone()}</th> }
            }).collect_view();
            let body = (0..rows).map(|r| {
                let cells = (0..columns).map(|c| {
                    let status = s.matrix.cells[r][c].clone();
                    let cell = s.cell(r, c);
                    let label = cell_label(l, &s, r, c);
                    let text = status_text(l, &status);
                    let class = status_class(&status);
                    view! {
                        <td>
                            <button type="button" class=class aria-label=label
                                aria-pressed=move || if selected.get() == Some(cell) { "true" } else { "false" }
                                on:click=move |_| selected.set(Some(cell))>
                                {text}
                            </button>
                        </td>
                    }
                }).collect_view();
                view! {
                    <tr>
                        <th scope="row">{s.offerings[r].clone()}</th>
                        {cells}
                        <td class="num">{amount(s.matrix.bought_in_row(r))}</td>
                        <td class="num">{amount(s.matrix.open_in_row(r))}</td>
                    </tr>
                }
            }).collect_view();
            let bought: f64 = (0..columns).map(|c| s.matrix.bought_in_column(c)).sum();
            let foot_bought = (0..columns).map(|c| view! { <td class="num">{amount(s.matrix.bought_in_column(c))}</td> }).collect_view();
            let foot_open = (0..columns).map(|c| view! { <td class="num">{amount(s.matrix.open_in_column(c))}</td> }).collect_view();
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="ws-matrix">
                    <table class="data-table ws-matrix">
                        <thead>
                            <tr>
                                <th scope="col">{l.t(WH::Offering)}</th>
                                {head}
                                <th scope="col" class="num">{with_currency(&bought_in, &code)}</th>
                                <th scope="col" class="num">{with_currency(l.t(WH::OpenPotentialYear), &code)}</th>
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                        <tfoot>
                            <tr>
                                <th scope="row">{bought_in}</th>
                                {foot_bought}
                                <td class="num">{amount(bought)}</td>
                                <td></td>
                            </tr>
                            <tr>
                                <th scope="row">{l.t(WH::OpenPotentialYear)}</th>
                                {foot_open}
                                <td></td>
                                <td class="num">{amount(s.matrix.open_total())}</td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
            }
        })}
    }
}
