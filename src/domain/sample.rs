//! The sample workspace: a fictional mid-sized supplier of drive components
//! ("Nordwerk Antriebstechnik") with 200 customers whose revenues follow a skewed,
//! Pareto-like distribution. Deterministic, so tests and screenshots are stable.

use super::account::{Account, AccountId};
use super::value_model::Kind;
use super::workspace::Workspace;

const PREFIXES: [&str; 25] = [
    "Alpen", "Berg", "Donau", "Elb", "Fels", "Hansa", "Isar", "Jura", "Kraft", "Lahn", "Main",
    "Nord", "Oder", "Rhein", "Saar", "Spree", "Taunus", "Weser", "Werra", "Eifel", "Harz", "Mosel",
    "Neckar", "Ruhr", "Sieg",
];
const STEMS: [&str; 8] = [
    "tec",
    "werk",
    "metall",
    "plast",
    "mechanik",
    "systeme",
    "automation",
    "logistik",
];
const FORMS: [&str; 5] = ["GmbH", "AG", "GmbH & Co. KG", "KG", "SE"];
const INDUSTRIES: [&str; 8] = [
    "Automotive",
    "Maschinenbau",
    "Medizintechnik",
    "Lebensmittel",
    "Chemie",
    "Elektronik",
    "Logistik",
    "Energie",
];
const REGIONS: [&str; 6] = ["Nord", "Süd", "West", "Ost", "Österreich", "Schweiz"];

/// A small deterministic generator (xorshift64*), enough for sample data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Revenue of the customer at `rank` (0-based): a Zipf-like curve with noise, so that
/// about a fifth of the customers make about four fifths of the revenue.
fn revenue_at(rank: usize, rng: &mut Rng) -> f64 {
    let base = 9_500_000.0 / (rank as f64 + 1.0).powf(1.15);
    let noise = 0.85 + 0.3 * rng.unit();
    ((base * noise).max(4_000.0) / 100.0).round() * 100.0
}

pub fn sample_workspace() -> Workspace {
    let mut ws = sample_workspace_of(200);
    // The ERP's customer numbers, as a spreadsheet export carries them (the large
    // benchmark lists go without, to measure the same storage as before).
    for (rank, account) in ws.accounts.iter_mut().enumerate() {
        account.customer_number = format!("{}", 10_001 + rank);
    }
    ws
}

/// A sample workspace of `n` customers (the benchmark uses large ones).
pub fn sample_workspace_of(n: usize) -> Workspace {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut ws = Workspace::default();
    for rank in 0..n {
        let prefix = PREFIXES[rank % PREFIXES.len()];
        let stem = STEMS[(rank / PREFIXES.len()) % STEMS.len()];
        let form = rng.pick(&FORMS);
        let round = rank / (PREFIXES.len() * STEMS.len());
        let name = if round == 0 {
            format!("{prefix}{stem} {form}")
        } else {
            format!("{prefix}{stem} {} {form}", round + 1)
        };
        let revenue = revenue_at(rank, &mut rng);
        let mut account = Account::new(0, name, revenue);
        account.industry = rng.pick(&INDUSTRIES).to_string();
        account.region = rng.pick(&REGIONS).to_string();
        // Margin 12-38 %; a few loss-making customers.
        let margin = if rng.unit() < 0.04 {
            -0.05
        } else {
            0.12 + 0.26 * rng.unit()
        };
        account.contribution_margin = Some((revenue * margin / 100.0).round() * 100.0);
        // Share of wallet 10-80 %.
        let wallet = 0.10 + 0.70 * rng.unit();
        account.potential = Some((revenue / wallet / 1000.0).round() * 1000.0);
        account.relationship_since = Some(1990 + (rng.next() % 35) as i32);
        // Key accounts: six of the largest ten and one smaller strategic customer.
        account.key_account = matches!(rank, 0 | 1 | 2 | 4 | 6 | 9 | 23);
        if account.key_account {
            account.tags = vec!["KAM".to_string()];
        }
        if rank == 23 {
            account.notes = "Strategischer Entwicklungspartner (Innovation).".to_string();
            account.tags.push("Innovation".to_string());
        }
        // Two credit notes, as real customer lists have them.
        if n > 150 && (rank == 150 || rank == n - 1) {
            account.revenue = -2_500.0;
            account.contribution_margin = Some(-2_500.0);
        }
        ws.add_account(account);
    }
    rate_candidates(&mut ws);
    key_account_histories(&mut ws);
    let team = [
        ("Anna Berg", "Key Account Managerin"),
        ("Jonas Wolf", "Vertriebsleiter"),
        ("Dr. Petra Lang", "Leiterin Entwicklung"),
        ("Markus Roth", "Geschäftsführer"),
        ("Selin Kaya", "Qualitätsmanagement"),
    ]
    .map(|(name, function)| super::stakeholders::TeamMember {
        extra: Default::default(),
        name: name.into(),
        function: function.into(),
    });
    super::stakeholders::set_selling_center(&mut ws.settings, &team);
    sample_assessments(&mut ws);
    ws
}

