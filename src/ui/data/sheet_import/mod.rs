//! Importing a customer list from a spreadsheet (`#/import`): pick or drop a CSV or
//! .xlsx file, choose the delimiter or sheet, map the columns (recognised from the
//! headers, remembered for next time), fix or skip the rows with problems, choose merge
//! or replace, confirm. Nothing changes before the confirmation; the workspace before
//! the import stays as the backup. The rules are `domain::spreadsheet`; the Excel
//! reader arrives in its own chunk only when an .xlsx file is opened.
//!
//! Parts: [`reading`] (reading a file into rows), [`source`] (delimiter or sheet, error
//! cells), [`mapping`] (the columns' fields, remembered for next time).

pub mod mapping;
pub mod reading;
pub mod source;

use leptos::prelude::*;

use crate::ui::widgets::FileDrop;

use crate::i18n::fill;
use crate::i18n::sheet::SH;
use crate::i18n::tr;
use crate::state::{use_app, Route};
use crate::ui::data::handover::take;
use crate::ui::lazy::{lazy_fn, lazy_page, lazy_part};

pub use mapping::{remember, remembered, SheetMapping};
pub use reading::decode;
use reading::Reader;
use source::{error_list, source_controls};

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

#[component]
pub fn SheetImportPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let r = Reader::new(app);
    let Reader {
        file_name,
        rows,
        loaded,
        reading,
        loading_excel,
        cancel,
        refused,
        header_row,
        positions,
        error_cells,
        mapping,
        decimal,
        ..
    } = r;

    // A spreadsheet given to the data page's workspace import.
    if let Some(file) = take(Route::SheetImport) {
        r.take_file(file);
    }
    let on_file = Callback::new(move |file| r.take_file(file));

    view! {
        <section class="page sheet-import">
            <h1>{tr(lang, SH::Title)}</h1>
            <p>{tr(lang, SH::Intro)}</p>
            <FileDrop choose=SH::ChooseFile hint=SH::DropHint accept=".csv,.txt,.tsv,.xlsx,text/csv" on_file=on_file/>
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
                    {move || source_controls(r)}
                </div>
                <LazySheetMapping rows=rows header_row=header_row mapping=mapping decimal=decimal file_name=file_name positions=positions/>
            </Show>
        </section>
    }
}
