//! A key account's requirement profile, scorecard and buying center.

use super::sample_day;
use crate::domain::{profile, scorecard, stakeholders};

/// A requirement profile with two competitors: the five default criteria, weighted as a
/// buyer of series parts would, and ratings that differ per account.
pub(super) fn sample_segment(n: usize) -> profile::Segment {
    use profile::{Competitor, Profile, Segment, DEFAULT_CRITERIA};
    let weights = [30.0, 15.0, 25.0, 10.0, 20.0];
    let mut profile = Profile::with_default_criteria();
    for (c, w) in profile.criteria.iter_mut().zip(weights) {
        c.weight = w;
    }
    let rate = |base: f64, i: usize, k: usize| -> f64 {
        (base + ((i * 7 + n * 11 + k * 5) % 25) as f64 - 12.0)
            .clamp(0.0, 100.0)
            .round()
    };
    for (i, id) in DEFAULT_CRITERIA.iter().enumerate() {
        profile.us.insert(id.to_string(), rate(75.0, i, 0));
    }
    for (k, name) in ["Wettbewerber Nord", "Wettbewerber Süd"].iter().enumerate() {
        let mut competitor = Competitor {
            name: name.to_string(),
            ..Competitor::default()
        };
        for (i, id) in DEFAULT_CRITERIA.iter().enumerate() {
            competitor
                .ratings
                .insert(id.to_string(), rate(70.0, i, k + 1));
        }
        profile.competitors.push(competitor);
    }
    // A version from the end of last year: we have gained on price and delivery since.
    let mut earlier = profile.clone();
    for (id, less) in [("price", 8.0), ("delivery", 6.0)] {
        if let Some(r) = earlier.us.get_mut(id) {
            *r = (*r - less).max(0.0);
        }
    }
    if let Some(r) = earlier.competitors[0].ratings.get_mut("performance") {
        *r = (*r + 4.0).min(100.0);
    }
    Segment {
        extra: Default::default(),
        name: "Serienteile".to_string(),
        profile,
        versions: vec![profile::ProfileVersion {
            extra: Default::default(),
            date: crate::domain::day::Day::parse("2025-12-31").expect("a date"),
            profile: earlier,
        }],
    }
}

/// A scorecard with one KPI per perspective and four quarters of actuals; some end red.
pub(super) fn sample_scorecard(n: usize) -> Vec<scorecard::Kpi> {
    use scorecard::{Better, Kpi, Perspective, Template};
    let quarters = ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"];
    let kpi = |name: &str, p, unit: &str, target, better, band, template, values: [f64; 4]| Kpi {
        extra: Default::default(),
        name: name.to_string(),
        perspective: p,
        unit: unit.to_string(),
        target,
        better,
        band,
        template,
        actuals: quarters
            .iter()
            .zip(values)
            .map(|(q, v)| (q.to_string(), v))
            .collect(),
    };
    // Every other account's NPS slides into the red; delivery reliability drops for one
    // in three.
    let nps_end = if n.is_multiple_of(2) { 12.0 } else { 38.0 };
    let delivery_end = if n.is_multiple_of(3) { 88.0 } else { 95.5 };
    vec![
        kpi(
            "Umsatzwachstum",
            Perspective::Finance,
            "%",
            5.0,
            Better::Higher,
            2.0,
            None,
            [6.0, 5.5, 4.0, 5.2],
        ),
        kpi(
            "NPS",
            Perspective::Customer,
            "",
            30.0,
            Better::Higher,
            10.0,
            Some(Template::Nps),
            [35.0, 31.0, 27.0, nps_end],
        ),
        kpi(
            "Liefertreue",
            Perspective::Processes,
            "%",
            95.0,
            Better::Higher,
            3.0,
            None,
            [96.0, 95.0, 93.0, delivery_end],
        ),
        kpi(
            "Schulungstage je KAM",
            Perspective::Learning,
            "Tage",
            6.0,
            Better::Higher,
            2.0,
            None,
            [5.0, 6.0, 7.0, 6.5],
        ),
    ]
}

/// A buying center of seven people over three levels, with gaps: the decider is a
/// blocker for every other account, nobody at the top has been met for months.
pub(super) fn sample_stakeholders(n: usize) -> Vec<stakeholders::Stakeholder> {
    use stakeholders::{Attitude as T, BuyingRole as R, Contact as C, Level as L, Stakeholder};
    let blocker = n.is_multiple_of(2);
    let person = |id,
                  name: &str,
                  function: &str,
                  level,
                  roles: &[R],
                  attitude,
                  influence,
                  boss,
                  contact,
                  last: &str,
                  counterpart: &str| Stakeholder {
        extra: Default::default(),
        id,
        name: name.into(),
        function: function.into(),
        level,
        roles: roles.to_vec(),
        attitude,
        influence,
        reports_to: boss,
        contact,
        last_contact: (!last.is_empty()).then(|| sample_day(last)),
        counterpart: counterpart.into(),
        note: String::new(),
    };
    let mut people = vec![
        person(
            1,
            "Dr. Klaus Meier",
            "Geschäftsführer",
            L::Management,
            &[R::Decider],
            if blocker { T::Blocker } else { T::Neutral },
            5,
            None,
            C::Occasional,
            "2026-02-10",
            "Markus Roth",
        ),
        person(
            2,
            "Sabine Vogt",
            "Leiterin Einkauf",
            L::Management,
            &[R::Buyer, R::Decider],
            T::Critic,
            4,
            Some(1),
            C::Regular,
            "2026-10-15",
            "Jonas Wolf",
        ),
        person(
            3,
            "Thomas Richter",
            "Leiter Entwicklung",
            L::Project,
            &[R::Influencer, R::Initiator],
            T::Champion,
            4,
            Some(1),
            C::Close,
            "2026-11-05",
            "Dr. Petra Lang",
        ),
        person(
            4,
            "Laura Schmidt",
            "Projektleiterin E-Antrieb",
            L::Project,
            &[R::Influencer, R::User],
            T::Supporter,
            3,
            Some(3),
            C::Regular,
            "2026-10-28",
            "Anna Berg",
        ),
        person(
            5,
            "Frank Weber",
            "Strategischer Einkäufer",
            L::Operational,
            &[R::Buyer, R::Gatekeeper],
            T::Neutral,
            3,
            Some(2),
            C::Regular,
            "2026-11-12",
            "Anna Berg",
        ),
        person(
            6,
            "Mehmet Yilmaz",
            "Schichtleiter Montage",
            L::Operational,
            &[R::User],
            T::Supporter,
            2,
            Some(4),
            C::Occasional,
            "2026-03-20",
            "Selin Kaya",
        ),
        person(
            7,
            "Julia Neumann",
            "Qualitätssicherung",
            L::Operational,
            &[R::User, R::Influencer],
            T::Neutral,
            2,
            Some(3),
            C::None,
            "",
            "",
        ),
    ];
    people[0].note = "Entscheidet über Rahmenverträge ab 1 Mio. €.".into();
    people
}
