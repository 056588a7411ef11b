//! A key account's plan, and the plan of the period before.

use super::sample_day;
use crate::domain::plan::{self, ActionStatus, PlanVersion};
use crate::domain::SellingStage;

/// An account plan: the stock-taking answers, a SWOT, three goals (one read from the
/// scorecard's NPS) and actions, two of them overdue.
pub(super) fn sample_plan(n: usize) -> plan::Plan {
    use crate::domain::plan::{Action, ActionStatus as A, Goal, Measure, Plan, StatusQuo, Swot};
    let texts = |list: &[&str]| list.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    let action = |id, text: &str, owner: &str, due: &str, cost, status, goal| Action {
        extra: Default::default(),
        id,
        text: text.into(),
        owner: owner.into(),
        due: Some(sample_day(due)),
        cost,
        status,
        goal,
        cell: None,
    };
    Plan {
        extra: Default::default(),
        period_start: Some(sample_day("2026-01-01")),
        status_quo: StatusQuo {
            extra: Default::default(),
            important_to_us: "Größter Abnehmer unserer Antriebstechnik, wächst in E-Mobilität."
                .into(),
            why_we_matter: "Wir liefern zuverlässig und lösen Qualitätsprobleme vor Ort.".into(),
            what_only_we_do: "Gemeinsame Entwicklung kundenspezifischer Sensorik.".into(),
        },
        swot: Swot {
            extra: Default::default(),
            strengths: texts(&["Technische Beratung", "Liefertreue"]),
            weaknesses: texts(&["Kaum Kontakte zur Geschäftsleitung"]),
            opportunities: texts(&["Neues Werk in Polen", "Plattform E-Antrieb"]),
            threats: texts(&["Preisdruck durch Wettbewerber aus Asien"]),
        },
        goals: vec![
            Goal {
                extra: Default::default(),
                id: 1,
                text: "Zufriedenheit der Anwender steigern".into(),
                dimension: Some(SellingStage::CrossSelling),
                measure: Some(Measure {
                    extra: Default::default(),
                    kpi: "NPS".into(),
                    target: 40.0,
                    due: Some(sample_day("2027-06-30")),
                    linked_kpi: Some("NPS".into()),
                    actual: None,
                }),
                cell: None,
            },
            Goal {
                extra: Default::default(),
                id: 2,
                text: "Zweites Werk als Kunde gewinnen".into(),
                dimension: Some(SellingStage::UpSelling),
                measure: Some(Measure {
                    extra: Default::default(),
                    kpi: "Umsatz Werk 2 (T€)".into(),
                    target: 800.0,
                    due: Some(sample_day("2027-12-31")),
                    linked_kpi: None,
                    actual: Some(if n.is_multiple_of(2) { 350.0 } else { 120.0 }),
                }),
                cell: None,
            },
            Goal {
                extra: Default::default(),
                id: 3,
                text: "Kontakt zur Geschäftsleitung aufbauen".into(),
                dimension: None,
                measure: None,
                cell: None,
            },
        ],
        actions: vec![
            action(
                1,
                "Kundenbefragung durchführen",
                "Anna Berg",
                "2026-03-31",
                Some(4_000.0),
                A::Done,
                Some(1),
            ),
            action(
                2,
                "Werksbesuch Polen vereinbaren",
                "Jonas Wolf",
                "2026-09-30",
                Some(2_500.0),
                A::Open,
                Some(2),
            ),
            action(
                3,
                "Angebot Sensorplattform abgeben",
                "Dr. Petra Lang",
                "2026-10-31",
                Some(12_000.0),
                A::InProgress,
                Some(2),
            ),
            action(
                4,
                "Strategiegespräch mit der Geschäftsleitung",
                "Markus Roth",
                "2027-02-28",
                None,
                A::Open,
                Some(3),
            ),
            action(
                5,
                "Schulung der Anwender",
                "Selin Kaya",
                "2027-04-30",
                Some(6_000.0),
                A::Open,
                Some(1),
            ),
        ],
    }
}

/// The plan of the period before the sample's current one.
pub(super) fn sample_earlier_plan() -> PlanVersion {
    let mut plan = sample_plan(0);
    plan.period_start = Some(sample_day("2025-01-01"));
    plan.swot.opportunities.pop();
    plan.goals.truncate(2);
    if let Some(m) = plan.goals[0].measure.as_mut() {
        m.target = 35.0;
    }
    plan.actions.truncate(2);
    plan.actions[1].status = ActionStatus::Done;
    PlanVersion {
        extra: Default::default(),
        closed: sample_day("2025-12-31"),
        plan,
    }
}
