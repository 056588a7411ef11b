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
    value_model_bench();
    println!();
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
                std::hint::black_box(c.json().len());
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

/// Re-scoring after one weight change: the points are cached (they depend on the
/// ratings, not the weights), so only the weighted sums run again, as on the page.
fn value_model_bench() {
    use keystone::domain::value_model::{criterion_points, directions, model_weights, scores};
    use keystone::domain::ValueModel;
    let ws = sample_workspace_of(5_000);
    let mut model = ValueModel::default();
    for a in ws.accounts.iter() {
        for c in [
            "fit",
            "culture",
            "openness",
            "barriers",
            "capacity",
            "reference",
            "innovation",
        ] {
            model.set_rating(a.id, c, Some((a.id % 11) as u8));
        }
    }
    let all: Vec<&keystone::domain::Account> = ws.accounts.iter().collect();
    let points = criterion_points(&model, &all, 2026, &|_| None);
    let d = directions(&model);
    let mut weight = 20.0;
    let rescore = median(
        || {
            weight += 1.0;
            model.criteria[0].weight = weight;
            std::hint::black_box(scores(&points, &model_weights(&model), &d));
        },
        21,
    );
    let full = median(
        || {
            std::hint::black_box(criterion_points(&model, &all, 2026, &|_| None));
        },
        9,
    );
    println!();
    println!("| value model, 5,000 accounts | time |");
    println!("|---|---:|");
    println!(
        "| re-score after one weight change (target < 5 ms) | {} |",
        ms(rescore)
    );
    println!(
        "| all points (quantile ranks and ratings) after a rating change | {} |",
        ms(full)
    );
}
