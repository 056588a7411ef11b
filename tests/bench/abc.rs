//! `make bench`: times the ABC analysis and the Pareto chart option of large customer
//! lists (median of several runs). Prints results; asserts nothing about speed.

use std::time::{Duration, Instant};

use keystone::charts::pareto::{pareto_option, ParetoTexts, MAX_BARS};
use keystone::domain::sample::sample_workspace_of;
use keystone::domain::{abc_analysis, AbcThresholds, Measure};
use keystone::persist::{from_json, to_json};

fn median(mut f: impl FnMut(), runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    println!("| accounts | ABC analysis | Pareto chart option | save (to JSON) | load (parse + validate) |");
    println!("|---:|---:|---:|---:|---:|");
    for n in [20_000usize, 100_000] {
        let ws = sample_workspace_of(n);
        let abc = median(
            || {
                std::hint::black_box(abc_analysis(
                    &ws.accounts,
                    Measure::Revenue,
                    AbcThresholds::default(),
                ));
            },
            9,
        );
        let result = abc_analysis(&ws.accounts, Measure::Revenue, AbcThresholds::default());
        let texts = ParetoTexts {
            measure: "Revenue".into(),
            cumulative: "Cumulative share".into(),
            threshold_a: "A 80 %".into(),
            threshold_b: "B 95 %".into(),
            percent: Box::new(|v| format!("{v:.1} %")),
        };
        let chart = median(
            || {
                let (c, _) = pareto_option(&result, &|_| String::new(), &texts, MAX_BARS);
                std::hint::black_box(serde_json::to_string(&c).unwrap());
            },
            5,
        );
        let text = to_json(&ws, "bench", "2026-11-21T00:00:00Z", 1);
        let save = median(
            || {
                std::hint::black_box(to_json(&ws, "bench", "2026-11-21T00:00:00Z", 1));
            },
            5,
        );
        let load = median(
            || {
                std::hint::black_box(from_json(&text).unwrap());
            },
            5,
        );
        println!(
            "| {n} | {} | {} | {} | {} |",
            ms(abc),
            ms(chart),
            ms(save),
            ms(load)
        );
    }
}
