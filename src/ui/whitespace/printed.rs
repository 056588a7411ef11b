//! The whitespace part of the printed account report: the largest gaps and the matrix
//! over the default span, without the editors and the cell panel.

use leptos::prelude::*;

use super::matrix::{Gaps, Legend, MatrixTable};
use super::{initial_span, shown_matrix};
use crate::domain::history::CellRef;
use crate::domain::AccountId;
use crate::i18n::tr;
use crate::i18n::whitespace::WH;
use crate::state::use_app;

/// Shown once the workspace has offerings and a sales history to read them from.
#[component]
pub fn PrintedWhitespace(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let span = initial_span(app);
    let shown = shown_matrix(app, id, span);
    // Nothing is picked on paper; the table's cells still take a selection.
    let selected = RwSignal::new(None::<CellRef>);
    let any = move || {
        !app.store.offerings.with(|o| o.is_empty()) && !app.store.history.with(|h| h.is_empty())
    };
    view! {
        <Show when=any>
            <section class="report-section">
                <h2 id="ws-matrix">{tr(lang, WH::Matrix)}</h2>
                <Legend/>
                <Gaps shown=shown/>
                <MatrixTable shown=shown selected=selected/>
            </section>
        </Show>
    }
}
