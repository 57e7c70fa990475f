//! Putting the proposal on the clipboard.

use wasm_bindgen_futures::JsFuture;

use crate::services::files::{blob, describe};

/// Puts `html` and `text` on the clipboard as one item, so a rich editor (a wiki, a document)
/// pastes the headings and tables and a plain one pastes the text.
pub async fn copy_rich(html: &str, text: &str) -> Result<(), String> {
    let fail = |error: wasm_bindgen::JsValue| describe(&error, "the browser refused the clipboard");
    let record = js_sys::Object::new();
    for (mime_type, contents) in [("text/html", html), ("text/plain", text)] {
        let part = blob(contents, mime_type).map_err(fail)?;
        js_sys::Reflect::set(&record, &mime_type.into(), &part).map_err(fail)?;
    }
    let item =
        web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record).map_err(fail)?;
    let clipboard = gloo::utils::window().navigator().clipboard();
    JsFuture::from(clipboard.write(&js_sys::Array::of1(&item)))
        .await
        .map(drop)
        .map_err(fail)
}

/// Puts `text` on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = gloo::utils::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(drop)
        .map_err(|error| describe(&error, "the browser refused the clipboard"))
}
