//! Component render tests: real components rendered to HTML with `LocalServerRenderer`.
#![cfg(not(target_arch = "wasm32"))]

use rolecase::app::Layout;
use rolecase::components::area_nav::AreaNavProps;
use rolecase::components::page_intro::PageIntroProps;
use rolecase::components::{AreaNav, PageIntro, SiteFooter};
use rolecase::model::taxonomy::ActivityGroup;
use rolecase::model::workspace::Workspace;
use rolecase::route::{Area, Route};
use rolecase::state::History;
use yew::prelude::*;
use yew::{BaseComponent, LocalServerRenderer};

fn render<C: BaseComponent>(props: C::Properties) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    tokio::task::LocalSet::new().block_on(
        &runtime,
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    route: Route,
    workspace: Workspace,
}

/// The layout inside the workspace provider the app gives it.
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let history = use_reducer(|| History::new(props.workspace.clone()));
    html! {
        <ContextProvider<UseReducerHandle<History>> context={history}>
            <Layout route={props.route.clone()} />
        </ContextProvider<UseReducerHandle<History>>>
    }
}

fn layout_with(route: Route, workspace: Workspace) -> String {
    render::<Harness>(HarnessProps { route, workspace })
}

fn layout(route: Route) -> String {
    layout_with(route, Workspace::default())
}

/// The opening tags (`<a href=...>`) that contain `needle`, whatever the attribute order.
fn tags_containing(html: &str, needle: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|rest| format!("<{}>", rest.split('>').next().unwrap_or(rest)))
        .filter(|tag| tag.contains(needle))
        .collect()
}

#[test]
fn layout_has_banner_navigation_main_and_footer_landmarks() {
    let html = layout(Route::HOME);
    for landmark in ["<header", "<nav", "<main", "<footer"] {
        assert_eq!(html.matches(landmark).count(), 1, "{landmark} in {html}");
    }
    assert!(html.contains(r#"aria-label="Main""#));
    assert!(
        html.contains(r#"class="brand__name">Rolecase</p>"#),
        "{html}"
    );
    assert!(html.contains("Make the case for the developer-relations work you already do."));
    assert!(html.contains("Your data stays in this browser."));
}

#[test]
fn each_area_marks_only_its_own_link_as_current() {
    for area in Area::ALL {
        let html = layout(Route::Area(area));
        let current = tags_containing(&html, r#"aria-current="page""#);
        assert_eq!(current.len(), 1, "{area:?}: {current:?}");
        assert!(
            current[0].contains(&format!(r#"href="{}""#, area.href())),
            "{area:?}: {current:?}"
        );
        assert!(
            current[0].contains("area-nav__link--current"),
            "the current link is also styled differently, not only announced"
        );
    }
}

#[test]
fn each_area_has_exactly_one_focusable_main_heading_with_its_name() {
    for area in Area::ALL {
        let html = layout(Route::Area(area));
        let headings = tags_containing(&html, "<h1");
        assert_eq!(headings.len(), 1, "{area:?}");
        assert!(headings[0].contains(r#"id="main-heading""#), "{headings:?}");
        assert!(headings[0].contains(r#"tabindex="-1""#), "{headings:?}");
        let label = area.label().replace('&', "&amp;");
        assert!(html.contains(&format!(">{label}</h1>")), "{area:?}");
    }
}

#[test]
fn navigation_links_are_numbered_in_the_order_of_the_work() {
    let html = render::<AreaNav>(AreaNavProps { current: None });
    let positions: Vec<usize> = Area::ALL
        .iter()
        .map(|area| {
            html.find(&format!(r#"href="{}""#, area.href()))
                .expect("link")
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{html}");
    assert!(
        !html.contains("aria-current"),
        "nothing is current on an unknown page"
    );
    let steps = tags_containing(&html, "area-nav__step");
    assert_eq!(steps.len(), 3);
    assert!(steps
        .iter()
        .all(|tag| tag.contains(r#"aria-hidden="true""#)));
    for step in 1..=3 {
        assert!(html.contains(&format!(r#"class="area-nav__step">{step}</span>"#)));
    }
}

#[test]
fn activities_page_lists_every_group_of_work_when_empty() {
    let html = layout(Route::Area(Area::Activities));
    assert!(html.contains("Nothing recorded yet"));
    for group in ActivityGroup::ALL {
        assert!(
            html.contains(&format!(">{}</h3>", group.label())),
            "{group:?}"
        );
        for kind in group.kinds() {
            assert!(
                html.contains(&format!("<li>{}</li>", kind.label)),
                "{}",
                kind.id
            );
        }
    }
}

#[test]
fn proposal_and_export_pages_point_back_to_activities_when_empty() {
    for area in [Area::Proposal, Area::Export] {
        let html = layout(Route::Area(area));
        let links = tags_containing(&html, r##"href="#/activities""##);
        assert_eq!(
            links.len(),
            2,
            "nav link plus the empty-state link on {area:?}"
        );
    }
}

#[test]
fn unknown_page_escapes_the_path_it_echoes() {
    let html = layout(Route::from_fragment("#/<script>alert(1)</script>"));
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Page not found"));
    assert!(!html.contains("aria-current"));
}

#[test]
fn page_intro_escapes_its_text() {
    let html = render::<PageIntro>(PageIntroProps {
        title: "Ops & <Docs>".into(),
        lede: "\"quoted\"".into(),
    });
    assert!(html.contains("Ops &amp; &lt;Docs&gt;"), "{html}");
    assert!(html.contains(r#"id="main-heading""#));
}

#[test]
fn footer_icon_is_hidden_from_assistive_technology() {
    let html = render::<SiteFooter>(());
    let svg = tags_containing(&html, "<svg");
    assert_eq!(svg.len(), 1);
    assert!(svg[0].contains(r#"aria-hidden="true""#), "{svg:?}");
}
