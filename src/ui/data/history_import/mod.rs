//! The sales history on the data page (issue 27): importing an ERP export (CSV or
//! .xlsx, long or wide shape) and exporting the history as CSV or .xlsx. Reading the
//! file is the customer-list import's [`Reader`]; the rules are
//! `domain::history::import`. Nothing changes before "Import"; Undo restores the
//! offerings and the history as they were.
//!
//! Parts: [`mapping`] (which column is which), [`preview`] (problems, unknown
//! customers, merge or replace), [`export`] (the downloads).

pub mod export;
pub mod mapping;
pub mod preview;

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::history::import::{read_history, HistoryImport};
use crate::domain::history::import_columns::{
    guess_history_decimal, guess_history_mapping, history_header_row, HistoryMapping,
};
use crate::domain::spreadsheet::{file_kind, headers, FileKind};
use crate::domain::Workspace;
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

/// Plain digits to a number with Rust's parser (as the customer import's check does).
fn parse_plain(s: &str) -> Option<f64> {
    s.parse().ok()
}

/// The import's state beside the reader's: the history's own header row and mapping.
#[derive(Clone, Copy)]
pub struct HistoryState {
    pub reader: Reader,
    pub header_row: RwSignal<usize>,
    pub mapping: RwSignal<HistoryMapping>,
    pub headers: Memo<Vec<String>>,
    pub result: Memo<Option<Arc<HistoryImport>>>,
}

#[component]
pub fn HistorySection() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let reader = Reader::new(app);
    let header_row = RwSignal::new(0usize);
    let mapping = RwSignal::new(HistoryMapping::new());
    let refused = RwSignal::new(None::<String>);

    // New rows: the history's header row, mapping and decimal separator guessed.
    Effect::new(move |_| {
        let rows = reader.rows.get();
        if !reader.loaded.get() {
            return;
        }
        let h = history_header_row(&rows);
        let m = guess_history_mapping(&headers(&rows, h));
        let preferred = lang.get_untracked().decimal_separator();
        reader
            .decimal
            .set(guess_history_decimal(&rows, h, &m, preferred));
        header_row.set(h);
        mapping.set(m);
    });
    let headers_memo = Memo::new(move |_| reader.rows.with(|r| headers(r, header_row.get())));
    let result = Memo::new(move |_| {
        if !reader.loaded.get() || reader.reading.get().is_some() {
            return None;
        }
        // Only the sections matching reads: accounts, offerings, units.
        let ws = Workspace {
            accounts: app.store.accounts.get(),
            offerings: app.store.offerings.get(),
            key_accounts: app.store.key_accounts.get(),
            ..Default::default()
        };
        let rows = reader.rows.get();
        let m = mapping.get();
        let got = read_history(
            &ws,
            &rows,
            header_row.get(),
            &m,
            reader.decimal.get(),
            &parse_plain,
        );
        Some(Arc::new(got))
    });
    let state = HistoryState {
        reader,
        header_row,
        mapping,
        headers: headers_memo,
        result,
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
