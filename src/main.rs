//! Entry point: a panic hook for readable errors, then mount the app.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(keystone::ui::App);
}
