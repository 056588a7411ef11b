//! `<Chart/>`: one ECharts instance per component. Created on mount, updated with
//! `setOption(option, notMerge)` when the option or the language changes, resized by a
//! ResizeObserver, disposed on cleanup. ECharts itself is the vendored bundle in
//! public/vendor/; the first chart on screen loads it (pages without charts never
//! download it), from the URL index.html names in `<meta name="keystone-echarts">`.
//!
//! Numbers speak the UI language: value axes and tooltip values get a formatter
//! function of ours that formats numbers only (anything else, such as a name, is
//! returned untouched, so ECharts escapes it as usual). An axis whose label template is
//! [`PERCENT_LABEL`] gets the same formatter with a percent sign. Every chart also
//! offers its data as a table ("Show as table").

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{ChartTable, PERCENT_LABEL};
use crate::i18n::tr;
use crate::i18n::{common::C, decimals_as_typed, Lang};

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance (`echarts.init(...)`).
    pub type EchartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn echarts_init(
        element: &web_sys::HtmlElement,
        theme: &JsValue,
        options: &JsValue,
    ) -> Result<EchartsInstance, JsValue>;

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &EchartsInstance, option: &JsValue, not_merge: bool);

    #[wasm_bindgen(method)]
    fn resize(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    fn dispose(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    fn on(this: &EchartsInstance, event: &str, handler: &js_sys::Function);
}

/// `formatter(value)` for ECharts: numbers in the UI language, anything else as it is.
type NumberFormatter = Closure<dyn Fn(JsValue) -> JsValue>;

fn number_formatter(lang: Lang, percent: bool) -> NumberFormatter {
    Closure::new(move |value: JsValue| match value.as_f64() {
        Some(v) => {
            let text = if percent {
                lang.percent(v, decimals_as_typed(v, 2))
            } else {
                lang.number_as_typed(v, 2)
            };
            JsValue::from_str(&text)
        }
        None => value,
    })
}

/// Turns an option into the plain JS object ECharts expects, with our number
/// formatters on every value axis and on the tooltip.
fn to_js(chart: &super::ChartOption, f: &Formatters) -> JsValue {
    let (numbers, percents) = (&f.numbers, &f.percents);
    let option = js_sys::JSON::parse(chart.json()).unwrap_or(JsValue::NULL);
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok();
    let set = |o: &JsValue, k: &str, v: &JsValue| {
        let _ = js_sys::Reflect::set(o, &JsValue::from_str(k), v);
    };
    for key in ["xAxis", "yAxis", "radiusAxis", "angleAxis"] {
        let Some(axes) = get(&option, key).filter(|a| !a.is_undefined()) else {
            continue;
        };
        let list: Vec<JsValue> = if js_sys::Array::is_array(&axes) {
            js_sys::Array::from(&axes).iter().collect()
        } else {
            vec![axes]
        };
        for axis in list {
            if get(&axis, "type").and_then(|t| t.as_string()).as_deref() != Some("value") {
                continue;
            }
            let label = match get(&axis, "axisLabel").filter(JsValue::is_object) {
                Some(l) => l,
                None => {
                    let l = js_sys::Object::new().into();
                    set(&axis, "axisLabel", &l);
                    l
                }
            };
            match get(&label, "formatter")
                .and_then(|f| f.as_string())
                .as_deref()
            {
                None => set(&label, "formatter", numbers.as_ref()),
                Some(PERCENT_LABEL) => set(&label, "formatter", percents.as_ref()),
                Some(_) => {}
            }
        }
    }
    if let Some(tooltip) = get(&option, "tooltip").filter(JsValue::is_object) {
        if get(&tooltip, "valueFormatter").is_none_or(|f| f.is_undefined()) {
            set(&tooltip, "valueFormatter", numbers.as_ref());
        }
        if let Some(text) = &f.tooltip {
            set(&tooltip, "formatter", text.as_ref());
        }
    }
    // Scatter points carry their symbol size in pixels as their last value (charming
    // cannot put a function into an option): hand ECharts a function that reads it.
    if let Some(series) = get(&option, "series").filter(js_sys::Array::is_array) {
        for s in js_sys::Array::from(&series).iter() {
            let scatter = get(&s, "type").and_then(|t| t.as_string()).as_deref() == Some("scatter");
            if scatter && get(&s, "symbolSize").is_none_or(|v| v.is_undefined()) {
                set(&s, "symbolSize", f.sizes.as_ref());
            }
        }
    }
    option
}

/// The functions an option refers to; kept alive as long as the option is shown.
struct Formatters {
    numbers: NumberFormatter,
    percents: NumberFormatter,
    sizes: NumberFormatter,
    tooltip: Option<NumberFormatter>,
}

impl Formatters {
    fn new(lang: Lang, tooltip: Option<Callback<ChartClick, Vec<String>>>) -> Self {
        let sizes = Closure::new(|value: JsValue| {
            let last = js_sys::Array::from(&value).pop();
            if last.as_f64().is_some() {
                last
            } else {
                JsValue::from_f64(10.0)
            }
        });
        let tooltip = tooltip.map(|cb| {
            Closure::new(move |params: JsValue| {
                let get = |k: &str| js_sys::Reflect::get(&params, &JsValue::from_str(k)).ok();
                let series = get("seriesIndex").and_then(|v| v.as_f64());
                let item = get("dataIndex").and_then(|v| v.as_f64());
                let (Some(series), Some(item)) = (series, item) else {
                    return JsValue::from_str("");
                };
                let lines = cb.run(ChartClick {
                    series: series as usize,
                    item: item as usize,
                });
                let html: Vec<String> = lines.iter().map(|l| escape_html(l)).collect();
                JsValue::from_str(&html.join("<br>"))
            }) as NumberFormatter
        });
        Formatters {
            numbers: number_formatter(lang, false),
            percents: number_formatter(lang, true),
            sizes,
            tooltip,
        }
    }
}

/// Text for an HTML context (ECharts tooltips are HTML).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn echarts_present() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("echarts"))
        .map(|v| v.is_object())
        .unwrap_or(false)
}

