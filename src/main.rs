//! Entry point: a panic hook for readable errors, then read storage and mount the app.

fn main() {
    console_error_panic_hook::set_once();
    keystone::ui::start();
}
