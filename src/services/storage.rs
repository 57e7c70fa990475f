//! Keeping the workspace in this browser's localStorage, and saying plainly when that fails.

use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};

use crate::model::workspace::{from_json, to_json, LoadError, Workspace};

/// Where the workspace is stored.
pub const WORKSPACE_KEY: &str = "rolecase.workspace";
/// Where stored data that could not be read is kept, untouched, for the user to download.
pub const UNREADABLE_KEY: &str = "rolecase.workspace.unreadable";

/// What was found in storage at start-up.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: a new user.
    Fresh,
    Workspace(Box<Workspace>),
    /// Stored data that could not be read. It was copied to `UNREADABLE_KEY` when `backed_up`;
    /// otherwise it still sits under `WORKSPACE_KEY` and must not be overwritten.
    Unreadable {
        error: LoadError,
        backed_up: bool,
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

/// Reads the stored workspace. Unreadable data is copied to `UNREADABLE_KEY` (unless a copy is
/// already there) so that saving new work can never destroy it.
pub fn load() -> Loaded {
    let storage = match storage() {
        Ok(storage) => storage,
        Err(error) => return Loaded::Unavailable(error),
    };
    let Ok(Some(text)) = storage.get_item(WORKSPACE_KEY) else {
        return Loaded::Fresh;
    };
    match from_json(&text) {
        Ok(workspace) => Loaded::Workspace(Box::new(workspace)),
        Err(error) => {
            let already_kept =
                storage.get_item(UNREADABLE_KEY).ok().flatten().as_ref() == Some(&text);
            let backed_up = already_kept || storage.set_item(UNREADABLE_KEY, &text).is_ok();
            Loaded::Unreadable { error, backed_up }
        }
    }
}

/// The unreadable data kept at start-up, for the user to download.
pub fn unreadable_backup() -> Option<String> {
    storage().ok()?.get_item(UNREADABLE_KEY).ok().flatten()
}

/// The text stored under the workspace key, whatever it holds.
pub fn stored_text() -> Option<String> {
    storage().ok()?.get_item(WORKSPACE_KEY).ok().flatten()
}

/// Writes the workspace.
pub fn save(workspace: &Workspace) -> Result<(), SaveError> {
    storage()?
        .set_item(WORKSPACE_KEY, &to_json(workspace))
        .map_err(classify)
}

/// The workspace text another tab just stored, when `event` is about our key.
pub fn changed_elsewhere(event: &web_sys::StorageEvent) -> Option<String> {
    (event.key().as_deref() == Some(WORKSPACE_KEY))
        .then(|| event.new_value())
        .flatten()
}
