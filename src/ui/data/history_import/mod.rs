//! The sales history on the data page (issue 27): importing an ERP export (CSV or
//! .xlsx, long or wide shape) and exporting the history as CSV or .xlsx. Reading the
//! file is the customer-list import's [`Reader`]; the rules are
//! `domain::history::import`. Nothing changes before "Import"; Undo restores the
//! offerings and the history as they were.
//!
//! Parts: [`mapping`] (which column is which, remembered by header for the next
//! file), [`run`] (reading the rows in slices with progress and Cancel), [`preview`]
//! (problems, unknown customers, merge or replace), [`export`] (the downloads).

pub mod export;
pub mod mapping;
pub mod preview;
pub mod run;

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::history::import::HistoryImport;
use crate::domain::history::import_columns::{
    guess_history_decimal, guess_history_mapping_remembered, history_header_row, HistoryMapping,
};
use crate::domain::spreadsheet::{file_kind, headers, FileKind};
use crate::i18n::history_import::HI;
use crate::i18n::{fill, tr};
use crate::state::use_app;
use crate::ui::data::sheet_import::reading::Reader;
use crate::ui::lazy::lazy_part;
use crate::ui::widgets::FileDrop;

lazy_part!(history_section, history_section, preload_history_section,
    /// The sales history's import and export on the data page, from their chunk.
    LazyHistorySection() => {
    HistorySection().into_any()
});

/// The import's state beside the reader's: the history's own header row and mapping.
#[derive(Clone, Copy)]
pub struct HistoryState {
    pub reader: Reader,
    pub header_row: RwSignal<usize>,
    pub mapping: RwSignal<HistoryMapping>,
    pub headers: Memo<Vec<String>>,
    pub result: RwSignal<Option<Arc<HistoryImport>>>,
    pub run: run::HistoryRun,
}

#[component]
pub fn HistorySection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let reader = Reader::new(app);
    let header_row = RwSignal::new(0usize);
    let mapping = RwSignal::new(HistoryMapping::new());
    let refused = RwSignal::new(None::<String>);

    // New rows: the history's header row, mapping (the choices of earlier imports for
    // the same headers) and decimal separator guessed.
    Effect::new(move |_| {
        let rows = reader.rows.get();
        if !reader.loaded.get() {
            return;
        }
        let h = history_header_row(&rows);
        let remembered = crate::state::sheet_mapping::remembered_history();
        let m = guess_history_mapping_remembered(&headers(&rows, h), &remembered);
        let preferred = lang.get_untracked().decimal_separator();
        reader
            .decimal
            .set(guess_history_decimal(&rows, h, &m, preferred));
        header_row.set(h);
        mapping.set(m);
    });
    let headers_memo = Memo::new(move |_| reader.rows.with(|r| headers(r, header_row.get())));
    let run = run::HistoryRun::start(reader, header_row, mapping);
    let state = HistoryState {
        reader,
        header_row,
        mapping,
        headers: headers_memo,
        result: run.result,
        run,
    };

    let on_file = Callback::new(move |file: web_sys::File| {
        let name = file.name();
        // A workspace file belongs to the import above, not here.
        if file_kind(&name) == FileKind::Workspace {
            let l = lang.get_untracked();
            refused.set(Some(fill(l.t(HI::WorkspaceFile), &[("file", &name)])));
            return;
        }
        refused.set(None);
        reader.take_file(file);
    });

    view! {
        <h2>{tr(lang, HI::Title)}</h2>
        <p>{tr(lang, HI::Intro)}</p>
        <div class="history-import">
            <FileDrop choose=HI::ChooseFile hint=HI::DropHint accept=".csv,.txt,.tsv,.xlsx,text/csv" on_file=on_file/>
            {move || refused.get().or_else(|| reader.refused.get()).map(|m| view! { <p class="error" role="alert">{m}</p> })}
            {move || reader.reading.get().map(|pct| view! {
                <p class="page-loading" role="status">{format!("{} {pct} %", reader.file_name.get())}</p>
            })}
            <Show when=move || reader.loaded.get() && reader.reading.get().is_none()>
                {move || crate::ui::data::sheet_import::source::source_controls(reader)}
                <mapping::HistoryMappingView state=state/>
                <preview::HistoryPreview state=state/>
            </Show>
        </div>
        <export::HistoryExport/>
    }
}
