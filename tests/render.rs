//! Component render tests: real components rendered to HTML with `LocalServerRenderer`.
#![cfg(not(target_arch = "wasm32"))]

use rolecase::app;
use rolecase::components::{area_nav, page_intro, site_footer};
use std::rc::Rc;

use rolecase::analysis::inventory::{index, ordered, select, Filter, SortOrder};
use rolecase::components::activity_editor::ActivityEditorProps;
use rolecase::components::document_view::DocumentViewProps;
use rolecase::components::{ActivityEditor, DocumentView};
use rolecase::document::{build, SectionKind};
use rolecase::model::activity::{Activity, ActivityId};
use rolecase::model::dates::Date;
use rolecase::model::sample::sample_workspace;
use rolecase::model::taxonomy::{ActivityGroup, KindId};
use rolecase::model::validation::ActivityDraft;
use rolecase::model::workspace::Workspace;
use rolecase::pages::activities::NEW_ROWS_PER_FRAME;
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
struct ViewProps {
    html: Html,
}

/// Shows markup made by a plain view function, for the ones that are not components.
#[function_component(View)]
fn view(props: &ViewProps) -> Html {
    props.html.clone()
}

fn render_html(html: Html) -> String {
    render::<View>(ViewProps { html })
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
            { app::layout(&props.route, Html::default(), Html::default()) }
        </ContextProvider<UseReducerHandle<History>>>
    }
}

fn layout_with(route: Route, workspace: Workspace) -> String {
    render::<Harness>(HarnessProps { route, workspace })
}

fn layout(route: Route) -> String {
    layout_with(route, Workspace::default())
}

