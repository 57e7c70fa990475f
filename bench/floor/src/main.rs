//! The smallest Yew app: one function component with the heading the benchmarks wait for.

use yew::prelude::*;

#[function_component]
fn App() -> Html {
    html! { <h1 id="main-heading">{ "Floor" }</h1> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
