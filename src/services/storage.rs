//! Keeping the workspace in this browser's localStorage, and saying plainly when that fails.

use gloo::events::EventListener;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::json::{self, Json};
use crate::model::workspace::{from_json, to_stored_json, LoadError, Workspace};
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
/// it, as under the browser tests or with storage blocked. boot.js hands it over as UTF-8 bytes.
fn early_text() -> Option<Option<String>> {
    let global = js_sys::global();
    let key = JsValue::from_str("rolecaseEarlyRead");
    let early = js_sys::Reflect::get(&global, &key)
        .ok()
        .filter(JsValue::is_object)?;
    let _ = js_sys::Reflect::delete_property(&global, &key);
    let stored = js_sys::Reflect::get(&early, &JsValue::from_str("workspace")).ok()?;
    if stored.is_null() {
        return Some(None);
    }
    let bytes = stored.dyn_into::<js_sys::Uint8Array>().ok()?;
    String::from_utf8(bytes.to_vec()).ok().map(Some)
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
    storage()?
        .set_item(WORKSPACE_KEY, &to_stored_json(workspace))
        .map_err(classify)
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