/// The whole proposal for `workspace`, with the controls the Proposal page gives it. The page
/// itself draws the first section at once and the others a frame later, which only a browser
/// does (tests/e2e/proposal.test.mjs).
fn whole_document(workspace: &Workspace) -> String {
    let today = Date::from_ymd_opt(2026, 11, 22).unwrap();
    render::<DocumentView>(DocumentViewProps {
        document: Rc::new(build(workspace, today)),
        editor: None,
        on_edit: Some(Callback::noop()),
        on_reset: Some(Callback::noop()),
        drawn_sections: None,
    })
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
    let html = render_html(area_nav(None));
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
fn a_new_user_is_asked_which_kinds_of_work_they_have_done() {
    let html = layout(Route::Area(Area::Activities));
    assert!(html.contains("Which of these have you already done?"));
    for group in ActivityGroup::ALL {
        assert!(
            html.contains(&format!(">{}</legend>", group.label())),
            "{group:?}"
        );
        for kind in group.kinds() {
            let checkbox = format!(r#"id="first-run-{}""#, kind.id);
            assert!(html.contains(&checkbox), "{}", kind.id);
            assert!(html.contains(kind.label), "{}", kind.id);
        }
    }
    assert!(html.contains("Explore a sample workspace"));
    assert!(
        !html.contains("<table"),
        "no list before anything is recorded"
    );
}

#[test]
fn the_list_shows_totals_and_draws_a_screenful_of_the_sample_first() {
    let workspace = sample_workspace(Date::from_ymd_opt(2026, 11, 22).unwrap());
    let count = workspace.activities.len();
    assert!(
        count > NEW_ROWS_PER_FRAME,
        "the sample is longer than a screenful"
    );
    let html = layout_with(Route::Area(Area::Activities), workspace.clone());
    assert!(
        html.contains(&format!("{count} activities · ")),
        "totals line"
    );
    // The first render draws the first rows in order; the browser adds the rest after a pause,
    // a frame at a time (tests/e2e/inventory.test.mjs).
    assert_eq!(
        html.matches(r#"class="activity-row""#).count(),
        NEW_ROWS_PER_FRAME
    );
    assert!(html.contains("You are exploring a sample workspace."));
    let search_index = index(&workspace.activities, &workspace.custom_kinds);
    let in_order = select(
        &search_index,
        &ordered(&search_index, SortOrder::default()),
        &Filter::default(),
    );
    let mut rest = html.as_str();
    for activity in &in_order[..NEW_ROWS_PER_FRAME] {
        let escaped = activity.title.replace('&', "&amp;").replace('<', "&lt;");
        let at = rest
            .find(&escaped)
            .unwrap_or_else(|| panic!("{} drawn, in order", activity.title));
        rest = &rest[at + escaped.len()..];
    }
    let select_boxes = tags_containing(&html, "aria-label=\"Select \u{201c}");
    assert_eq!(
        select_boxes.len(),
        NEW_ROWS_PER_FRAME,
        "every row drawn can be ticked, and each box is named"
    );
    for label in ["Search", "Group", "Kind", "Journey stage", "Year", "Sort"] {
        assert!(
            html.contains(&format!(">{label}</label>")),
            "{label} has a visible label"
        );
    }
}

#[test]
fn the_editor_shows_each_problem_beside_its_field_and_keeps_the_text() {
    let draft = ActivityDraft {
        kind: KindId::builtin("workshop"),
        title: "<script>x</script>".into(),
        hours: "lots".into(),
        ..ActivityDraft::default()
    };
    let errors = draft.validate(ActivityId(1)).unwrap_err();
    let html = render::<ActivityEditor>(ActivityEditorProps {
        draft,
        errors: Rc::new(errors),
        is_new: true,
        custom_kinds: Rc::default(),
        reuse_options: Rc::default(),
        on_edit: Callback::noop(),
        on_save: Callback::noop(),
        on_cancel: Callback::noop(),
        cancel_label: "Cancel".into(),
        on_add_kind: Callback::noop(),
    });
    assert!(html.contains("Fix these 2 things before saving:"), "{html}");
    let hours = tags_containing(&html, r#"id="activity-hours""#);
    assert!(hours[0].contains(r#"aria-invalid="true""#), "{hours:?}");
    assert!(hours[0].contains(r#"aria-describedby="activity-hours-hint activity-hours-error""#));
    assert!(html.contains(r#"id="activity-hours-error""#));
    assert!(!html.contains("<script>x"), "typed text is escaped");
    assert!(html.contains("&lt;script&gt;x&lt;/script&gt;"));
    for (id, label) in [
        ("activity-kind", "Kind"),
        ("activity-title", "Title"),
        ("activity-start", "Date"),
        ("activity-end", "End date"),
        ("activity-hours", "Hours invested"),
        ("activity-audience", "Audience"),
        ("activity-channel", "Channel or venue"),
        ("activity-direction", "Direction"),
        ("activity-links", "Evidence links"),
        ("activity-outcome", "What happened as a result"),
        ("activity-status", "Status"),
        ("activity-reuse", "Re-use of"),
        ("activity-tags", "Tags"),
    ] {
        assert!(
            html.contains(&format!(r#"<label for="{id}">{label}</label>"#)),
            "{id}"
        );
    }
    assert!(html.contains(">Journey stages it serves</legend>"));
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
    let html = render_html(page_intro("Ops & <Docs>", "\"quoted\""));
    assert!(html.contains("Ops &amp; &lt;Docs&gt;"), "{html}");
    assert!(html.contains(r#"id="main-heading""#));
}

#[test]
fn footer_icon_is_hidden_from_assistive_technology() {
    let html = render_html(site_footer());
    let svg = tags_containing(&html, "<svg");
    assert_eq!(svg.len(), 1);
    assert!(svg[0].contains(r#"aria-hidden="true""#), "{svg:?}");
}

#[test]
fn the_proposal_shows_every_section_beside_labelled_settings() {
    let workspace = sample_workspace(Date::from_ymd_opt(2026, 11, 22).unwrap());
    let page = layout_with(Route::Area(Area::Proposal), workspace.clone());
    for label in [
        "Who will read it",
        "Title to ask for",
        "Share of the week to ask for (%)",
        "Budget to ask for",
    ] {
        assert!(page.contains(&format!(">{label}</label>")), "{label}");
    }
    // The page draws the executive summary first and says the document is still coming.
    assert!(page.contains(r#"aria-busy="true""#));
    assert!(page.contains(r#"id="doc-executive-summary""#));
    assert!(!page.contains(r#"id="doc-role-definition""#));
    let html = whole_document(&workspace);
    assert!(!html.contains("aria-busy"));
    for section in SectionKind::ALL {
        assert!(
            html.contains(&format!(r#"id="doc-{}""#, section.slug())),
            "{section:?} has its heading"
        );
        assert_eq!(
            tags_containing(&html, &format!("Edit \u{201c}{}\u{201d}", section.title())).len(),
            1,
            "{section:?} can be edited"
        );
        assert_eq!(
            tags_containing(&page, &format!("Move \u{201c}{}\u{201d}", section.title())).len(),
            2,
            "{section:?} can be moved up and down"
        );
    }
    let charts = tags_containing(&html, r#"role="img""#);
    assert_eq!(charts.len(), 3, "{charts:?}");
    for chart in charts {
        let described_by = chart
            .split("aria-describedby=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("each chart points at its summary");
        assert!(html.contains(&format!(r#"id="{described_by}""#)));
    }
    assert!(html.contains("<caption"), "tables have captions");
    assert!(!page.contains("No proposal yet"));
}

#[test]
fn the_proposal_escapes_what_the_user_typed_and_links_only_to_the_web() {
    let mut workspace = Workspace::default();
    workspace.profile.name = "<b>Ada</b>".into();
    let hostile: Activity = rolecase::model::json::from_str(
        r#"{"id":1,"kind":"blog-post","title":"<script>alert(1)</script>","dates":{"start":"2026-03-01"},"hours":2,
            "outcome":"<img src=x onerror=alert(2)>","links":["javascript:alert(3)"]}"#,
    )
    .unwrap();
    workspace.activities.push(Rc::new(hostile));
    let page = layout_with(Route::Area(Area::Proposal), workspace.clone());
    let html = whole_document(&workspace);
    for html in [&page, &html] {
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<img src=x"));
        assert!(!html.contains("<b>Ada"));
        assert!(
            !html.contains(r#"href="javascript"#),
            "only http and https become links"
        );
    }
    assert!(page.contains("&lt;b&gt;Ada&lt;/b&gt;"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn a_rewritten_section_is_marked_and_offers_a_reset() {
    let mut workspace = sample_workspace(Date::from_ymd_opt(2026, 11, 22).unwrap());
    workspace.proposal = workspace
        .proposal
        .with_override(SectionKind::Asks, Some("- A title\n- Time"));
    let html = whole_document(&workspace);
    assert!(html.contains(r#"<span class="badge">Your text</span>"#));
    assert_eq!(
        tags_containing(&html, "Reset \u{201c}The asks\u{201d} to generated").len(),
        1
    );
    assert!(html.contains("<li>A title</li>"));
    assert_eq!(
        tags_containing(&html, "to generated").len(),
        1,
        "only the rewritten section offers a reset"
    );
}
