//! Presentational widgets: props in, callbacks out, no browser I/O, so they render natively too.

pub mod activity_editor;
pub mod activity_row;
pub mod area_nav;
pub mod chart_view;
pub mod data_banner;
pub mod document_view;
pub mod form_events;
pub mod form_fields;
pub mod page_intro;
pub mod profile_form;
pub mod proposal_settings;
pub mod save_indicator;
pub mod site_footer;
pub mod site_header;

pub use activity_editor::ActivityEditor;
pub use activity_row::ActivityRow;
pub use area_nav::area_nav;
pub use chart_view::chart_view;
pub use data_banner::{data_banner, BannerAction};
pub use document_view::DocumentView;
pub use page_intro::{page_intro, MAIN_HEADING_ID};
pub use profile_form::profile_form;
pub use proposal_settings::ProposalSettingsForm;
pub use save_indicator::{save_indicator, SaveStatus};
pub use site_footer::site_footer;
pub use site_header::site_header;
