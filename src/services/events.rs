//! Page-wide events the app reacts to: the page being hidden, and the undo/redo shortcuts.
//! Each function returns a guard; dropping it stops listening.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// Stops listening when dropped.
pub struct Listening {
    _listeners: Vec<EventListener>,
}

impl Listening {
    /// Keeps `listeners` alive until this guard is dropped.
    pub fn new(listeners: Vec<EventListener>) -> Listening {
        Listening {
            _listeners: listeners,
        }
    }
}

/// Calls `on_hidden` when the page is hidden or unloaded. Mobile browsers often skip `pagehide`,
/// and a hidden page may never come back, so both are heard.
pub fn on_page_hidden(on_hidden: impl Fn() + 'static) -> Listening {
    let on_hidden = std::rc::Rc::new(on_hidden);
    let on_hide = std::rc::Rc::clone(&on_hidden);
    let hide = EventListener::new(&gloo::utils::window(), "pagehide", move |_| on_hide());
    let visibility = EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
        if gloo::utils::document().hidden() {
            on_hidden();
        }
    });
    Listening::new(vec![hide, visibility])
}

/// Which history step a keyboard shortcut asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryShortcut {
    Undo,
    Redo,
}

/// Calls `on_shortcut` for Ctrl/Cmd+Z (undo) and Shift+Ctrl/Cmd+Z or Ctrl/Cmd+Y (redo), except in
/// text fields, where the browser's own text undo is what the user means.
pub fn on_history_shortcut(on_shortcut: impl Fn(HistoryShortcut) + 'static) -> Listening {
    let options = EventListenerOptions::enable_prevent_default();
    let listener =
        EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if !(key.ctrl_key() || key.meta_key()) || key.alt_key() {
                return;
            }
            let in_text_field = key
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|element| match element.tag_name().as_str() {
                    "TEXTAREA" => true,
                    "INPUT" => !matches!(
                        element.get_attribute("type").as_deref(),
                        Some("checkbox" | "radio" | "button" | "submit")
                    ),
                    _ => false,
                });
            if in_text_field {
                return;
            }
            let shortcut = match key.key().to_ascii_lowercase().as_str() {
                "z" if key.shift_key() => HistoryShortcut::Redo,
                "z" => HistoryShortcut::Undo,
                "y" => HistoryShortcut::Redo,
                _ => return,
            };
            key.prevent_default();
            on_shortcut(shortcut);
        });
    Listening::new(vec![listener])
}
