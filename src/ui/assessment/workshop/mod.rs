//! Two self-assessments compared (`compare`), and a workshop's participants together
//! (`page`): average, spread, where they disagree most, each participant's radar on
//! demand, and the group's result (`group`): its maturity, the recommendations for its
//! weakest areas and the comments per area.

mod compare;
mod group;
mod page;

pub use compare::ComparePage;
use leptos::prelude::*;
pub use page::WorkshopPage;

use crate::ui::lazy::lazy_page;

// Comparing and the workshop: a chunk of their own (most visitors answer one).
lazy_page!(assessment_more, compare_page, preload_compare, () => {
    ComparePage().into_any()
});
lazy_page!(assessment_more, workshop_page, preload_workshop, () => {
    WorkshopPage().into_any()
});
