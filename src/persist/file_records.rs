//! A workspace file cut into the records the stored workspace is made of
//! ([`super::layout`]), so that importing a file of 100,000 customers is decoded in
//! batches as a returning visit is ([`super::batched`]) instead of in one long task.
//!
//! The file is only cut here, by its structure (objects, lists, strings); every value
//! is checked by the decoder, which reads each piece with serde. Cutting pauses between
//! the chunks of a long list (a 20 MB file was one task of 200 ms when serde's
//! `RawValue` cut it). A file whose shape is not the plain one — a member twice, `data`
//! or a chunked section that is no object or list, anything but white space between
//! the pieces — is not cut, and is decoded in one pass, so that its error names the
//! line and column of the user's file.

use super::batched::{self, StoredRecords};
use super::envelope::{ImportError, Loaded};
use super::{from_json, layout};
use crate::domain::Section;

/// A position in the file's text, moving over its structure.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn skip_space(&mut self) {
        let bytes = self.text.as_bytes();
        while matches!(bytes.get(self.at), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    /// The next byte after white space, not taken.
    fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.text.as_bytes().get(self.at).copied()
    }

    /// Takes `byte` if it comes next (after white space).
    fn take(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        self.at += usize::from(next);
        next
    }

    /// The end of the string starting at `at` (its opening quote), after its closing one.
    fn string_end(&self, mut at: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        at += 1;
        loop {
            match *bytes.get(at)? {
                b'"' => return Some(at + 1),
                b'\\' => at += 2,
                _ => at += 1,
            }
        }
    }

    /// The next value's text: a string, an object or list to its matching end, or a
    /// number or word to the next delimiter (its content is checked by the decoder).
    fn value(&mut self) -> Option<&'a str> {
        self.skip_space();
        let bytes = self.text.as_bytes();
        let start = self.at;
        let mut at = start;
        match *bytes.get(at)? {
            b'"' => at = self.string_end(at)?,
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match *bytes.get(at)? {
                        b'"' => {
                            at = self.string_end(at)?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                at += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    at += 1;
                }
            }
            _ => {
                while !matches!(
                    bytes.get(at),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')
                ) {
                    at += 1;
                }
            }
        }
        self.at = at;
        (at > start).then(|| &self.text[start..at])
    }

    /// The next member of an object (`{` already taken): its key and the key's text,
    /// with the cursor before its value; `None` at the object's end (taken).
    fn key(&mut self, first: bool) -> Option<Option<(String, &'a str)>> {
        if self.take(b'}') {
            return Some(None);
        }
        if !first && !self.take(b',') {
            return None;
        }
        if self.peek()? != b'"' {
            return None;
        }
        let text = self.value()?;
        let key: String = serde_json::from_str(text).ok()?;
        self.take(b':').then_some(Some((key, text)))
    }
}

/// A list's items cut into chunks of `size` (their texts joined by commas), pausing
/// with `between` after each chunk.
async fn list_chunks<F, Fut>(
    cursor: &mut Cursor<'_>,
    size: usize,
    between: &mut F,
) -> Option<Vec<String>>
where
    F: FnMut(f64) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    if !cursor.take(b'[') {
        return None;
    }
    let mut chunks = Vec::new();
    let mut items: Vec<&str> = Vec::with_capacity(size);
    if !cursor.take(b']') {
        loop {
            items.push(cursor.value()?);
            if items.len() == size {
                chunks.push(items.join(","));
                items.clear();
                between(cursor.at as f64 / cursor.text.len().max(1) as f64).await;
            }
            if cursor.take(b']') {
                break;
            }
            if !cursor.take(b',') {
                return None;
            }
        }
    }
    if !items.is_empty() {
        chunks.push(items.join(","));
    }
    Some(chunks)
}

/// The records of a workspace file, if it has the plain shape; pauses with `between`
/// while cutting long lists, which gets the share of the text cut so far.
pub async fn cut_file<F, Fut>(text: &str, mut between: F) -> Option<StoredRecords>
where
    F: FnMut(f64) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let mut cursor = Cursor { text, at: 0 };
    if !cursor.take(b'{') {
        return None;
    }
    let mut envelope = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut sections: Vec<Option<String>> = vec![None; Section::ALL.len()];
    let mut chunks: Vec<Vec<String>> = vec![Vec::new(); layout::CHUNKED.len()];
    let mut unknown = Vec::new();
    let mut has_data = false;
    while let Some((key, key_text)) = cursor.key(seen.is_empty())? {
        if seen.contains(&key) {
            return None;
        }
        seen.push(key.clone());
        if key != "data" {
            envelope.push(format!("{key_text}:{}", cursor.value()?));
            continue;
        }
        has_data = true;
        if !cursor.take(b'{') {
            return None;
        }
        let mut data_keys: Vec<String> = Vec::new();
        while let Some((key, key_text)) = cursor.key(data_keys.is_empty())? {
            if data_keys.contains(&key) {
                return None;
            }
            data_keys.push(key.clone());
            let Some(&section) = Section::ALL
                .iter()
                .find(|s| **s != Section::Unknown && s.key() == key)
            else {
                unknown.push(format!("{key_text}:{}", cursor.value()?));
                continue;
            };
            match layout::CHUNKED.iter().position(|c| c.section == section) {
                Some(p) => {
                    let size = match section {
                        Section::Accounts => layout::ACCOUNTS_CHUNK,
                        _ => layout::HISTORY_CHUNK,
                    };
                    chunks[p] = list_chunks(&mut cursor, size, &mut between).await?;
                    sections[section.index()] = Some(chunks[p].len().to_string());
                }
                None => sections[section.index()] = Some(format!("{key_text}:{}", cursor.value()?)),
            }
        }
    }
    // Nothing but white space after the file's object.
    if !has_data || cursor.peek().is_some() {
        return None;
    }
    envelope.push("\"data\":{}".to_string());
    sections[Section::Unknown.index()] = (!unknown.is_empty()).then(|| unknown.join(","));
    Some(StoredRecords {
        meta: format!("{{{}}}", envelope.join(",")),
        sections,
        chunks,
    })
}

/// [`cut_file`] without pauses (tests).
pub fn records_of_file(text: &str) -> Option<StoredRecords> {
    super::at_once(cut_file(text, |_| std::future::ready(())))
}

/// Decodes a workspace file in batches where it can, pausing with `between`, which
/// gets the share of the work done (cutting the first half, decoding the second);
/// gives what [`from_json`] gives for the file, errors naming the file's own lines.
pub async fn decode_file_in_batches<F, Fut>(
    text: &str,
    mut between: F,
) -> Result<Loaded, ImportError>
where
    F: FnMut(f64) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let Some(records) = cut_file(text, |share| between(share / 2.0)).await else {
        return from_json(text);
    };
    // The decoder pauses before each chunk and once more before the rules.
    let steps = records.chunks.iter().map(Vec::len).sum::<usize>() + 1;
    let mut done = 0;
    let decoded = batched::try_batched(&records, |_| {
        done += 1;
        between(0.5 + 0.5 * (done as f64 / steps as f64).min(1.0))
    })
    .await;
    decoded.map_or_else(|| from_json(text), Ok)
}
