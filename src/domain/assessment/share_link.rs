//! A self-assessment result or a workshop invitation as the code in a link
//! (`#/assessment/shared/<code>`, `#/assessment/join/<code>`): no server is involved,
//! the part after `#` never leaves the browser. Format (docs/file-format.md, "Links"):
//!
//! ```text
//! code  = base64url without padding of: header, body, CRC-32 (4 bytes, little endian)
//! header: version in the high four bits, flags in the low four
//!         (1: the body is compressed with deflate-raw, 2: an invitation)
//! body of a result:     levels (12 × 3 bits in 5 bytes, 0 = not answered), date,
//!                       respondent, workshop, comment mask (bit n = area n), comments
//! body of an invitation: workshop, language code, 0/1 and the deadline's date
//! text  = varint length + UTF-8;  date = zigzag varint of days since 2000-01-01
//! ```
//!
//! The CRC covers header and body, so a damaged or altered link is told from a link of
//! a newer version (whose header says so). Compression is done by the browser
//! (`CompressionStream`) in the UI layer; this module only carries the flag.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::{Area, Assessment, MAX_RATING};
use crate::domain::day::Day;

/// The format version this build writes and the newest it reads.
pub const VERSION: u8 = 1;
const FLAG_COMPRESSED: u8 = 1;
const FLAG_INVITATION: u8 = 2;
/// Bodies at least this long are worth compressing (shorter ones grow).
pub const COMPRESS_FROM: usize = 48;
/// The largest body a link may unpack to: a bomb of zeros is refused, not unpacked.
pub const MAX_BODY: usize = 64 * 1024;
/// Past this many characters a whole link is too long for some messengers and mail
/// programs: the file is offered instead.
pub const LINK_LIMIT: usize = 2000;
/// The longest code read at all (a pasted text could be anything).
const MAX_CODE: usize = 200_000;
const LEVEL_BYTES: usize = 5;

/// Why a code cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Not base64url, or its check sum does not match: cut, damaged or altered.
    Damaged,
    /// The check sum matches but the content ends early or carries extra bytes.
    Truncated,
    /// Written by a newer version of Keystone.
    NewerVersion(u8),
    /// A level outside 0-5 (0: not answered).
    LevelOutOfRange,
    /// A text is not UTF-8.
    NotText,
    /// An invitation where a result was expected, or the other way round.
    WrongKind,
    /// Unpacks to more than [`MAX_BODY`] bytes.
    TooLarge,
}

/// What a code holds before its body is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub invitation: bool,
    /// The body is deflate-raw compressed: unpack it before reading.
    pub compressed: bool,
    pub body: Vec<u8>,
}

/// A workshop invitation: where the answers go, in which language, by when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub workshop: String,
    /// The UI language code (`en`, `de`); an unknown one is kept as it is.
    pub lang: String,
    pub deadline: Option<Day>,
}

