//! What the share links' base64 must give in both builds: natively `rolecase::base64url` uses
//! the base64 crate, in the browser `btoa` and `atob`. Checked by `tests/case.rs` natively and
//! by `tests/browser/main.rs` in headless Chromium.

use rolecase::base64url::{decode, encode};

pub fn check() {
    for (bytes, text) in [
        (&b""[..], ""),
        (b"f", "Zg"),
        (b"fo", "Zm8"),
        (b"foo", "Zm9v"),
        (&[0xfb, 0xff], "-_8"),
        (&[0, 0x80, 0xff, 0x3e, 0x3f], "AID_Pj8"),
    ] {
        assert_eq!(encode(bytes), text);
        assert_eq!(decode(text).as_deref(), Some(bytes), "{text}");
    }
    let every_byte: Vec<u8> = (0..=255).collect();
    assert_eq!(decode(&encode(&every_byte)), Some(every_byte));
    // Padding, the standard alphabet's own symbols, spaces, a length no encoding has, and
    // anything outside ASCII are refused, not read around.
    for refused in [
        "Zg==",
        "Zg=",
        "Zm9v+",
        "Zm9v/",
        "Zm 9v",
        "Z",
        "Zm9vY",
        "Zm9\u{e9}",
    ] {
        assert_eq!(decode(refused), None, "{refused}");
    }
}
