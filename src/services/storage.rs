//! Keeping the workspace in this browser's localStorage, and saying plainly when that fails.

use gloo::events::EventListener;
use thiserror::Error;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::json::{self, Json};
use crate::model::workspace::{from_json, to_json, to_stored_json, LoadError, Workspace};
use crate::services::events::Listening;

/// Where the workspace is stored.
pub const WORKSPACE_KEY: &str = "rolecase.workspace";
/// Where stored data that could not be read is kept, untouched, for the user to download; later
/// copies that differ go under this key with `.2`, `.3`, ... so no copy replaces another.
pub const UNREADABLE_KEY: &str = "rolecase.workspace.unreadable";

/// How many different unreadable copies are kept at most.
const MAX_UNREADABLE_COPIES: usize = 20;

/// What was found in storage at start-up.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: a new user.
    Fresh,
    Workspace(Box<Workspace>),
    /// Stored data that could not be read, copied under `backup_key`; with no copy it still
    /// sits under `WORKSPACE_KEY` and must not be overwritten.
    Unreadable {
        error: LoadError,
        backup_key: Option<String>,
    },
    /// The browser offers no storage at all (blocked, or a private mode that refuses it).
    Unavailable(SaveError),
}

/// Why the workspace could not be stored; each message is written for the user.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum SaveError {
    #[error("this browser does not let Rolecase store data (storage is turned off or blocked)")]
    Unavailable,
    #[error("this browser's storage for Rolecase is full")]
    QuotaExceeded,
    #[error("the browser refused to store the data ({0})")]
    Refused(String),
}

fn storage() -> Result<web_sys::Storage, SaveError> {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or(SaveError::Unavailable)
}

fn classify(error: JsValue) -> SaveError {
    match error.dyn_into::<web_sys::DomException>() {
        Ok(exception) if exception.name() == "QuotaExceededError" => SaveError::QuotaExceeded,
        Ok(exception) => SaveError::Refused(exception.message()),
        Err(other) => SaveError::Refused(other.as_string().unwrap_or_else(|| "unknown".into())),
    }
}

/// Reads the stored workspace. Unreadable data is set aside first (see `keep_unreadable`), so
/// that saving new work can never destroy it.
pub fn load() -> Loaded {
    let storage = match storage() {
        Ok(storage) => storage,
        Err(error) => return Loaded::Unavailable(error),
    };
    let text = match early_text() {
        Some(text) => text,
        None => storage.get_item(WORKSPACE_KEY).ok().flatten(),
    };
    let Some(text) = text else {
        return Loaded::Fresh;
    };
    match from_json(&text) {
        Ok(workspace) => Loaded::Workspace(Box::new(workspace)),
        Err(error) => Loaded::Unreadable {
            error,
            backup_key: keep_unreadable(&text),
        },
    }
}

/// The stored workspace's text as `static/boot.js` read it while the app was downloading
/// (`Some(None)` when nothing was stored), taken only once; `None` when boot.js did not read
/// it, as under the browser tests or with storage blocked.
fn early_text() -> Option<Option<String>> {
    let global = js_sys::global();
    let key = JsValue::from_str("rolecaseEarlyRead");
    let early = js_sys::Reflect::get(&global, &key)
        .ok()
        .filter(JsValue::is_object)?;
    let _ = js_sys::Reflect::delete_property(&global, &key);
    let text = js_sys::Reflect::get(&early, &JsValue::from_str("workspace")).ok()?;
    if text.is_null() {
        return Some(None);
    }
    text.dyn_into::<js_sys::JsString>()
        .ok()
        .map(|text| Some(utf8(&text)))
}

#[wasm_bindgen]
extern "C" {
    type TextEncoder;

    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;

    /// Writes `source` as UTF-8 into `destination` as far as it fits; says how many UTF-16
    /// units it `read` and how many bytes it `written`.
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(
        this: &TextEncoder,
        source: &js_sys::JsString,
        destination: &js_sys::Uint8Array,
    ) -> js_sys::Object;
}

