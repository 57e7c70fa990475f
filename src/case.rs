//! Lower case for any script. In the browser the browser's own Unicode tables do the work
//! (`String.prototype.toLowerCase`), so the app does not carry a second copy of them: the
//! standard library's table and the code around it cost about 5 KB of the compressed bundle.
//! Natively, for tests and benchmarks, the standard library does it. Both apply Unicode's
//! default full case mapping, including the final sigma, so the result is the same.

/// `text` in lower case.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        lower_unicode(text)
    }
}

/// Every text of `texts` in lower case, with one trip to the browser for all of them.
pub fn lower_all(texts: &[String]) -> Vec<String> {
    if texts.iter().all(|text| text.is_ascii()) {
        return texts.iter().map(|text| text.to_ascii_lowercase()).collect();
    }
    // NUL separates the texts: lower-casing neither makes nor removes one, and one inside a
    // text (which no form lets through) becomes a space rather than a split.
    let mut joined = String::new();
    for (at, text) in texts.iter().enumerate() {
        if at > 0 {
            joined.push('\0');
        }
        joined.extend(text.chars().map(|c| if c == '\0' { ' ' } else { c }));
    }
    lower_unicode(&joined)
        .split('\0')
        .map(str::to_owned)
        .collect()
}

#[cfg(target_arch = "wasm32")]
fn lower_unicode(text: &str) -> String {
    String::from(js_sys::JsString::from(text).to_lower_case())
}

#[cfg(not(target_arch = "wasm32"))]
fn lower_unicode(text: &str) -> String {
    text.to_lowercase()
}
