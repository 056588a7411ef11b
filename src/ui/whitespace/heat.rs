//! The heat map of the matrix ([`crate::charts::whitespace`]); its table is the matrix
//! table above it, so "Show as table" gives the same cells as plain text. A click on a
//! cell opens its panel like a click on the table's button.

use leptos::prelude::*;

use super::matrix::cell_label;
use super::Shown;
use crate::charts::whitespace::{cell_of, heatmap_option};
use crate::charts::{Chart, ChartClick, ChartTable};
use crate::domain::history::CellRef;
use crate::i18n::whitespace::{status_text, WH};
use crate::i18n::{fill, tr};
use crate::state::use_app;

#[component]
pub fn HeatMap(shown: Memo<Option<Shown>>, selected: RwSignal<Option<CellRef>>) -> impl IntoView {
    let lang = use_app().lang;
    let option = Signal::derive(move || {
        shown.with(|s| {
            s.as_ref()
                .map(|s| {
                    let units: Vec<String> = s.units.iter().map(|(n, _)| n.clone()).collect();
                    heatmap_option(&s.matrix, &s.offerings, &units)
                })
                .unwrap_or_default()
        })
    });
    let label = Signal::derive(move || {
        let (rows, columns) = shown.with(|s| {
            s.as_ref()
                .map_or((0, 0), |s| (s.matrix.offerings.len(), s.matrix.units.len()))
        });
        fill(
            lang.get().t(WH::HeatLabel),
            &[
                ("rows", &rows.to_string()),
                ("columns", &columns.to_string()),
            ],
        )
    });
    let table = Signal::derive(move || {
        let l = lang.get();
        shown.with(|s| {
            let Some(s) = s else {
                return ChartTable::default();
            };
            let mut columns = vec![l.t(WH::Offering).to_string()];
            columns.extend(s.units.iter().map(|(n, _)| n.clone()));
            let rows = (0..s.matrix.offerings.len())
                .map(|r| {
                    let mut row = vec![s.offerings[r].clone()];
                    row.extend(s.matrix.cells[r].iter().map(|c| status_text(l, c)));
                    row
                })
                .collect();
            ChartTable {
                numeric: vec![false; columns.len()],
                columns,
                rows,
            }
        })
    });
    let on_click = Callback::new(move |c: ChartClick| {
        let cell = shown.with_untracked(|s| {
            let s = s.as_ref()?;
            let (r, col) = cell_of(&s.matrix, c.item)?;
            Some(s.cell(r, col))
        });
        if cell.is_some() {
            selected.set(cell);
        }
    });
    let tooltip = Callback::new(move |c: ChartClick| {
        let l = lang.get_untracked();
        shown.with_untracked(|s| {
            s.as_ref()
                .and_then(|s| {
                    cell_of(&s.matrix, c.item).map(|(r, col)| vec![cell_label(l, s, r, col)])
                })
                .unwrap_or_default()
        })
    });
    view! {
        <h3>{tr(lang, WH::HeatMap)}</h3>
        <div class="ws-heat">
            <Chart option=option label=label table=table on_click=on_click tooltip=tooltip height="360px"/>
        </div>
    }
}
