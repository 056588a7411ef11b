//! "Export sales history": the history in the long shape as CSV (German Excel's
//! dialect when the UI is German) or .xlsx (the customer export's writer, in its chunk).

use leptos::prelude::*;

use crate::domain::history::import_merge::{history_table, HistoryColumn};
use crate::i18n::history_import::{column_text, HI};
use crate::i18n::sheet::SH;
use crate::i18n::{fill, tr, Lang};
use crate::persist::csv::{write_csv, CsvDialect};
use crate::state::browser::{download_bytes, pause};
use crate::state::{use_app, AppState};
use crate::ui::data::sheet_export::write_xlsx;

fn file_name(ext: &str) -> String {
    let today = crate::state::browser::now_iso();
    format!("keystone-sales-history-{}.{ext}", &today[..10])
}

/// Headers in `l`, the column kinds and the rows, from the workspace now.
fn build(
    app: AppState,
    l: Lang,
) -> (
    Vec<String>,
    Vec<crate::domain::export::ColumnKind>,
    crate::domain::spreadsheet::Rows,
) {
    let ws = app.store.snapshot();
    let headers = HistoryColumn::ALL
        .iter()
        .map(|c| column_text(*c, l))
        .collect();
    let kinds = HistoryColumn::ALL.iter().map(|c| c.kind()).collect();
    (headers, kinds, history_table(&ws))
}

#[component]
pub fn HistoryExport() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let empty = move || app.store.history.with(|h| h.is_empty());

    let csv = move |_| {
        let l = lang.get_untracked();
        let (headers, kinds, rows) = build(app, l);
        let dialect = match l {
            Lang::De => CsvDialect::GERMAN_EXCEL,
            Lang::En => CsvDialect::PLAIN,
        };
        let bytes = write_csv(
            &headers,
            &kinds,
            &rows,
            dialect,
            (l.t(SH::Yes), l.t(SH::No)),
        );
        let name = file_name("csv");
        if download_bytes(&name, &bytes, "text/csv;charset=utf-8").is_ok() {
            app.notify(fill(l.t(SH::Exported), &[("file", &name)]));
        }
    };
    let xlsx = move |_| {
        let l = lang.get_untracked();
        busy.set(true);
        failed.set(None);
        leptos::task::spawn_local(async move {
            pause().await;
            let (headers, kinds, rows) = build(app, l);
            let result =
                match write_xlsx(l.t(HI::SheetName).to_string(), headers, kinds, rows).await {
                    Ok(writing) => Ok(writing.await),
                    Err(chunk_failed) => Err(chunk_failed),
                };
            busy.set(false);
            let name = file_name("xlsx");
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
        <h2>{tr(lang, HI::ExportTitle)}</h2>
        <p>{tr(lang, HI::ExportIntro)}</p>
        <Show when=move || !empty() fallback=move || view! { <p class="muted">{tr(lang, HI::ExportEmpty)}</p> }>
            <div class="actions">
                <button on:click=csv>{tr(lang, HI::ExportCsv)}</button>
                <button on:click=xlsx disabled=move || busy.get()>{tr(lang, HI::ExportXlsx)}</button>
            </div>
        </Show>
        {move || busy.get().then(|| view! { <p class="page-loading" role="status">{tr(lang, SH::PreparingXlsx)}</p> })}
        {move || failed.get().map(|m| view! { <p class="error" role="alert">{m}</p> })}
    }
}
