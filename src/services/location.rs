//! Reading the URL fragment and hearing when it changes (links, back and forward).

use gloo::events::EventListener;

/// The current `location.hash`, or an empty string when there is none.
pub fn fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Calls `on_change` with the new fragment whenever it changes; stops when the guard is dropped.
pub fn on_fragment_change(on_change: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
        on_change(fragment())
    })
}
