//! Makes a Rust panic visible: a styled message in the page instead of a page that silently dies.

use wasm_bindgen::prelude::wasm_bindgen;

// Written in JavaScript on purpose: after a panic the wasm instance is in an unknown state, so the
// message and its Reload button must work without calling back into Rust.
#[wasm_bindgen(module = "/src/services/fatal.js")]
extern "C" {
    #[wasm_bindgen(js_name = showFatalError)]
    fn show_fatal_error(detail: &str);
}

/// Replaces the default panic hook with one that logs the panic and shows the error screen.
///
/// Goes through yew, which otherwise installs its own console-only hook on the first render.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.as_str().into());
        show_fatal_error(&detail);
    }));
}
