//! The functions `<Chart/>` puts into an option (charming cannot): numbers in the UI
//! language on value axes and tooltip values (anything else, such as a name, is
//! returned untouched, so ECharts escapes it as usual), percentages on an axis whose
//! label template is [`PERCENT_LABEL`], scatter symbol sizes, and a page's tooltip
//! lines, escaped here.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::echarts::event_item;
use super::{ChartClick, PERCENT_LABEL, YEAR_LABEL};
use crate::i18n::{decimals_as_typed, Lang};

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
pub(super) fn to_js(chart: &super::ChartOption, f: &Formatters) -> JsValue {
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
            let kind = get(&axis, "type").and_then(|t| t.as_string());
            if kind.as_deref() == Some("time") {
                let label = get(&axis, "axisLabel").filter(JsValue::is_object);
                if let Some(label) = label {
                    let template = get(&label, "formatter").and_then(|f| f.as_string());
                    if template.as_deref() == Some(YEAR_LABEL) {
                        set(&label, "formatter", f.years.as_ref());
                    }
                }
            }
            if kind.as_deref() != Some("value") {
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
pub(super) struct Formatters {
    numbers: NumberFormatter,
    percents: NumberFormatter,
    sizes: NumberFormatter,
    years: YearFormatter,
    tooltip: Option<NumberFormatter>,
}

/// `formatter(value, index)` for a time axis' labels.
type YearFormatter = Closure<dyn Fn(JsValue, JsValue) -> JsValue>;

/// The year of a tick at the start of a year or of the axis' first tick, nothing for
/// the ticks ECharts puts between years, so that every year is named once.
fn year_formatter() -> YearFormatter {
    Closure::new(|value: JsValue, index: JsValue| {
        let Some(ms) = value.as_f64() else {
            return JsValue::from_str("");
        };
        // ECharts places time ticks in local time.
        let day = js_sys::Date::new(&JsValue::from_f64(ms));
        let year_start = day.get_month() == 0
            && day.get_date() == 1
            && day.get_hours() == 0
            && day.get_minutes() == 0;
        if year_start || index.as_f64() == Some(0.0) {
            JsValue::from_str(&day.get_full_year().to_string())
        } else {
            JsValue::from_str("")
        }
    })
}

impl Formatters {
    pub(super) fn new(lang: Lang, tooltip: Option<Callback<ChartClick, Vec<String>>>) -> Self {
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
                let Some(item) = event_item(&params) else {
                    return JsValue::from_str("");
                };
                let lines = cb.run(item);
                let html: Vec<String> = lines.iter().map(|l| escape_html(l)).collect();
                JsValue::from_str(&html.join("<br>"))
            }) as NumberFormatter
        });
        Formatters {
            numbers: number_formatter(lang, false),
            percents: number_formatter(lang, true),
            sizes,
            years: year_formatter(),
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
