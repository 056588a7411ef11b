//! Importing a customer list from a spreadsheet (`#/import`): pick or drop a CSV or
//! .xlsx file, choose the delimiter or sheet, map the columns (recognised from the
//! headers, remembered for next time), fix or skip the rows with problems, choose merge
//! or replace, confirm. Nothing changes before the confirmation; the workspace before
//! the import stays as the backup. The rules are `domain::spreadsheet`; the Excel
//! reader arrives in its own chunk only when an .xlsx file is opened.

use std::collections::HashMap;
use std::sync::Arc;

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

use crate::domain::number::DecimalSeparator;
use crate::domain::problem::quoted;
use crate::domain::spreadsheet::{
    content_kind, drop_empty_columns, find_header_row, guess_decimal, guess_mapping, headers,
    mapped_twice, normalize_header, Cell, Content, ErrorCell, Field, FileKind, Mapping,
    ReadSettings,
};
use crate::i18n::fill;
use crate::i18n::sheet::{field_label, SH};
use crate::i18n::tr;
use crate::persist::csv::{detect_delimiter, detect_encoding, CsvRows, TextEncoding, DELIMITERS};
use crate::persist::xlsx::XlsxError;
use crate::state::{use_app, Route};
use crate::ui::data::handover::{hand_over, take};
use crate::ui::lazy::{lazy_fn, lazy_page, lazy_part};

lazy_page!(sheet_import, sheet_import_page, preload_sheet_import, () => {
    SheetImportPage().into_any()
});
lazy_part!(sheet_map, sheet_mapping, preload_sheet_mapping,
    /// The column mapping of a spreadsheet import, from its chunk.
    LazySheetMapping(rows: RwSignal<std::sync::Arc<crate::domain::spreadsheet::Rows>>, header_row: RwSignal<usize>,
     mapping: RwSignal<crate::domain::spreadsheet::Mapping>,
     decimal: RwSignal<crate::domain::number::DecimalSeparator>, file_name: RwSignal<String>,
     positions: RwSignal<Vec<usize>>) => {
    view! { <SheetMapping rows=rows header_row=header_row mapping=mapping decimal=decimal file_name=file_name positions=positions/> }.into_any()
});

/// What reading an Excel workbook gives: the sheet names, the sheet read and its rows;
/// `None` if cancelled.
pub type XlsxRead = std::pin::Pin<
    Box<
        dyn std::future::Future<
            Output = Result<
                Option<crate::persist::xlsx::BookRead>,
                crate::persist::xlsx::XlsxError,
            >,
        >,
    >,
>;

// A future, polled from here but running the reader's code in its chunk (never
// prefetched: the spreadsheet libraries arrive with the first Excel file): it pauses
// after every 10,000 cells (progress shown, cancel checked), so a large sheet never
// blocks the page. `sheet: None` reads the first sheet that holds a list.
lazy_fn!(xlsx_read, read_xlsx,
    (bytes: Vec<u8>, sheet: Option<usize>, progress: RwSignal<Option<u32>>, cancel: RwSignal<bool>) -> XlsxRead => {
    Box::pin(async move {
        crate::persist::xlsx::read_book_in_batches(&bytes, sheet, |share| async move {
            progress.set(Some((share * 100.0) as u32));
            crate::state::browser::pause().await;
            !cancel.get_untracked()
        })
        .await
    })
});

/// Local-storage key of the remembered mapping: normalised header → field key ("" =
/// ignored). A preference of this browser, not part of the workspace.
const MAPPING_KEY: &str = "keystone.sheet-mapping";
/// Rows read between two pauses that let the browser paint and take input.
const BATCH: usize = 2000;

/// Where the rows came from, to read them again with another delimiter or sheet.
#[derive(Clone)]
enum Source {
    Csv {
        text: Arc<String>,
        encoding: TextEncoding,
        delimiter: u8,
    },
    Xlsx {
        bytes: Arc<Vec<u8>>,
        sheets: Vec<String>,
        sheet: usize,
    },
}

pub fn remembered() -> HashMap<String, Option<Field>> {
    let stored: HashMap<String, String> = LocalStorage::get(MAPPING_KEY).unwrap_or_default();
    stored
        .into_iter()
        .map(|(h, f)| (h, Field::from_key(&f)))
        .collect()
}

pub fn remember(headers: &[String], mapping: &Mapping) {
    let mut stored: HashMap<String, String> = LocalStorage::get(MAPPING_KEY).unwrap_or_default();
    for (h, f) in headers.iter().zip(mapping) {
        if !h.trim().is_empty() {
            stored.insert(normalize_header(h), f.map_or("", |f| f.key()).to_string());
        }
    }
    // A preference: if it cannot be stored, the next import recognises the headers again.
    let _ = LocalStorage::set(MAPPING_KEY, stored);
}

