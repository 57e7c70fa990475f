//! Files in and out of the page: a download made in the page and a file the user picked, with
//! no server involved.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The largest file the app reads: a backup of years of work is a few MB.
pub const MAX_READ_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// The message in a browser error, or `fallback` when it carries none.
pub fn describe(error: &JsValue, fallback: &str) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .unwrap_or_else(|| fallback.into())
}

/// `contents` as a blob of type `mime_type`.
pub fn blob(contents: &str, mime_type: &str) -> Result<web_sys::Blob, JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Offers `contents` as a download named `file_name`; `Err` says why the browser refused.
pub fn download(file_name: &str, mime_type: &str, contents: &str) -> Result<(), String> {
    let describe = |error: JsValue| describe(&error, "the browser refused the download");
    let blob = blob(contents, mime_type).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let link: web_sys::HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(describe)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Revoking at once can cancel the download in some browsers; a second later it is safe.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The text of a file the user picked, refusing one too large to be ours.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    if file.size() > MAX_READ_BYTES {
        return Err(format!(
            "\u{201c}{}\u{201d} is {} MB; Rolecase reads files of up to {} MB.",
            file.name(),
            (file.size() / 1024.0 / 1024.0).round() as u64,
            (MAX_READ_BYTES / 1024.0 / 1024.0).round() as u64
        ));
    }
    JsFuture::from(file.text())
        .await
        .map(|text| text.as_string().unwrap_or_default())
        .map_err(|error| describe(&error, "the browser could not read the file"))
}
