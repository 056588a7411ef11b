use leptos::prelude::*;

use crate::i18n::{tr, Label};
use crate::state::use_app;

/// A titled part of a page: `<section aria-labelledby>` with its `<h2>`.
#[component]
pub fn TitledSection(
    /// The heading's id (the section is labelled by it).
    id: &'static str,
    /// The heading, a catalogue key.
    #[prop(into)]
    title: Label,
    /// The section's class, for its layout.
    #[prop(optional)]
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <section class=(!class.is_empty()).then_some(class) aria-labelledby=id>
            <h2 id=id>{tr(lang, title)}</h2>
            {children()}
        </section>
    }
}

/// A table's column headers (`<thead>`); numeric columns are right-aligned.
#[component]
pub fn TableHead(
    /// The columns' names, catalogue keys.
    columns: Vec<Column>,
) -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <thead>
            <tr>
                {columns.into_iter().map(|c| view! {
                    <th scope="col" class:num=c.numeric>
                        {if c.hidden {
                            view! { <span class="visually-hidden">{tr(lang, c.label)}</span> }.into_any()
                        } else {
                            tr(lang, c.label).into_any()
                        }}
                    </th>
                }).collect_view()}
            </tr>
        </thead>
    }
}

/// A data table in its scrolling wrapper: `<div class="table-wrap"><table
/// class="data-table {class}">`, an optional caption, the [`TableHead`] and `rows` as
/// the body.
#[component]
pub fn DataTable<R>(
    /// The table's own class, beside `data-table`.
    class: &'static str,
    /// The caption, if the table has one.
    #[prop(optional, into)]
    caption: Option<String>,
    /// Whether the wrapper takes the focus (`tabindex="0"`), so the keyboard scrolls it.
    #[prop(optional)]
    focusable: bool,
    columns: Vec<Column>,
    /// The `<tr>`s of the body.
    rows: R,
) -> impl IntoView
where
    R: IntoView + 'static,
{
    view! {
        <div class="table-wrap" tabindex=focusable.then_some("0")>
        <table class=format!("data-table {class}")>
            {caption.map(|c| view! { <caption>{c}</caption> })}
            <TableHead columns=columns/>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}

/// One column of a [`TableHead`].
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub label: Label,
    /// Right-aligned (numbers).
    pub numeric: bool,
    /// Named for screen readers only (a column of buttons).
    pub hidden: bool,
}

impl Column {
    pub fn text(label: impl Into<Label>) -> Column {
        Column {
            label: label.into(),
            numeric: false,
            hidden: false,
        }
    }
    pub fn number(label: impl Into<Label>) -> Column {
        Column {
            label: label.into(),
            numeric: true,
            hidden: false,
        }
    }
    pub fn hidden(label: impl Into<Label>) -> Column {
        Column {
            label: label.into(),
            numeric: false,
            hidden: true,
        }
    }
}

/// What a list shows while it is empty: one muted sentence.
#[component]
pub fn EmptyNote(#[prop(into)] text: Label) -> impl IntoView {
    let lang = use_app().lang;
    view! { <p class="muted">{tr(lang, text)}</p> }
}
