//! Import and export: download the workspace, import a file (picker or drop) with a
//! check and a confirmation, restore the backup, start over.
//!
//! Sections: [`workspace`] (name, currency, backup, starting over), [`open_save`] (the
//! linked file), [`import`] (checking and confirming a file), [`merge`] (a returned
//! client copy), [`history_import`] (the sales history's import and export).

pub mod batch_run;
pub mod currency;
pub mod file;
pub mod handover;
pub mod history_import;
pub mod import;
pub mod merge;
pub mod open_as_client;
pub mod open_save;
pub mod sheet_check;
mod sheet_check_run;
pub mod sheet_export;
pub mod sheet_import;
pub mod workspace;

use leptos::prelude::*;

use crate::i18n::data::D;
use crate::i18n::tr;
use crate::state::{use_app, Route};
use crate::ui::data::handover::take;
use crate::ui::data::import::{ImportSection, Intake};
use crate::ui::data::open_save::FileSection;
use crate::ui::data::workspace::{BackupSection, ClearSection, WorkspaceFields};
use crate::ui::lazy::lazy_page;

lazy_page!(data, data_page, preload_data, () => {
    DataPage().into_any()
});

#[component]
pub fn DataPage() -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let intake = Intake::new();

    // A workspace file given to the customer-list import.
    if let Some(file) = take(Route::Data) {
        intake.take_file(app, file, None);
    }

    view! {
        <section class="page narrow">
            <h1>{tr(lang, D::DataTitle)}</h1>

            <WorkspaceFields app=app/>

            <FileSection app=app intake=intake/>

            <crate::ui::data::file::LazySafetySection/>

            <h2>{tr(lang, D::ExportTitle)}</h2>
            <p>{tr(lang, D::ExportText)}</p>
            <button class="primary" on:click=move |_| app.export()>{tr(lang, D::ExportButton)}</button>

            <ImportSection app=app intake=intake/>

            <crate::ui::data::sheet_export::LazySheetExport/>

            <crate::ui::data::history_import::LazyHistorySection/>

            <BackupSection app=app/>

            <ClearSection app=app/>

            <h2>{tr(lang, D::FileFormatTitle)}</h2>
            <p>{tr(lang, D::FileFormatText)}" "<a href="keystone-workspace.schema.json">"keystone-workspace.schema.json"</a></p>
        </section>
    }
}
