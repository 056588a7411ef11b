//! The large workspace the batch-decoding tests share (`stored_batches.rs`,
//! `file_batches.rs`): the sample with 4,500 accounts (three chunks of accounts, the last
//! one short, names to trim, tags), 45,000 history rows (three chunks, the last one
//! short) and an unknown section.

use keystone::domain::history::{Period, SalesRecord};
use keystone::domain::sample::sample_workspace;
use keystone::domain::{Account, Workspace};
use serde_json::json;

pub fn large_workspace() -> Workspace {
    let mut ws = sample_workspace();
    for i in ws.accounts.len()..4500 {
        let mut account = Account::new(0, format!("  Kunde {i}  "), (5000 - i) as f64);
        account.tags = vec![format!("t{}", i % 3)];
        ws.accounts.add_account(account);
    }
    let ids: Vec<u64> = ws.accounts.iter().map(|a| a.id).collect();
    let offerings: Vec<_> = ws.offerings.iter().map(|o| o.id).collect();
    ws.history.clear();
    for (i, &account) in ids.iter().enumerate() {
        for year in 0..10 {
            ws.history.push(SalesRecord {
                account,
                period: Period::Year(2016 + year),
                offering: Some(offerings[(i + year as usize) % offerings.len()]),
                unit: None,
                revenue: (i * 10 + year as usize) as f64 - 7.5,
                margin: (year % 2 == 0).then_some(0.25),
            });
        }
    }
    ws.extra.insert("x_future".into(), json!({"a": [1, 2]}));
    ws
}
