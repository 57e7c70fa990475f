//! The heading and opening paragraph every page starts with.

use yew::prelude::*;

/// The id of each page's main heading, which receives focus after navigating.
pub const MAIN_HEADING_ID: &str = "main-heading";

/// A page's `h1` (focusable, so navigation can move focus to it) and its lede: one or two
/// sentences on what the page is for.
pub fn page_intro(title: &str, lede: &str) -> Html {
    html! {
        <div class="page-intro">
            <h1 id={MAIN_HEADING_ID} class="page-intro__title" tabindex="-1">{ title }</h1>
            <p class="page-intro__lede">{ lede }</p>
        </div>
    }
}
