//! The user's own files through the File System Access API (`showOpenFilePicker`,
//! `showSaveFilePicker`, `FileSystemFileHandle.createWritable`), where the browser has
//! it: Chromium-based browsers. Elsewhere [`can_write_files`] is false and the caller
//! falls back to a file input and a download. Called through `Reflect`, so that a
//! browser without the API (or a test that removes it) is just another answer.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be opened or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// The user closed the picker or declined: nothing to report.
    Cancelled,
    /// The browser did not allow access to the file.
    NotAllowed,
    /// Anything else, as the browser named it.
    Other(String),
}

impl FileError {
    fn from_js(err: &JsValue) -> FileError {
        let (name, message) = crate::persist::storage::error_name_and_message(err);
        match name.as_str() {
            "AbortError" => FileError::Cancelled,
            "NotAllowedError" | "SecurityError" => FileError::NotAllowed,
            _ => FileError::Other(format!("{name}: {message}")),
        }
    }
}

fn window() -> Option<JsValue> {
    web_sys::window().map(JsValue::from)
}

/// Calls `target.method(args…)` and awaits the promise it returns.
async fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, FileError> {
    let not_there = || FileError::Other(format!("{method} is missing"));
    let f: Function = Reflect::get(target, &method.into())
        .map_err(|_| not_there())?
        .dyn_into()
        .map_err(|_| not_there())?;
    let args: Array = args.iter().collect();
    let result = f.apply(target, &args).map_err(|e| FileError::from_js(&e))?;
    JsFuture::from(Promise::resolve(&result))
        .await
        .map_err(|e| FileError::from_js(&e))
}

fn has(target: &JsValue, name: &str) -> bool {
    Reflect::get(target, &name.into()).is_ok_and(|v| v.is_function())
}

/// Whether this browser can open a file and write back to it.
pub fn can_write_files() -> bool {
    window().is_some_and(|w| has(&w, "showOpenFilePicker") && has(&w, "showSaveFilePicker"))
}

/// The pickers' options: Keystone workspace files (.json), and a suggested name.
fn picker_options(suggested_name: Option<&str>) -> Object {
    let accept = Object::new();
    let _ = Reflect::set(
        &accept,
        &"application/json".into(),
        &Array::of1(&".json".into()),
    );
    let kind = Object::new();
    let _ = Reflect::set(
        &kind,
        &"description".into(),
        &"Keystone workspace (.json)".into(),
    );
    let _ = Reflect::set(&kind, &"accept".into(), &accept);
    let options = Object::new();
    let _ = Reflect::set(&options, &"types".into(), &Array::of1(&kind));
    // The same folder as the last file picked by Keystone.
    let _ = Reflect::set(&options, &"id".into(), &"keystone-workspace".into());
    if let Some(name) = suggested_name {
        let _ = Reflect::set(&options, &"suggestedName".into(), &name.into());
    }
    options
}

/// Asks the user for a workspace file: the file and its handle.
pub async fn open_file() -> Result<(web_sys::File, JsValue), FileError> {
    let window = window().ok_or(FileError::NotAllowed)?;
    let handles = call(
        &window,
        "showOpenFilePicker",
        &[picker_options(None).into()],
    )
    .await?;
    let handle = Array::from(&handles).get(0);
    let file = call(&handle, "getFile", &[]).await?;
    let file = file
        .dyn_into::<web_sys::File>()
        .map_err(|_| FileError::Other("getFile gave no file".into()))?;
    Ok((file, handle))
}

/// Asks the user where to save, suggesting `name`: the handle of the chosen file.
pub async fn pick_save_target(name: &str) -> Result<JsValue, FileError> {
    let window = window().ok_or(FileError::NotAllowed)?;
    call(
        &window,
        "showSaveFilePicker",
        &[picker_options(Some(name)).into()],
    )
    .await
}

/// Replaces the file's content with `text` (the browser asks the user for permission
/// first if it has not been given in this visit).
pub async fn write_file(handle: &JsValue, text: &str) -> Result<(), FileError> {
    let writable = call(handle, "createWritable", &[]).await?;
    if let Err(e) = call(&writable, "write", &[text.into()]).await {
        // Leaves the file as it was: the written data only replaces it on close.
        let _ = call(&writable, "abort", &[]).await;
        return Err(e);
    }
    call(&writable, "close", &[]).await.map(|_| ())
}

/// A handle's file name.
pub fn handle_name(handle: &JsValue) -> Option<String> {
    Reflect::get(handle, &"name".into()).ok()?.as_string()
}
