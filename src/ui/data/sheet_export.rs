//! The spreadsheet exports on the data page: the register, the ABC table, the
//! value-model ranking and the scorecard overview as CSV (German Excel's dialect when
//! the UI is German) or as .xlsx (the writer arrives in its own chunk on first use).

use leptos::prelude::*;

use crate::domain::export::{table, ExportKind, Table};
use crate::i18n::sheet::{column_header, kind_text, term_text, SH};
use crate::i18n::tr;
use crate::i18n::{fill, Lang};
use crate::persist::csv::{write_csv, CsvDialect};
use crate::state::browser::{download_bytes, pause};
use crate::state::{use_app, AppState};
use crate::ui::lazy::{lazy_fn, lazy_part};

lazy_part!(sheet_export, sheet_export, preload_sheet_export,
    /// The spreadsheet exports of the data page, from their chunk.
    LazySheetExport() => {
    SheetExport().into_any()
});

/// What writing an Excel file gives: its bytes, or why it could not be made.
pub type XlsxWrite = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<u8>, String>>>>;

// Like reading: the writer's code runs in its chunk (never prefetched), pausing between
// batches of rows.
lazy_fn!(xlsx_write, write_xlsx,
    (sheet: String, headers: Vec<String>, kinds: Vec<crate::domain::export::ColumnKind>,
     rows: crate::domain::spreadsheet::Rows) -> XlsxWrite => {
    Box::pin(async move {
        crate::persist::xlsx::write_xlsx_in_batches(&sheet, &headers, &kinds, &rows, |_| {
            crate::state::browser::pause()
        })
        .await
    })
});

/// The table of `kind` from the workspace now, with headers in `lang`.
fn build(app: AppState, kind: ExportKind, lang: Lang) -> (Table, Vec<String>) {
    let ws = app.store.snapshot();
    let year = crate::state::analyses::current_year();
    let t = table(&ws, kind, year, &|term| term_text(term, lang));
    let headers = t.columns.iter().map(|c| column_header(*c, lang)).collect();
    (t, headers)
}

fn file_name(kind: ExportKind, ext: &str) -> String {
    let today = crate::state::browser::now_iso();
    format!("keystone-{}-{}.{ext}", kind.slug(), &today[..10])
}

#[component]
pub fn SheetExport() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let kind = RwSignal::new(ExportKind::Register);
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);

    let csv = move |_| {
        let l = lang.get_untracked();
        let (t, headers) = build(app, kind.get_untracked(), l);
        let kinds = t.kinds();
        let dialect = match l {
            Lang::De => CsvDialect::GERMAN_EXCEL,
            Lang::En => CsvDialect::PLAIN,
        };
        let bytes = write_csv(
            &headers,
            &kinds,
            &t.rows,
            dialect,
            (l.t(SH::Yes), l.t(SH::No)),
        );
        let name = file_name(kind.get_untracked(), "csv");
        if download_bytes(&name, &bytes, "text/csv;charset=utf-8").is_ok() {
            app.notify(fill(l.t(SH::Exported), &[("file", &name)]));
        }
    };
    let xlsx = move |_| {
        let l = lang.get_untracked();
        let k = kind.get_untracked();
        busy.set(true);
        failed.set(None);
        leptos::task::spawn_local(async move {
            // "Preparing …" is shown first, and building the table and writing the
            // file are two tasks: for 20,000 accounts one would be a long task.
            pause().await;
            let (t, headers) = build(app, k, l);
            let kinds = t.kinds();
            let sheet = l.t(kind_text(k)).to_string();
            pause().await;
            // The writer's chunk arrives first (Err: it could not be loaded), then the
            // file is written.
            let result = match write_xlsx(sheet, headers, kinds, t.rows).await {
                Ok(writing) => Ok(writing.await),
                Err(chunk_failed) => Err(chunk_failed),
            };
            busy.set(false);
            let name = file_name(k, "xlsx");
            match result {
                Ok(Ok(bytes)) => {
                    let mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                    if download_bytes(&name, &bytes, mime).is_ok() {
                        app.notify(fill(l.t(SH::Exported), &[("file", &name)]));
                    }
                }
                Ok(Err(reason)) => {
                    failed.set(Some(fill(l.t(SH::ExportFailed), &[("reason", &reason)])))
                }
                Err(_) => failed.set(Some(l.t(SH::WriterFailed).to_string())),
            }
        });
    };

    view! {
        <h2>{tr(lang, SH::ExportTitle)}</h2>
        <p>{tr(lang, SH::ExportIntro)}" "<a href=crate::state::Route::SheetImport.href()>{tr(lang, SH::ImportLink)}</a></p>
        <div class="actions sheet-export">
            <label>{tr(lang, SH::ExportWhat)}" "
                <select on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(k) = ExportKind::ALL.into_iter().find(|k| k.slug() == v) {
                        kind.set(k);
                    }
                }>
                    {ExportKind::ALL.map(|k| view! {
                        <option value=k.slug() selected=move || kind.get() == k>{tr(lang, kind_text(k))}</option>
                    })}
                </select>
            </label>
            <button on:click=csv>{tr(lang, SH::DownloadCsv)}</button>
            <button on:click=xlsx disabled=move || busy.get()>{tr(lang, SH::DownloadXlsx)}</button>
        </div>
        <p class="muted">{tr(lang, SH::CsvDialect)}</p>
        {move || busy.get().then(|| view! { <p class="page-loading" role="status">{tr(lang, SH::PreparingXlsx)}</p> })}
        {move || failed.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
    }
}
