//! `<Chart/>`: one ECharts instance per component. Created on mount, updated with
//! `setOption(option, notMerge)` when the option or the language changes (drawn in the
//! next frame after the first drawing), resized by a
//! ResizeObserver, disposed on cleanup ([`super::echarts`]). Numbers speak the UI
//! language ([`super::formatters`]). Every chart also offers its data as a table
//! ("Show as table").

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::echarts::{load_echarts, Live};
use super::formatters::{to_js, Formatters};
use super::ChartTable;
use crate::i18n::tr;
use crate::i18n::{common::C, Lang};

/// A clicked chart item: which series (0-based, in the option's order) and which item
/// of it (the data index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartClick {
    pub series: usize,
    pub item: usize,
}

/// A chart. `label` is its accessible name (the canvas itself says nothing to a screen
/// reader); `table` is the same data as a table, one click away; `on_click` receives the
/// series and item of a clicked element.
#[component]
pub fn Chart(
    /// The option to show; every change replaces the whole option.
    #[prop(into)]
    option: Signal<super::ChartOption>,
    /// Accessible description of the chart.
    #[prop(into)]
    label: Signal<String>,
    /// The chart's data as a table (texts already in the UI language).
    #[prop(into)]
    table: Signal<ChartTable>,
    /// Called with the series and data index of a clicked item.
    #[prop(optional)]
    on_click: Option<Callback<ChartClick>>,
    /// The tooltip of an item as lines of plain text (escaped here, so names are safe);
    /// without it ECharts' own tooltip is shown.
    #[prop(optional)]
    tooltip: Option<Callback<ChartClick, Vec<String>>>,
    /// CSS height of the chart area.
    #[prop(optional, into)]
    height: Option<String>,
    /// A small chart (a trend in a table row) without "Show as table": its label
    /// carries its data.
    #[prop(optional)]
    compact: bool,
    /// Draw at this many device pixels per CSS pixel (2 in printed reports, so that
    /// the canvas stays sharp on paper); the screen's own ratio otherwise.
    #[prop(optional)]
    pixel_ratio: Option<f64>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let live: StoredValue<Option<Live>, LocalStorage> = StoredValue::new_local(None);
    let (failed, set_failed) = signal(false);
    let (ready, set_ready) = signal(false);
    load_echarts(move |ok| {
        // The component may be gone by the time the script arrives.
        let _ = set_ready.try_set(ok);
        let _ = set_failed.try_set(!ok);
    });

    let lang = use_context::<RwSignal<Lang>>().unwrap_or_else(|| RwSignal::new(Lang::En));
    Effect::new(move |_| {
        let chart = option.get();
        let current_lang = lang.get();
        if !ready.get() {
            return;
        }
        let Some(element) = node.get() else { return };
        let first = live.with_value(|l| l.is_none());
        if first {
            let element: web_sys::HtmlElement = element.unchecked_into();
            let Some(mounted) = Live::mount(&element, pixel_ratio, on_click) else {
                set_failed.set(true);
                return;
            };
            live.set_value(Some(mounted));
        }
        let formatters = Formatters::new(current_lang, tooltip);
        live.update_value(|l| {
            if let Some(l) = l {
                l.instance
                    .replace_option(&to_js(&chart, &formatters), !first);
                // The previous formatters are dropped only now that nothing uses them.
                l.formatters = Some(formatters);
            }
        });
    });

    on_cleanup(move || {
        if let Some(l) = live.try_update_value(|l| l.take()).flatten() {
            l.unmount();
        }
    });

    let style = format!(
        "width:100%;height:{}",
        height.unwrap_or_else(|| "420px".into())
    );
    view! {
        <div class="chart" role="img" aria-label=move || label.get() node_ref=node style=style></div>
        <Show when=move || failed.get()>
            <p class="error" role="alert">{tr(lang, C::ChartUnavailable)}</p>
        </Show>
        <ChartTableView table=table label=label compact=compact lang=lang/>
    }
}

/// "Show as table" under a chart: the same data as an HTML table with the chart's
/// label as its caption (hidden for a compact chart, whose label carries its data).
#[component]
fn ChartTableView(
    table: Signal<ChartTable>,
    label: Signal<String>,
    compact: bool,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let (show_table, set_show_table) = signal(false);
    view! {
        <div class="chart-table" class:hidden=compact aria-hidden=compact.then_some("true")>
            <button
                class="link"
                aria-expanded=move || if show_table.get() { "true" } else { "false" }
                on:click=move |_| set_show_table.update(|s| *s = !*s)
            >
                {move || lang.get().t(if show_table.get() { C::HideTable } else { C::ShowAsTable })}
            </button>
            <Show when=move || show_table.get()>
                <ChartDataTable label=label table=table/>
            </Show>
        </div>
    }
}

/// A chart's data as a table, captioned with the chart's label: behind "Show as table"
/// on screen, and printed below a chart in a report.
#[component]
pub fn ChartDataTable(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] table: Signal<ChartTable>,
) -> impl IntoView {
    view! {
        // The name above the box, not as the table's caption: a wide table's caption is
        // centred over all of it and runs out of view on a phone.
        <p class="chart-table-name" aria-hidden="true">{move || label.get()}</p>
        <div class="table-wrap" tabindex="0">
            <table class="data-table">
                <caption class="visually-hidden">{move || label.get()}</caption>
                <thead><tr>
                    {move || table.with(|t| t.columns.iter().enumerate().map(|(i, c)| {
                        let numeric = t.numeric.get(i).copied().unwrap_or(false);
                        view! { <th scope="col" class:num=numeric>{c.clone()}</th> }
                    }).collect_view())}
                </tr></thead>
                <tbody>
                    {move || table.with(|t| t.rows.iter().map(|row| view! {
                        <tr>{row.iter().enumerate().map(|(i, cell)| {
                            let numeric = t.numeric.get(i).copied().unwrap_or(false);
                            view! { <td class:num=numeric>{cell.clone()}</td> }
                        }).collect_view()}</tr>
                    }).collect_view())}
                </tbody>
            </table>
        </div>
    }
}
