//! The app root: follows the URL fragment, keeps the title and focus in step, lays out the page.

use yew::prelude::*;

use crate::components::{SiteFooter, SiteHeader, MAIN_HEADING_ID};
use crate::pages::{ActivitiesPage, ExportPage, NotFoundPage, ProposalPage};
use crate::route::{Area, Route};
use crate::services::{location, page};

/// Mounts the app into the root element of `index.html`.
pub fn mount() {
    yew::Renderer::<App>::with_root(page::take_app_root()).render();
}

/// The whole app: reads the route from the URL and renders the layout for it.
#[function_component(App)]
pub fn app() -> Html {
    let route = use_state_eq(|| Route::from_fragment(&location::fragment()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let on_change = route.clone();
            let listener = location::on_fragment_change(move |fragment| {
                on_change.set(Route::from_fragment(&fragment))
            });
            // The fragment may have changed between the first render and this listener.
            route.set(Route::from_fragment(&location::fragment()));
            move || drop(listener)
        });
    }
    let is_first_route = use_mut_ref(|| true);
    use_effect_with((*route).clone(), move |route| {
        page::set_title(&route.document_title());
        // Moving focus on the first render would yank it from wherever the browser put it.
        if !std::mem::replace(&mut *is_first_route.borrow_mut(), false) {
            page::focus(MAIN_HEADING_ID);
        }
    });
    html! { <Layout route={(*route).clone()} /> }
}

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    /// Which page to show inside the frame.
    pub route: Route,
}

/// Header, the page for `route`, footer; pure, so native tests render it.
#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let page = match &props.route {
        Route::Area(Area::Activities) => html! { <ActivitiesPage /> },
        Route::Area(Area::Proposal) => html! { <ProposalPage /> },
        Route::Area(Area::Export) => html! { <ExportPage /> },
        Route::NotFound(path) => html! { <NotFoundPage path={path.clone()} /> },
    };
    html! {
        <div class="shell">
            <SiteHeader current={props.route.area()} />
            <main class="page">{ page }</main>
            <SiteFooter />
        </div>
    }
}
