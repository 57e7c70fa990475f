//! Today's date, read only when the user acts, never while rendering.

use chrono::NaiveDate;

/// The current date in the user's time zone.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
