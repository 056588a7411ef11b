//! What a file is by its first bytes, before any reader is fetched: an .xlsx (a zip),
//! a password-protected Office file, an old Excel file, or something else (text).

/// What a file's content says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    /// A zip archive: an .xlsx (or another Office Open XML file).
    Zip,
    /// An encrypted Office file: an OLE compound file holding `EncryptionInfo` and
    /// `EncryptedPackage`, as Excel saves a workbook with a password to open it.
    Encrypted,
    /// Another OLE compound file: an old Excel workbook (.xls, Excel 97–2003).
    OldExcel,
    /// Anything else (CSV, text).
    Other,
}

const ZIP: &[u8] = b"PK\x03\x04";
const COMPOUND: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// `name` as the UTF-16LE bytes of a compound file's directory entry.
fn utf16le(name: &str) -> Vec<u8> {
    name.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// What `bytes` are, by content (the name may say anything).
pub fn content_kind(bytes: &[u8]) -> Content {
    if bytes.starts_with(ZIP) {
        Content::Zip
    } else if bytes.starts_with(COMPOUND) {
        if contains(bytes, &utf16le("EncryptedPackage")) {
            Content::Encrypted
        } else {
            Content::OldExcel
        }
    } else {
        Content::Other
    }
}
