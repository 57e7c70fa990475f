//! Presentational widgets: props in, callbacks out, no browser I/O, so they render natively too.

pub mod area_nav;
pub mod page_intro;
pub mod site_footer;
pub mod site_header;

pub use area_nav::AreaNav;
pub use page_intro::{PageIntro, MAIN_HEADING_ID};
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
