//! Which column of the history file is which field: one choice per column,
//! preselected from the headers, and the number notation.

use leptos::prelude::*;

use crate::domain::history::import_columns::{
    history_mapped_twice, mapping_gaps, recognise_history, HistoryField,
};
use crate::domain::number::DecimalSeparator;
use crate::i18n::history_import::{field_text, gap_text, HI};
use crate::i18n::sheet::SH;
use crate::i18n::{fill, tr};

use super::HistoryState;

#[component]
pub fn HistoryMappingView(state: HistoryState) -> impl IntoView {
    let lang = state.reader.app.lang;
    let decimal = state.reader.decimal;
    let mapping = state.mapping;
    let column = move |i: usize, header: String| {
        let l = lang.get();
        // The fields of the long shape, and the year this header names, if any.
        let mut choices: Vec<HistoryField> = HistoryField::ALL.to_vec();
        if let Some(year @ HistoryField::Year(_)) = recognise_history(&header) {
            choices.push(year);
        }
        let current = mapping.with(|m| m.get(i).copied().flatten());
        let options = choices
            .into_iter()
            .map(|f| {
                view! { <option value=f.key() selected=current == Some(f)>{field_text(f, l)}</option> }
            })
            .collect_view();
        let label = fill(
            l.t(HI::FieldFor),
            &[("n", &(i + 1).to_string()), ("header", &header)],
        );
        let change = move |ev: leptos::ev::Event| {
            let f = HistoryField::from_key(&event_target_value(&ev));
            mapping.update(|m| {
                if m.len() <= i {
                    m.resize(i + 1, None);
                }
                m[i] = f;
            });
        };
        view! {
            <label class="history-column">
                <span>{label.clone()}</span>
                <select aria-label=label on:change=change>
                    <option value="" selected=current.is_none()>{l.t(HI::Ignore)}</option>
                    {options}
                </select>
            </label>
        }
    };
    let warnings = move || {
        let l = lang.get();
        let m = mapping.get();
        let mut out: Vec<String> = mapping_gaps(&m)
            .into_iter()
            .map(|g| gap_text(g, l).to_string())
            .collect();
        out.extend(
            history_mapped_twice(&m)
                .into_iter()
                .map(|f| fill(l.t(HI::MappedTwice), &[("field", &field_text(f, l))])),
        );
        out.into_iter()
            .map(|w| view! { <p class="error" role="alert">{w}</p> })
            .collect_view()
    };
    let notation = move |ev: leptos::ev::Event| {
        decimal.set(if event_target_value(&ev) == "point" {
            DecimalSeparator::Point
        } else {
            DecimalSeparator::Comma
        });
    };
    view! {
        <h3>{tr(lang, HI::Columns)}</h3>
        <div class="history-mapping">
            {move || state.headers.get().into_iter().enumerate().map(|(i, h)| column(i, h)).collect_view()}
        </div>
        <label>{tr(lang, SH::Numbers)}" "
            <select on:change=notation>
                <option value="comma" selected=move || decimal.get() == DecimalSeparator::Comma>{tr(lang, SH::GermanNumbers)}</option>
                <option value="point" selected=move || decimal.get() == DecimalSeparator::Point>{tr(lang, SH::EnglishNumbers)}</option>
            </select>
        </label>
        {warnings}
    }
}
