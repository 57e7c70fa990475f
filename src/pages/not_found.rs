//! The screen for a URL fragment that names no area.

use yew::prelude::*;

use crate::components::PageIntro;
use crate::route::Area;

#[derive(Properties, PartialEq)]
pub struct NotFoundPageProps {
    /// The unrecognised path, shown back to the user as text.
    pub path: String,
}

/// Says the address matched nothing and offers the way back.
#[function_component(NotFoundPage)]
pub fn not_found_page(props: &NotFoundPageProps) -> Html {
    html! {
        <>
            <PageIntro
                title="Page not found"
                lede="This address does not lead to any part of Rolecase. Your data is not affected."
            />
            <section class="panel">
                <p>{ "There is no page called " }<code>{ &props.path }</code>{ "." }</p>
                <p><a href={Area::Activities.href()}>{ "Go to your activities" }</a></p>
            </section>
        </>
    }
}
