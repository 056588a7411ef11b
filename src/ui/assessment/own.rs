//! The browser's mark of the user's own self-assessment (rule: `domain::assessment_own`),
//! kept in local storage beside the workspace, not in it: it belongs to this browser,
//! and a workspace file sent to a colleague must not make them the author.

use crate::domain::assessment::Assessment;
use crate::domain::assessment_own::OwnMark;
use crate::persist::storage;

/// The local-storage key of the mark.
pub const KEY_OWN: &str = "keystone.assessment.own";

/// The mark this browser keeps, if any.
pub fn stored_mark() -> Option<OwnMark> {
    let text = storage::read(KEY_OWN).ok()??;
    serde_json::from_str(&text).ok()
}

/// Marks `a`, as it is now, as the user's own. If storage refuses, the mark is lost
/// and the assessment opens read-only next time: nothing stored is changed by that.
pub fn mark_own(a: &Assessment) {
    if let Ok(text) = serde_json::to_string(&OwnMark::of(a)) {
        let _ = storage::write(KEY_OWN, &text);
    }
}
