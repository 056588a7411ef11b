//! Keystone: a Key Account Management workbench that runs entirely in the browser.
//!
//! Dependencies point one way: `ui → state → domain`, `charts → domain`,
//! `persist → domain`. The domain knows nothing of the browser.

pub mod charts;
pub mod domain;
pub mod i18n;
pub mod persist;
pub mod state;
pub mod ui;

/// The version written into every exported file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
