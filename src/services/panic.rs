//! Makes a Rust panic visible: a styled message in the page instead of a page that silently dies.

use wasm_bindgen::prelude::wasm_bindgen;

// Written in JavaScript on purpose: after a panic the wasm instance is in an unknown state, so the
// message and its Reload button must work without calling back into Rust.
#[wasm_bindgen(module = "/src/services/fatal.js")]
extern "C" {
    #[wasm_bindgen(js_name = showFatalOnTrap)]
    fn show_fatal_on_trap();
}

/// Shows the error screen when the app stops: on the browser's report of a trapped wasm call in
/// every build, and, where a panic runs a hook, from the hook with the panic's message first.
///
/// The release build stops at a panic without running a hook (`immediate-abort`, see
/// `release_trunk` in scripts/setup.sh), so there the trap is all the page learns.
pub fn install() {
    show_fatal_on_trap();
    #[cfg(not(panic = "immediate-abort"))]
    hook::install();
}

#[cfg(not(panic = "immediate-abort"))]
mod hook {
    use wasm_bindgen::prelude::wasm_bindgen;

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
}
