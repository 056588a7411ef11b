//! The key accounts' role and selling histories, and the data of each key account.

use super::key_account::{sample_scorecard, sample_segment, sample_stakeholders};
use super::plan::{sample_earlier_plan, sample_plan};
use super::sample_day;
use crate::domain::account::AccountId;
use crate::domain::workspace::Workspace;

/// Role and selling histories for the key accounts, over several years: steady climbs,
/// one step down, a target already missed, and one key account with no entry yet.
pub(super) fn key_account_histories(ws: &mut Workspace) {
    use crate::domain::key_account::KeyAccountData;
    use crate::domain::roles::{History, SellingStage as S, Step, SupplierRole as R, Target};
    fn history<T: Copy>(steps: &[(&str, T, &str)], target: Option<(T, &str)>) -> History<T> {
        History {
            extra: Default::default(),
            steps: steps
                .iter()
                .map(|&(d, value, note)| Step {
                    extra: Default::default(),
                    date: sample_day(d),
                    value,
                    note: note.to_string(),
                })
                .collect(),
            target: target.map(|(value, d)| Target {
                extra: Default::default(),
                value,
                date: sample_day(d),
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
        crate::domain::key_account::set_key_account(&mut ws.key_accounts, id, &data);
    }
}

fn data_index(keys: &[AccountId], id: AccountId) -> usize {
    keys.iter().position(|k| *k == id).unwrap_or(0)
}
