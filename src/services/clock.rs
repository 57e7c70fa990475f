//! Time: today's date (read when the user acts or a page works out what to show, so natively
//! rendered pages see the host's date), and delays.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::AnimationFrame;
use gloo::timers::callback::Timeout;

use crate::model::dates::Date;

/// The current date in the user's time zone: the browser's clock in the app, the host's in
/// native builds (chrono there, which the wasm does without).
pub fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    let (year, month, day) = {
        let now = js_sys::Date::new_0();
        (
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        )
    };
    #[cfg(not(target_arch = "wasm32"))]
    let (year, month, day) = {
        use chrono::Datelike;
        let now = chrono::Local::now().date_naive();
        (now.year(), now.month(), now.day())
    };
    Date::from_ymd_opt(year, month, day).expect("the clock's date is a real date")
}

/// A call scheduled for later; dropping it cancels the call.
pub struct Pending {
    _frame: Option<AnimationFrame>,
    _timeout: Rc<RefCell<Option<Timeout>>>,
}

/// Calls `then` after `milliseconds`, unless the returned `Pending` is dropped first.
pub fn after(milliseconds: u32, then: impl FnOnce() + 'static) -> Pending {
    Pending {
        _frame: None,
        _timeout: Rc::new(RefCell::new(Some(Timeout::new(milliseconds, then)))),
    }
}

/// Calls `then` once the browser has drawn its next frame (a task posted from the frame's
/// animation callback runs after its layout and paint), unless the returned `Pending` is
/// dropped first.
pub fn after_next_frame(then: impl FnOnce() + 'static) -> Pending {
    let timeout = Rc::new(RefCell::new(None));
    let frame = {
        let timeout = Rc::clone(&timeout);
        gloo::render::request_animation_frame(move |_| {
            *timeout.borrow_mut() = Some(Timeout::new(0, then));
        })
    };
    Pending {
        _frame: Some(frame),
        _timeout: timeout,
    }
}
