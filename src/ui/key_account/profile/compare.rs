//! The comparison of two versions of a segment's profile: each rating and each
//! weighted performance before, after and the change.

use leptos::prelude::*;

use super::versions::VersionState;
use super::{points, signed};
use crate::domain::profile::{compare, Profile, SupplierChange};
use crate::i18n::key_accounts::day_text;
use crate::i18n::profile::{criterion_text, PR};
use crate::i18n::{fill, Lang};

/// The two chosen versions side by side, or a note while there is nothing to compare.
#[component]
pub fn Comparison(state: VersionState) -> impl IntoView {
    let VersionState {
        app,
        current,
        segments,
        versions,
        from,
        to,
        ..
    } = state;
    let lang = app.lang;
    let version_name = move |l: Lang, v: Option<usize>| match v {
        None => l.t(PR::Current).to_string(),
        Some(v) => versions.with(|vs| vs.get(v).map(|x| day_text(l, x.date)).unwrap_or_default()),
    };
    move || {
        let l = lang.get();
        if versions.with(Vec::is_empty) {
            return view! { <p class="muted">{l.t(PR::CompareNeedsTwo)}</p> }.into_any();
        }
        let pick = |v: Option<usize>| -> Option<Profile> {
            match v {
                Some(v) => versions.with(|vs| vs.get(v).map(|x| x.profile.clone())),
                None => current
                    .get()
                    .and_then(|i| segments.with(|s| s.get(i).map(|s| s.profile.clone()))),
            }
        };
        let (Some(a), Some(b)) = (pick(from.get()), pick(to.get())) else {
            return ().into_any();
        };
        let c = compare(&a, &b);
        let name = |s: &SupplierChange| {
            s.competitor
                .clone()
                .unwrap_or_else(|| l.t(PR::Us).to_string())
        };
        let cell = |before: Option<f64>, after: Option<f64>| {
            let delta = before.zip(after).map(|(b, a)| a - b);
            format!(
                "{} → {} ({})",
                points(l, before),
                points(l, after),
                signed(l, delta)
            )
        };
        let head = c
            .suppliers
            .iter()
            .map(|s| view! { <th scope="col" class="num">{name(s)}</th> })
            .collect_view();
        let rows = c
            .criteria
            .iter()
            .enumerate()
            .map(|(k, (cid, cname))| {
                let cells = c
                    .suppliers
                    .iter()
                    .map(|s| view! { <td class="num">{cell(s.before[k], s.after[k])}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{criterion_text(l, cid, cname)}</th>{cells}</tr> }
            })
            .collect_view();
        let total = c
            .suppliers
            .iter()
            .map(|s| view! { <td class="num">{cell(s.performance_before, s.performance_after)}</td> })
            .collect_view();
        let caption = fill(
            l.t(PR::CompareCaption),
            &[
                ("from", &version_name(l, from.get())),
                ("to", &version_name(l, to.get())),
            ],
        );
        view! {
            <div class="table-wrap" tabindex="0">
                <table class="data-table compare">
                    <caption>{caption}</caption>
                    <thead><tr><th scope="col">{l.t(PR::Criterion)}</th>{head}</tr></thead>
                    <tbody>
                        {rows}
                        <tr class="total"><th scope="row">{l.t(PR::WeightedPerformance)}</th>{total}</tr>
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    }
}
