//! The whitespace matrix (docs/methods.md, "Whitespace matrix"): a key account's
//! section with its units editor, the matrix with its cell panel and the heat map; and
//! the page across the key accounts (penetration, selling stages). One file per part.

mod across;
mod cell_panel;
mod heat;
mod matrix;
mod printed;
mod span;
mod units;

use leptos::prelude::*;

use crate::domain::history::penetration::{account_matrix, default_span};
use crate::domain::history::units::unit_tree;
use crate::domain::history::whitespace::Whitespace;
use crate::domain::history::CellRef;
use crate::domain::AccountId;
use crate::i18n::tr;
use crate::i18n::whitespace::WH;
use crate::state::analyses::current_year;
use crate::state::key_accounts::key_account_data;
use crate::state::route::AccountSection;
use crate::state::{use_app, AppState};
use crate::ui::key_account::key_account_section;
use crate::ui::lazy::lazy_page;

use cell_panel::CellPanel;
use heat::HeatMap;
use matrix::{Gaps, Legend, MatrixTable};
use span::SpanPicker;
use units::UnitsEditor;

pub use printed::PrintedWhitespace;

lazy_page!(whitespace, whitespace_page, preload_whitespace, (id: u64) => {
    view! { <WhitespacePage id=id/> }.into_any()
});
lazy_page!(whitespace_across, across_page, preload_whitespace_across, () => {
    view! { <across::AcrossPage/> }.into_any()
});

/// The matrix with the names of its rows and columns, as the parts show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub matrix: Whitespace,
    pub offerings: Vec<String>,
    /// Column names in tree order, each with its depth.
    pub units: Vec<(String, usize)>,
    /// The span the "buys" amounts are summed over (first and last year).
    pub span: (i32, i32),
}

impl Shown {
    /// The cell at (`row`, `column`).
    pub fn cell(&self, row: usize, column: usize) -> CellRef {
        CellRef {
            offering: self.matrix.offerings[row],
            unit: self.matrix.units[column],
        }
    }

    /// Where a cell is, if it is still in the matrix.
    pub fn place(&self, cell: CellRef) -> Option<(usize, usize)> {
        let row = self
            .matrix
            .offerings
            .iter()
            .position(|o| *o == cell.offering)?;
        let column = self.matrix.units.iter().position(|u| *u == cell.unit)?;
        Some((row, column))
    }
}

/// The span picked on the page, starting at the default one.
pub fn initial_span(app: AppState) -> RwSignal<(i32, i32)> {
    RwSignal::new(
        app.store
            .history
            .with_untracked(|h| default_span(h, current_year())),
    )
}

/// Key account `id`'s matrix over `span`, with the names to show (`None` without the
/// account). Reads the accounts, offerings, history and this account's data.
fn shown_matrix(app: AppState, id: AccountId, span: RwSignal<(i32, i32)>) -> Memo<Option<Shown>> {
    let data = key_account_data(app, id);
    Memo::new(move |_| {
        let whole = app.lang.get().t(WH::Whole).to_string();
        let no_unit = app.lang.get().t(WH::NoUnit).to_string();
        let span = span.get();
        app.store.accounts.with(|accounts| {
            let account = accounts.account(id)?;
            app.store.offerings.with(|offerings| {
                let ids: Vec<_> = offerings.iter().map(|o| o.id).collect();
                data.with(|d| {
                    app.store.history.with(|h| {
                        let matrix = account_matrix(account, d, &ids, accounts, h, span);
                        let units = if d.units.is_empty() {
                            vec![(whole, 0)]
                        } else {
                            let mut named: Vec<(String, usize)> = unit_tree(&d.units)
                                .into_iter()
                                .map(|(u, depth)| (u.name.clone(), depth))
                                .collect();
                            // The column of the rows that name no unit, if there is one.
                            if matrix.units.last() == Some(&None) {
                                named.push((no_unit.clone(), 0));
                            }
                            named
                        };
                        Some(Shown {
                            span,
                            offerings: ids.iter().map(|&o| offerings.name(o)).collect(),
                            units,
                            matrix,
                        })
                    })
                })
            })
        })
    })
}

#[component]
pub fn WhitespacePage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let span = initial_span(app);
    let shown = shown_matrix(app, id, span);
    let selected = RwSignal::new(None::<CellRef>);
    let no_offerings = move || app.store.offerings.with(|o| o.is_empty());
    key_account_section(
        id,
        AccountSection::Whitespace,
        |l| l.t(WH::Section).to_string(),
        move |_| {
            view! {
                <p class="intro">{tr(lang, WH::Intro)}</p>
                <UnitsEditor id=id/>
                <section aria-labelledby="ws-matrix">
                    <h2 id="ws-matrix">{tr(lang, WH::Matrix)}</h2>
                    <Show when=move || !no_offerings() fallback=move || view! {
                        <p class="empty-note">{tr(lang, WH::NoOfferings)}</p>
                    }>
                        <SpanPicker span=span/>
                        <Legend/>
                        <Gaps shown=shown/>
                        <MatrixTable shown=shown selected=selected/>
                        <CellPanel id=id shown=shown selected=selected/>
                        <HeatMap shown=shown selected=selected/>
                    </Show>
                </section>
            }
        },
    )
}
