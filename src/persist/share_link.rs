//! Result links and invitations in the browser: the format is pure
//! (`domain::assessment::share_link`); packing longer bodies uses the browser's own
//! `CompressionStream("deflate-raw")`, so no deflate code is shipped.

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::assessment::share_link::{
    invitation_body, open, read_invitation, read_result, result_body, seal, Invitation, LinkError,
    Sealed, COMPRESS_FROM, MAX_BODY,
};
use crate::domain::assessment::Assessment;

#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

const FORMAT: &str = "deflate-raw";

/// The code of a result: packed when that makes it shorter.
pub async fn result_code(a: &Assessment, comments: bool) -> String {
    packed_code(result_body(a, comments), false).await
}

/// The code of an invitation: packed when that makes it shorter.
pub async fn invitation_code(inv: &Invitation) -> String {
    packed_code(invitation_body(inv), true).await
}

/// Opens a result code (unpacking it if packed).
pub async fn open_result(code: &str) -> Result<Assessment, LinkError> {
    let body = body_of(open(code)?, false).await?;
    read_result(&body)
}

/// Opens an invitation code (unpacking it if packed).
pub async fn open_invitation(code: &str) -> Result<Invitation, LinkError> {
    let body = body_of(open(code)?, true).await?;
    read_invitation(&body)
}

async fn packed_code(body: Vec<u8>, invitation: bool) -> String {
    if body.len() >= COMPRESS_FROM {
        // A browser without CompressionStream sends the body as it is.
        if let Ok(packed) = transform(&body, true).await {
            if packed.len() < body.len() {
                return seal(&packed, invitation, true);
            }
        }
    }
    seal(&body, invitation, false)
}

async fn body_of(sealed: Sealed, invitation: bool) -> Result<Vec<u8>, LinkError> {
    if sealed.invitation != invitation {
        return Err(LinkError::WrongKind);
    }
    if !sealed.compressed {
        return Ok(sealed.body);
    }
    transform(&sealed.body, false).await
}

/// Packs or unpacks `bytes`; unpacking stops past [`MAX_BODY`] bytes.
async fn transform(bytes: &[u8], pack: bool) -> Result<Vec<u8>, LinkError> {
    let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))
        .map_err(|_| LinkError::Damaged)?;
    let pair: JsValue = if pack {
        CompressionStream::new(FORMAT).map(Into::into)
    } else {
        DecompressionStream::new(FORMAT).map(Into::into)
    }
    .map_err(|_| LinkError::Damaged)?;
    let out = blob
        .stream()
        .pipe_through(pair.unchecked_ref::<web_sys::ReadableWritablePair>());
    let reader: web_sys::ReadableStreamDefaultReader = out.get_reader().unchecked_into();
    let mut result = Vec::new();
    loop {
        // Data that is not deflate makes the stream fail: the link was damaged.
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| LinkError::Damaged)?;
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(result);
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .map_err(|_| LinkError::Damaged)?
            .unchecked_into();
        if result.len() + value.length() as usize > MAX_BODY {
            let _ = reader.cancel();
            return Err(LinkError::TooLarge);
        }
        result.extend(value.to_vec());
    }
}
