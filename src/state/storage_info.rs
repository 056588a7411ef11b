//! What the browser says about its storage for this site: whether it keeps the data
//! for good (`navigator.storage.persist()`) and the site's use and quota
//! (`navigator.storage.estimate()`). A browser without the Storage
//! API answers [`Persistence::Unsupported`] and no estimate.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Whether the browser keeps this site's data when space runs low.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    Granted,
    NotGranted,
    /// The browser cannot be asked (no `navigator.storage`, or an error).
    Unsupported,
}

fn storage_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    let storage = Reflect::get(&navigator, &"storage".into()).ok()?;
    (!storage.is_undefined() && !storage.is_null()).then_some(storage)
}

async fn ask(method: &str) -> Option<JsValue> {
    let manager = storage_manager()?;
    let f: Function = Reflect::get(&manager, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise = f.call0(&manager).ok()?;
    JsFuture::from(Promise::resolve(&promise)).await.ok()
}

fn persistence(answer: Option<JsValue>) -> Persistence {
    match answer.and_then(|a| a.as_bool()) {
        Some(true) => Persistence::Granted,
        Some(false) => Persistence::NotGranted,
        None => Persistence::Unsupported,
    }
}

/// Asks the browser to keep the data (Chromium decides by itself, from how the site is
/// used and whether it is installed; Firefox asks the user once).
pub async fn request_persistence() -> Persistence {
    if persistence(ask("persisted").await) == Persistence::Granted {
        return Persistence::Granted;
    }
    persistence(ask("persist").await)
}

/// The site's use and quota of all browser storage, in bytes.
pub async fn estimate() -> Option<(f64, f64)> {
    let answer = ask("estimate").await?;
    let field = |k: &str| Reflect::get(&answer, &k.into()).ok()?.as_f64();
    Some((field("usage")?, field("quota")?))
}
