//! Browser test: a Rust panic shows the error screen instead of leaving a dead page.
//!
//! A binary of its own, because after a panic the wasm instance is not fit for further tests.
#![cfg(target_arch = "wasm32")]

mod support;

use support::{document, fresh_root, text_of, wait_for};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_shows_a_message_with_a_focused_reload_button() {
    gloo::utils::history()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"))
        .expect("replaceState");
    fresh_root("app");
    rolecase::services::panic::install();
    rolecase::app::mount();
    wait_for("the app", || text_of("h1") == "Activities").await;

    // Panic inside a browser callback, where a bug in an event handler would.
    let bug: Closure<dyn FnMut()> =
        Closure::once(|| panic!("deliberate test panic <b>not markup</b>"));
    gloo::utils::window()
        .set_timeout_with_callback(bug.as_ref().unchecked_ref())
        .expect("setTimeout");
    bug.forget();

    wait_for("the error screen", || {
        document().get_element_by_id("rolecase-fatal").is_some()
    })
    .await;

    let panel = document().get_element_by_id("rolecase-fatal").unwrap();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alertdialog"));
    assert!(text_of("#rolecase-fatal h2").contains("Rolecase stopped working"));
    assert!(
        text_of("#rolecase-fatal pre").contains("deliberate test panic <b>not markup</b>"),
        "the panic message is shown as text"
    );
    assert!(
        document()
            .query_selector("#rolecase-fatal pre b")
            .unwrap()
            .is_none(),
        "the panic message is never parsed as HTML"
    );
    let focused = document().active_element().expect("focus");
    assert_eq!(focused.text_content().as_deref(), Some("Reload Rolecase"));
    assert!(
        document()
            .get_element_by_id("app")
            .unwrap()
            .has_attribute("inert"),
        "the broken app behind the message cannot be used"
    );
}
