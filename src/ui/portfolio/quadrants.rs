//! The accounts in each quadrant, under the quadrant's standard strategy.

use leptos::prelude::*;

use super::{Splits, QUADRANT_TEXTS};
use crate::charts::portfolio::{quadrant_index, Bubble};
use crate::domain::value_model::Quadrant;
use crate::domain::AccountId;
use crate::i18n::tr;
use crate::i18n::value::V;
use crate::state::{use_app, Route};

/// Each quadrant's name, strategy and accounts (linked).
#[component]
pub(super) fn Quadrants(
    placed: Memo<(Vec<Bubble>, usize)>,
    splits: Signal<Splits>,
) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <div class="quadrants">
            <h2>{tr(lang, V::QuadrantsTitle)}</h2>
            {Quadrant::ALL.into_iter().map(|q| {
                let (name, strategy) = QUADRANT_TEXTS[quadrant_index(q)];
                view! {
                    <h3>{tr(lang, name)}</h3>
                    <p class="hint">{tr(lang, strategy)}</p>
                    <ul>
                        {move || {
                            let s = splits.get();
                            let list: Vec<(AccountId, String)> = placed.with(|(b, _)| b.iter()
                                .filter(|b| s.quadrant_of(b) == q)
                                .map(|b| (b.id, b.name.clone())).collect());
                            if list.is_empty() {
                                view! { <li class="muted">{tr(lang, V::NoneInQuadrant)}</li> }.into_any()
                            } else {
                                list.into_iter().map(|(id, name)| view! {
                                    <li><a href=Route::Account(id).href()>{name}</a></li>
                                }).collect_view().into_any()
                            }
                        }}
                    </ul>
                }
            }).collect_view()}
        </div>
    }
}
