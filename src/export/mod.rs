//! The forms in which a proposal and its data leave Rolecase: pure encoders and decoders, each
//! rendering the same `Document` (or reading the same `Workspace`) the app shows.

pub mod backup;
pub mod csv;
pub mod html;
pub mod markdown;
pub mod share;
