//! Which area of the app the URL fragment points at; pure so it can be tested natively.
//!
//! Routes live in the fragment (`#/proposal`) rather than the path, so the release build can be
//! hosted under any sub-path of a plain static server and reloading never asks the server for
//! a page it does not have.

/// One of the three working areas of the app, in navigation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    Activities,
    Proposal,
    Export,
}

impl Area {
    /// Every area, in the order the navigation shows them.
    pub const ALL: [Area; 3] = [Area::Activities, Area::Proposal, Area::Export];

    /// The path segment after `#/`.
    pub fn slug(self) -> &'static str {
        match self {
            Area::Activities => "activities",
            Area::Proposal => "proposal",
            Area::Export => "export",
        }
    }

    /// The name shown in the navigation and as the page heading.
    pub fn label(self) -> &'static str {
        match self {
            Area::Activities => "Activities",
            Area::Proposal => "Proposal",
            Area::Export => "Export & share",
        }
    }

    /// The `href` that links to this area.
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }
}

/// Where the URL fragment points: a known area, or something we do not recognise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Area(Area),
    /// A proposal shared by link: the payload after `#/shared/`, read-only.
    Shared(String),
    /// The same shared proposal alone, for an iframe: the payload after `#/embed/`.
    Embed(String),
    /// The fragment did not name an area; holds the path as typed, for the error message.
    NotFound(String),
}

/// Longest unknown path we echo back to the user; the rest is cut with an ellipsis.
const MAX_ECHOED_PATH: usize = 80;

impl Route {
    /// The route shown when the fragment is empty.
    pub const HOME: Route = Route::Area(Area::Activities);

    /// Reads a decoded fragment (`""`, `"#"`, `"#/proposal"`, ...), as `services::location` gives it.
    pub fn from_fragment(fragment: &str) -> Route {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        if path.is_empty() {
            return Route::HOME;
        }
        // A trailing slash was cut above, so an empty payload arrives as the bare word.
        match path {
            "shared" => return Route::Shared(String::new()),
            "embed" => return Route::Embed(String::new()),
            _ => {}
        }
        if let Some(payload) = path.strip_prefix("shared/") {
            return Route::Shared(payload.to_owned());
        }
        if let Some(payload) = path.strip_prefix("embed/") {
            return Route::Embed(payload.to_owned());
        }
        Area::ALL
            .into_iter()
            .find(|area| area.slug() == path)
            .map(Route::Area)
            .unwrap_or_else(|| Route::NotFound(echoable(path)))
    }

    /// The area this route highlights in the navigation, if any.
    pub fn area(&self) -> Option<Area> {
        match self {
            Route::Area(area) => Some(*area),
            Route::Shared(_) | Route::Embed(_) | Route::NotFound(_) => None,
        }
    }

    /// The text for `document.title`.
    pub fn document_title(&self) -> String {
        match self {
            Route::Area(area) => format!("{} · Rolecase", area.label()),
            Route::Shared(_) | Route::Embed(_) => "Shared proposal · Rolecase".to_owned(),
            Route::NotFound(_) => "Page not found · Rolecase".to_owned(),
        }
    }
}

fn echoable(path: &str) -> String {
    if path.chars().count() <= MAX_ECHOED_PATH {
        return path.to_owned();
    }
    let mut cut: String = path.chars().take(MAX_ECHOED_PATH).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_fragments_lead_home() {
        for fragment in ["", "#", "#/", "/"] {
            assert_eq!(Route::from_fragment(fragment), Route::HOME, "{fragment:?}");
        }
    }

    #[test]
    fn every_area_round_trips_through_its_href() {
        for area in Area::ALL {
            assert_eq!(Route::from_fragment(&area.href()), Route::Area(area));
            assert_eq!(
                Route::from_fragment(&format!("{}/", area.href())),
                Route::Area(area),
                "a trailing slash is tolerated"
            );
        }
    }

    #[test]
    fn slugs_are_distinct_and_url_safe() {
        let slugs: Vec<_> = Area::ALL.iter().map(|a| a.slug()).collect();
        for (i, slug) in slugs.iter().enumerate() {
            assert!(slug.chars().all(|c| c.is_ascii_lowercase()), "{slug}");
            assert!(!slugs[i + 1..].contains(slug), "duplicate slug {slug}");
        }
    }

    #[test]
    fn unknown_paths_are_reported_not_redirected() {
        assert_eq!(
            Route::from_fragment("#/Proposal"),
            Route::NotFound("Proposal".into()),
            "paths are case-sensitive so a typo is visible"
        );
        assert_eq!(
            Route::from_fragment("#/export/extra"),
            Route::NotFound("export/extra".into())
        );
        assert_eq!(Route::from_fragment("#/nope").area(), None);
    }

    #[test]
    fn shared_and_embedded_proposals_keep_their_payload() {
        assert_eq!(
            Route::from_fragment("#/shared/1abc-_"),
            Route::Shared("1abc-_".into())
        );
        assert_eq!(
            Route::from_fragment("#/embed/1xyz"),
            Route::Embed("1xyz".into())
        );
        assert_eq!(
            Route::from_fragment("#/shared/"),
            Route::Shared(String::new())
        );
        assert_eq!(Route::Shared("x".into()).area(), None);
    }

    #[test]
    fn very_long_unknown_paths_are_cut_on_a_character_boundary() {
        let long = "é".repeat(500);
        let Route::NotFound(echoed) = Route::from_fragment(&format!("#/{long}")) else {
            panic!("expected NotFound");
        };
        assert_eq!(echoed.chars().count(), MAX_ECHOED_PATH + 1);
        assert!(echoed.ends_with('…'));
    }

    #[test]
    fn titles_name_the_area_then_the_product() {
        assert_eq!(
            Route::Area(Area::Export).document_title(),
            "Export & share · Rolecase"
        );
        assert_eq!(
            Route::NotFound("x".into()).document_title(),
            "Page not found · Rolecase"
        );
    }
}
