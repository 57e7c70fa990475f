//! Pure numbers and views over the activities: no browser, no clock.

pub mod impact;
pub mod inventory;