/// `text` in Rust, written by the browser's `TextEncoder` straight into the string's memory.
/// wasm-bindgen's own conversion copies an all-ASCII text (as the workspace is stored) a
/// character at a time in a JavaScript loop, and `TextEncoder.encode` makes a copy of its own
/// to hand over: with 2,000 activities those took 6-10 and 2-12 ms, this 1-2 ms.
fn utf8(text: &js_sys::JsString) -> String {
    let encoder = TextEncoder::new();
    let units = text.length();
    let number = |result: &js_sys::Object, field: &str| {
        js_sys::Reflect::get(result, &JsValue::from_str(field))
            .ok()
            .and_then(|value| value.as_f64())
            .unwrap_or_default() as usize
    };
    // Stored text takes a byte for most characters; if it takes more, the rest is written in a
    // second part, with room for three bytes for each UTF-16 unit left (the most one takes).
    let mut bytes = Vec::<u8>::with_capacity(units as usize + units as usize / 4 + 16);
    let mut read = 0;
    for _ in 0..3 {
        if read == units {
            break;
        }
        let rest = text.substring(read, units);
        let spare = bytes.spare_capacity_mut();
        // SAFETY: the view covers only the vector's spare capacity. Should the wasm memory
        // grow between making the view and writing (wasm-bindgen's bookkeeping of JavaScript
        // values can allocate), the view is left detached and empty, and nothing is written.
        let view =
            unsafe { js_sys::Uint8Array::view_mut_raw(spare.as_mut_ptr().cast(), spare.len()) };
        let result = encoder.encode_into(&rest, &view);
        let written = number(&result, "written").min(spare.len());
        // SAFETY: the encoder has written that many bytes of UTF-8 into the spare capacity.
        unsafe { bytes.set_len(bytes.len() + written) };
        read += (number(&result, "read") as u32).min(units - read);
        bytes.reserve(3 * (units - read) as usize);
    }
    match String::from_utf8(bytes) {
        Ok(converted) if read == units => converted,
        // Not reached in practice: the slower conversion of wasm-bindgen's glue.
        _ => text.into(),
    }
}

/// Sets `text` aside under a key of its own, unless an identical copy is already kept; returns
/// the key holding it, or `None` when it could not be kept.
pub fn keep_unreadable(text: &str) -> Option<String> {
    let storage = storage().ok()?;
    for n in 1..=MAX_UNREADABLE_COPIES {
        let key = match n {
            1 => UNREADABLE_KEY.to_owned(),
            n => format!("{UNREADABLE_KEY}.{n}"),
        };
        match storage.get_item(&key).ok()? {
            Some(kept) if kept == text => return Some(key),
            Some(_) => continue,
            None => return storage.set_item(&key, text).is_ok().then_some(key),
        }
    }
    None
}

/// The text stored under `key`.
pub fn read(key: &str) -> Option<String> {
    storage().ok()?.get_item(key).ok().flatten()
}

/// Where an open activity form is kept while it is being filled in.
pub const OPEN_EDITOR_KEY: &str = "rolecase.open-editor";
/// Where an open profile form is kept while it is being filled in.
pub const OPEN_PROFILE_KEY: &str = "rolecase.open-profile";
/// Where a proposal section being rewritten is kept while it is being edited.
pub const OPEN_SECTION_KEY: &str = "rolecase.open-section";

/// Keeps a half-filled form, so navigating away or reloading does not lose it. Best effort: a
/// failure here leaves the form on screen and the workspace's own saving unaffected.
pub fn keep_form<T: Json>(key: &str, form: &T) {
    if let Ok(storage) = storage() {
        let _ = storage.set_item(key, &json::to_string(form));
    }
}

/// The half-filled form kept under `key`, if any and readable.
pub fn kept_form<T: Json>(key: &str) -> Option<T> {
    json::from_str(&read(key)?).ok()
}

/// Forgets the form kept under `key`, once it was saved or cancelled.
pub fn forget_form(key: &str) {
    if let Ok(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Writes the workspace.
pub fn save(workspace: &Workspace) -> Result<(), SaveError> {
    let storage = storage()?;
    match storage
        .set_item(WORKSPACE_KEY, &to_stored_json(workspace))
        .map_err(classify)
    {
        // Browsers count characters against their quota, and escaping makes more of them: a
        // workspace that does not fit escaped may still fit as typed.
        Err(SaveError::QuotaExceeded) => storage
            .set_item(WORKSPACE_KEY, &to_json(workspace))
            .map_err(classify),
        saved => saved,
    }
}

/// Calls `on_change` with the workspace text another tab has just stored.
pub fn on_change_elsewhere(on_change: impl Fn(String) + 'static) -> Listening {
    let listener = EventListener::new(&gloo::utils::window(), "storage", move |event| {
        let text = event
            .dyn_ref::<web_sys::StorageEvent>()
            .filter(|event| event.key().as_deref() == Some(WORKSPACE_KEY))
            .and_then(|event| event.new_value());
        if let Some(text) = text {
            on_change(text);
        }
    });
    Listening::new(vec![listener])
}
