//! Long work of an import (checking 20,000 customer rows, reading 600,000 history
//! rows) done in slices between which the page paints, shows progress and takes a
//! Cancel: the run counter that stops a superseded or cancelled run, the time slice,
//! and the progress bar with its Cancel button, shared by the customer-list import
//! (`sheet_check_run`) and the sales history's (`history_import::run`).

use leptos::prelude::*;

use crate::i18n::sheet::SH;
use crate::i18n::tr;
use crate::state::use_app;

/// Work between two pauses, in milliseconds: well below the 50 ms of a long task on a
/// fast machine, below 100 ms on a busy 2-core one.
pub const SLICE_MS: f64 = 30.0;

/// How a run is doing; the work itself is the caller's.
#[derive(Clone, Copy)]
pub struct BatchRun {
    /// Some(percent) while a run is under way.
    pub progress: RwSignal<Option<u32>>,
    /// The user stopped the run: nothing can be imported until it runs again.
    pub stopped: RwSignal<bool>,
    /// Bumped by every start and by cancel: a run goes on only while it is current.
    run: StoredValue<u64>,
    again: Trigger,
}

impl Default for BatchRun {
    fn default() -> Self {
        Self::new()
    }
}

impl BatchRun {
    pub fn new() -> BatchRun {
        BatchRun {
            progress: RwSignal::new(Some(0)),
            stopped: RwSignal::new(false),
            run: StoredValue::new(0),
            again: Trigger::new(),
        }
    }

    /// Starts a run (in an effect: "check again" re-runs that effect) and gives the
    /// test the run asks at every pause: whether it is still the current one.
    pub fn begin(self) -> impl Fn() -> bool + Copy + 'static {
        self.again.track();
        let run = self.run.get_value() + 1;
        self.run.set_value(run);
        self.stopped.set(false);
        move || self.run.try_get_value() == Some(run)
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

    /// Whether the last run finished with the current inputs.
    pub fn ready(self) -> bool {
        self.progress.get().is_none() && !self.stopped.get()
    }
}

/// Milliseconds since some fixed moment (for measuring slices only).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Steps `step` (which does a small batch and says whether all is done) until it is
/// done or `SLICE_MS` have passed; true when done.
pub fn work_slice(mut step: impl FnMut() -> bool) -> bool {
    let start = now_ms();
    loop {
        if step() {
            return true;
        }
        if now_ms() - start >= SLICE_MS {
            return false;
        }
    }
}

/// The progress bar of a run with its Cancel button, and once stopped the note with
/// "check again". `label` names the bar; `text` says how far the run is.
#[component]
pub fn BatchProgress(
    run: BatchRun,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] text: Signal<String>,
    /// The Cancel button's accessible name, where "Cancel" alone would be ambiguous.
    #[prop(into, optional)]
    cancel_label: Option<Signal<String>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let cancel_name = move || cancel_label.map(|l| l.get());
    view! {
        {move || run.progress.get().map(|pct| view! {
            <div class="reading" role="status">
                <progress max="100" value=pct aria-label=move || label.get()></progress>
                <span>{move || text.get()}</span>
                <button aria-label=cancel_name on:click=move |_| run.cancel()>{tr(lang, SH::Cancel)}</button>
            </div>
        })}
        {move || run.stopped.get().then(|| view! {
            <p role="status">{tr(lang, SH::CheckStopped)}" "
                <button on:click=move |_| run.check_again()>{tr(lang, SH::CheckAgain)}</button>
            </p>
        })}
    }
}
