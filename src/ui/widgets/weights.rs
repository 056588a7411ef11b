use leptos::prelude::*;

use super::NumberField;
use crate::domain::weights::{normalise, sums_to_100, weight_sum};
use crate::i18n::tr;
use crate::i18n::{common::C, fill};
use crate::state::use_app;

/// One weight in a [`WeightEditor`].
#[derive(Debug, Clone, PartialEq)]
pub struct WeightRow {
    /// A stable key for the input ids.
    pub key: String,
    pub name: String,
    /// In percent.
    pub weight: f64,
}

/// A list of named weights: one number field each, their sum, a warning when it is not
/// 100 % and a button that scales them to 100 %.
#[component]
pub fn WeightEditor(
    /// Accessible name of the group.
    #[prop(into)]
    label: Signal<String>,
    /// The weights.
    rows: Signal<Vec<WeightRow>>,
    /// Called with the weights in the same order after an edit or normalising.
    on_change: Callback<Vec<f64>>,
) -> impl IntoView {
    let lang = use_app().lang;
    let weights = move || rows.with(|r| r.iter().map(|w| w.weight).collect::<Vec<_>>());
    let sum_text = move || lang.get().percent(weight_sum(&weights()), 1);
    view! {
        <fieldset class="weights">
            <legend>{move || label.get()}</legend>
            {move || rows.get().into_iter().enumerate().map(|(i, row)| {
                let id = format!("w-{}", row.key);
                let value = Signal::derive(move || rows.with(|r| r.get(i).map(|w| w.weight)));
                let commit = Callback::new(move |v: Option<f64>| {
                    let mut all = weights();
                    if let Some(slot) = all.get_mut(i) {
                        *slot = v.unwrap_or(0.0);
                    }
                    on_change.run(all);
                });
                view! { <NumberField id=id label=row.name.clone() value=value on_commit=commit/> }
            }).collect_view()}
            <p class="weight-sum" role="status">
                {move || fill(lang.get().t(C::WeightSum), &[("sum", &sum_text())])}
            </p>
            <Show when=move || !sums_to_100(&weights()) && !weights().is_empty()>
                <p class="warn">{move || fill(lang.get().t(C::WeightSumWarning), &[("sum", &sum_text())])}</p>
                <button type="button" on:click=move |_| on_change.run(normalise(&weights()))>
                    {tr(lang, C::Normalise)}
                </button>
            </Show>
        </fieldset>
    }
}
