//! The rating grid: each rated account against each qualitative criterion in use,
//! rated by keyboard (arrow keys move between cells) or pointer, a page at a time.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::value_model::Kind;
use crate::i18n::tr;
use crate::i18n::{fill, value::V};
use crate::state::{AppState, Route};
use crate::ui::format::{completeness, criterion_name};
use crate::ui::widgets::RatingInput;

use super::{PagedTable, Paging, Scored, GRID_PAGE};

/// Moves the focus inside the rating grid with the arrow keys.
fn move_focus(ev: &leptos::ev::KeyboardEvent) {
    let (dr, dc): (i64, i64) = match ev.key().as_str() {
        "ArrowUp" => (-1, 0),
        "ArrowDown" => (1, 0),
        "ArrowLeft" => (0, -1),
        "ArrowRight" => (0, 1),
        _ => return,
    };
    let Some(cell) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let pos = |k: &str| cell.get_attribute(k).and_then(|v| v.parse::<i64>().ok());
    let (Some(r), Some(c)) = (pos("data-row"), pos("data-col")) else {
        return;
    };
    let selector = format!("[data-row=\"{}\"][data-col=\"{}\"]", r + dr, c + dc);
    if let Some(next) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        ev.prevent_default();
        let _ = next.focus();
    }
}

/// The rating grid with its heading, help and pager.
#[component]
pub fn RatingGrid(app: AppState, scored: Scored) -> impl IntoView {
    let Scored { rated, scores } = scored;
    let lang = app.lang;
    let model = app.store.value_model;
    let paging = Paging::of(move || rated.with(|r| r.ids.len()));
    let page = paging.page;
    // Rows change with the set of rated accounts, not with their points: a rating must
    // not rebuild the grid under the focused cell.
    let rows = Memo::new(move |_| rated.with(|r| (r.ids.clone(), r.names.clone())));
    // The qualitative criteria used anywhere (value model or a portfolio axis).
    let columns = Memo::new(move |_| {
        let on_axis = app.store.portfolio.with(|p| {
            p.attractiveness
                .iter()
                .chain(&p.position)
                .filter(|w| w.weight > 0.0)
                .map(|w| w.criterion.clone())
                .collect::<Vec<_>>()
        });
        let l = lang.get();
        model.with(|m| {
            m.criteria
                .iter()
                .filter(|c| {
                    c.kind == Kind::Qualitative && (c.weight > 0.0 || on_axis.contains(&c.id))
                })
                .map(|c| (c.id.clone(), criterion_name(c, l)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h2>{tr(lang, V::GridTitle)}</h2>
        <p class="hint">{tr(lang, V::GridHelp)}</p>
        <PagedTable paging=paging>
        <table class="data-table rating-grid" aria-label=move || lang.get().t(V::GridLabel)
            on:keydown=move |ev| move_focus(&ev)>
            <thead><tr>
                <th scope="col">{tr(lang, V::ColAccount)}</th>
                {move || columns.get().into_iter().map(|(_, name)| view! { <th scope="col">{name}</th> }).collect_view()}
                <th scope="col" class="num">{tr(lang, V::ColComplete)}</th>
            </tr></thead>
            <tbody>
                {move || {
                    let start = page.get() * GRID_PAGE;
                    let cols = columns.get();
                    let (ids, names) = rows.get();
                    (start..ids.len().min(start + GRID_PAGE)).map(|row| {
                        let id = ids[row];
                        let name = names[row].clone();
                        let cells = cols.iter().enumerate().map(|(col, (cid, cname))| {
                            let cid = cid.clone();
                            let cid2 = cid.clone();
                            let label = fill(lang.get_untracked().t(V::CellLabel), &[("criterion", cname), ("account", &name)]);
                            view! {
                                <td data-cell="">
                                    <RatingInput
                                        label=label
                                        grid=true
                                        row=row
                                        col=col
                                        value=Signal::derive(move || model.with(|m| m.rating(id, &cid)))
                                        on_change=Callback::new(move |p: Option<u8>| model.update(|m| m.set_rating(id, &cid2, p)))
                                    />
                                </td>
                            }
                        }).collect_view();
                        let completeness = move || scores.with(|s| s.get(row).map(|s| completeness(s, lang.get())).unwrap_or_default());
                        view! {
                            <tr>
                                <th scope="row"><a href=Route::Account(id).href()>{name.clone()}</a></th>
                                {cells}
                                <td class="num">{completeness}</td>
                            </tr>
                        }
                    }).collect_view()
                }}
            </tbody>
        </table>
        </PagedTable>
    }
}
