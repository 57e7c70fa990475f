//! The screen for a URL fragment that names no area.

use yew::prelude::*;

use crate::components::page_intro;
use crate::route::Area;

/// Says the address matched nothing, showing the unrecognised `path` back as text, and offers
/// the way back.
pub fn not_found_page(path: &str) -> Html {
    html! {
        <>
            { page_intro(
                "Page not found",
                "This address does not lead to any part of Rolecase. Your data is not affected.",
            ) }
            <section class="panel">
                <p>{ "There is no page called " }<code>{ path }</code>{ "." }</p>
                <p><a href={Area::Activities.href()}>{ "Go to your activities" }</a></p>
            </section>
        </>
    }
}
