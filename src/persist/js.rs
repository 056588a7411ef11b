//! Generic calls into browser APIs that a page uses once (streams, sharing, the
//! clipboard, dialogs): one call through `Reflect` instead of a generated binding per
//! method keeps the main module's glue code from growing with each of them.

use wasm_bindgen::{JsCast, JsValue};

/// Calls `target[method](...args)`.
pub fn call_method(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(target, &method.into())?.dyn_into()?;
    js_sys::Reflect::apply(&f, target, &args.iter().collect::<js_sys::Array>())
}

/// `new window[class](...args)`; an error if the browser has no such class.
pub fn construct(class: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let c: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &class.into())?.dyn_into()?;
    js_sys::Reflect::construct(&c, &args.iter().collect::<js_sys::Array>())
}

/// `target[key]`, undefined if missing.
pub fn property(target: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(target, &key.into()).unwrap_or(JsValue::UNDEFINED)
}
