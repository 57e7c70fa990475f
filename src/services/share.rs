//! Share links in the browser: `export::share` does everything but the compression, which the
//! browser's own compression streams do here (`compress.js`).

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::export::share::MAX_INFLATED_BYTES;
use crate::export::share::{payload, read, snapshot_json, unpack, ShareError, Snapshot};
use crate::model::dates::Date;
use crate::model::workspace::Workspace;
use crate::services::files::describe;

#[wasm_bindgen(module = "/src/services/compress.js")]
extern "C" {
    #[wasm_bindgen(js_name = compressionStreamsExist)]
    fn compression_streams_exist() -> bool;
    #[wasm_bindgen(js_name = deflateRaw)]
    fn deflate_raw(bytes: &[u8]) -> Promise;
    #[wasm_bindgen(js_name = inflateRaw)]
    fn inflate_raw(bytes: &[u8], limit: f64) -> Promise;
}

/// The share payload for `workspace` as written on `written`, or why the browser could not
/// make it.
pub async fn encode(workspace: &Workspace, written: Date) -> Result<String, String> {
    if !compression_streams_exist() {
        return Err("this browser lacks the compression support every current browser has".into());
    }
    let json = snapshot_json(workspace, written);
    let packed = JsFuture::from(deflate_raw(json.as_bytes()))
        .await
        .map_err(|error| describe(&error, "the browser could not compress it"))?;
    Ok(payload(&Uint8Array::new(&packed).to_vec()))
}

/// Reads a payload made by `encode`, checking everything on the way.
pub async fn decode(link: &str) -> Result<Snapshot, ShareError> {
    let packed = unpack(link)?;
    if !compression_streams_exist() {
        return Err(ShareError::Unsupported);
    }
    let inflated = JsFuture::from(inflate_raw(&packed, MAX_INFLATED_BYTES as f64))
        .await
        .map_err(|_| ShareError::Damaged)?;
    if inflated.is_null() {
        return Err(ShareError::TooLarge);
    }
    read(Uint8Array::new(&inflated).to_vec())
}
