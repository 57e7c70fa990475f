//! Time: today's date (read when the user acts or a page works out what to show, so natively
//! rendered pages see the host's date), and delays.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use gloo::render::AnimationFrame;
use gloo::timers::callback::Timeout;

/// The current date in the user's time zone.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
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
