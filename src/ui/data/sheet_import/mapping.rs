//! The column mapping of a read file: header row, number notation, a field for each
//! column with a preview, and the mapping remembered in this browser for next time.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::number::DecimalSeparator;
use crate::domain::spreadsheet::{
    guess_mapping, headers, mapped_twice, Cell, Field, Mapping, ReadSettings,
};
use crate::i18n::fill;
use crate::i18n::sheet::{field_label, SH};
use crate::i18n::tr;
use crate::i18n::Lang;
use crate::state::use_app;

pub use crate::state::sheet_mapping::{remember, remembered};

/// What the mapping table shows: the rows read, the header row, the mapping being
/// edited and the columns' names and places in the file.
#[derive(Clone, Copy)]
struct Columns {
    lang: RwSignal<Lang>,
    rows: RwSignal<Arc<Vec<Vec<Cell>>>>,
    header_row: RwSignal<usize>,
    mapping: RwSignal<Mapping>,
    positions: RwSignal<Vec<usize>>,
    column_names: Memo<Vec<String>>,
}

impl Columns {
    /// The number of column `c` as the spreadsheet counts it (1 = A).
    fn number(self, c: usize) -> usize {
        self.positions.with(|p| p.get(c).copied().unwrap_or(c)) + 1
    }
}

/// The columns of a read file: header row, number notation, a field for each column
/// with a preview, and below it the checks (their own chunk). A chunk of its own, so
/// that no part of the import page exceeds its size budget. `positions`: each column's
/// place in the file (empty columns are not read).
#[component]
pub fn SheetMapping(
    rows: RwSignal<Arc<Vec<Vec<Cell>>>>,
    header_row: RwSignal<usize>,
    mapping: RwSignal<Mapping>,
    decimal: RwSignal<DecimalSeparator>,
    file_name: RwSignal<String>,
    positions: RwSignal<Vec<usize>>,
) -> impl IntoView {
    let lang = use_app().lang;
    // The number of column `c` as the spreadsheet counts it (1 = A).
    let number = move |c: usize| positions.with(|p| p.get(c).copied().unwrap_or(c)) + 1;
    let column_names = Memo::new(move |_| {
        let l = lang.get();
        rows.with(|r| headers(r, header_row.get()))
            .into_iter()
            .enumerate()
            .map(|(c, h)| {
                if h.is_empty() {
                    fill(l.t(SH::ColumnN), &[("n", &number(c).to_string())])
                } else {
                    h
                }
            })
            .collect::<Vec<_>>()
    });
    let settings = Memo::new(move |_| ReadSettings {
        header_row: header_row.get(),
        mapping: mapping.get(),
        decimal: decimal.get(),
    });
    let blocked =
        move || mapping.with(|m| !m.contains(&Some(Field::Name)) || !mapped_twice(m).is_empty());
    let columns = Columns {
        lang,
        rows,
        header_row,
        mapping,
        positions,
        column_names,
    };

    view! {
        <div class="sheet-options">
                    <label>{tr(lang, SH::HeaderRow)}" "
                        <input type="number" min="1" prop:value=move || header_row.get() + 1
                            on:change=move |ev| {
                                let n: usize = event_target_value(&ev).parse().unwrap_or(1);
                                let n = n.clamp(1, rows.with_untracked(|r| r.len().max(1)));
                                header_row.set(n - 1);
                                let hs = rows.with_untracked(|r| headers(r, n - 1));
                                mapping.set(guess_mapping(&hs, &remembered()));
                            }/>
                    </label>
                    <label>{tr(lang, SH::Numbers)}" "
                        <select on:change=move |ev| decimal.set(if event_target_value(&ev) == "point" {
                            DecimalSeparator::Point } else { DecimalSeparator::Comma })>
                            <option value="comma" selected=move || decimal.get() == DecimalSeparator::Comma>{tr(lang, SH::GermanNumbers)}</option>
                            <option value="point" selected=move || decimal.get() == DecimalSeparator::Point>{tr(lang, SH::EnglishNumbers)}</option>
                        </select>
                    </label>
        </div>
                {move || mapping_table(columns)}
                {move || mapping_notes(lang.get(), mapping)}
                <Show when=move || !blocked()>
                    <crate::ui::data::sheet_check::LazySheetCheck rows=rows settings=settings column_names=column_names file_name=file_name/>
                </Show>
    }
}

/// The table of columns: a field to choose for each, over a preview of the first rows.
fn mapping_table(cols: Columns) -> impl IntoView {
    let Columns {
        lang,
        rows,
        header_row,
        mapping,
        column_names,
        ..
    } = cols;
    let number = move |c: usize| cols.number(c);
    let l = lang.get();
    let names = column_names.get();
    let h = header_row.get();
    let selects = names
        .iter()
        .enumerate()
        .map(|(c, name)| {
            let current = mapping.with(|m| m.get(c).copied().flatten());
            let label = fill(
                l.t(SH::FieldFor),
                &[("n", &number(c).to_string()), ("header", name)],
            );
            let change = move |ev: leptos::ev::Event| {
                let f = Field::from_key(&event_target_value(&ev));
                mapping.update(|m| {
                    if m.len() <= c {
                        m.resize(c + 1, None);
                    }
                    m[c] = f;
                });
            };
            let options = Field::ALL
                .map(|f| view! { <option value=f.key() selected=current == Some(f)>{field_label(f, l)}</option> });
            view! {
                <th scope="col">
                    <span class="sheet-header">{name.clone()}</span>
                    <select aria-label=label on:change=change>
                        <option value="" selected=current.is_none()>{l.t(SH::Ignore)}</option>
                        {options}
                    </select>
                </th>
            }
        })
        .collect_view();
    let width = names.len();
    let preview = rows.with(|r| {
        r.iter()
            .enumerate()
            .skip(h + 1)
            .filter(|(_, row)| !row.iter().all(Cell::is_blank))
            .take(5)
            .map(|(i, row)| {
                let cells = (0..width)
                    .map(|c| view! { <td>{row.get(c).map(Cell::text).unwrap_or_default()}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{i + 1}</th>{cells}</tr> }
            })
            .collect_view()
    });
    view! {
        <div class="table-wrap">
            <table class="data-table sheet-mapping">
                <caption>{l.t(SH::Preview)}</caption>
                <thead><tr><th scope="col">{l.t(SH::Row)}</th>{selects}</tr></thead>
                <tbody>{preview}</tbody>
            </table>
        </div>
    }
}

/// Why the mapping cannot be checked yet: no name column, a field chosen twice.
fn mapping_notes(l: Lang, mapping: RwSignal<Mapping>) -> impl IntoView {
    let mut notes = Vec::new();
    mapping.with(|m| {
        if !m.contains(&Some(Field::Name)) {
            notes.push(l.t(SH::NoNameColumn).to_string());
        }
        for f in mapped_twice(m) {
            notes.push(fill(l.t(SH::MappedTwice), &[("field", field_label(f, l))]));
        }
    });
    notes
        .into_iter()
        .map(|n| view! { <p class="error" role="alert">{n}</p> })
        .collect_view()
}
