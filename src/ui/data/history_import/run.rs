//! Reading the rows of a history file in slices (issue 27: 600,000 rows in one task
//! froze the page for seconds): `domain::history::import::HistoryReader` a slice at a
//! time, the page painting and taking a Cancel between slices; a change of the file,
//! the mapping, the notation or the register starts the read anew.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::history::import::{HistoryImport, HistoryReader};
use crate::domain::history::import_columns::{mapping_gaps, HistoryMapping};
use crate::domain::Workspace;
use crate::state::browser;
use crate::ui::data::batch_run::{work_slice, BatchRun};
use crate::ui::data::sheet_import::reading::Reader;

/// Rows read between two looks at the clock.
const STEP: usize = 500;

/// Plain digits to a number with Rust's parser (as the customer import's check does).
fn parse_plain(s: &str) -> Option<f64> {
    s.parse().ok()
}

/// The outcome of the last complete read, and how the current one is doing.
#[derive(Clone, Copy)]
pub struct HistoryRun {
    /// The rows read with the current inputs (None while reading, stopped or unmapped).
    pub result: RwSignal<Option<Arc<HistoryImport>>>,
    pub batch: BatchRun,
    /// (rows read, rows of the file), for "12,000 of 600,000 rows".
    pub done: RwSignal<(usize, usize)>,
}

impl HistoryRun {
    pub fn start(
        reader: Reader,
        header_row: RwSignal<usize>,
        mapping: RwSignal<HistoryMapping>,
    ) -> HistoryRun {
        let app = reader.app;
        let this = HistoryRun {
            result: RwSignal::new(None),
            batch: BatchRun::new(),
            done: RwSignal::new((0, 0)),
        };
        let HistoryRun {
            result,
            batch,
            done,
        } = this;
        Effect::new(move |_| {
            let current = batch.begin();
            let waiting = !reader.loaded.get() || reader.reading.get().is_some();
            let rows = reader.rows.get();
            let header_row = header_row.get();
            let mapping = mapping.get();
            let decimal = reader.decimal.get();
            // Only the sections reading uses: accounts, offerings, units. Copied in the
            // run, after its first pause: a run superseded at once (the mapping guessed
            // right after the rows arrive) copies nothing.
            app.store.accounts.track();
            app.store.offerings.track();
            app.store.key_accounts.track();
            result.set(None);
            if waiting || !mapping_gaps(&mapping).is_empty() {
                batch.progress.set(None);
                return;
            }
            let total = rows.len();
            // Rows under the header (a header row alone: none).
            done.set((0, total.saturating_sub(header_row + 1)));
            batch.progress.set(Some(0));
            leptos::task::spawn_local(async move {
                // The first slice too: the new rows and mapping are drawn first.
                browser::pause().await;
                if !current() {
                    return;
                }
                let ws = Workspace {
                    accounts: app.store.accounts.get_untracked(),
                    offerings: app.store.offerings.get_untracked(),
                    key_accounts: app.store.key_accounts.get_untracked(),
                    ..Default::default()
                };
                let mut read = HistoryReader::new(&ws, header_row, &mapping, decimal);
                loop {
                    // Copying and the lookups above are a task of their own.
                    browser::pause().await;
                    if !current() {
                        return;
                    }
                    if work_slice(|| read.read_more(&ws, &rows, STEP, &parse_plain)) {
                        break;
                    }
                    batch
                        .progress
                        .set(Some((read.progress(total) * 100.0) as u32));
                    done.set((read.rows_done(total), read.data_rows(total)));
                }
                result.set(Some(Arc::new(read.finish())));
                batch.progress.set(None);
            });
        });
        this
    }
}
