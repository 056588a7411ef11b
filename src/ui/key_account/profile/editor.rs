//! The editor of the current segment's profile: the criteria weights, the ratings
//! grid, adding criteria and competitors.

use leptos::prelude::*;

use super::grid::RatingsGrid;
use super::{edit, next_criterion_id};
use crate::domain::profile::{Competitor, Profile, ProfileCriterion};
use crate::domain::AccountId;
use crate::i18n::profile::{criterion_text, PR};
use crate::i18n::{fill, tr};
use crate::state::{use_app, AppState};
use crate::ui::widgets::{WeightEditor, WeightRow};

/// Changes the profile of the current segment, with or without an undo.
#[derive(Clone, Copy)]
pub struct ProfileEdit {
    pub app: AppState,
    pub id: AccountId,
    pub current: Memo<Option<usize>>,
}

impl ProfileEdit {
    /// Applies `f` to the profile of the current segment.
    pub fn change(self, f: impl FnOnce(&mut Profile)) {
        if let Some(i) = self.current.get_untracked() {
            edit(self.app, self.id, i, |s| f(&mut s.profile));
        }
    }

    /// Tells `text` with an undo that brings back `before`.
    pub fn undoable(self, text: String, before: Profile) {
        let Self { app, id, current } = self;
        let seg = current.get_untracked();
        app.toasts.notify_with_undo(text, move || {
            let back = before.clone();
            if let Some(i) = seg {
                edit(app, id, i, move |s| s.profile = back);
            }
        });
    }
}

/// The weight editor and the ratings grid of the current segment.
#[component]
pub fn ProfileEditor(
    id: AccountId,
    current: Memo<Option<usize>>,
    profile: Memo<Option<Profile>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let error = RwSignal::new(None::<String>);
    let change = ProfileEdit { app, id, current };
    let weight_rows = Signal::derive(move || {
        let l = lang.get();
        profile.with(|p| {
            p.as_ref()
                .map(|p| {
                    p.criteria
                        .iter()
                        .map(|c| WeightRow {
                            key: format!("profile-{}", c.id),
                            name: criterion_text(l, &c.id, &c.name),
                            weight: c.weight,
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let set_weights = Callback::new(move |w: Vec<f64>| {
        change.change(move |p| {
            for (c, w) in p.criteria.iter_mut().zip(w) {
                c.weight = w;
            }
        })
    });
    let add_criterion = move |_| {
        let name = lang.get_untracked().t(PR::NewCriterion).to_string();
        change.change(move |p| {
            let id = next_criterion_id(p);
            p.criteria.push(ProfileCriterion {
                extra: Default::default(),
                id,
                name,
                weight: 0.0,
            });
        })
    };
    let add_competitor = move |_| {
        let l = lang.get_untracked();
        change.change(move |p| {
            let name = fill(
                l.t(PR::NewCompetitor),
                &[("n", &(p.competitors.len() + 1).to_string())],
            );
            p.competitors.push(Competitor {
                name,
                ..Competitor::default()
            });
        })
    };
    view! {
        <div class="profile-editor">
            <WeightEditor label=Signal::derive(move || lang.get().t(PR::Weights).to_string()) rows=weight_rows on_change=set_weights/>
            <div class="profile-ratings">
                <RatingsGrid edit=change profile=profile error=error/>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <div class="actions">
                    <button type="button" on:click=add_criterion>{tr(lang, PR::AddCriterion)}</button>
                    <button type="button" on:click=add_competitor>{tr(lang, PR::AddCompetitor)}</button>
                </div>
            </div>
        </div>
    }
}
