//! Browser tests: the real `App` mounted in headless Chromium, driven by clicks and history.
#![cfg(target_arch = "wasm32")]

#[path = "../shared/base64url.rs"]
mod base64url;
#[path = "../shared/lower_case.rs"]
mod lower_case;
mod support;

use rolecase::app::App;
use support::{click, document, fresh_root, settle, text_of, wait_for};
use wasm_bindgen::prelude::wasm_bindgen;
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
    lower_case::check();
}

/// The browser's base64 (`btoa`, `atob`) gives share links the native build's alphabet and
/// refuses what it refuses.
#[wasm_bindgen_test]
fn the_browser_encodes_share_link_base64_as_natively() {
    base64url::check();
}

#[wasm_bindgen(inline_js = "export async function deflate(bytes) { \
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')); \
    return new Uint8Array(await new Response(stream).arrayBuffer()); }")]
extern "C" {
    /// Raw deflate, for making links by hand.
    fn deflate(bytes: &[u8]) -> js_sys::Promise;
}

async fn deflated(bytes: &[u8]) -> Vec<u8> {
    let packed = wasm_bindgen_futures::JsFuture::from(deflate(bytes))
        .await
        .unwrap();
    js_sys::Uint8Array::new(&packed).to_vec()
}

/// The browser's compression makes links that open, and opens the links earlier releases made.
#[wasm_bindgen_test]
async fn share_links_round_trip_through_the_browsers_compression() {
    use rolecase::model::sample::sample_workspace;
    use rolecase::services::share::{decode, encode};
    let today = rolecase::model::dates::Date::from_ymd_opt(2026, 11, 22).unwrap();
    let workspace = sample_workspace(today);
    let link = encode(&workspace, today).await.unwrap();
    assert!(link.starts_with('1'));
    let snapshot = decode(&link).await.unwrap();
    assert_eq!(snapshot.written, today);
    assert_eq!(snapshot.workspace.activities, workspace.activities);
    assert_eq!(snapshot.workspace.profile, workspace.profile);

    let earlier = decode(include_str!("../fixtures/share-link-v1.txt"))
        .await
        .unwrap();
    assert_eq!(earlier.workspace.activities.len(), 17);
}

/// Damaged links, foreign data and decompression bombs get their reasons in the browser too.
#[wasm_bindgen_test]
async fn damaged_and_hostile_links_are_refused_in_the_browser() {
    use rolecase::export::share::{payload, ShareError};
    use rolecase::services::share::decode;
    let link = include_str!("../fixtures/share-link-v1.txt").trim();
    for cut in [2, link.len() / 2, link.len() - 3] {
        assert_eq!(
            decode(&link[..cut]).await.unwrap_err(),
            ShareError::Damaged,
            "cut at {cut}"
        );
    }
    let mut tampered: Vec<char> = link.chars().collect();
    let middle = tampered.len() / 2;
    for c in &mut tampered[middle..middle + 8] {
        *c = if *c == 'A' { 'B' } else { 'A' };
    }
    assert!(decode(&tampered.into_iter().collect::<String>())
        .await
        .is_err());
    assert_eq!(decode("1$$$").await.unwrap_err(), ShareError::Damaged);

    let foreign = payload(&deflated(br#"{"hello":"world"}"#).await);
    assert!(matches!(
        decode(&foreign).await,
        Err(ShareError::NotOurs(_))
    ));

    // 45 MB of spaces deflate to about 45 KB, a link just under the length cap; inflating
    // stops at the size cap, fed a kilobyte at a time.
    let bomb = payload(&deflated(&vec![b' '; 45 * 1024 * 1024]).await);
    assert!(bomb.len() > 55_000 && bomb.len() < 64_000, "{}", bomb.len());
    assert_eq!(decode(&bomb).await.unwrap_err(), ShareError::TooLarge);
}

/// A browser without raw-deflate streams says so, on both sides of a link.
#[wasm_bindgen_test]
async fn a_browser_without_compression_streams_says_so() {
    use rolecase::export::share::ShareError;
    use rolecase::model::sample::sample_workspace;
    use rolecase::services::share::{decode, encode};
    let global = js_sys::global();
    let name = JsValue::from_str("DecompressionStream");
    let kept = js_sys::Reflect::get(&global, &name).unwrap();
    js_sys::Reflect::set(&global, &name, &JsValue::UNDEFINED).unwrap();
    let today = rolecase::model::dates::Date::from_ymd_opt(2026, 11, 22).unwrap();
    let opened = decode(include_str!("../fixtures/share-link-v1.txt")).await;
    let made = encode(&sample_workspace(today), today).await;
    js_sys::Reflect::set(&global, &name, &kept).unwrap();
    assert_eq!(opened.unwrap_err(), ShareError::Unsupported);
    assert!(made.unwrap_err().contains("compression support"));
}
