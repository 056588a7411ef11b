use leptos::prelude::*;

use crate::i18n::tr;
use crate::i18n::{common::C, fill};
use crate::state::use_app;

/// Which column a table is sorted by, and the direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SortState<K: Copy + PartialEq + 'static> {
    pub key: K,
    pub ascending: bool,
}

/// A column header that sorts its table: a button inside `<th aria-sort>`. Clicking the
/// current column flips the direction; another column starts ascending for text and
/// descending for numbers.
#[component]
pub fn SortHeader<K>(
    /// This column's key.
    key: K,
    /// The column's name.
    #[prop(into)]
    label: Signal<String>,
    /// Whether the column holds numbers (right-aligned, first click descending).
    #[prop(optional)]
    numeric: bool,
    /// The table's sort state.
    sort: RwSignal<SortState<K>>,
) -> impl IntoView
where
    K: Copy + PartialEq + Send + Sync + 'static,
{
    let lang = use_app().lang;
    let aria_sort = move || {
        let s = sort.get();
        match (s.key == key, s.ascending) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        }
    };
    let arrow = move || match aria_sort() {
        "ascending" => " ▲",
        "descending" => " ▼",
        _ => "",
    };
    view! {
        <th scope="col" aria-sort=aria_sort class:num=numeric>
            <button
                class="sort"
                title=move || fill(lang.get().t(C::SortBy), &[("col", &label.get())])
                on:click=move |_| {
                    let s = sort.get_untracked();
                    sort.set(if s.key == key {
                        SortState { key, ascending: !s.ascending }
                    } else {
                        SortState { key, ascending: !numeric }
                    });
                }
            >
                {move || label.get()}{arrow}
            </button>
        </th>
    }
}

/// Previous / next page and "Page 2 of 7"; hidden when everything fits on one page.
#[component]
pub fn Pager(
    /// The current page, 0-based.
    page: RwSignal<usize>,
    /// How many pages there are (at least 1).
    #[prop(into)]
    pages: Signal<usize>,
) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <Show when=move || { pages.get() > 1 }>
            <div class="pager">
                <button
                    class="pager-end"
                    aria-label=move || lang.get().t(C::FirstPage)
                    title=move || lang.get().t(C::FirstPage)
                    disabled=move || page.get() == 0
                    on:click=move |ev| {
                        page.set(0);
                        show_table_top(&ev);
                        focus_button(&ev, NEXT);
                    }
                >"«"</button>
                <button
                    disabled=move || page.get() == 0
                    on:click=move |ev| {
                        page.update(|p| *p = p.saturating_sub(1));
                        show_table_top(&ev);
                        if page.get_untracked() == 0 {
                            focus_button(&ev, NEXT);
                        }
                    }
                >{tr(lang, C::PrevPage)}</button>
                <span aria-live="polite">{move || fill(lang.get().t(C::PageOf), &[
                    ("page", &lang.get().count(page.get().min(pages.get() - 1) + 1)),
                    ("pages", &lang.get().count(pages.get())),
                ])}</span>
                <button
                    disabled=move || { page.get() + 1 >= pages.get() }
                    on:click=move |ev| {
                        page.update(|p| *p += 1);
                        show_table_top(&ev);
                        if page.get_untracked() + 1 >= pages.get_untracked() {
                            focus_button(&ev, PREVIOUS);
                        }
                    }
                >{tr(lang, C::NextPage)}</button>
                <button
                    class="pager-end"
                    aria-label=move || lang.get().t(C::LastPage)
                    title=move || lang.get().t(C::LastPage)
                    disabled=move || { page.get() + 1 >= pages.get() }
                    on:click=move |ev| {
                        page.set(pages.get_untracked().saturating_sub(1));
                        show_table_top(&ev);
                        focus_button(&ev, PREVIOUS);
                    }
                >"»"</button>
            </div>
        </Show>
    }
}

/// The pager's buttons by position: first, previous, next, last.
const PREVIOUS: u32 = 1;
const NEXT: u32 = 2;

/// A button that disables itself (at the first or last page) would drop the focus to
/// the page: it goes to the pager's way back instead (`NEXT` or `PREVIOUS`), once the
/// new page has enabled it, without scrolling (the table's top stays in view).
fn focus_button(ev: &leptos::ev::MouseEvent, position: u32) {
    use wasm_bindgen::JsCast;
    let button = pager_of(ev)
        .and_then(|pager| pager.query_selector_all("button").ok())
        .and_then(|buttons| buttons.item(position))
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        set_timeout(
            move || {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = button.focus_with_options(&options);
            },
            std::time::Duration::ZERO,
        );
    }
}

/// A new page starts at the table's top: when the pager below it was used with the
/// table's top scrolled away, bring that top back into view (focus stays on the button).
fn show_table_top(ev: &leptos::ev::MouseEvent) {
    let table = pager_of(ev).and_then(|pager| pager.previous_element_sibling());
    if let Some(table) = table {
        if table.get_bounding_client_rect().top() < 0.0 {
            table.scroll_into_view();
        }
    }
}

/// The pager whose button was clicked.
fn pager_of(ev: &leptos::ev::MouseEvent) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest(".pager").ok().flatten())
}
