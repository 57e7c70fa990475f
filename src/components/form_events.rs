//! Reading what a form control holds from the event it fired: the one place components look at
//! event targets.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::Event;

/// The value of the input, textarea or select that fired `event`; empty for anything else.
pub fn value_of(event: &Event) -> String {
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

/// The file picked in the file input that fired `event`, if any. The input is emptied, so
/// picking the same file again (after fixing it, or after Cancel) is noticed.
pub fn take_file(event: &Event) -> Option<web_sys::File> {
    let input = event.target()?.dyn_into::<HtmlInputElement>().ok()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}

/// Whether the checkbox that fired `event` is now ticked.
pub fn checked(event: &Event) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

/// Whether the date input named `id` inside the form that fired `event` holds a date typed only
/// in part: such an input reports an empty value, so only its validity tells.
pub fn date_half_typed(event: &Event, id: &str) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|form| form.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|element| element.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|input| input.validity().bad_input())
}
