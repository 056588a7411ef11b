//! Where the rows came from, shown above the mapping: the CSV delimiter (and the text's
//! encoding) or the workbook's sheet, and the error cells of the sheet read.

use leptos::prelude::*;

use crate::domain::problem::quoted;
use crate::domain::spreadsheet::ErrorCell;
use crate::i18n::fill;
use crate::i18n::sheet::SH;
use crate::persist::csv::{TextEncoding, DELIMITERS};

use super::reading::{Reader, Source};

/// The delimiter or sheet to read the file with; `None` before a file is read.
pub fn source_controls(r: Reader) -> Option<AnyView> {
    let Reader { app, source, .. } = r;
    let l = app.lang.get();
    match source.get()? {
        Source::Csv {
            text,
            encoding,
            delimiter,
        } => {
            let options = DELIMITERS.map(|d| {
                let label = match d {
                    b';' => l.t(SH::Semicolon),
                    b',' => l.t(SH::Comma),
                    _ => l.t(SH::Tab),
                };
                view! { <option value=d.to_string() selected=d == delimiter>{label}</option> }
            });
            let change = move |ev: leptos::ev::Event| {
                let d: u8 = event_target_value(&ev).parse().unwrap_or(b';');
                source.set(Some(Source::Csv {
                    text: text.clone(),
                    encoding,
                    delimiter: d,
                }));
                r.read_csv(text.clone(), d);
            };
            let enc = match encoding {
                TextEncoding::Utf8 => "UTF-8",
                TextEncoding::Utf16Le | TextEncoding::Utf16Be => "UTF-16",
                TextEncoding::Windows1252 => "Windows-1252",
            };
            Some(
                view! {
                    <label>{l.t(SH::Delimiter)}" "
                        <select on:change=change>{options}</select>
                    </label>
                    <span class="muted encoding">{fill(l.t(SH::Encoding), &[("encoding", enc)])}</span>
                }
                .into_any(),
            )
        }
        Source::Xlsx {
            bytes,
            sheets,
            sheet,
        } => {
            let options = sheets
                .iter()
                .enumerate()
                .map(|(i, s)| view! { <option value=i.to_string() selected=i == sheet>{s.clone()}</option> })
                .collect_view();
            let change = move |ev: leptos::ev::Event| {
                let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                r.read_sheet(bytes.clone(), Some(i));
            };
            Some(
                view! {
                    <label>{l.t(SH::Sheet)}" "
                        <select on:change=change>{options}</select>
                    </label>
                }
                .into_any(),
            )
        }
    }
}

/// The error cells of the sheet read ("Kunden!C5: #SPILL!"), the first 20 of them.
pub fn error_list(l: crate::i18n::Lang, sheet: &str, cells: &[ErrorCell]) -> impl IntoView {
    let items = cells
        .iter()
        .take(20)
        .map(|e| {
            let at = e.reference();
            let place = if at.is_empty() {
                sheet.to_string()
            } else {
                format!("{sheet}!{at}")
            };
            view! { <li>{format!("{place}: {}", quoted(&e.error))}</li> }
        })
        .collect_view();
    let more = cells.len().saturating_sub(20);
    view! {
        <div class="sheet-error-cells" role="status">
            <p>{fill(l.t(SH::ErrorCells), &[("count", &l.count(cells.len()))])}</p>
            <ul>{items}</ul>
            {(more > 0).then(|| view! { <p class="muted">{fill(l.t(SH::ErrorCellsMore), &[("count", &l.count(more))])}</p> })}
        </div>
    }
}