/// Loads the ECharts bundle once and calls `done(true)` when it is there (at once if it
/// already is), `done(false)` if it cannot be loaded.
fn load_echarts(done: impl Fn(bool) + 'static) {
    if echarts_present() {
        done(true);
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        done(false);
        return;
    };
    let script = match document
        .query_selector("script[data-echarts]")
        .ok()
        .flatten()
    {
        Some(existing) => existing,
        None => {
            let src = document
                .query_selector("meta[name=keystone-echarts]")
                .ok()
                .flatten()
                .and_then(|m| m.get_attribute("content"))
                .unwrap_or_else(|| "vendor/echarts.min.js".into());
            let Ok(script) = document.create_element("script") else {
                done(false);
                return;
            };
            let _ = script.set_attribute("src", &src);
            let _ = script.set_attribute("data-echarts", "");
            if let Some(head) = document.head() {
                let _ = head.append_child(&script);
            }
            script
        }
    };
    let done = std::rc::Rc::new(done);
    let on_load = done.clone();
    let load = Closure::once_into_js(move || on_load(echarts_present()));
    let error = Closure::once_into_js(move || done(false));
    let _ = script.add_event_listener_with_callback("load", load.unchecked_ref());
    let _ = script.add_event_listener_with_callback("error", error.unchecked_ref());
}

/// What a chart keeps alive while it is mounted.
struct Live {
    instance: EchartsInstance,
    observer: Option<web_sys::ResizeObserver>,
    _on_resize: Closure<dyn FnMut()>,
    _on_click: Closure<dyn FnMut(JsValue)>,
    /// The functions the current option refers to.
    _formatters: Option<Formatters>,
}

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
        let needs_init = live.with_value(|l| l.is_none());
        if needs_init {
            let element: web_sys::HtmlElement = element.unchecked_into();
            let options = js_sys::Object::new();
            if let Some(r) = pixel_ratio {
                let _ = js_sys::Reflect::set(&options, &"devicePixelRatio".into(), &r.into());
            }
            let Ok(instance) = echarts_init(&element, &JsValue::NULL, &options) else {
                set_failed.set(true);
                return;
            };
            let on_click = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
                let get = |k: &str| js_sys::Reflect::get(&params, &JsValue::from_str(k)).ok();
                let series = get("seriesIndex").and_then(|v| v.as_f64());
                let index = get("dataIndex").and_then(|v| v.as_f64());
                if let (Some(cb), Some(s), Some(i)) = (on_click, series, index) {
                    cb.run(ChartClick {
                        series: s as usize,
                        item: i as usize,
                    });
                }
            });
            instance.on("click", on_click.as_ref().unchecked_ref());
            let for_resize: EchartsInstance = JsValue::clone(&instance).unchecked_into();
            let on_resize = Closure::<dyn FnMut()>::new(move || {
                for_resize.resize();
            });
            let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let Some(o) = &observer {
                o.observe(&element);
            }
            live.set_value(Some(Live {
                instance,
                observer,
                _on_resize: on_resize,
                _on_click: on_click,
                _formatters: None,
            }));
        }
        let formatters = Formatters::new(current_lang, tooltip);
        live.update_value(|l| {
            if let Some(l) = l {
                l.instance.set_option(&to_js(&chart, &formatters), true);
                // The previous formatters are dropped only now that nothing uses them.
                l._formatters = Some(formatters);
            }
        });
    });

    on_cleanup(move || {
        if let Some(l) = live.try_update_value(|l| l.take()).flatten() {
            if let Some(o) = &l.observer {
                o.disconnect();
            }
            l.instance.dispose();
        }
    });

    let style = format!(
        "width:100%;height:{}",
        height.unwrap_or_else(|| "420px".into())
    );
    let (show_table, set_show_table) = signal(false);
    view! {
        <div class="chart" role="img" aria-label=move || label.get() node_ref=node style=style></div>
        <Show when=move || failed.get()>
            <p class="error" role="alert">{tr(lang, C::ChartUnavailable)}</p>
        </Show>
        <div class="chart-table" class:hidden=compact aria-hidden=compact.then_some("true")>
            <button
                class="link"
                aria-expanded=move || if show_table.get() { "true" } else { "false" }
                on:click=move |_| set_show_table.update(|s| *s = !*s)
            >
                {move || lang.get().t(if show_table.get() { C::HideTable } else { C::ShowAsTable })}
            </button>
            <Show when=move || show_table.get()>
                <div class="table-wrap">
                    <table class="data-table">
                        <caption>{move || label.get()}</caption>
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
            </Show>
        </div>
    }
}
