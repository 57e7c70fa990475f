//! The banner at the top of every screen: product name, purpose and navigation.

use yew::prelude::*;

use crate::components::AreaNav;
use crate::route::Area;

#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    /// The area being shown, passed on to the navigation.
    pub current: Option<Area>,
    /// Whether the user's work is saved, shown beside the product name.
    #[prop_or_default]
    pub status: Html,
}

/// The product name, its one-line purpose and the area navigation.
#[function_component(SiteHeader)]
pub fn site_header(props: &SiteHeaderProps) -> Html {
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
                { props.status.clone() }
                <AreaNav current={props.current} />
            </div>
        </header>
    }
}
