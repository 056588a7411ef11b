//! The sample's self-assessments.

use super::sample_day;
use crate::domain::workspace::Workspace;

/// Self-assessments: the head of sales a year apart (to compare), and a workshop of
/// four who agree on some areas and are far apart on others.
pub(super) fn sample_assessments(ws: &mut Workspace) {
    use crate::domain::assessment::{assessments_json, Area, Assessment, Assessments};
    let mut list = Assessments::default();
    let mut add =
        |who: &str, workshop: &str, date: &str, ratings: [u8; 12], comments: &[(Area, &str)]| {
            let mut a = Assessment::new(list.next_id(), sample_day(date));
            a.respondent = who.to_string();
            a.workshop = workshop.to_string();
            for (area, r) in Area::ALL.iter().zip(ratings) {
                a.set_rating(*area, Some(r));
            }
            for (area, text) in comments {
                a.set_comment(*area, text);
            }
            list.push(a);
        };
    add(
        "Vertriebsleitung",
        "",
        "2025-11-14",
        [2, 2, 3, 1, 2, 1, 2, 2, 2, 1, 2, 3],
        &[(
            Area::CustomerValueModel,
            "Kunden nur nach Umsatz eingeteilt.",
        )],
    );
    add(
        "Vertriebsleitung",
        "",
        "2026-11-13",
        [3, 3, 3, 3, 2, 2, 3, 3, 4, 2, 3, 3],
        &[
            (
                Area::CustomerValueModel,
                "Kundenwertmodell seit März im Einsatz.",
            ),
            (
                Area::SellingCenter,
                "Gesprächsvorbereitung noch nicht üblich.",
            ),
        ],
    );
    // The workshop's four, on one day: who, ratings, comments.
    type Comments = &'static [(Area, &'static str)];
    #[rustfmt::skip]
    let workshop: [(&str, [u8; 12], Comments); 4] = [
        ("Anna Berg (KAM)", [3, 3, 2, 4, 2, 2, 3, 3, 4, 3, 3, 3], &[(Area::Organisation, "Entscheidungswege zu lang.")]),
        ("Jonas Wolf (Vertriebsleiter)", [4, 4, 3, 4, 3, 2, 3, 3, 4, 2, 3, 4], &[]),
        ("Dr. Petra Lang (Entwicklung)", [2, 3, 2, 3, 1, 1, 4, 2, 3, 2, 2, 3], &[(Area::Process, "Schnittstelle Entwicklung–Vertrieb fehlt.")]),
        ("Markus Roth (Geschäftsführung)", [5, 4, 4, 4, 4, 3, 3, 4, 4, 3, 4, 4], &[]),
    ];
    for (who, ratings, comments) in workshop {
        add(
            who,
            "KAM-Workshop November 2026",
            "2026-11-19",
            ratings,
            comments,
        );
    }
    ws.assessments = assessments_json(&list);
}