/// Self-assessments: the head of sales a year apart (to compare), and a workshop of
/// four who agree on some areas and are far apart on others.
fn sample_assessments(ws: &mut Workspace) {
    use super::assessment::{assessments_json, Area, Assessment, Assessments};
    let mut list = Assessments::default();
    let day = |d: &str| super::day::Day::parse(d).expect("sample dates are valid");
    let mut add =
        |who: &str, workshop: &str, date: &str, ratings: [u8; 12], comments: &[(Area, &str)]| {
            let mut a = Assessment::new(list.next_id(), day(date));
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
    let workshop = "KAM-Workshop November 2026";
    add(
        "Anna Berg (KAM)",
        workshop,
        "2026-11-19",
        [3, 3, 2, 4, 2, 2, 3, 3, 4, 3, 3, 3],
        &[(Area::Organisation, "Entscheidungswege zu lang.")],
    );
    add(
        "Jonas Wolf (Vertriebsleiter)",
        workshop,
        "2026-11-19",
        [4, 4, 3, 4, 3, 2, 3, 3, 4, 2, 3, 4],
        &[],
    );
    add(
        "Dr. Petra Lang (Entwicklung)",
        workshop,
        "2026-11-19",
        [2, 3, 2, 3, 1, 1, 4, 2, 3, 2, 2, 3],
        &[(Area::Process, "Schnittstelle Entwicklung–Vertrieb fehlt.")],
    );
    add(
        "Markus Roth (Geschäftsführung)",
        workshop,
        "2026-11-19",
        [5, 4, 4, 4, 4, 3, 3, 4, 4, 3, 4, 4],
        &[],
    );
    ws.assessments = assessments_json(&list);
}

/// Role and selling histories for the key accounts, over several years: steady climbs,
/// one step down, a target already missed, and one key account with no entry yet.
fn key_account_histories(ws: &mut Workspace) {
    use super::day::Day;
    use super::key_account::KeyAccountData;
    use super::roles::{History, SellingStage as S, Step, SupplierRole as R, Target};
    fn history<T: Copy>(steps: &[(&str, T, &str)], target: Option<(T, &str)>) -> History<T> {
        let day = |d: &str| Day::parse(d).expect("sample dates are valid");
        History {
            extra: Default::default(),
            steps: steps
                .iter()
                .map(|&(d, value, note)| Step {
                    extra: Default::default(),
                    date: day(d),
                    value,
                    note: note.to_string(),
                })
                .collect(),
            target: target.map(|(value, d)| Target {
                extra: Default::default(),
                value,
                date: day(d),
            }),
        }
    }
    type Plan = (
        &'static [(&'static str, R, &'static str)],
        Option<(R, &'static str)>,
        &'static [(&'static str, S, &'static str)],
        Option<(S, &'static str)>,
    );
    let plans: [Plan; 6] = [
        (
            &[
                ("2017-03-01", R::Occasional, "Erste Sonderbestellung"),
                ("2018-09-15", R::Regular, "Rahmenvertrag Normteile"),
                (
                    "2021-04-01",
                    R::Preferred,
                    "Lieferantenaudit mit A bestanden",
                ),
                (
                    "2024-10-01",
                    R::SystemPartner,
                    "Gemeinsame Modulentwicklung vereinbart",
                ),
            ],
            None,
            &[
                ("2017-03-01", S::SingleSelling, ""),
                (
                    "2019-06-01",
                    S::CrossSelling,
                    "Zweite Produktlinie gelistet",
                ),
                ("2022-02-01", S::UpSelling, "Premium-Varianten"),
                (
                    "2024-10-01",
                    S::JointDevelopment,
                    "Entwicklungsprojekt E-Antrieb",
                ),
            ],
            None,
        ),
        (
            &[
                ("2019-01-10", R::Occasional, ""),
                ("2020-05-01", R::Regular, "Jahresvereinbarung"),
                ("2023-03-01", R::Preferred, "Single Source für Gehäuse"),
            ],
            Some((R::SystemPartner, "2027-12-31")),
            &[
                ("2019-01-10", S::SingleSelling, ""),
                ("2021-09-01", S::CrossSelling, "Service-Vertrag"),
            ],
            Some((S::UpSelling, "2027-06-30")),
        ),
        (
            &[
                (
                    "2018-02-01",
                    R::Regular,
                    "Übernahme eines Wettbewerbskunden",
                ),
                ("2021-07-01", R::Preferred, "Qualitätspreis"),
                (
                    "2025-02-01",
                    R::Regular,
                    "Lieferengpass 2024; Zweitlieferant aufgebaut",
                ),
            ],
            Some((R::Preferred, "2026-06-30")),
            &[
                ("2018-02-01", S::CrossSelling, ""),
                ("2022-01-01", S::UpSelling, "Automatisierungspakete"),
            ],
            None,
        ),
        (
            &[
                ("2020-11-01", R::Occasional, "Messekontakt"),
                ("2022-04-01", R::Regular, "Rahmenvertrag"),
            ],
            Some((R::Preferred, "2027-03-31")),
            &[("2020-11-01", S::SingleSelling, "")],
            Some((S::CrossSelling, "2026-12-31")),
        ),
        (
            &[
                ("2016-05-01", R::Regular, ""),
                ("2019-10-01", R::Preferred, "Preferred-Supplier-Status"),
            ],
            Some((R::SystemPartner, "2028-06-30")),
            &[
                ("2016-05-01", S::CrossSelling, ""),
                ("2020-03-01", S::UpSelling, ""),
            ],
            None,
        ),
        (
            &[
                ("2023-01-15", R::Occasional, "Pilotprojekt Sensorik"),
                ("2024-06-01", R::Regular, "Serienauftrag"),
                ("2026-04-01", R::Preferred, "Zweites Werk beliefert"),
            ],
            Some((R::Preferred, "2026-12-31")),
            &[
                ("2023-01-15", S::SingleSelling, ""),
                (
                    "2025-05-01",
                    S::JointDevelopment,
                    "Co-Entwicklung Sensorplattform",
                ),
            ],
            None,
        ),
    ];
    // The seventh key account has no entry yet: the pages list it as such.
    let keys: Vec<AccountId> = ws
        .accounts
        .iter()
        .filter(|a| a.key_account)
        .map(|a| a.id)
        .collect();
    for (&id, (roles, role_target, selling, selling_target)) in keys.iter().zip(plans) {
        let n = data_index(&keys, id);
        let data = KeyAccountData {
            roles: history(roles, role_target),
            selling: history(selling, selling_target),
            profiles: vec![sample_segment(n)],
            scorecard: sample_scorecard(n),
            plan: sample_plan(n),
            // The first key account closed a plan period: its versions can be compared.
            plan_versions: if n == 0 {
                vec![sample_earlier_plan()]
            } else {
                Vec::new()
            },
            stakeholders: sample_stakeholders(n),
            ..Default::default()
        };
        super::key_account::set_key_account(&mut ws.key_accounts, id, &data);
    }
}

/// Qualitative ratings for the value model and the portfolio, so that both pages show
/// something on a first visit: the largest customers and the key accounts are rated,
/// a few of them only partly (their score says "incomplete").
fn rate_candidates(ws: &mut Workspace) {
    // A generator of its own, so the accounts above stay as they are.
    let mut rng = Rng(0xC0FF_EE12_3456_789B);
    let qualitative: Vec<String> = ws
        .value_model
        .criteria
        .iter()
        .filter(|c| c.kind == Kind::Qualitative)
        .map(|c| c.id.clone())
        .collect();
    let candidates: Vec<(AccountId, bool)> = ws
        .accounts
        .iter()
        .enumerate()
        .filter(|(rank, a)| *rank < 36 || a.key_account)
        .map(|(_, a)| (a.id, a.key_account))
        .collect();
    for (n, (id, key)) in candidates.into_iter().enumerate() {
        for (c, criterion) in qualitative.iter().enumerate() {
            // Ranks 30-35 are rated on the first few criteria only.
            if (30..36).contains(&n) && c >= 4 {
                continue;
            }
            let centre: i64 = match (key, criterion.as_str()) {
                (true, "barriers") => 2,
                (false, "barriers") => 5,
                (true, _) => 7,
                (false, _) => 4,
            };
            let points = (centre + (rng.next() % 5) as i64 - 2).clamp(0, 10) as u8;
            ws.value_model.set_rating(id, criterion, Some(points));
        }
    }
}

fn data_index(keys: &[AccountId], id: AccountId) -> usize {
    keys.iter().position(|k| *k == id).unwrap_or(0)
}

/// A requirement profile with two competitors: the five default criteria, weighted as a
/// buyer of series parts would, and ratings that differ per account.
fn sample_segment(n: usize) -> super::profile::Segment {
    use super::profile::{Competitor, Profile, Segment, DEFAULT_CRITERIA};
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
        versions: vec![super::profile::ProfileVersion {
            extra: Default::default(),
            date: super::day::Day::parse("2025-12-31").expect("a date"),
            profile: earlier,
        }],
    }
}

/// A scorecard with one KPI per perspective and four quarters of actuals; some end red.
fn sample_scorecard(n: usize) -> Vec<super::scorecard::Kpi> {
    use super::scorecard::{Better, Kpi, Perspective, Template};
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

fn sample_day(d: &str) -> super::day::Day {
    super::day::Day::parse(d).expect("sample dates are valid")
}

/// An account plan: the stock-taking answers, a SWOT, three goals (one read from the
/// scorecard's NPS) and actions, two of them overdue.
fn sample_plan(n: usize) -> super::plan::Plan {
    use super::plan::{Action, ActionStatus as A, Goal, Measure, Plan, StatusQuo, Swot};
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
                dimension: Some(super::SellingStage::CrossSelling),
                measure: Some(Measure {
                    extra: Default::default(),
                    kpi: "NPS".into(),
                    target: 40.0,
                    due: Some(sample_day("2027-06-30")),
                    linked_kpi: Some("NPS".into()),
                    actual: None,
                }),
            },
            Goal {
                extra: Default::default(),
                id: 2,
                text: "Zweites Werk als Kunde gewinnen".into(),
                dimension: Some(super::SellingStage::UpSelling),
                measure: Some(Measure {
                    extra: Default::default(),
                    kpi: "Umsatz Werk 2 (T€)".into(),
                    target: 800.0,
                    due: Some(sample_day("2027-12-31")),
                    linked_kpi: None,
                    actual: Some(if n.is_multiple_of(2) { 350.0 } else { 120.0 }),
                }),
            },
            Goal {
                extra: Default::default(),
                id: 3,
                text: "Kontakt zur Geschäftsleitung aufbauen".into(),
                dimension: None,
                measure: None,
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
fn sample_earlier_plan() -> super::plan::PlanVersion {
    let mut plan = sample_plan(0);
    plan.period_start = Some(sample_day("2025-01-01"));
    plan.swot.opportunities.pop();
    plan.goals.truncate(2);
    if let Some(m) = plan.goals[0].measure.as_mut() {
        m.target = 35.0;
    }
    plan.actions.truncate(2);
    plan.actions[1].status = super::plan::ActionStatus::Done;
    super::plan::PlanVersion {
        extra: Default::default(),
        closed: sample_day("2025-12-31"),
        plan,
    }
}

/// A buying center of seven people over three levels, with gaps: the decider is a
/// blocker for every other account, nobody at the top has been met for months.
fn sample_stakeholders(n: usize) -> Vec<super::stakeholders::Stakeholder> {
    use super::stakeholders::{
        Attitude as T, BuyingRole as R, Contact as C, Level as L, Stakeholder,
    };
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
