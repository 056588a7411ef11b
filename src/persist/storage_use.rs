//! How full the browser's storage for this site is. The workspace lives in IndexedDB,
//! whose room the browser sets per site (Chromium: a share of the free disk; Firefox:
//! up to 10 GB; Safari: about 1 GB, more on request) and reports through
//! `navigator.storage.estimate()`: what the site uses and what it may use.

/// Above this share of the quota the data page warns.
pub const WARN_SHARE: f64 = 0.8;

/// How much of the site's storage is used.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StorageUse {
    /// Bytes used by the site (the workspace, its backup, the offline copy of the app).
    pub used: f64,
    /// Bytes the browser lets the site use.
    pub quota: f64,
    /// `used` of `quota`, 0 to 1 (0 if the browser names no quota).
    pub share: f64,
    /// Whether the user should make room (export, delete what is not needed).
    pub warn: bool,
}

pub fn storage_use(used: f64, quota: f64) -> StorageUse {
    let share = if quota > 0.0 { used / quota } else { 0.0 };
    StorageUse {
        used,
        quota,
        share,
        warn: share > WARN_SHARE,
    }
}

/// A size as people read it: megabytes with one decimal below a gigabyte, else
/// gigabytes with one decimal (decimal units, as the browsers report them).
pub fn readable_size(bytes: f64) -> (f64, &'static str) {
    let round = |v: f64| (v * 10.0).round() / 10.0;
    if bytes < 1e9 {
        (round(bytes / 1e6), "MB")
    } else {
        (round(bytes / 1e9), "GB")
    }
}
