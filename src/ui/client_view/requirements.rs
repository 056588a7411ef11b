//! The customer's requirements: per procurement segment, how much each criterion
//! weighs for them (the shared weight editor: sum, warning off 100 %, normalise) and
//! their rating of us, 0-100. Competitors and analyses are not shown.

use leptos::prelude::*;

use crate::domain::key_account::key_account;
use crate::domain::AccountId;
use crate::i18n::client_view::CV;
use crate::i18n::fill;
use crate::i18n::profile::criterion_text;
use crate::i18n::tr;
use crate::state::use_app;
use crate::ui::widgets::{NumberField, TitledSection, WeightEditor, WeightRow};

use super::edit;

#[component]
pub fn Requirements(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    // Only the number of segments: an edit does not rebuild the fields (focus stays).
    let count = Memo::new(move |_| {
        app.store
            .key_accounts
            .with(|k| key_account(k, id).profiles.len())
    });
    view! {
        <TitledSection id="requirements-title" title=CV::RequirementsTitle class="client-requirements">
            {move || match count.get() {
                0 => view! { <p class="muted">{tr(lang, CV::NoRequirements)}</p> }.into_any(),
                n => view! {
                    <p>{tr(lang, CV::RequirementsText)}</p>
                    {(0..n).map(|s| view! { <SegmentEditor id=id s=s/> }).collect_view()}
                }
                .into_any(),
            }}
        </TitledSection>
    }
}

/// One segment: its weights and the ratings of us.
#[component]
fn SegmentEditor(id: AccountId, s: usize) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let segment = Memo::new(move |_| {
        app.store
            .key_accounts
            .with(|k| key_account(k, id).profiles.get(s).cloned())
    });
    let name = Memo::new(move |_| {
        segment.with(|g| g.as_ref().map(|g| g.name.clone()).unwrap_or_default())
    });
    let rows = Memo::new(move |_| {
        let l = lang.get();
        segment.with(|g| {
            g.as_ref().map_or_else(Vec::new, |g| {
                g.profile
                    .criteria
                    .iter()
                    .map(|c| WeightRow {
                        key: format!("{s}-{}", c.id),
                        name: criterion_text(l, &c.id, &c.name),
                        weight: c.weight,
                    })
                    .collect()
            })
        })
    });
    let ids = Memo::new(move |_| {
        segment.with(|g| {
            g.as_ref()
                .map(|g| {
                    g.profile
                        .criteria
                        .iter()
                        .map(|c| c.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let set_weights = Callback::new(move |weights: Vec<f64>| {
        edit(app, id, |d| {
            if let Some(g) = d.profiles.get_mut(s) {
                for (c, w) in g.profile.criteria.iter_mut().zip(weights) {
                    c.weight = w;
                }
            }
        })
    });
    let weights_label =
        Signal::derive(move || fill(lang.get().t(CV::Weights), &[("segment", &name.get())]));
    view! {
        <div class="client-segment">
            <h3>{move || name.get()}</h3>
            <WeightEditor label=weights_label rows=rows.into() on_change=set_weights/>
            <fieldset class="client-ratings">
                <legend>{move || fill(lang.get().t(CV::Ratings), &[("segment", &name.get())])}</legend>
                {move || ids.get().into_iter().map(|cid| view! { <RatingField id=id s=s cid=cid/> }).collect_view()}
            </fieldset>
        </div>
    }
}

/// The customer's rating of us on one criterion: 0-100, empty for not rated.
#[component]
fn RatingField(id: AccountId, s: usize, cid: String) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let key = cid.clone();
    let criterion = Memo::new(move |_| {
        let l = lang.get();
        app.store.key_accounts.with(|k| {
            let data = key_account(k, id);
            let g = data.profiles.get(s)?;
            let c = g.profile.criteria.iter().find(|c| c.id == key)?;
            Some((
                criterion_text(l, &c.id, &c.name),
                g.profile.us.get(&key).copied(),
            ))
        })
    });
    let value = Signal::derive(move || criterion.with(|c| c.as_ref().and_then(|c| c.1)));
    let label = Signal::derive(move || {
        let name = criterion.with(|c| c.as_ref().map(|c| c.0.clone()).unwrap_or_default());
        fill(lang.get().t(CV::RatingLabel), &[("criterion", &name)])
    });
    let field_id = format!("rating-{s}-{cid}");
    let commit = Callback::new(move |v: Option<f64>| {
        if v.is_some_and(|v| !(0.0..=100.0).contains(&v)) {
            app.notify(app.t(CV::RatingRange));
            return;
        }
        let cid = cid.clone();
        edit(app, id, move |d| {
            if let Some(g) = d.profiles.get_mut(s) {
                match v {
                    Some(v) => {
                        g.profile.us.insert(cid, v);
                    }
                    None => {
                        g.profile.us.remove(&cid);
                    }
                }
            }
        });
    });
    view! { <NumberField id=field_id label=label value=value on_commit=commit/> }
}
