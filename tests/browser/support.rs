//! Helpers shared by the browser test binaries.
// Each test binary compiles this module for itself and uses only some of it.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub fn document() -> web_sys::Document {
    gloo::utils::document()
}

/// Lets the browser run queued tasks (hashchange, timers), then lets yew render.
pub async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback(&resolve)
            .expect("setTimeout");
    });
    JsFuture::from(promise).await.expect("timer promise");
    yew::scheduler::flush().await;
}

/// Settles until `condition` holds; fails with `what` if it never does.
pub async fn wait_for(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        settle().await;
    }
    let body = document()
        .body()
        .map(|b| b.inner_html())
        .unwrap_or_default();
    panic!("timed out waiting for {what}; the page holds: {body}");
}

/// The text of the first element matching `selector`, or an empty string.
pub fn text_of(selector: &str) -> String {
    document()
        .query_selector(selector)
        .expect("valid selector")
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

/// Clicks the first element matching `selector`.
pub fn click(selector: &str) {
    document()
        .query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

/// A fresh element with `id` appended to the body, for the app to mount into.
pub fn fresh_root(id: &str) -> web_sys::Element {
    if let Some(old) = document().get_element_by_id(id) {
        old.remove();
    }
    let root = document().create_element("div").expect("div");
    root.set_id(id);
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}
