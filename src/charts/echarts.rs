//! The ECharts side of `<Chart/>`: the bindings to an instance, loading the vendored
//! bundle on first use, and creating an instance with its click and resize handlers.
//! The bundle is public/vendor/echarts.min.js; the first chart on screen loads it
//! (pages without charts never download it), from the URL index.html names in
//! `<meta name="keystone-echarts">`.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::formatters::Formatters;
use super::ChartClick;

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

    /// `setOption(option, { notMerge, lazyUpdate })`.
    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option_with(this: &EchartsInstance, option: &JsValue, settings: &JsValue);

    #[wasm_bindgen(method)]
    fn resize(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    pub(super) fn dispose(this: &EchartsInstance);

    #[wasm_bindgen(method)]
    fn on(this: &EchartsInstance, event: &str, handler: &js_sys::Function);
}

impl EchartsInstance {
    /// Replaces the whole option. `lazy`: drawn in the next animation frame, a task of
    /// its own, instead of inside the reactive update that made the option (with
    /// 100,000 accounts, moving an ABC threshold was one task of both). The first
    /// drawing is not lazy: a page printed right after opening has its chart.
    pub(super) fn replace_option(&self, option: &JsValue, lazy: bool) {
        let settings = js_sys::Object::new();
        let set = |k: &str, v: bool| {
            let _ = js_sys::Reflect::set(&settings, &JsValue::from_str(k), &JsValue::from_bool(v));
        };
        set("notMerge", true);
        set("lazyUpdate", lazy);
        self.set_option_with(option, &settings);
    }
}

fn echarts_present() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("echarts"))
        .map(|v| v.is_object())
        .unwrap_or(false)
}

/// Loads the ECharts bundle once and calls `done(true)` when it is there (at once if it
/// already is), `done(false)` if it cannot be loaded.
pub(super) fn load_echarts(done: impl Fn(bool) + 'static) {
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

/// The item an ECharts event (a click, a tooltip) is about, if it is about one.
pub(super) fn event_item(params: &JsValue) -> Option<ChartClick> {
    let get = |k: &str| js_sys::Reflect::get(params, &JsValue::from_str(k)).ok();
    let series = get("seriesIndex").and_then(|v| v.as_f64())?;
    let item = get("dataIndex").and_then(|v| v.as_f64())?;
    Some(ChartClick {
        series: series as usize,
        item: item as usize,
    })
}

fn print_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media("print").ok().flatten()
}

/// What a chart keeps alive while it is mounted.
pub(super) struct Live {
    pub(super) instance: EchartsInstance,
    pub(super) observer: Option<web_sys::ResizeObserver>,
    on_resize: Closure<dyn FnMut()>,
    print: Option<web_sys::MediaQueryList>,
    _on_click: Closure<dyn FnMut(JsValue)>,
    /// The functions the current option refers to.
    pub(super) formatters: Option<Formatters>,
}

impl Live {
    /// An ECharts instance in `element` (drawn at `pixel_ratio` device pixels per CSS
    /// pixel, if given) that reports clicks to `on_click` and follows the element's
    /// size; `None` if ECharts refuses.
    pub(super) fn mount(
        element: &web_sys::HtmlElement,
        pixel_ratio: Option<f64>,
        on_click: Option<Callback<ChartClick>>,
    ) -> Option<Live> {
        let options = js_sys::Object::new();
        if let Some(r) = pixel_ratio {
            let _ = js_sys::Reflect::set(&options, &"devicePixelRatio".into(), &r.into());
        }
        let instance = echarts_init(element, &JsValue::NULL, &options).ok()?;
        let on_click = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
            if let (Some(cb), Some(click)) = (on_click, event_item(&params)) {
                cb.run(click);
            }
        });
        instance.on("click", on_click.as_ref().unchecked_ref());
        let for_resize: EchartsInstance = JsValue::clone(&instance).unchecked_into();
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            for_resize.resize();
        });
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
        if let Some(o) = &observer {
            o.observe(element);
        }
        // A ResizeObserver does not report the print layout, and at `beforeprint` the
        // layout is still the screen's; the print media query's change comes with the
        // paper's layout. Without it a chart is printed at its screen width, scaled down.
        let print = print_query();
        if let Some(q) = &print {
            let _ =
                q.add_event_listener_with_callback("change", on_resize.as_ref().unchecked_ref());
        }
        Some(Live {
            instance,
            observer,
            on_resize,
            print,
            _on_click: on_click,
            formatters: None,
        })
    }

    /// Stops following the element and the printer, and frees the instance.
    pub(super) fn unmount(self) {
        if let Some(o) = &self.observer {
            o.disconnect();
        }
        if let Some(q) = &self.print {
            let _ = q.remove_event_listener_with_callback(
                "change",
                self.on_resize.as_ref().unchecked_ref(),
            );
        }
        self.instance.dispose();
    }
}
