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

/// Rows (or register accounts) between two pauses.
const BATCH: usize = 2000;

/// The outcome of the last complete run, and how the current one is doing.
#[derive(Clone, Copy)]
pub struct CheckRun {
    pub checked: RwSignal<Checked>,
    pub plan: RwSignal<ImportPlan>,
    /// Some(percent) while a run is under way.
    pub progress: RwSignal<Option<u32>>,
    /// The user stopped the run: nothing can be imported until it runs again.
    pub stopped: RwSignal<bool>,
    /// Bumped by every start and by cancel: a run goes on only while it is current.
    run: StoredValue<u64>,
    again: Trigger,
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
            progress: RwSignal::new(Some(0)),
            stopped: RwSignal::new(false),
            run: StoredValue::new(0),
            again: Trigger::new(),
        };
        Effect::new(move |_| {
            this.again.track();
            let rows = rows.get();
            let settings = settings.get();
            let fixes = fixes.get();
            let skip = skip.get();
            app.store.accounts.track();
            let run = this.run.get_value() + 1;
            this.run.set_value(run);
            this.stopped.set(false);
            let current = move || this.run.try_get_value() == Some(run);
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
                    this.progress
                        .set(Some((checker.progress(total) * 50.0) as u32));
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
                    this.progress.set(Some(50 + (share * 50.0) as u32));
                    browser::pause().await;
                    if !current() {
                        return;
                    }
                }
                let plan = app.store.accounts.with_untracked(|a| planner.finish(a));
                this.checked.set(checked);
                this.plan.set(plan);
                this.progress.set(None);
            });
        });
        this
    }

    /// Stops the run under way; "check again" starts it anew.
    pub fn cancel(self) {
        self.run.update_value(|r| *r += 1);
        self.progress.set(None);
        self.stopped.set(true);
    }

    pub fn check_again(self) {
        self.progress.set(Some(0));
        self.again.notify();
    }

    /// Whether the checked rows and the plan are those of the current inputs.
    pub fn ready(self) -> bool {
        self.progress.get().is_none() && !self.stopped.get()
    }
}
