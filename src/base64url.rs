//! URL-safe base64 without padding, the alphabet of share links. In the browser `btoa` and
//! `atob` do the work, so the app carries no codec of its own; natively, for tests and
//! benchmarks, the base64 crate. Both refuse the same texts: anything but the 64 URL-safe
//! symbols, and a length no encoding gives. (The crate also refuses a last symbol whose unused
//! bits are not zero, which `atob` ignores; the bytes decoded are the same either way.)

/// `bytes` as URL-safe base64 without padding.
pub fn encode(bytes: &[u8]) -> String {
    imp::encode(bytes)
}

/// The bytes `text` encodes, if it is URL-safe base64 without padding.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let symbols_only = text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !symbols_only || text.len() % 4 == 1 {
        return None;
    }
    imp::decode(text)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    /// `btoa` reads a string of byte values, one character each.
    pub fn encode(bytes: &[u8]) -> String {
        let byte_string: String = bytes.iter().map(|&b| char::from(b)).collect();
        let standard = gloo::utils::window()
            .btoa(&byte_string)
            .expect("btoa takes any string of byte values");
        standard
            .trim_end_matches('=')
            .chars()
            .map(|c| match c {
                '+' => '-',
                '/' => '_',
                c => c,
            })
            .collect()
    }

    /// `atob` accepts the missing padding and gives a string of byte values.
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let standard: String = text
            .chars()
            .map(|c| match c {
                '-' => '+',
                '_' => '/',
                c => c,
            })
            .collect();
        let byte_string = gloo::utils::window().atob(&standard).ok()?;
        Some(byte_string.chars().map(|c| c as u8).collect())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;

    pub fn encode(bytes: &[u8]) -> String {
        URL_SAFE_NO_PAD.encode(bytes)
    }

    pub fn decode(text: &str) -> Option<Vec<u8>> {
        URL_SAFE_NO_PAD.decode(text).ok()
    }
}
