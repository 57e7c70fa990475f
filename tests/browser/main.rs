//! Browser tests: the real `App` mounted in headless Chromium, driven by clicks and history.
#![cfg(target_arch = "wasm32")]

mod support;

use rolecase::app::App;
use support::{click, document, fresh_root, settle, text_of, wait_for};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh `App` at the given fragment and waits for its first render.
async fn mount_at(fragment: &str) -> yew::AppHandle<App> {
    gloo::utils::history()
        .replace_state_with_url(&JsValue::NULL, "", Some(fragment))
        .expect("replaceState");
    let handle = yew::Renderer::<App>::with_root(fresh_root("app")).render();
    wait_for("the first render", || !text_of("h1").is_empty()).await;
    handle
}

fn current_link_text() -> String {
    text_of(r#"nav a[aria-current="page"]"#)
}

#[wasm_bindgen_test]
async fn opens_on_activities_with_header_nav_and_footer() {
    let app = mount_at("#/").await;
    assert_eq!(text_of("h1"), "Activities");
    assert!(current_link_text().contains("Activities"));
    assert!(text_of("header").contains("Rolecase"));
    assert!(text_of("footer").contains("Your data stays in this browser."));
    assert_eq!(document().title(), "Activities · Rolecase");
    app.destroy();
}

#[wasm_bindgen_test]
async fn clicking_the_navigation_changes_area_url_title_and_focus() {
    let app = mount_at("#/activities").await;
    click(r##"nav a[href="#/proposal"]"##);
    wait_for("the proposal page", || text_of("h1") == "Proposal").await;
    assert_eq!(
        gloo::utils::window().location().hash().unwrap(),
        "#/proposal"
    );
    assert!(current_link_text().contains("Proposal"));
    assert_eq!(document().title(), "Proposal · Rolecase");
    let focused = document().active_element().expect("something has focus");
    assert_eq!(
        focused.id(),
        "main-heading",
        "focus moves to the new page's heading"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn back_and_forward_move_between_areas() {
    let app = mount_at("#/activities").await;
    click(r##"nav a[href="#/proposal"]"##);
    wait_for("the proposal page", || text_of("h1") == "Proposal").await;
    click(r##"nav a[href="#/export"]"##);
    wait_for("the export page", || text_of("h1") == "Export & share").await;

    gloo::utils::history().back().expect("back");
    wait_for("back to the proposal", || text_of("h1") == "Proposal").await;
    assert!(current_link_text().contains("Proposal"));

    gloo::utils::history().forward().expect("forward");
    wait_for("forward to export", || text_of("h1") == "Export & share").await;
    assert!(current_link_text().contains("Export"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn escaped_addresses_are_decoded_and_shown_as_text() {
    let app = mount_at("#/propos%61l").await;
    assert_eq!(
        text_of("h1"),
        "Proposal",
        "an escaped letter still names the area"
    );
    app.destroy();

    let app = mount_at("#/%3Cb%3Ebold%3C/b%3E%E0%A4%A").await;
    assert_eq!(
        text_of("main code"),
        "%3Cb%3Ebold%3C/b%3E%E0%A4%A",
        "malformed: kept as typed"
    );
    app.destroy();

    let app = mount_at("#/%3Cb%3Ebold%3C%2Fb%3E").await;
    assert_eq!(text_of("main code"), "<b>bold</b>");
    assert!(document().query_selector("main code b").unwrap().is_none());
    app.destroy();
}

#[wasm_bindgen_test]
async fn an_unknown_address_says_so_and_offers_the_way_back() {
    let app = mount_at("#/no-such-area").await;
    assert_eq!(text_of("h1"), "Page not found");
    assert!(text_of("main code").contains("no-such-area"));
    assert_eq!(current_link_text(), "", "no area is marked current");
    click(r##"main a[href="#/activities"]"##);
    wait_for("the activities page", || text_of("h1") == "Activities").await;
    settle().await;
    app.destroy();
}

/// The browser's lower case is the one the native build gets from the standard library.
#[wasm_bindgen_test]
fn the_browser_lowers_text_as_unicode_says() {
    use rolecase::case::{lower, lower_all};
    assert_eq!(lower("Office HOURS"), "office hours");
    assert_eq!(lower("ΟΔΥΣΣΕΥΣ"), "οδυσσευς");
    assert_eq!(lower("Вебинар İstanbul"), "вебинар i\u{307}stanbul");
    let texts = [
        "Talk".to_owned(),
        "ÉTÉ\0Ω".to_owned(),
        String::new(),
        "Ünï".to_owned(),
    ];
    assert_eq!(lower_all(&texts), ["talk", "été ω", "", "ünï"]);
}
