//! The years the matrix looks at: two choices among the history's years; a first year
//! after the last is refused with a message and the span stays as it was.

use leptos::prelude::*;

use crate::i18n::tr;
use crate::i18n::whitespace::WH;
use crate::state::use_app;

#[component]
pub fn SpanPicker(span: RwSignal<(i32, i32)>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang;
    let error = RwSignal::new(false);
    // The history's years, and the chosen ones if the history has none of them.
    let years = Memo::new(move |_| {
        let (from, to) = span.get();
        let mut years = app.store.history.with(|h| h.years());
        years.extend([from, to]);
        years.sort_unstable();
        years.dedup();
        years
    });
    let choose = move |first: bool, text: String| {
        let Ok(year) = text.parse::<i32>() else {
            return;
        };
        let (from, to) = span.get_untracked();
        let next = if first { (year, to) } else { (from, year) };
        if next.0 > next.1 {
            error.set(true);
        } else {
            error.set(false);
            span.set(next);
        }
    };
    let select = move |first: bool, id: &'static str, label: WH| {
        view! {
            <div class="field">
                <label for=id>{tr(lang, label)}</label>
                <select id=id aria-describedby="ws-span-error"
                    on:change=move |ev| choose(first, event_target_value(&ev))>
                    {move || {
                        let (from, to) = span.get();
                        let now = if first { from } else { to };
                        years.get().into_iter().map(|y| view! {
                            <option value=y.to_string() selected=y == now>{y.to_string()}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
        }
    };
    view! {
        <div class="filters print-keep">
            {select(true, "ws-from", WH::From)}
            {select(false, "ws-to", WH::To)}
        </div>
        <p class="field-error" id="ws-span-error" role="alert">
            {move || error.get().then(|| tr(lang, WH::SpanWrong)())}
        </p>
    }
}
