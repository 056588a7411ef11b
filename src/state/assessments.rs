//! The workspace's self-assessments, typed for a page. The store keeps them as JSON
//! (`store.assessments`, unknown fields kept).

use leptos::prelude::*;

use crate::domain::assessment::{assessments_json, read_assessments, Assessments, AssessmentsJson};
use crate::state::AppState;

/// The workspace's assessments, typed for a page: the store keeps them as JSON
/// (`AssessmentsJson`), read here once per change.
#[derive(Clone, Copy)]
pub struct List {
    json: RwSignal<AssessmentsJson>,
    typed: Memo<Assessments>,
}

impl List {
    pub fn new(app: AppState) -> List {
        let json = app.store.assessments;
        List {
            json,
            typed: Memo::new(move |_| json.with(|j| read_assessments(j))),
        }
    }

    pub fn with<R>(self, f: impl FnOnce(&Assessments) -> R) -> R {
        self.typed.with(f)
    }

    pub fn with_untracked<R>(self, f: impl FnOnce(&Assessments) -> R) -> R {
        self.typed.with_untracked(f)
    }

    pub fn update<R>(self, f: impl FnOnce(&mut Assessments) -> R) -> R {
        update_assessments(self.json, f)
    }
}

/// Changes the workspace's assessments through their typed form.
pub fn update_assessments<R>(
    json: RwSignal<AssessmentsJson>,
    f: impl FnOnce(&mut Assessments) -> R,
) -> R {
    let mut typed = json.with_untracked(|j| read_assessments(j));
    let result = f(&mut typed);
    json.set(assessments_json(&typed));
    result
}
