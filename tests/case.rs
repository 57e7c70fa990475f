//! Lower case natively, against the expectations the browser build is held to as well.
#![cfg(not(target_arch = "wasm32"))]

#[path = "shared/lower_case.rs"]
mod lower_case;

#[test]
fn lowers_every_script_the_way_unicode_says() {
    lower_case::check();
}