/// Decodes a text file: UTF-8, UTF-16 or Windows-1252 by the browser's TextDecoder.
pub fn decode(bytes: &[u8]) -> Option<(String, TextEncoding)> {
    let (encoding, bom) = detect_encoding(bytes);
    let decoder = web_sys::TextDecoder::new_with_label(encoding.label()).ok()?;
    let text = decoder.decode_with_u8_array(&bytes[bom..]).ok()?;
    Some((text, encoding))
}

#[component]
pub fn SheetImportPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let file_name = RwSignal::new(String::new());
    let source = RwSignal::new(None::<Source>);
    let rows = RwSignal::new(Arc::new(Vec::<Vec<Cell>>::new()));
    let loaded = RwSignal::new(false);
    // Some(percent) while reading; the cancel flag is checked between batches.
    let reading = RwSignal::new(None::<u32>);
    let loading_excel = RwSignal::new(false);
    let cancel = RwSignal::new(false);
    let refused = RwSignal::new(None::<String>);
    let header_row = RwSignal::new(0usize);
    // For each column read, its position in the file (empty columns are left out).
    let positions = RwSignal::new(Vec::<usize>::new());
    // Error cells of the sheet read (sheet name, cells), read as empty.
    let error_cells = RwSignal::new(None::<(String, Vec<ErrorCell>)>);
    let mapping = RwSignal::new(Mapping::new());
    let decimal = RwSignal::new(lang.get_untracked().decimal_separator());

    let refuse = move |file: &str, reason: &str| {
        let l = lang.get_untracked();
        refused.set(Some(fill(
            l.t(SH::Refused),
            &[("file", &quoted(file)), ("reason", reason)],
        )));
    };

    // New rows: headers found again, the mapping guessed, corrections cleared.
    let take_rows = move |list: Vec<Vec<Cell>>| {
        // Columns blank in every row are left out (a stray cell in column XFD would
        // offer 16,384 columns); the others keep their place in the file for messages.
        let (list, kept) = drop_empty_columns(list);
        positions.set(kept);
        let h = find_header_row(&list);
        let m = guess_mapping(&headers(&list, h), &remembered());
        decimal.set(guess_decimal(
            &list,
            h,
            &m,
            lang.get_untracked().decimal_separator(),
        ));
        header_row.set(h);
        mapping.set(m);
        rows.set(Arc::new(list));
        loaded.set(true);
    };

    let read_csv = move |text: Arc<String>, delimiter: u8| {
        leptos::task::spawn_local(async move {
            cancel.set(false);
            reading.set(Some(0));
            let mut reader = CsvRows::new(&text, delimiter);
            let mut list = Vec::new();
            loop {
                let batch = reader.next_rows(BATCH);
                let done = batch.len() < BATCH;
                list.extend(batch);
                if done {
                    break;
                }
                reading.set(Some((reader.progress() * 100.0) as u32));
                crate::state::browser::pause().await;
                if cancel.get_untracked() {
                    reading.set(None);
                    app.notify(lang.get_untracked().t(SH::Cancelled));
                    return;
                }
            }
            reading.set(None);
            if list.is_empty() {
                refuse(
                    &file_name.get_untracked(),
                    lang.get_untracked().t(SH::NoRows),
                );
                return;
            }
            take_rows(list);
        });
    };

    // `sheet: None`: the first sheet that holds a list (the user has not chosen).
    let read_xlsx = move |bytes: Arc<Vec<u8>>, sheet: Option<usize>| {
        leptos::task::spawn_local(async move {
            loading_excel.set(true);
            let loaded_reader = read_xlsx(bytes.to_vec(), sheet, reading, cancel).await;
            loading_excel.set(false);
            let l = lang.get_untracked();
            let name = file_name.get_untracked();
            let Ok(read) = loaded_reader else {
                refused.set(Some(l.t(SH::ExcelFailed).to_string()));
                return;
            };
            cancel.set(false);
            reading.set(Some(0));
            let result = read.await;
            reading.set(None);
            match result {
                Err(XlsxError::NotXlsx(_)) => refuse(&name, l.t(SH::NotXlsx)),
                Err(XlsxError::Password) => refuse(&name, l.t(SH::Password)),
                Err(XlsxError::NoSheet) => refuse(&name, l.t(SH::NoSheet)),
                Ok(None) => app.notify(l.t(SH::Cancelled)),
                Ok(Some(read)) => {
                    let sheet_name = read.sheets.get(read.sheet).cloned().unwrap_or_default();
                    error_cells.set((!read.errors.is_empty()).then_some((sheet_name, read.errors)));
                    source.set(Some(Source::Xlsx {
                        bytes,
                        sheets: read.sheets,
                        sheet: read.sheet,
                    }));
                    take_rows(read.rows);
                }
            }
        });
    };

    let take_file = move |file: web_sys::File| {
        let notice = lang.get_untracked().t(SH::HandedToData);
        let Some(file) = hand_over(app, file, FileKind::Workspace, Route::Data, notice) else {
            return;
        };
        let name = file.name();
        refused.set(None);
        loaded.set(false);
        source.set(None);
        error_cells.set(None);
        file_name.set(name.clone());
        let lower = name.to_lowercase();
        leptos::task::spawn_local(async move {
            let l = lang.get_untracked();
            if lower.ends_with(".ods") {
                refuse(&name, l.t(SH::WrongType));
                return;
            }
            let Some(bytes) = crate::state::browser::read_bytes(&file).await else {
                refuse(&name, l.t(SH::NotText));
                return;
            };
            // By content, whatever the name says: an .xlsx is a zip file; Excel saves a
            // workbook with a password as an encrypted compound file, which an old .xls
            // also is.
            match content_kind(&bytes) {
                Content::Encrypted => return refuse(&name, l.t(SH::Password)),
                Content::OldExcel => return refuse(&name, l.t(SH::NotXlsx)),
                Content::Other if lower.ends_with(".xls") => {
                    return refuse(&name, l.t(SH::NotXlsx));
                }
                Content::Zip => return read_xlsx(Arc::new(bytes), None),
                Content::Other if lower.ends_with(".xlsx") => {
                    return read_xlsx(Arc::new(bytes), None);
                }
                Content::Other => {}
            }
            let Some((text, encoding)) = decode(&bytes) else {
                refuse(&name, l.t(SH::NotText));
                return;
            };
            let text = Arc::new(text);
            let delimiter = detect_delimiter(&text);
            source.set(Some(Source::Csv {
                text: text.clone(),
                encoding,
                delimiter,
            }));
            read_csv(text, delimiter);
        });
    };

    // A spreadsheet given to the data page's workspace import.
    if let Some(file) = take(Route::SheetImport) {
        take_file(file);
    }
    let on_pick = move |ev: leptos::ev::Event| {
        if let Some(file) = crate::state::browser::picked_file(&ev) {
            take_file(file);
        }
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        dragging.set(false);
        if let Some(file) = crate::state::browser::dropped_file(&ev) {
            take_file(file);
        }
    };

    let source_controls = move || {
        let l = lang.get();
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
                    read_csv(text.clone(), d);
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
                        <span class="muted">{fill(l.t(SH::Encoding), &[("encoding", enc)])}</span>
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
                    read_xlsx(bytes.clone(), Some(i));
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
    };

    view! {
        <section class="page sheet-import">
            <h1>{tr(lang, SH::Title)}</h1>
            <p>{tr(lang, SH::Intro)}</p>
            <div class=move || if dragging.get() { "dropzone dragging" } else { "dropzone" }
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label class="button">
                    {tr(lang, SH::ChooseFile)}
                    <input type="file" class="visually-hidden" accept=".csv,.txt,.tsv,.xlsx,text/csv" on:change=on_pick/>
                </label>
                <span class="muted">{tr(lang, SH::DropHint)}</span>
            </div>
            {move || refused.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
            {move || loading_excel.get().then(|| view! {
                <p class="page-loading" role="status">{tr(lang, SH::LoadingExcel)}</p>
            })}
            {move || reading.get().map(|pct| view! {
                <div class="reading" role="status">
                    <progress max="100" value=pct aria-label=move || file_name.get()></progress>
                    <span>{fill(lang.get().t(SH::Reading), &[("file", &file_name.get()), ("percent", &pct.to_string())])}</span>
                    <button on:click=move |_| cancel.set(true)>{tr(lang, SH::Cancel)}</button>
                </div>
            })}
            <Show when=move || loaded.get() && reading.get().is_none()>
                <p class="muted">{move || fill(lang.get().t(SH::FileInfo), &[
                    ("file", &file_name.get()),
                    ("rows", &lang.get().count(rows.with(|r| r.len()))),
                ])}</p>
                {move || error_cells.get().map(|(sheet, cells)| error_list(lang.get(), &sheet, &cells))}
                <h2>{tr(lang, SH::StepColumns)}</h2>
                <div class="sheet-options">
                    {source_controls}
                </div>
                <LazySheetMapping rows=rows header_row=header_row mapping=mapping decimal=decimal file_name=file_name positions=positions/>
            </Show>
        </section>
    }
}

/// The error cells of the sheet read ("Kunden!C5: #SPILL!"), the first 20 of them.
fn error_list(l: crate::i18n::Lang, sheet: &str, cells: &[ErrorCell]) -> impl IntoView {
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

    let mapping_table = move || {
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
                        .map(
                            |c| view! { <td>{row.get(c).map(Cell::text).unwrap_or_default()}</td> },
                        )
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
    };

    let mapping_notes = move || {
        let l = lang.get();
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
                {mapping_table}
                {mapping_notes}
                <Show when=move || !blocked()>
                    <crate::ui::data::sheet_check::LazySheetCheck rows=rows settings=settings column_names=column_names file_name=file_name/>
                </Show>
    }
}
