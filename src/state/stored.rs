//! Reading what local storage holds when the app starts (and when another tab saves).
//!
//! Decoding a workspace (JSON, migration, every validation rule) is the largest single
//! part of the code, and a first visit has nothing to decode. So it lives in its own
//! chunk, `decode`, fetched only when storage holds a workspace (a returning visitor)
//! and shared with the import page. Nothing is mounted before it has run, so the app
//! never shows or saves an empty workspace in place of a stored one.

use super::LoadFailure;
use crate::domain::Workspace;
use crate::i18n::Lang;
use crate::persist::storage;
use crate::persist::{self as files, ImportError, Loaded};

/// A chunk (a page or the decoder) could not be fetched or instantiated (offline,
/// server gone, a deployment replaced the files). Not cached: asking again retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkFailed;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// A problem described in each UI language.
#[derive(Debug, Clone, PartialEq)]
pub struct Described(Vec<(Lang, String)>);

impl Described {
    fn of(error: &ImportError) -> Described {
        Described(
            Lang::ALL
                .iter()
                .map(|&l| (l, crate::i18n::describe_import_error(error, l)))
                .collect(),
        )
    }

    pub fn text(&self, lang: Lang) -> &str {
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or("", |(_, t)| t.as_str())
    }
}

fn decode_all(texts: Vec<String>) -> Vec<Result<Loaded, Described>> {
    // Storage holds a workspace: ask the browser to keep it for good. Done here, in the
    // chunk a returning visit fetches anyway, to keep the main module small; the data
    // page asks too and shows the answer.
    wasm_bindgen_futures::spawn_local(async {
        let _ = super::storage_info::request_persistence().await;
    });
    texts
        .iter()
        .map(|t| files::from_json(t).map_err(|e| Described::of(&e)))
        .collect()
}

#[cfg(not(feature = "eager-pages"))]
#[leptos::wasm_split::wasm_split(decode, wasm_split_path = ::leptos::wasm_split, fallible)]
fn decode_in_chunk(texts: Vec<String>) -> Result<Vec<Result<Loaded, Described>>, ChunkFailed> {
    Ok(decode_all(texts))
}

#[cfg(feature = "eager-pages")]
async fn decode_in_chunk(
    texts: Vec<String>,
) -> Result<Vec<Result<Loaded, Described>>, ChunkFailed> {
    Ok(decode_all(texts))
}

/// Decodes workspace files (JSON text) in the `decode` chunk; with no text, fetches
/// nothing.
pub async fn decode(texts: Vec<String>) -> Result<Vec<Result<Loaded, Described>>, ChunkFailed> {
    if texts.is_empty() {
        return Ok(Vec::new());
    }
    decode_in_chunk(texts).await
}

/// What storage held when the app started, decoded.
#[derive(Debug, Clone)]
pub struct Stored {
    /// The workspace: none stored, readable, or unreadable (kept, and explained).
    pub workspace: Result<Option<Loaded>, LoadFailure>,
    /// The workspace before the last replacement, if one is stored and readable.
    pub backup: Option<Workspace>,
}

impl Default for Stored {
    /// Nothing stored: a first visit.
    fn default() -> Self {
        Stored {
            workspace: Ok(None),
            backup: None,
        }
    }
}

impl Stored {
    /// Reads the workspace and the backup from storage and decodes them.
    pub async fn read() -> Result<Stored, ChunkFailed> {
        let workspace = storage::read(storage::KEY_WORKSPACE).ok().flatten();
        let backup = storage::read(storage::KEY_PREVIOUS).ok().flatten();
        let texts: Vec<String> = workspace.iter().chain(&backup).cloned().collect();
        let mut decoded = decode(texts).await?.into_iter();
        let workspace = match workspace {
            None => Ok(None),
            Some(raw) => match decoded.next() {
                Some(Ok(loaded)) => Ok(Some(loaded)),
                Some(Err(e)) => Err(unreadable(e, raw)),
                None => Ok(None),
            },
        };
        let backup = backup
            .and_then(|_| decoded.next())
            .and_then(Result::ok)
            .map(|l| l.workspace);
        Ok(Stored { workspace, backup })
    }

    /// Only the workspace (another tab saved it).
    pub async fn read_workspace() -> Result<Result<Option<Loaded>, LoadFailure>, ChunkFailed> {
        let Some(raw) = storage::read(storage::KEY_WORKSPACE).ok().flatten() else {
            return Ok(Ok(None));
        };
        let decoded = decode(vec![raw.clone()]).await?.pop();
        Ok(match decoded {
            Some(Ok(loaded)) => Ok(Some(loaded)),
            Some(Err(e)) => Err(unreadable(e, raw)),
            None => Ok(None),
        })
    }
}

/// Keeps the unreadable text under its own key before anything else runs.
fn unreadable(problem: Described, raw: String) -> LoadFailure {
    let backed_up = match storage::read(storage::KEY_UNREADABLE) {
        Ok(Some(existing)) if existing == raw => true,
        _ => storage::write(storage::KEY_UNREADABLE, &raw).is_ok(),
    };
    LoadFailure {
        problem,
        raw,
        backed_up,
    }
}
