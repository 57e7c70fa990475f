//! Hooks the pages share.

use yew::prelude::*;

use std::cell::RefCell;
use std::rc::Rc;

use crate::model::json::Json;
use crate::services::{page, storage};

/// The id of the element that should have focus after the next render. Set it when an action
/// removes the focused control (a closed form, a moved button, a replaced preview).
pub type FocusAfter = Rc<RefCell<Option<String>>>;

/// A `FocusAfter` that is honoured after every render of the calling component.
#[hook]
pub fn use_focus_after() -> FocusAfter {
    let focus_after: FocusAfter = use_mut_ref(|| None);
    {
        let focus_after = Rc::clone(&focus_after);
        use_effect(move || {
            if let Some(id) = focus_after.borrow_mut().take() {
                page::focus(&id);
            }
        });
    }
    focus_after
}

/// Keeps an open form in storage under `key`, so navigating away or reloading does not lose
/// it; forgets it once the form is closed.
#[hook]
pub fn use_kept_form<T: Json + Clone + PartialEq + 'static>(key: &'static str, open: Option<T>) {
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
