//! Two self-assessments compared (`compare`), and a workshop's participants together
//! (`page`): average, spread, where they disagree most, each participant's radar on
//! demand, and the group's result (`group`): its maturity, the recommendations for its
//! weakest areas and the comments per area.

mod compare;
mod group;
mod page;

pub use compare::ComparePage;
pub use page::WorkshopPage;
