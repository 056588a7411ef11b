//! Checking the rows of a spreadsheet import and planning the merge, in batches: one
//! pass over 20,000 rows was a long task, so the work pauses every [`BATCH`] rows (the
//! page paints, takes input, shows progress) and stops when it is superseded (new
//! rows, mapping, corrections or register) or cancelled. The result is the one-pass
//! result (`domain::spreadsheet::RowChecker`, `ImportPlanner`).

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::spreadsheet::{
    Cell, Checked, Fixes, ImportPlan, ImportPlanner, ReadSettings, RowChecker,
};
use crate::state::{browser, use_app};
use crate::ui::data::batch_run::BatchRun;

/// Rows (or register accounts) between two pauses.
const BATCH: usize = 2000;

/// The outcome of the last complete run, and how the current one is doing.
#[derive(Clone, Copy)]
pub struct CheckRun {
    pub checked: RwSignal<Checked>,
    pub plan: RwSignal<ImportPlan>,
    /// Progress, cancel and "check again" (the widget `BatchProgress` shows them).
    pub batch: BatchRun,
}

impl CheckRun {
    /// Runs the check and the plan whenever their inputs change (a file of up to
    /// [`BATCH`] rows in one go, without a pause; a longer one after a pause).
    pub fn start(
        rows: RwSignal<Arc<Vec<Vec<Cell>>>>,
        settings: Memo<ReadSettings>,
        fixes: RwSignal<Fixes>,
        skip: RwSignal<HashSet<usize>>,
        to_f64: fn(&str) -> Option<f64>,
    ) -> CheckRun {
        let app = use_app();
        let this = CheckRun {
            checked: RwSignal::new(Checked::default()),
            plan: RwSignal::new(ImportPlan::default()),
            batch: BatchRun::new(),
        };
        let progress = this.batch.progress;
        Effect::new(move |_| {
            let current = this.batch.begin();
            let rows = rows.get();
            let settings = settings.get();
            let fixes = fixes.get();
            let skip = skip.get();
            app.store.accounts.track();
            leptos::task::spawn_local(async move {
                let total = rows.len();
                // New rows are drawn (mapping, preview) in the task that set them: the
                // first batch waits for the next one.
                if total > BATCH {
                    browser::pause().await;
                    if !current() {
                        return;
                    }
                }
                let mut checker = RowChecker::new(settings);
                while !checker.check_more(&rows, BATCH, &fixes, &skip, &to_f64) {
                    // The check is the first half of the work.
                    progress.set(Some((checker.progress(total) * 50.0) as u32));
                    browser::pause().await;
                    if !current() {
                        return;
                    }
                }
                let checked = checker.finish();
                let mut planner = ImportPlanner::default();
                // The register cannot change between batches unnoticed: a change starts
                // a new run (this effect tracks it), and this one stops at its next pause.
                while !app
                    .store
                    .accounts
                    .with_untracked(|a| planner.plan_more(a, &checked.rows, BATCH))
                {
                    let share = app
                        .store
                        .accounts
                        .with_untracked(|a| planner.progress(a.len(), checked.rows.len()));
                    progress.set(Some(50 + (share * 50.0) as u32));
                    browser::pause().await;
                    if !current() {
                        return;
                    }
                }
                let plan = app.store.accounts.with_untracked(|a| planner.finish(a));
                this.checked.set(checked);
                this.plan.set(plan);
                progress.set(None);
            });
        });
        this
    }

    /// Whether the checked rows and the plan are those of the current inputs.
    pub fn ready(self) -> bool {
        self.batch.ready()
    }
}
