//! Pure data about developer-relations work; no browser, no clock.

pub mod taxonomy;
