//! Rolecase: record the developer-relations work you already do and turn it into a role proposal.
//!
//! `model`, `route`, `document` and `export` are pure and never touch the browser;
//! `services` is the only layer that does; `components` and `pages` render props to HTML.

pub mod analysis;
pub mod app;
pub mod base64url;
pub mod case;
pub mod components;
pub mod document;
pub mod export;
pub mod model;
pub mod order;
pub mod pages;
pub mod route;
pub mod services;
pub mod state;

/// In the browser, memory comes from talc rather than the standard library's dlmalloc: 1.4 KB
/// less brotli, and no slower at start-up or while typing (DEVELOPERS.md).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
