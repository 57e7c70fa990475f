//! The navigation between the app's areas.

use yew::prelude::*;

use crate::route::Area;

/// Links to every area, numbered in the order the work flows through them; `current`, the area
/// being shown, is marked as the current page (`None` when no area matches the URL).
pub fn area_nav(current: Option<Area>) -> Html {
    let items = Area::ALL.into_iter().enumerate().map(|(index, area)| {
        let is_current = current == Some(area);
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
