//! The user's own workspace file ("Open file…", "Save", "Save as…"): which file the
//! workspace is linked to and whether it has changed since it was last written there.
//! Picking and writing files (File System Access API, or a download) is in
//! [`super::file_access`] and `ui::file`, fetched as chunks.

use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;

/// The linked file as a reload finds it: [`FileLink::stored_text`].
pub const KEY_FILE: &str = "keystone.file";
/// When and under which name the workspace was last exported or saved to a file.
pub const KEY_LAST_COPY: &str = "keystone.last-copy";

/// The file the workspace was opened from or last saved to.
#[derive(Clone, Debug)]
pub struct FileLink {
    pub name: String,
    /// The `FileSystemFileHandle` that Save writes to. None where the browser has no
    /// File System Access API, and after a reload (Save then asks where to save,
    /// suggesting the same name).
    pub handle: Option<SendWrapper<JsValue>>,
    /// [`content_hash`] of the workspace as last written to (or read from) the file.
    pub content: u64,
    /// Whether the workspace differs from the file (checked at every autosave).
    pub changed: bool,
}

impl FileLink {
    /// `<content hash> <0|1 changed> <name>`.
    pub fn stored_text(&self) -> String {
        format!("{} {} {}", self.content, u8::from(self.changed), self.name)
    }

    pub fn from_stored(text: &str) -> Option<FileLink> {
        let (content, rest) = text.split_once(' ')?;
        let (changed, name) = rest.split_once(' ')?;
        let content = content.parse().ok()?;
        (!name.is_empty()).then(|| FileLink {
            name: name.to_string(),
            handle: None,
            content,
            changed: changed == "1",
        })
    }
}

/// Identifies a workspace's content: a hash of its sections' JSON (the parts autosave
/// keeps), so timestamps and the save counter do not count as changes. FNV-1a: a few
/// lines in the main module where SipHash costs about 1 KB, and the same in every
/// browser and version, so a stored hash stays comparable.
pub fn content_hash<'a>(parts: impl IntoIterator<Item = &'a str>) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        // A separator after each part: ("ab", "c") and ("a", "bc") differ.
        for &byte in part.as_bytes().iter().chain(&[0xff]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(PRIME);
        }
    }
    hash
}

/// The last copy made, from [`KEY_LAST_COPY`]: `(ISO time, file name)`.
pub fn last_copy(text: &str) -> Option<(&str, &str)> {
    text.split_once('\t')
}
