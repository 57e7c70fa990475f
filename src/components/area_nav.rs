//! The navigation between the app's areas.

use yew::prelude::*;

use crate::route::Area;

#[derive(Properties, PartialEq)]
pub struct AreaNavProps {
    /// The area being shown, marked as the current page; `None` when no area matches the URL.
    pub current: Option<Area>,
}

/// Links to every area, numbered in the order the work flows through them.
#[function_component(AreaNav)]
pub fn area_nav(props: &AreaNavProps) -> Html {
    let items = Area::ALL.into_iter().enumerate().map(|(index, area)| {
        let is_current = props.current == Some(area);
        html! {
            <li key={area.slug()}>
                <a
                    class={if is_current { "area-nav__link area-nav__link--current" } else { "area-nav__link" }}
                    href={area.href()}
                    aria-current={is_current.then_some("page")}
                >
                    <span class="area-nav__step" aria-hidden="true">{ index + 1 }</span>
                    <span class="area-nav__label">{ area.label() }</span>
                </a>
            </li>
        }
    });
    html! {
        <nav class="area-nav" aria-label="Main">
            <ul class="area-nav__list">{ for items }</ul>
        </nav>
    }
}
