//! Which saved self-assessment is the user's own, and which two Compare starts with.
//!
//! The user's own assessment is the one this browser started last (the first answer
//! on an empty questionnaire, "New assessment", "Next participant"). The browser keeps
//! an [`OwnMark`]: its id and a fingerprint of its answers, renewed at every answer
//! given here. An id alone is not enough: after the sample is loaded or a file is
//! imported, the same id can name another person's assessment. When the assessment
//! with that id no longer has the answers last given here (the workspace was replaced,
//! or it was changed elsewhere), it is no longer counted as the user's own, and it
//! opens read-only like everybody else's.

use serde::{Deserialize, Serialize};

use super::assessment::{Assessment, Assessments};

/// What the browser remembers of the user's own assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnMark {
    pub id: u64,
    /// [`fingerprint`] of its answers when they were last given here.
    pub fingerprint: u64,
}

impl OwnMark {
    pub fn of(a: &Assessment) -> OwnMark {
        OwnMark {
            id: a.id,
            fingerprint: fingerprint(a),
        }
    }
}

/// A 64-bit FNV-1a hash of who answered, when, in which workshop, and every rating and
/// comment: the same answers give the same number (in any browser, in any version).
pub fn fingerprint(a: &Assessment) -> u64 {
    let text =
        serde_json::to_string(&(&a.respondent, &a.workshop, a.date, &a.ratings, &a.comments))
            .unwrap_or_default();
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The id of the user's own assessment: the marked one, if it is still there with the
/// answers last given here.
pub fn own_assessment(list: &Assessments, mark: Option<OwnMark>) -> Option<u64> {
    let mark = mark?;
    list.get(mark.id)
        .filter(|a| fingerprint(a) == mark.fingerprint)
        .map(|a| a.id)
}

/// Whether two assessments are by the same person: the same name or role, ignoring
/// case and the spaces around it. Two blank names are not the same person.
pub fn same_respondent(a: &Assessment, b: &Assessment) -> bool {
    let (x, y) = (a.respondent.trim(), b.respondent.trim());
    !x.is_empty() && x.to_lowercase() == y.to_lowercase()
}

/// The two assessments Compare starts with, earlier first: the two newest of one
/// person — of the person whose newest assessment (by date, then by when it was
/// saved) is the newest among everyone who answered at least twice. `None` when
/// nobody answered twice: Compare then asks the user to choose, and never pairs two
/// different people as "earlier" and "later" on its own.
pub fn compare_defaults(list: &Assessments) -> Option<(u64, u64)> {
    // Newest first: by date, then later in the list.
    let mut order: Vec<(usize, &Assessment)> = list.iter().enumerate().collect();
    order.sort_by(|(i, a), (j, b)| b.date.cmp(&a.date).then(j.cmp(i)));
    order.iter().find_map(|(_, later)| {
        order
            .iter()
            .filter(|(_, other)| other.id != later.id)
            .find(|(_, other)| same_respondent(later, other))
            .map(|(_, earlier)| (earlier.id, later.id))
    })
}
