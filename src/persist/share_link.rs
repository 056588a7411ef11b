//! Result links and invitations in the browser: the format is pure
//! (`domain::assessment::share_link`); packing longer bodies uses the browser's own
//! `CompressionStream("deflate-raw")`, so no deflate code is shipped.

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::js::{call_method, construct, property};

use crate::domain::assessment::share_link::{
    invitation_body, open, read_invitation, read_result, result_body, seal, Invitation, LinkError,
    Sealed, COMPRESS_FROM, MAX_BODY,
};
use crate::domain::assessment::Assessment;

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
    let damaged = |_| LinkError::Damaged;
    let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))
        .map_err(damaged)?;
    let class = if pack {
        "CompressionStream"
    } else {
        "DecompressionStream"
    };
    let pair = construct(class, &[FORMAT.into()]).map_err(damaged)?;
    let input = call_method(&blob, "stream", &[]).map_err(damaged)?;
    let output = call_method(&input, "pipeThrough", &[pair]).map_err(damaged)?;
    let reader = call_method(&output, "getReader", &[]).map_err(damaged)?;
    let mut result = Vec::new();
    loop {
        // Data that is not deflate makes the stream fail: the link was damaged.
        let read: Promise = call_method(&reader, "read", &[])
            .map_err(damaged)?
            .unchecked_into();
        let chunk = JsFuture::from(read).await.map_err(damaged)?;
        if property(&chunk, "done").as_bool().unwrap_or(true) {
            return Ok(result);
        }
        let value: Uint8Array = property(&chunk, "value").unchecked_into();
        if result.len() + value.length() as usize > MAX_BODY {
            let _ = call_method(&reader, "cancel", &[]);
            return Err(LinkError::TooLarge);
        }
        result.extend(value.to_vec());
    }
}
