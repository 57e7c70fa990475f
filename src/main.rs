//! Browser entry point: install the visible panic handler, then mount the app.

fn main() {
    rolecase::services::panic::install();
    rolecase::app::mount();
}
