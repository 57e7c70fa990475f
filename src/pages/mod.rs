//! One file per screen.

pub mod activities;
pub mod export;
pub mod hooks;
pub mod not_found;
pub mod proposal;
pub mod shared;

pub use activities::ActivitiesPage;
pub use export::ExportPage;
pub use not_found::not_found_page;
pub use proposal::ProposalPage;
pub use shared::SharedPage;
