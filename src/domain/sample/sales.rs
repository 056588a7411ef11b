//! The sample's sales history: five years over six offerings, the key accounts split
//! into units (plants), so that the development, the class migration and the whitespace
//! matrix show something on a first visit — including customers that slipped out of
//! class A, new customers, and a lost one.

use super::accounts::Rng;
use crate::domain::account::AccountId;
use crate::domain::history::{CellMark, CellRef, Period, SalesRecord, Unit};
use crate::domain::key_account::{key_account, set_key_account};
use crate::domain::workspace::Workspace;

/// The first and the last year of the sample's history.
pub const FIRST_YEAR: i32 = 2021;
pub const LAST_YEAR: i32 = 2025;

/// Offerings and their groups (German; `english::ENGLISH` translates them).
const OFFERINGS: [(&str, &str); 6] = [
    ("Getriebemotoren", "Antriebe"),
    ("Servoantriebe", "Antriebe"),
    ("Frequenzumrichter", "Elektronik"),
    ("Kupplungen und Bremsen", "Komponenten"),
    ("Ersatzteile", "Service"),
    ("Wartung und Service", "Service"),
];

/// A key account's units: a country with two plants under it, and a plant abroad.
const UNITS: [(&str, Option<u32>); 4] = [
    ("Deutschland", None),
    ("Werk Nord", Some(1)),
    ("Werk Süd", Some(1)),
    ("Werk Polen", None),
];
/// The units revenue is booked on (the plants, not the country).
const PLANTS: [u32; 3] = [2, 3, 4];

/// Ranks (0-based) whose revenue fell sharply in the last year: class A before, B now.
const SLIPPED: [usize; 2] = [41, 45];
/// The rank of the lost customer: revenue until the year before, a credit note now.
const LOST: usize = 150;

/// Fills the offerings, the history and the key accounts' units and matrix marks. The
/// last year's revenue of every customer equals its revenue in the customer list.
pub fn sample_history(ws: &mut Workspace) {
    let mut rng = Rng(0x5EED_0F41_570A_1E00);
    for (name, group) in OFFERINGS {
        ws.offerings.add(name, group);
    }
    let n = ws.accounts.len();
    let mut rows = Vec::new();
    for rank in 0..n {
        let account = &ws.accounts[rank];
        let (id, last) = (account.id, account.revenue);
        // The key accounts with a plan have plants; the small strategic one is bought
        // from as a whole (its matrix has one column).
        let key = ws.key_accounts.contains_key(&id.to_string());
        let since = account.relationship_since.unwrap_or(FIRST_YEAR);
        // Larger customers buy more of the range.
        let count = match rank {
            0..=9 => 5,
            10..=39 => 4,
            40..=99 => 3,
            _ => 1 + (rng.next() % 2) as usize,
        };
        let start = (rng.next() % 6) as usize;
        let bought: Vec<u32> = (0..count).map(|i| ((start + i) % 6) as u32 + 1).collect();
        let weights: Vec<f64> = bought.iter().map(|_| 0.5 + rng.unit()).collect();
        let growth = -0.06 + 0.2 * rng.unit();
        for year in since.max(FIRST_YEAR)..=LAST_YEAR {
            let back = (LAST_YEAR - year) as f64;
            let mut total = if year == LAST_YEAR {
                last
            } else {
                let v = last / (1.0 + growth).powf(back) * (0.92 + 0.16 * rng.unit());
                (v / 100.0).round() * 100.0
            };
            if SLIPPED.contains(&rank) && year < LAST_YEAR {
                total = (total * 2.6 / 100.0).round() * 100.0;
            }
            if rank == LOST || last <= 0.0 {
                if year == LAST_YEAR {
                    // A credit note for a return: nothing bought that year.
                    let record = record(id, year, bought[0], None, last);
                    rows.push(record);
                    continue;
                }
                if rank != LOST {
                    continue;
                }
                total = (240.0 * (0.9 + 0.2 * rng.unit())).round() * 100.0;
            }
            split(&mut rows, id, year, total, &bought, &weights, key);
        }
    }
    ws.history.0 = rows;
    for rank in 0..n {
        if ws
            .key_accounts
            .contains_key(&ws.accounts[rank].id.to_string())
        {
            units_and_marks(ws, rank);
        }
    }
}

fn record(
    account: AccountId,
    year: i32,
    offering: u32,
    unit: Option<u32>,
    revenue: f64,
) -> SalesRecord {
    SalesRecord {
        account,
        period: Period::Year(year),
        offering: Some(offering),
        unit,
        revenue,
        margin: None,
    }
}

/// Splits a year's revenue over the offerings (and a key account's plants), rounded to
/// hundreds; the last part takes what rounding left, so the year sums exactly.
fn split(
    rows: &mut Vec<SalesRecord>,
    id: AccountId,
    year: i32,
    total: f64,
    bought: &[u32],
    weights: &[f64],
    key: bool,
) {
    let sum: f64 = weights.iter().sum();
    let mut parts: Vec<(u32, Option<u32>, f64)> = Vec::new();
    for (i, &offering) in bought.iter().enumerate() {
        let amount = total * weights[i] / sum;
        if !key {
            parts.push((offering, None, amount));
            continue;
        }
        // Not every plant buys every offering: the gaps of the whitespace matrix.
        let plants: Vec<u32> = PLANTS
            .iter()
            .copied()
            .filter(|p| (offering + p) % 3 != 0 || i == 0)
            .collect();
        for &p in &plants {
            parts.push((offering, Some(p), amount / plants.len() as f64));
        }
    }
    let mut rest = total;
    let last = parts.len() - 1;
    for (i, (offering, unit, amount)) in parts.into_iter().enumerate() {
        let value = if i == last {
            (rest * 100.0).round() / 100.0
        } else {
            (amount / 100.0).round() * 100.0
        };
        rest -= value;
        rows.push(record(id, year, offering, unit, value));
    }
}

/// A key account's plants, one gap marked "not relevant", one potential entered, and a
/// plan action working on a gap (so the matrix shows every status).
fn units_and_marks(ws: &mut Workspace, rank: usize) {
    let id = ws.accounts[rank].id;
    let mut data = key_account(&ws.key_accounts, id);
    data.unit_kind = "Werk".into();
    data.units = UNITS
        .iter()
        .enumerate()
        .map(|(i, (name, parent))| Unit::new(i as u32 + 1, name, *parent))
        .collect();
    let bought = |o: u32, u: u32| {
        ws.history
            .iter()
            .any(|r| r.account == id && r.offering == Some(o) && r.unit == Some(u))
    };
    let gaps: Vec<CellRef> = (1..=6)
        .flat_map(|o| PLANTS.map(|u| (o, u)))
        .filter(|&(o, u)| !bought(o, u))
        .map(|(offering, u)| CellRef {
            offering,
            unit: Some(u),
        })
        .collect();
    if let [first, second, third, ..] = gaps[..] {
        data.whitespace = vec![
            CellMark {
                cell: first,
                not_relevant: true,
                potential: None,
                extra: Default::default(),
            },
            CellMark {
                cell: second,
                not_relevant: false,
                potential: Some(((ws.accounts[rank].revenue * 0.04) / 1000.0).round() * 1000.0),
                extra: Default::default(),
            },
        ];
        if let Some(action) = data.plan.actions.iter_mut().find(|a| a.status.is_active()) {
            action.cell = Some(third);
        } else if let Some(goal) = data.plan.goals.first_mut() {
            goal.cell = Some(third);
        }
    }
    set_key_account(&mut ws.key_accounts, id, &data);
}
