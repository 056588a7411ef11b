//! The saved versions of the current segment: saving one as of a date, the list and
//! the choice of two to compare.

use leptos::prelude::*;

use super::compare::Comparison;
use super::edit;
use super::version_list::VersionList;
use crate::domain::day::Day;
use crate::domain::profile::{ProfileVersion, Segment};
use crate::domain::AccountId;
use crate::i18n::key_accounts::day_text;
use crate::i18n::profile::PR;
use crate::i18n::{fill, tr};
use crate::state::analyses::today;
use crate::state::{use_app, AppState};
use crate::ui::widgets::TitledSection;

/// The versions of the current segment and the two chosen for the comparison.
#[derive(Clone, Copy)]
pub struct VersionState {
    pub app: AppState,
    pub id: AccountId,
    pub current: Memo<Option<usize>>,
    pub segments: Memo<Vec<Segment>>,
    pub versions: Memo<Vec<ProfileVersion>>,
    /// Compared from: an index into the versions, `None` = the current profile.
    pub from: RwSignal<Option<usize>>,
    /// Compared to: an index into the versions, `None` = the current profile.
    pub to: RwSignal<Option<usize>>,
}

/// Saved versions of the current segment: save as of a date, remove, compare two.
#[component]
pub fn ProfileVersions(
    id: AccountId,
    current: Memo<Option<usize>>,
    segments: Memo<Vec<Segment>>,
) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let day = today();
    let date = RwSignal::new(day.iso());
    let date_error = RwSignal::new(false);
    let versions = Memo::new(move |_| {
        let i = current.get();
        segments.with(|s| {
            i.and_then(|i| s.get(i))
                .map(|s| s.versions.clone())
                .unwrap_or_default()
        })
    });
    // Compare: indices into the versions, `None` = the current profile. By default the
    // newest saved version against the current profile, again for each segment.
    let from = RwSignal::new(None::<usize>);
    let to = RwSignal::new(None::<usize>);
    Effect::new(move |_| {
        current.track();
        from.set(versions.with_untracked(|v| v.len().checked_sub(1)));
        to.set(None);
    });
    let state = VersionState {
        app,
        id,
        current,
        segments,
        versions,
        from,
        to,
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(i), Some(d)) = (current.get_untracked(), Day::parse(&date.get_untracked()))
        else {
            date_error.set(true);
            return;
        };
        date_error.set(false);
        save_version(state, i, d);
    };
    let options = move |selected: Option<usize>| {
        let l = lang.get();
        let mut all = vec![
            view! { <option value="" selected=selected.is_none()>{l.t(PR::Current)}</option> }
                .into_any(),
        ];
        versions.with(|vs| {
            for (v, version) in vs.iter().enumerate() {
                all.push(view! { <option value=v.to_string() selected=selected == Some(v)>{day_text(l, version.date)}</option> }.into_any());
            }
        });
        all
    };
    let parse_choice = |text: String| text.parse::<usize>().ok();
    view! {
        <TitledSection id="profile-versions" title=PR::Versions class="profile-versions">
            <p>{tr(lang, PR::VersionsIntro)}</p>
            <form class="inline-form" on:submit=save>
                <div class="field">
                    <label for="version-date">{tr(lang, PR::VersionDate)}</label>
                    <input id="version-date" type="date" required prop:value=move || date.get()
                        aria-invalid=move || date_error.get().then_some("true")
                        on:input=move |ev| date.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="primary">{tr(lang, PR::SaveVersion)}</button>
            </form>
            <VersionList state=state/>
            <h3>{tr(lang, PR::Compare)}</h3>
            <div class="field-row">
                <div class="field">
                    <label for="compare-from">{tr(lang, PR::CompareFrom)}</label>
                    <select id="compare-from" on:change=move |ev| from.set(parse_choice(event_target_value(&ev)))>
                        {move || options(from.get())}
                    </select>
                </div>
                <div class="field">
                    <label for="compare-to">{tr(lang, PR::CompareTo)}</label>
                    <select id="compare-to" on:change=move |ev| to.set(parse_choice(event_target_value(&ev)))>
                        {move || options(to.get())}
                    </select>
                </div>
            </div>
            <Comparison state=state/>
        </TitledSection>
    }
}

/// Saves the profile of segment `i` as of `d` (replacing a version of that date) and
/// compares the newest saved version with the current profile.
fn save_version(state: VersionState, i: usize, d: Day) {
    let VersionState {
        app,
        id,
        versions,
        from,
        to,
        ..
    } = state;
    let mut replaced = false;
    edit(app, id, i, |s| {
        let version = ProfileVersion {
            extra: Default::default(),
            date: d,
            profile: s.profile.clone(),
        };
        match s.versions.iter_mut().find(|v| v.date == d) {
            Some(v) => {
                // Its unknown fields (from a newer version) stay with the date.
                v.profile = version.profile;
                replaced = true;
            }
            None => {
                s.versions.push(version);
                s.versions.sort_by_key(|v| v.date);
            }
        }
    });
    let l = app.lang.get_untracked();
    let key = if replaced {
        PR::VersionReplaced
    } else {
        PR::VersionSaved
    };
    app.notify(fill(l.t(key), &[("date", &day_text(l, d))]));
    // Compare the newest saved version with the current profile by default.
    from.set(versions.with_untracked(|v| v.len().checked_sub(1)));
    to.set(None);
}
