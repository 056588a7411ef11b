//! The requirement and performance profile of a key account (docs/methods.md,
//! "Requirement and performance profile"): segments, the customer's criteria and
//! weights, the ratings of us and the competitors, the results (weighted performance,
//! rank, gaps, value drivers, chart) and dated versions compared side by side.

use leptos::prelude::*;

use crate::charts::profile::SupplierRatings;
use crate::domain::profile::{Profile, Segment};
use crate::domain::AccountId;
use crate::i18n::profile::{criterion_text, PR};
use crate::i18n::tr;
use crate::i18n::Lang;
use crate::state::key_accounts::{key_account_data, update_key_account};
use crate::state::route::AccountSection;
use crate::state::{use_app, AppState};
use crate::ui::key_account::key_account_section;
use crate::ui::lazy::{lazy_page, lazy_part};
use crate::ui::widgets::EmptyState;

mod chart;
mod compare;
mod editor;
mod gaps;
mod grid;
mod results;
mod segments;
mod version_list;
mod versions;

pub use editor::ProfileEditor;
pub use versions::ProfileVersions;

use results::ProfileResults;
use segments::SegmentBar;

lazy_page!(account_profile, profile_page, preload_profile, (id: u64) => {
    view! { <ProfilePage id=id/> }.into_any()
});
// The editing parts: a chunk of their own, so that no page chunk exceeds its budget;
// fetched with the page (prefetch) or when shown.
lazy_part!(profile_editor, profile_editor, preload_profile_editor,
    /// The weights and ratings editor of a requirement profile, from its chunk.
    LazyProfileEditor(id: u64, current: Memo<Option<usize>>, profile: Memo<Option<crate::domain::profile::Profile>>) => {
    view! { <ProfileEditor id=id current=current profile=profile/> }.into_any()
});
lazy_part!(profile_editor, profile_versions, preload_profile_versions,
    /// The saved versions of a requirement profile, from their chunk.
    LazyProfileVersions(id: u64, current: Memo<Option<usize>>, segments: Memo<Vec<crate::domain::profile::Segment>>) => {
    view! { <ProfileVersions id=id current=current segments=segments/> }.into_any()
});

/// Changes segment `seg` of the key account.
fn edit(app: AppState, id: AccountId, seg: usize, f: impl FnOnce(&mut Segment)) {
    update_key_account(app, id, |d| {
        if let Some(s) = d.profiles.get_mut(seg) {
            f(s);
        }
    });
}

/// Adds a segment named `name` with the default criteria.
fn add_segment(app: AppState, id: AccountId, name: String) {
    update_key_account(app, id, |d| {
        d.profiles.push(Segment {
            extra: Default::default(),
            name,
            profile: Profile::with_default_criteria(),
            versions: Vec::new(),
        })
    });
}

/// A rating or a change as text ("–" when missing).
fn points(l: Lang, v: Option<f64>) -> String {
    v.map(|v| l.number_as_typed(v, 1))
        .unwrap_or_else(|| "–".into())
}

fn signed(l: Lang, v: Option<f64>) -> String {
    match v {
        Some(v) if v > 0.0 => format!("+{}", l.number_as_typed(v, 1)),
        other => points(l, other),
    }
}

/// Criterion names in the UI language.
fn criterion_names(l: Lang, p: &Profile) -> Vec<String> {
    p.criteria
        .iter()
        .map(|c| criterion_text(l, &c.id, &c.name))
        .collect()
}

/// Us and every competitor with their ratings in criterion order.
fn suppliers(l: Lang, p: &Profile) -> Vec<SupplierRatings> {
    let mut all = vec![SupplierRatings {
        name: l.t(PR::Us).to_string(),
        ratings: p.our_ratings(),
    }];
    for (c, ratings) in p.competitors.iter().zip(p.competitor_ratings()) {
        all.push(SupplierRatings {
            name: c.name.clone(),
            ratings,
        });
    }
    all
}

/// A free id for a new criterion (`c1`, `c2`, …).
fn next_criterion_id(p: &Profile) -> String {
    (1..)
        .map(|n| format!("c{n}"))
        .find(|id| !p.criteria.iter().any(|c| c.id == *id))
        .expect("an unused id exists")
}

#[component]
pub fn ProfilePage(id: AccountId) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let data = key_account_data(app, id);
    let chosen = RwSignal::new(0usize);
    let segments = Memo::new(move |_| data.with(|d| d.profiles.clone()));
    // The segment shown, `None` while there is none.
    let current = Memo::new(move |_| {
        let n = segments.with(Vec::len);
        (n > 0).then(|| chosen.get().min(n - 1))
    });
    let profile = Memo::new(move |_| {
        let i = current.get()?;
        segments.with(|s| s.get(i).map(|s| s.profile.clone()))
    });
    let start = move |_| {
        let name = lang.get_untracked().t(PR::DefaultSegment).to_string();
        add_segment(app, id, name);
        chosen.set(0);
    };
    key_account_section(
        id,
        AccountSection::Profile,
        |l| l.t(PR::Section).to_string(),
        move |name| {
            view! {
                <p class="intro">{tr(lang, PR::Intro)}</p>
                {move || if current.get().is_none() {
                    view! {
                        <EmptyState title=Signal::derive(move || lang.get().t(PR::NoProfileTitle).to_string())
                            text=Signal::derive(move || lang.get().t(PR::NoProfileText).to_string())>
                            <button class="primary" on:click=start>{tr(lang, PR::StartProfile)}</button>
                        </EmptyState>
                    }.into_any()
                } else {
                    let name = name.clone();
                    view! {
                        <SegmentBar id=id segments=segments current=current chosen=chosen/>
                        <LazyProfileEditor id=id current=current profile=profile/>
                        <ProfileResults profile=profile account=name/>
                        <LazyProfileVersions id=id current=current segments=segments/>
                    }.into_any()
                }}
            }
        },
    )
}
