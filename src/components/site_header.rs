//! The banner at the top of every screen: product name, purpose and navigation.

use yew::prelude::*;

use crate::components::area_nav;
use crate::route::Area;

/// The product name, its one-line purpose, `status` (whether the user's work is saved) beside
/// them, and the area navigation with `current` marked.
pub fn site_header(current: Option<Area>, status: Html) -> Html {
    html! {
        <header class="site-header">
            <div class="site-header__inner">
                <div class="brand">
                    <span class="brand__mark" aria-hidden="true">{ "R" }</span>
                    <div>
                        <p class="brand__name">{ "Rolecase" }</p>
                        <p class="brand__tagline">
                            { "Make the case for the developer-relations work you already do." }
                        </p>
                    </div>
                </div>
                { status }
                { area_nav(current) }
            </div>
        </header>
    }
}
