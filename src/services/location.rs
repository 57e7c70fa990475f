//! Reading the URL fragment and hearing when it changes (links, back and forward).

use gloo::events::EventListener;

/// The current `location.hash` with percent-escapes decoded, or an empty string when there is none.
///
/// A malformed escape (`%E0%A4%A`) is kept as typed rather than dropped.
pub fn fragment() -> String {
    let raw = gloo::utils::window().location().hash().unwrap_or_default();
    js_sys::decode_uri_component(&raw)
        .map(String::from)
        .unwrap_or(raw)
}

/// Moves to `fragment` (`#/proposal`), as following a link would.
pub fn go_to(fragment: &str) {
    gloo::utils::window().location().set_hash(fragment).ok();
}

/// The page's address without its fragment, to build links to this copy of Rolecase.
pub fn address_without_fragment() -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    match href.split_once('#') {
        Some((address, _)) => address.to_owned(),
        None => href,
    }
}

/// Calls `on_change` with the new fragment whenever it changes; stops when the guard is dropped.
pub fn on_fragment_change(on_change: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
        on_change(fragment())
    })
}
