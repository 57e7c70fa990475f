//! Hooks the pages share.

use serde::Serialize;
use yew::prelude::*;

use crate::services::storage;

/// Keeps an open form in storage under `key`, so navigating away or reloading does not lose
/// it; forgets it once the form is closed.
#[hook]
pub fn use_kept_form<T: Serialize + Clone + PartialEq + 'static>(
    key: &'static str,
    open: Option<T>,
) {
    let was_open = use_mut_ref(|| false);
    use_effect_with(open, move |open| match open {
        Some(form) => {
            *was_open.borrow_mut() = true;
            storage::keep_form(key, form);
        }
        None if *was_open.borrow() => storage::forget_form(key),
        None => {}
    });
}
