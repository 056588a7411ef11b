//! The workspace as signals, one per section. Analyses read only the sections they use
//! (through memos), so a keystroke in one section does not recompute another's
//! analyses; autosave re-serializes only the sections that changed.

use leptos::prelude::*;
use serde_json::{Map, Value};

use crate::domain::Workspace;
use crate::persist::layout::{member, unknown_members};

/// The sections (one list, in the domain: `domain::problem::workspace_sections!`), from
/// which the store below is built.
pub use crate::domain::Section;

/// Builds [`Store`] from the list of sections: a signal and an arm in every method per
/// section; the unknown sections and the envelope are written out by hand.
macro_rules! store {
    ($($(#[$doc:meta])* $variant:ident $field:ident: $ty:ty,)*) => {
        #[derive(Clone, Copy)]
        pub struct Store {
            $(pub $field: RwSignal<$ty>,)*
            pub unknown: RwSignal<Map<String, Value>>,
            /// The file envelope's unknown members (`Workspace::envelope`): written back
            /// beside `data` at every save; only a replacement changes them.
            pub envelope: StoredValue<Map<String, Value>>,
        }

        impl Store {
            pub fn new(ws: Workspace) -> Store {
                Store {
                    $($field: RwSignal::new(ws.$field),)*
                    unknown: RwSignal::new(ws.extra),
                    envelope: StoredValue::new(ws.envelope),
                }
            }

            /// The whole workspace, copied (for export and backups).
            pub fn snapshot(&self) -> Workspace {
                Workspace {
                    $($field: self.$field.get_untracked(),)*
                    extra: self.unknown.get_untracked(),
                    envelope: self.envelope.get_value(),
                }
            }

            /// Moves every section out without telling anyone (no effect runs on the
            /// empty store): the caller puts a workspace back with [`Self::replace`]
            /// in the same task. A copy of 100,000 accounts is a task of its own.
            pub fn take_untracked(&self) -> Workspace {
                let mut old = Workspace::default();
                $(self.$field.update_untracked(|v| old.$field = std::mem::take(v));)*
                old.envelope = self.envelope.try_update_value(std::mem::take).unwrap_or_default();
                self.unknown.update_untracked(|v| old.extra = std::mem::take(v));
                old
            }

            /// Replaces every section.
            pub fn replace(&self, ws: Workspace) {
                $(self.$field.set(ws.$field);)*
                // Before `unknown`: its watcher compares both with what was loaded.
                self.envelope.set_value(ws.envelope);
                self.unknown.set(ws.extra);
            }

            /// One section as JSON: for the unknown sections, the members of `data` they
            /// stand for (`"key":value,…`, possibly empty); otherwise `"key":value`.
            pub fn section_json(&self, section: Section) -> String {
                match section {
                    $(Section::$variant => self.$field.with_untracked(|v| member(section, v)),)*
                    Section::Unknown => self.unknown.with_untracked(unknown_members),
                }
            }

            /// Subscribes the running effect to one section's signal.
            pub fn track(&self, section: Section) {
                match section {
                    $(Section::$variant => self.$field.track(),)*
                    Section::Unknown => self.unknown.track(),
                }
            }

            /// Whether one section differs from that of `ws` (untracked). The unknown
            /// sections include the envelope's unknown members.
            pub fn differs(&self, section: Section, ws: &Workspace) -> bool {
                match section {
                    $(Section::$variant => self.$field.with_untracked(|v| *v != ws.$field),)*
                    Section::Unknown => {
                        self.unknown.with_untracked(|v| *v != ws.extra)
                            || self.envelope.with_value(|e| *e != ws.envelope)
                    }
                }
            }
        }
    };
}

crate::domain::problem::workspace_sections!(store);

impl Store {
    /// Whether there are no accounts (tracked).
    pub fn is_empty(&self) -> bool {
        self.accounts.with(|a| a.is_empty())
    }
}
