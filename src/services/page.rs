//! The document around the app: its title, the element the app mounts into, keyboard focus.

use wasm_bindgen::JsCast;

/// The id of the element in `index.html` that the app renders into.
const ROOT_ID: &str = "app";

/// Sets the text of the browser tab.
pub fn set_title(title: &str) {
    gloo::utils::document().set_title(title);
}

/// The app's root element, emptied of the "Loading" message `index.html` shows until now.
pub fn take_app_root() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document
        .get_element_by_id(ROOT_ID)
        .unwrap_or_else(|| panic!("index.html has no element with id \"{ROOT_ID}\""));
    root.set_text_content(None);
    root
}

/// Moves keyboard focus to the element with `id`; `false` when there is no such element.
pub fn focus(id: &str) -> bool {
    let element = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    match element {
        // Focus can fail only on detached elements; nothing useful to tell the user then.
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// Opens the browser's print dialog, where "Save as PDF" is one of the printers.
pub fn print() {
    if let Err(error) = gloo::utils::window().print() {
        log_error(&crate::services::files::describe(
            &error,
            "printing was refused",
        ));
    }
}

/// Records a problem the user cannot act on in the browser console, for whoever debugs it.
pub fn log_error(message: &str) {
    web_sys::console::error_1(&message.into());
}
