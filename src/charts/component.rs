//! `<Chart/>`: one ECharts instance per component. Created on mount, updated with
//! `setOption(option, notMerge)` when the option signal changes, resized by a
//! ResizeObserver, disposed on cleanup. ECharts itself is the vendored bundle in
//! public/vendor/; the first chart on screen loads it (pages without charts never
//! download it), from the URL index.html names in `<meta name="keystone-echarts">`.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{common::C, Lang};

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance (`echarts.init(...)`).
    pub type EchartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn echarts_init(element: &web_sys::HtmlElement) -> Result<EchartsInstance, JsValue>;

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option(this: &EchartsInstance, option: &JsValue, not_merge: bool);

    #[wasm_bindgen(method)]
    fn resize(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    fn dispose(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    fn on(this: &EchartsInstance, event: &str, handler: &js_sys::Function);
}

/// Turns a charming option into the plain JS object ECharts expects.
fn to_js(chart: &charming::Chart) -> JsValue {
    let json = serde_json::to_string(chart).unwrap_or_else(|_| "{}".into());
    js_sys::JSON::parse(&json).unwrap_or(JsValue::NULL)
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
}

/// A chart. `label` is its accessible name (the canvas itself says nothing to a screen
/// reader); `on_click` receives the data index of a clicked item of the first series.
#[component]
pub fn Chart(
    /// The option to show; every change replaces the whole option.
    #[prop(into)]
    option: Signal<charming::Chart>,
    /// Accessible description of the chart.
    #[prop(into)]
    label: Signal<String>,
    /// Called with the data index when an item of the first series is clicked.
    #[prop(optional)]
    on_click: Option<Callback<usize>>,
    /// CSS height of the chart area.
    #[prop(optional, into)]
    height: Option<String>,
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

    Effect::new(move |_| {
        let chart = option.get();
        if !ready.get() {
            return;
        }
        let Some(element) = node.get() else { return };
        let needs_init = live.with_value(|l| l.is_none());
        if needs_init {
            let element: web_sys::HtmlElement = element.unchecked_into();
            let Ok(instance) = echarts_init(&element) else {
                set_failed.set(true);
                return;
            };
            let on_click = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
                let get = |k: &str| js_sys::Reflect::get(&params, &JsValue::from_str(k)).ok();
                let series = get("seriesIndex").and_then(|v| v.as_f64());
                let index = get("dataIndex").and_then(|v| v.as_f64());
                if let (Some(cb), Some(0.0), Some(i)) = (on_click, series, index) {
                    cb.run(i as usize);
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
            }));
        }
        live.with_value(|l| {
            if let Some(l) = l {
                l.instance.set_option(&to_js(&chart), true);
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

    let lang = use_context::<RwSignal<Lang>>();
    let style = format!(
        "width:100%;height:{}",
        height.unwrap_or_else(|| "420px".into())
    );
    view! {
        <div class="chart" role="img" aria-label=move || label.get() node_ref=node style=style></div>
        <Show when=move || failed.get()>
            <p class="error" role="alert">{move || lang.map(|l| l.get()).unwrap_or_default().t(C::ChartUnavailable)}</p>
        </Show>
    }
}
