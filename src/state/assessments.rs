//! The workspace's self-assessments, typed for a page. The store keeps them as JSON
//! (`store.assessments`, unknown fields kept); they are one [`Typed`] area of it.

use leptos::prelude::*;

use crate::domain::assessment::{AllAssessments, Assessments, AssessmentsJson};
use crate::state::typed::{update_area, Typed};
use crate::state::AppState;

/// The workspace's assessments, typed for a page, read once per change.
pub type List = Typed<AssessmentsJson, AllAssessments>;

/// The workspace's assessments of the store.
pub fn assessments(app: AppState) -> List {
    Typed::of(app.store.assessments, AllAssessments)
}

/// Changes the workspace's assessments through their typed form.
pub fn update_assessments<R>(
    json: RwSignal<AssessmentsJson>,
    f: impl FnOnce(&mut Assessments) -> R,
) -> R {
    update_area(json, AllAssessments, f)
}
