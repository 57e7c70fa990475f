//! The only code that touches the browser: location, the page itself, files, the clipboard,
//! storage and the panic screen.

pub mod clipboard;
pub mod clock;
pub mod events;
pub mod files;
pub mod location;
pub mod page;
pub mod panic;
pub mod storage;
