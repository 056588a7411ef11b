//! Small browser helpers: the clock, downloads, reading dropped or picked files.

use wasm_bindgen::{JsCast, JsValue};

/// Now as ISO 8601 (UTC), e.g. `2026-11-21T09:30:00.000Z`.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Offers `text` as a file download.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    save_blob(file_name, &blob)
}

fn save_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_attribute("style", "display:none")?;
    document.body().ok_or(JsValue::NULL)?.append_child(&a)?;
    a.click();
    a.remove();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// Offers `bytes` as a file download (spreadsheets).
pub fn download_bytes(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), JsValue> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    save_blob(file_name, &blob)
}

/// The file picked in a file input's `change` event; the input is emptied, so that
/// picking the same file again fires `change` again.
pub fn picked_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// The first file of a `drop` event (the browser's own handling is prevented).
pub fn dropped_file(ev: &web_sys::DragEvent) -> Option<web_sys::File> {
    ev.prevent_default();
    ev.data_transfer()?.files()?.get(0)
}

/// Reads a picked or dropped file as text.
pub async fn read_text(file: &web_sys::File) -> Result<String, JsValue> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await?;
    text.as_string().ok_or(JsValue::NULL)
}

/// Reads a picked or dropped file as UTF-8 text as [`read_text`] does (a byte order
/// mark dropped, a broken sequence read as U+FFFD), brought into the app in parts with
/// pauses: a workspace file of 20 MB taken in as one string was a task of 75 ms.
pub async fn read_text_in_parts(file: &web_sys::File, pacer: &Pacer) -> Result<String, JsValue> {
    /// Bytes copied per step (a few milliseconds).
    const PART: u32 = 2 << 20;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await?;
    let array = js_sys::Uint8Array::new(&buffer);
    let len = array.length();
    let mut bytes = vec![0u8; len as usize];
    let mut at = 0;
    while at < len {
        let end = (at + PART).min(len);
        array
            .subarray(at, end)
            .copy_to(&mut bytes[at as usize..end as usize]);
        at = end;
        pacer.step().await;
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// Reads a picked or dropped file as bytes (spreadsheets).
pub async fn read_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Lets the browser paint and handle input (long work pauses here between batches).
pub async fn pause() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `work` until `stopped` says so, asked whenever the work wakes up (after each of
/// its pauses): then the work is dropped where it stands (its memory freed) and the
/// answer is `None`.
pub async fn unless_stopped<T>(
    work: impl std::future::Future<Output = T>,
    stopped: impl Fn() -> bool,
) -> Option<T> {
    let mut work = std::pin::pin!(work);
    std::future::poll_fn(move |cx| {
        if stopped() {
            std::task::Poll::Ready(None)
        } else {
            work.as_mut().poll(cx).map(Some)
        }
    })
    .await
}

/// Pauses long work in many small steps only when the next step would make the task
/// long: a pause after every step (each one a trip through the event loop, at least
/// 4 ms once timers nest) made 50 chunks of 2,000 accounts take twice their work. The
/// next step is taken to last as long as the one before.
#[derive(Clone)]
pub struct Pacer {
    /// When the task began (after the last pause) and when the last step began.
    times: std::rc::Rc<std::cell::Cell<(f64, f64)>>,
}

impl Pacer {
    /// A task up to this long is not a long task (50 ms), with room for the browser.
    const BUDGET_MS: f64 = 40.0;

    pub fn new() -> Self {
        let now = js_sys::Date::now();
        Pacer {
            times: std::rc::Rc::new(std::cell::Cell::new((now, now))),
        }
    }

    /// Pauses unless the task so far and one more step like the last fit the budget.
    pub fn step(&self) -> impl std::future::Future<Output = ()> + 'static {
        let now = js_sys::Date::now();
        let (began, last) = self.times.get();
        let due = (now - began) + (now - last) >= Self::BUDGET_MS;
        self.times.set((began, now));
        let times = self.times.clone();
        async move {
            if due {
                pause().await;
                let now = js_sys::Date::now();
                times.set((now, now));
            }
        }
    }
}

impl Default for Pacer {
    fn default() -> Self {
        Self::new()
    }
}

/// The element that has the focus, if any.
pub fn focused() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
}

/// Whether the focused element is a field that takes typed text for the workspace (its
/// text reaches the workspace only when it is committed).
pub fn typing() -> bool {
    let Some(active) = focused() else {
        return false;
    };
    match active.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => !matches!(
            active.get_attribute("type").unwrap_or_default().as_str(),
            "checkbox" | "radio" | "button" | "submit" | "reset" | "range" | "color" | "file"
                // A search is not workspace data.
                | "search"
        ),
        _ => active.has_attribute("contenteditable"),
    }
}

/// Lower case for searching and sorting names (`Ä` → `ä`): the browser's own
/// `toLowerCase`, where Rust's would bring its Unicode tables into the main module
/// (~4 KB gzip). On the host (tests), Rust's. An ASCII name (most of them) is lowered
/// in place: the same result, without a trip to the browser per name (100,000 names
/// took 230 ms of a returning visit's first drawing that way).
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::JsString::from(text).to_lower_case().into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.to_lowercase()
    }
}

/// Fires a plain event on the window (the app talks to src/offline/client.js so).
pub fn dispatch(name: &str) {
    if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = w.dispatch_event(&e);
    }
}

pub fn navigate(href: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(href);
    }
}

pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The browser's preferred language, for the first visit.
pub fn browser_language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

/// JSON text indented by two spaces (the browser's `JSON.stringify`); the text as it
/// is if it is not JSON.
pub fn indent_json(text: &str) -> String {
    js_sys::JSON::parse(text)
        .ok()
        .and_then(|v| {
            js_sys::JSON::stringify_with_replacer_and_space(&v, &JsValue::NULL, &JsValue::from(2))
                .ok()
        })
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| text.to_string())
}
