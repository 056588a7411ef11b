//! Short notices at the bottom of the screen, optionally with an Undo. The undo is a
//! closure, so any page can offer one without a new variant anywhere.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

const TOAST_TIME: Duration = Duration::from_secs(8);

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
}

impl Default for Toasts {
    fn default() -> Self {
        Toasts {
            current: RwSignal::new(None),
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
        self.current.set(Some(Toast { text, undo, id }));
        set_timeout(
            move || {
                if self
                    .current
                    .try_with_untracked(|t| t.as_ref().map(|t| t.id))
                    == Some(Some(id))
                {
                    self.current.set(None);
                }
            },
            TOAST_TIME,
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
