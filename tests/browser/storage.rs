//! Browser tests: the workspace is saved, survives a reload, and is never silently lost when
//! storage is full, holds unreadable data, or is changed by another tab.
#![cfg(target_arch = "wasm32")]

mod support;

use rolecase::app::App;
use rolecase::model::workspace::{from_json, to_json};
use rolecase::services::storage::{UNREADABLE_KEY, WORKSPACE_KEY};
use support::{click, document, fresh_root, text_of, wait_for};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

async fn mount() -> yew::AppHandle<App> {
    gloo::utils::history()
        .replace_state_with_url(&JsValue::NULL, "", Some("#/activities"))
        .unwrap();
    let handle = yew::Renderer::<App>::with_root(fresh_root("app")).render();
    wait_for("the activities page", || text_of("h1") == "Activities").await;
    handle
}

/// Types `value` into the control with `id` the way a user would: set it, then fire `input`.
fn type_into(id: &str, value: &str) {
    let input: web_sys::HtmlInputElement = document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no #{id}"))
        .unchecked_into();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

async fn record(title: &str, hours: &str) {
    click(".toolbar .button--primary");
    wait_for("the editor", || {
        document().get_element_by_id("activity-title").is_some()
    })
    .await;
    // Both in the same task, as autofill would: the second edit must not undo the first.
    type_into("activity-title", title);
    type_into("activity-hours", hours);
    click("form.editor button[type=submit]");
    let expected = title.to_owned();
    wait_for("the saved row", move || {
        text_of("tbody").contains(&expected)
    })
    .await;
}

fn stored_titles() -> Vec<String> {
    storage()
        .get_item(WORKSPACE_KEY)
        .unwrap()
        .and_then(|text| from_json(&text).ok())
        .map(|workspace| {
            workspace
                .activities
                .iter()
                .map(|a| a.title.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// What another tab does: store its version (the stored one with its first activity renamed
/// `title`) when `store` is set, and announce it with a `storage` event.
fn another_tab_saves(title: &str, store: bool) {
    let mut theirs = from_json(&storage().get_item(WORKSPACE_KEY).unwrap().unwrap()).unwrap();
    let mut activity = (*theirs.activities[0]).clone();
    activity.title = title.into();
    theirs.activities = vec![std::rc::Rc::new(activity)];
    let text = to_json(&theirs);
    if store {
        storage().set_item(WORKSPACE_KEY, &text).unwrap();
    }
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(WORKSPACE_KEY));
    init.set_new_value(Some(&text));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    gloo::utils::window().dispatch_event(&event).unwrap();
}

/// `Storage.prototype.setItem` replaced by a function of `key, value` with the body given, until
/// `restore` puts the browser's own back; meanwhile the browser's own is
/// `window.originalSetItem`.
struct ReplacedSetItem {
    prototype: JsValue,
    original: JsValue,
}

impl ReplacedSetItem {
    fn new(body: &str) -> ReplacedSetItem {
        let window = gloo::utils::window();
        let storage_class = js_sys::Reflect::get(&window, &"Storage".into()).unwrap();
        let prototype = js_sys::Reflect::get(&storage_class, &"prototype".into()).unwrap();
        let original = js_sys::Reflect::get(&prototype, &"setItem".into()).unwrap();
        js_sys::Reflect::set(&window, &"originalSetItem".into(), &original).unwrap();
        let replacement = js_sys::Function::new_with_args("key, value", body);
        js_sys::Reflect::set(&prototype, &"setItem".into(), &replacement).unwrap();
        ReplacedSetItem {
            prototype,
            original,
        }
    }

    fn restore(self) {
        js_sys::Reflect::set(&self.prototype, &"setItem".into(), &self.original).unwrap();
    }
}

#[wasm_bindgen_test]
async fn a_recorded_activity_is_autosaved_and_there_after_a_reload() {
    storage().clear().unwrap();
    let app = mount().await;
    record("Autosaved talk", "3").await;
    wait_for("the autosave", || stored_titles() == ["Autosaved talk"]).await;
    wait_for("the saved indicator", || {
        text_of(".save").contains("Saved in this browser")
    })
    .await;
    app.destroy();

    let app = mount().await;
    assert!(
        text_of("tbody").contains("Autosaved talk"),
        "found again after remounting"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn hiding_the_page_saves_at_once_without_waiting_for_the_delay() {
    storage().clear().unwrap();
    let app = mount().await;
    record("Saved on the way out", "1").await;
    assert!(
        stored_titles().is_empty(),
        "still inside the autosave delay, so only the page-hide save can store it"
    );
    let hide = web_sys::Event::new("pagehide").unwrap();
    gloo::utils::window().dispatch_event(&hide).unwrap();
    assert_eq!(stored_titles(), ["Saved on the way out"]);
    app.destroy();
}

#[wasm_bindgen_test]
async fn full_storage_keeps_the_work_in_the_page_and_offers_a_download() {
    storage().clear().unwrap();
    let full = ReplacedSetItem::new(
        "throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');",
    );

    let app = mount().await;
    record("Talk that does not fit", "2").await;
    wait_for("the failure message", || {
        text_of(".save").contains("Not saved")
    })
    .await;
    full.restore();

    let status = text_of(".save");
    assert!(status.contains("storage for Rolecase is full"), "{status}");
    assert!(
        status.contains("Download everything"),
        "a way to keep the data is offered"
    );
    assert!(
        text_of("tbody").contains("Talk that does not fit"),
        "the work is still on screen"
    );
    assert_eq!(
        storage().get_item(WORKSPACE_KEY).unwrap(),
        None,
        "nothing half-written"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_workspace_that_does_not_fit_escaped_is_stored_as_typed() {
    storage().clear().unwrap();
    // The browser's quota counts characters, and escaping makes more of them: a storage that
    // refuses the escaped text, as a nearly full one would, still takes the text as typed.
    let tight = ReplacedSetItem::new(
        r#"if (value.includes('\\u65e5')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
           return window.originalSetItem.call(this, key, value);"#,
    );

    let app = mount().await;
    record("日本語の講演", "2").await;
    wait_for("the autosave", || stored_titles() == ["日本語の講演"]).await;
    let stored = storage().get_item(WORKSPACE_KEY).unwrap().unwrap();
    tight.restore();
    assert!(stored.contains("日本語の講演"), "{stored}");
    assert!(
        text_of(".save").contains("Saved in this browser"),
        "{}",
        text_of(".save")
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn unreadable_stored_data_is_kept_aside_and_the_app_starts_usable() {
    storage().clear().unwrap();
    let corrupt = r#"{"app":"rolecase","schema":1,"workspace":{"activities":"broken"#;
    storage().set_item(WORKSPACE_KEY, corrupt).unwrap();

    let app = mount().await;
    let banner = text_of(".data-banner");
    assert!(
        banner.contains("Your saved data could not be opened"),
        "{banner}"
    );
    assert!(banner.contains("Download the unreadable data"));
    assert_eq!(
        storage().get_item(UNREADABLE_KEY).unwrap().as_deref(),
        Some(corrupt)
    );

    record("A fresh start", "1").await;
    wait_for("the autosave", || stored_titles() == ["A fresh start"]).await;
    assert_eq!(
        storage().get_item(UNREADABLE_KEY).unwrap().as_deref(),
        Some(corrupt),
        "saving new work never touches the copy set aside"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_change_from_another_tab_pauses_saving_until_the_user_chooses() {
    storage().clear().unwrap();
    let app = mount().await;
    record("Mine", "1").await;
    wait_for("the autosave", || stored_titles() == ["Mine"]).await;

    // Only the announcement: what stays stored shows whether this tab overwrote anything.
    another_tab_saves("Theirs", false);

    wait_for("the conflict banner", || {
        text_of(".data-banner").contains("changed in another tab")
    })
    .await;
    record("Mine, second", "1").await;
    wait_for("the paused indicator", || {
        text_of(".save").contains("Not saved")
    })
    .await;
    assert_eq!(
        stored_titles(),
        ["Mine"],
        "this tab did not overwrite the other"
    );

    let load = document()
        .query_selector_all(".data-banner button")
        .unwrap()
        .get(0)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    assert_eq!(
        load.text_content().as_deref(),
        Some("Load the other tab's version")
    );
    load.click();
    wait_for("their version", || text_of("tbody").contains("Theirs")).await;
    assert!(!text_of("tbody").contains("Mine"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_save_still_pending_when_another_tab_writes_does_not_overwrite_it() {
    storage().clear().unwrap();
    let app = mount().await;
    record("Mine", "1").await;
    wait_for("the autosave", || stored_titles() == ["Mine"]).await;

    record("Mine, pending", "1").await;
    // Within the autosave delay, another tab writes and announces its version.
    another_tab_saves("Theirs", true);

    wait_for("the paused indicator", || {
        text_of(".save").contains("Not saved")
    })
    .await;
    // Longer than the autosave delay: the pending save must have been called off.
    let later = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 800)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(later).await.unwrap();
    assert_eq!(
        stored_titles(),
        ["Theirs"],
        "the other tab's write survives"
    );
    app.destroy();
}
