//! Lower case, words and share-link base64 natively, against the expectations the browser
//! build is held to as well.
#![cfg(not(target_arch = "wasm32"))]

#[path = "shared/base64url.rs"]
mod base64url;
#[path = "shared/lower_case.rs"]
mod lower_case;

#[test]
fn lowers_every_script_the_way_unicode_says() {
    lower_case::check();
}

#[test]
fn share_link_base64_is_url_safe_and_strict() {
    base64url::check();
}
