//! Pure data about developer-relations work: no browser, no clock, no UI types.

pub mod activity;
pub mod dates;
pub mod decimal;
pub mod generated;
pub mod journey;
pub mod json;
pub mod metric;
pub mod profile;
pub mod proposal;
pub mod sample;
pub mod taxonomy;
pub mod validation;
pub mod workspace;
