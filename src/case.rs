//! Lower case and words for any script. In the browser the browser's own Unicode tables do the
//! work (`String.prototype.toLowerCase`, and a regular expression over Unicode properties), so
//! the app does not carry a second copy of them: the standard library's lower-case table cost
//! about 5 KB of the compressed bundle, and its tables of letters and digits 1.8 KB. Natively,
//! for tests and benchmarks, the standard library does it. Both apply Unicode's default full
//! case mapping, including the final sigma, and its Alphabetic and Number properties, so the
//! result is the same (`tests/shared/lower_case.rs` holds both builds to one list).

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

/// `text` in lower case, with every character that is neither a letter nor a digit in any
/// script (Unicode's Alphabetic and Number properties) replaced by a space: its words, ready
/// to be split on spaces and compared with other lower-case words.
pub fn lower_words(text: &str) -> String {
    if text.is_ascii() {
        text.bytes()
            .map(|b| match b {
                b'0'..=b'9' | b'a'..=b'z' => char::from(b),
                b'A'..=b'Z' => char::from(b.to_ascii_lowercase()),
                _ => ' ',
            })
            .collect()
    } else {
        lower_words_unicode(text)
    }
}

#[cfg(target_arch = "wasm32")]
fn lower_words_unicode(text: &str) -> String {
    let separators = js_sys::RegExp::new(r"[^\p{Alphabetic}\p{N}]", "gu");
    String::from(
        js_sys::JsString::from(text)
            .replace_by_pattern(&separators, " ")
            .to_lower_case(),
    )
}

#[cfg(not(target_arch = "wasm32"))]
fn lower_words_unicode(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    spaced.to_lowercase()
}
