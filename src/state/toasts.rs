//! Short notices at the bottom of the screen, optionally with an Undo. The undo is a
//! closure, so any page can offer one without a new variant anywhere.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

const TOAST_TIME: Duration = Duration::from_secs(8);
/// How long a held notice stays after it is let go, at most.
const HELD_AGAIN: Duration = Duration::from_secs(3);

/// What Undo runs.
pub type UndoFn = Arc<dyn Fn() + Send + Sync>;

#[derive(Clone)]
pub struct Toast {
    pub text: String,
    pub undo: Option<UndoFn>,
    id: u64,
}

/// The toast service, provided at the root.
#[derive(Clone, Copy)]
pub struct Toasts {
    pub current: RwSignal<Option<Toast>>,
    /// The pointer is on the notice or the focus in it: it stays until both leave
    /// (WCAG 2.2.1: Undo must not vanish while a keyboard user is on it).
    pub held: RwSignal<bool>,
}

impl Default for Toasts {
    fn default() -> Self {
        Toasts {
            current: RwSignal::new(None),
            held: RwSignal::new(false),
        }
    }
}

impl Toasts {
    /// Shows `text` for a few seconds (until the next toast replaces it).
    pub fn notify(self, text: impl Into<String>) {
        self.show(text.into(), None);
    }

    /// Shows `text` with an Undo button that runs `undo` once.
    pub fn notify_with_undo(
        self,
        text: impl Into<String>,
        undo: impl Fn() + Send + Sync + 'static,
    ) {
        self.show(text.into(), Some(Arc::new(undo)));
    }

    fn show(self, text: String, undo: Option<UndoFn>) {
        let id = self
            .current
            .with_untracked(|t| t.as_ref().map_or(0, |t| t.id))
            + 1;
        // A notice removed while held (closed from its own button) fires no focusout.
        self.held.set(false);
        self.current.set(Some(Toast { text, undo, id }));
        self.expire(id, TOAST_TIME);
    }

    /// Closes the toast `id` after `after`, unless another replaced it; while it is
    /// held, looks again a little later.
    fn expire(self, id: u64, after: Duration) {
        set_timeout(
            move || {
                let shown = self
                    .current
                    .try_with_untracked(|t| t.as_ref().map(|t| t.id));
                if shown != Some(Some(id)) {
                    return;
                }
                if self.held.get_untracked() {
                    self.expire(id, HELD_AGAIN);
                } else {
                    self.current.set(None);
                }
            },
            after,
        );
    }

    /// Runs the current toast's undo, if any, and says `undone` after it (unless the
    /// undo showed a notice of its own): an Undo that changes data says that it did.
    pub fn undo(self, undone: impl Into<String>) {
        let undo = self
            .current
            .with_untracked(|t| t.as_ref().and_then(|t| t.undo.clone()));
        if let Some(undo) = undo {
            self.current.set(None);
            undo();
            if self.current.with_untracked(Option::is_none) {
                self.notify(undone);
            }
        }
    }

    pub fn dismiss(self) {
        self.current.set(None);
    }

    /// The toast shown now, to close it later with [`Toasts::dismiss_shown`].
    pub fn shown(self) -> Option<u64> {
        self.current.with_untracked(|t| t.as_ref().map(|t| t.id))
    }

    /// Closes the toast `id` if it is still shown (and not one shown since).
    pub fn dismiss_shown(self, id: u64) {
        if self.shown() == Some(id) {
            self.current.set(None);
        }
    }
}
