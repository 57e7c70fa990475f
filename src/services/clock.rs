//! Time: today's date (read when the user acts or a page works out what to show, so natively
//! rendered pages see the host's date), and delays.

use chrono::NaiveDate;

/// The current date in the user's time zone.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A call scheduled for later; dropping it cancels the call.
pub struct Pending {
    _timeout: gloo::timers::callback::Timeout,
}

/// Calls `then` after `milliseconds`, unless the returned `Pending` is dropped first.
pub fn after(milliseconds: u32, then: impl FnOnce() + 'static) -> Pending {
    Pending {
        _timeout: gloo::timers::callback::Timeout::new(milliseconds, then),
    }
}
