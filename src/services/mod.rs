//! The only code that touches the browser: location, the page itself, files, the clipboard,
//! storage, share-link compression and the panic screen.

pub mod clipboard;
pub mod clock;
pub mod events;
pub mod files;
pub mod location;
pub mod page;
pub mod panic;
pub mod share;
pub mod storage;
