//! The generated customers: names, industries, regions, a Pareto-like revenue curve,
//! and the qualitative ratings of the largest ones.

use crate::domain::account::AccountId;
use crate::domain::value_model::Kind;
use crate::domain::workspace::Workspace;

pub(super) const PREFIXES: [&str; 25] = [
    "Alpen", "Berg", "Donau", "Elb", "Fels", "Hansa", "Isar", "Jura", "Kraft", "Lahn", "Main",
    "Nord", "Oder", "Rhein", "Saar", "Spree", "Taunus", "Weser", "Werra", "Eifel", "Harz", "Mosel",
    "Neckar", "Ruhr", "Sieg",
];
pub(super) const STEMS: [&str; 8] = [
    "tec",
    "werk",
    "metall",
    "plast",
    "mechanik",
    "systeme",
    "automation",
    "logistik",
];
pub(super) const FORMS: [&str; 5] = ["GmbH", "AG", "GmbH & Co. KG", "KG", "SE"];
pub(super) const INDUSTRIES: [&str; 8] = [
    "Automotive",
    "Maschinenbau",
    "Medizintechnik",
    "Lebensmittel",
    "Chemie",
    "Elektronik",
    "Logistik",
    "Energie",
];
pub(super) const REGIONS: [&str; 6] = ["Nord", "Süd", "West", "Ost", "Österreich", "Schweiz"];

/// A small deterministic generator (xorshift64*), enough for sample data.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    pub(super) fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub(super) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Revenue of the customer at `rank` (0-based): a Zipf-like curve with noise, so that
/// about a fifth of the customers make about four fifths of the revenue.
pub(super) fn revenue_at(rank: usize, rng: &mut Rng) -> f64 {
    let base = 9_500_000.0 / (rank as f64 + 1.0).powf(1.15);
    let noise = 0.85 + 0.3 * rng.unit();
    ((base * noise).max(4_000.0) / 100.0).round() * 100.0
}

/// Qualitative ratings for the value model and the portfolio, so that both pages show
/// something on a first visit: the largest customers and the key accounts are rated,
/// a few of them only partly (their score says "incomplete").
pub(super) fn rate_candidates(ws: &mut Workspace) {
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
