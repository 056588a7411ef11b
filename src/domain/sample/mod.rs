//! The sample workspace: a fictional mid-sized supplier of drive components
//! ("Nordwerk Antriebstechnik") with 200 customers whose revenues follow a skewed,
//! Pareto-like distribution. Deterministic, so tests and screenshots are stable.

use super::workspace::Workspace;

mod accounts;
mod assessments;
mod english;
mod histories;
mod key_account;
mod plan;
mod sales;

pub use english::{in_english, ENGLISH};
pub use sales::{sample_history, FIRST_YEAR, LAST_YEAR};

use super::account::Account;
use accounts::{rate_candidates, Rng, FORMS, INDUSTRIES, PREFIXES, REGIONS, STEMS};

/// The sample in German (its source language); [`in_english`] for an English UI.
pub fn sample_workspace() -> Workspace {
    let mut ws = sample_workspace_of(200);
    // The ERP's customer numbers, as a spreadsheet export carries them (the large
    // benchmark lists go without, to measure the same storage as before).
    for (rank, account) in ws.accounts.iter_mut().enumerate() {
        account.customer_number = format!("{}", 10_001 + rank);
    }
    sample_history(&mut ws);
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
        let revenue = accounts::revenue_at(rank, &mut rng);
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
    histories::key_account_histories(&mut ws);
    let team = [
        ("Anna Berg", "Key Account Managerin"),
        ("Jonas Wolf", "Vertriebsleiter"),
        ("Dr. Petra Lang", "Leiterin Entwicklung"),
        ("Markus Roth", "Geschäftsführer"),
        ("Selin Kaya", "Qualitätsmanagement"),
    ]
    .map(|(name, function)| crate::domain::stakeholders::TeamMember {
        extra: Default::default(),
        name: name.into(),
        function: function.into(),
    });
    crate::domain::stakeholders::set_selling_center(&mut ws.settings, &team);
    assessments::sample_assessments(&mut ws);
    ws
}

fn sample_day(d: &str) -> super::day::Day {
    super::day::Day::parse(d).expect("sample dates are valid")
}
