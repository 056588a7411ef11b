//! How full local storage is. Browsers do not tell how much local storage may hold;
//! Chromium, Firefox and Safari all hold about five million characters per site (keys
//! and values, counted in UTF-16 code units) before `setItem` throws a quota error.

/// What local storage holds per site, in characters (the common limit of 5 MiB,
/// rounded down: a warning a little early is better than a failed save).
pub const LOCAL_STORAGE_CHARS: usize = 5_000_000;

/// Above this share of [`LOCAL_STORAGE_CHARS`] the data page warns.
pub const WARN_SHARE: f64 = 0.8;

/// How much of local storage is used.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LocalUse {
    pub chars: usize,
    /// Of [`LOCAL_STORAGE_CHARS`], 0 to 1 (more if a browser holds more).
    pub share: f64,
    /// Whether the user should make room (export, delete the backup).
    pub warn: bool,
}

pub fn local_use(chars: usize) -> LocalUse {
    let share = chars as f64 / LOCAL_STORAGE_CHARS as f64;
    LocalUse {
        chars,
        share,
        warn: share > WARN_SHARE,
    }
}

/// Megabytes as people read them (a character counted as a byte, as the browsers'
/// "5 MB" is meant): one decimal.
pub fn megabytes(chars_or_bytes: f64) -> f64 {
    (chars_or_bytes / 100_000.0).round() / 10.0
}