/// The code of `body` with its header and check sum.
pub fn seal(body: &[u8], invitation: bool, compressed: bool) -> String {
    let mut flags = 0;
    if compressed {
        flags |= FLAG_COMPRESSED;
    }
    if invitation {
        flags |= FLAG_INVITATION;
    }
    let mut bytes = Vec::with_capacity(body.len() + 5);
    bytes.push(VERSION << 4 | flags);
    bytes.extend_from_slice(body);
    let crc = crc32fast::hash(&bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Checks a code (base64url, check sum, version) and returns its body.
pub fn open(code: &str) -> Result<Sealed, LinkError> {
    let code = code.trim();
    if code.len() > MAX_CODE {
        return Err(LinkError::TooLarge);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(code)
        .map_err(|_| LinkError::Damaged)?;
    if bytes.len() < 5 {
        return Err(LinkError::Truncated);
    }
    let (content, crc) = bytes.split_at(bytes.len() - 4);
    let version = content[0] >> 4;
    let crc_ok = crc32fast::hash(content).to_le_bytes() == crc;
    if !crc_ok {
        return Err(LinkError::Damaged);
    }
    // Only a sound code can say it is newer: a damaged header is "damaged".
    if version > VERSION {
        return Err(LinkError::NewerVersion(version));
    }
    if version == 0 {
        return Err(LinkError::Damaged);
    }
    let flags = content[0] & 0x0f;
    Ok(Sealed {
        invitation: flags & FLAG_INVITATION != 0,
        compressed: flags & FLAG_COMPRESSED != 0,
        body: content[1..].to_vec(),
    })
}

/// The body of a result: levels, date, respondent, workshop and, if `comments`, the
/// comments. The id and fields of other tools are not shared.
pub fn result_body(a: &Assessment, comments: bool) -> Vec<u8> {
    let mut levels: u64 = 0;
    for (i, area) in Area::ALL.iter().enumerate() {
        let level = u64::from(a.rating(*area).unwrap_or(0).min(MAX_RATING));
        levels |= level << (3 * i);
    }
    let mut out = levels.to_le_bytes()[..LEVEL_BYTES].to_vec();
    put_day(&mut out, a.date);
    put_text(&mut out, &a.respondent);
    put_text(&mut out, &a.workshop);
    let shared: Vec<(usize, &str)> = if comments {
        Area::ALL
            .iter()
            .enumerate()
            .map(|(i, area)| (i, a.comment(*area)))
            .filter(|(_, c)| !c.trim().is_empty())
            .collect()
    } else {
        Vec::new()
    };
    let mask = shared.iter().fold(0u64, |m, (i, _)| m | 1 << i);
    put_varint(&mut out, mask);
    for (_, text) in shared {
        put_text(&mut out, text);
    }
    out
}

/// Reads the body of a result into an assessment (id 0: the caller gives it one).
pub fn read_result(body: &[u8]) -> Result<Assessment, LinkError> {
    let mut r = Reader::new(body)?;
    let levels_bytes = r.take(LEVEL_BYTES)?;
    let mut eight = [0u8; 8];
    eight[..LEVEL_BYTES].copy_from_slice(levels_bytes);
    let levels = u64::from_le_bytes(eight);
    let date = r.day()?;
    let mut a = Assessment::new(0, date);
    for (i, area) in Area::ALL.iter().enumerate() {
        let level = ((levels >> (3 * i)) & 0b111) as u8;
        if level > MAX_RATING {
            return Err(LinkError::LevelOutOfRange);
        }
        if level > 0 {
            a.set_rating(*area, Some(level));
        }
    }
    // The four bits above the twelve levels are unused: set, the link was altered.
    if levels >> 36 != 0 {
        return Err(LinkError::LevelOutOfRange);
    }
    a.respondent = r.text()?;
    a.workshop = r.text()?;
    let mask = r.varint()?;
    if mask >> Area::ALL.len() != 0 {
        return Err(LinkError::Truncated);
    }
    for (i, area) in Area::ALL.iter().enumerate() {
        if mask & 1 << i != 0 {
            let text = r.text()?;
            a.set_comment(*area, &text);
        }
    }
    r.end()?;
    Ok(a)
}

pub fn invitation_body(inv: &Invitation) -> Vec<u8> {
    let mut out = Vec::new();
    put_text(&mut out, &inv.workshop);
    put_text(&mut out, &inv.lang);
    match inv.deadline {
        Some(day) => {
            out.push(1);
            put_day(&mut out, day);
        }
        None => out.push(0),
    }
    out
}

pub fn read_invitation(body: &[u8]) -> Result<Invitation, LinkError> {
    let mut r = Reader::new(body)?;
    let workshop = r.text()?;
    let lang = r.text()?;
    let deadline = match r.take(1)?[0] {
        0 => None,
        1 => Some(r.day()?),
        _ => return Err(LinkError::Truncated),
    };
    r.end()?;
    Ok(Invitation {
        workshop,
        lang,
        deadline,
    })
}

/// A whole code of an uncompressed result (the host tests' and short links' path).
pub fn encode_result(a: &Assessment, comments: bool) -> String {
    seal(&result_body(a, comments), false, false)
}

/// A whole code of an uncompressed invitation.
pub fn encode_invitation(inv: &Invitation) -> String {
    seal(&invitation_body(inv), true, false)
}

/// Reads an uncompressed result code; a compressed one needs the browser: `open`,
/// unpack, then [`read_result`].
pub fn decode_result(code: &str) -> Result<Assessment, LinkError> {
    let sealed = expect_kind(open(code)?, false)?;
    read_result(&sealed.body)
}

pub fn decode_invitation(code: &str) -> Result<Invitation, LinkError> {
    let sealed = expect_kind(open(code)?, true)?;
    read_invitation(&sealed.body)
}

/// `sealed` if it is of the wanted kind and not compressed.
fn expect_kind(sealed: Sealed, invitation: bool) -> Result<Sealed, LinkError> {
    if sealed.invitation != invitation {
        return Err(LinkError::WrongKind);
    }
    if sealed.compressed {
        // Unpacking needs the browser's DecompressionStream.
        return Err(LinkError::Damaged);
    }
    Ok(sealed)
}

/// Every result code in a pasted text (mail, chat, a list of links), in order, each
/// once: what follows `#/assessment/shared/` up to the first character that base64url
/// does not use.
pub fn find_result_codes(text: &str) -> Vec<String> {
    const MARK: &str = "#/assessment/shared/";
    let mut found: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        rest = &rest[at + MARK.len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        let code = &rest[..end];
        if !code.is_empty() && !found.iter().any(|f| f == code) {
            found.push(code.to_string());
        }
        rest = &rest[end..];
    }
    found
}

/// The zero day of dates in links.
fn epoch() -> Day {
    Day::new(2000, 1, 1).expect("a valid date")
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn put_text(out: &mut Vec<u8>, text: &str) {
    put_varint(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

fn put_day(out: &mut Vec<u8>, day: Day) {
    let days = epoch().days_until(day);
    // Zigzag: small negative and positive offsets both stay short.
    put_varint(out, ((days << 1) ^ (days >> 63)) as u64);
}

/// Reads a body front to back; every read past the end is `Truncated`.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn new(body: &'a [u8]) -> Result<Reader<'a>, LinkError> {
        if body.len() > MAX_BODY {
            return Err(LinkError::TooLarge);
        }
        Ok(Reader { rest: body })
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], LinkError> {
        if self.rest.len() < n {
            return Err(LinkError::Truncated);
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }

    fn varint(&mut self) -> Result<u64, LinkError> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.take(1)?[0];
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(LinkError::Truncated)
    }

    fn text(&mut self) -> Result<String, LinkError> {
        let len = usize::try_from(self.varint()?).map_err(|_| LinkError::Truncated)?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| LinkError::NotText)
    }

    fn day(&mut self) -> Result<Day, LinkError> {
        let z = self.varint()?;
        let days = (z >> 1) as i64 ^ -((z & 1) as i64);
        epoch().plus_days(days).ok_or(LinkError::Truncated)
    }

    fn end(&self) -> Result<(), LinkError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(LinkError::Truncated)
        }
    }
}
