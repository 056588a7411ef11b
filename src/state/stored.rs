//! Reading what storage holds when the app starts (and when another tab saves): the
//! workspace's records in IndexedDB, or the single key where earlier versions kept it.
//!
//! Decoding a workspace (JSON, migration, every validation rule) is the largest single
//! part of the code, and a first visit has nothing to decode. So it lives in its own
//! chunk, `decode`, fetched only when storage holds a workspace (a returning visitor)
//! and shared with the import page. Nothing is mounted before it has run, so the app
//! never shows or saves an empty workspace in place of a stored one.

use super::LoadFailure;
use crate::domain::{Section, Workspace};
use crate::i18n::Lang;
use crate::persist::{self as files, ImportError, Loaded};
use crate::persist::{idb, layout, storage};

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
    /// Read from local storage, where versions before IndexedDB kept it: the first
    /// save moves it (with [`Stored::backup_text`]) and then removes the old keys.
    pub from_local: bool,
    /// The backup's stored text, moved as it is.
    pub backup_text: Option<String>,
}

impl Default for Stored {
    /// Nothing stored: a first visit.
    fn default() -> Self {
        Stored {
            workspace: Ok(None),
            backup: None,
            from_local: false,
            backup_text: None,
        }
    }
}

/// The stored texts in the file format, and where they were found.
struct Texts {
    workspace: Option<String>,
    backup: Option<String>,
    from_local: bool,
}

/// The workspace and its backup as stored: in IndexedDB, or where earlier versions
/// kept them (local storage) if IndexedDB holds none yet.
async fn stored_texts() -> Texts {
    let mut names = layout::workspace_records();
    names.push(layout::PREVIOUS);
    let records = match idb::open().await {
        Ok(()) => idb::get_with_prefix(&names, Some(layout::CHUNK_PREFIX))
            .await
            .ok(),
        Err(_) => None,
    };
    if let Some((mut records, chunks)) =
        records.filter(|(r, _)| r.first().is_some_and(Option::is_some))
    {
        // A move from local storage that was cut short after IndexedDB had it all.
        storage::remove_old_layout();
        let backup = records.pop().flatten();
        let meta = records[0].take().unwrap_or_default();
        let chunks: Vec<&str> = chunks.iter().map(|(_, text)| text.as_str()).collect();
        // Section records follow `meta` in `Section::ALL`'s order.
        let sections: Vec<String> = Section::ALL
            .iter()
            .map(|&s| {
                let record = records[1 + s.index()].as_deref();
                match (s, record) {
                    (Section::Accounts, Some(count)) => layout::accounts_member(count, &chunks),
                    (_, record) => record.unwrap_or("").to_string(),
                }
            })
            .collect();
        let parts: Vec<&str> = sections.iter().map(String::as_str).collect();
        return Texts {
            workspace: Some(layout::assemble(&meta, &parts)),
            backup,
            from_local: false,
        };
    }
    let workspace = storage::read(storage::KEY_WORKSPACE).ok().flatten();
    Texts {
        from_local: workspace.is_some(),
        workspace,
        backup: storage::read(storage::KEY_PREVIOUS).ok().flatten(),
    }
}

/// The stored workspace in the file format, as the next start would read it (tests,
/// and the bench).
pub async fn stored_text() -> Option<String> {
    stored_texts().await.workspace
}

impl Stored {
    /// Reads the workspace and the backup from storage and decodes them.
    pub async fn read() -> Result<Stored, ChunkFailed> {
        let found = stored_texts().await;
        let texts: Vec<String> = found
            .workspace
            .iter()
            .chain(&found.backup)
            .cloned()
            .collect();
        let mut decoded = decode(texts).await?.into_iter();
        let workspace = match found.workspace {
            None => Ok(None),
            Some(raw) => match decoded.next() {
                Some(Ok(loaded)) => Ok(Some(loaded)),
                Some(Err(e)) => Err(unreadable(e, raw, found.from_local).await),
                None => Ok(None),
            },
        };
        let backup = found
            .backup
            .as_ref()
            .and_then(|_| decoded.next())
            .and_then(Result::ok)
            .map(|l| l.workspace);
        Ok(Stored {
            workspace,
            backup,
            from_local: found.from_local,
            backup_text: found.backup,
        })
    }

    /// Only the workspace (another tab saved it).
    pub async fn read_workspace() -> Result<Result<Option<Loaded>, LoadFailure>, ChunkFailed> {
        let found = stored_texts().await;
        let Some(raw) = found.workspace else {
            return Ok(Ok(None));
        };
        let decoded = decode(vec![raw.clone()]).await?.pop();
        Ok(match decoded {
            Some(Ok(loaded)) => Ok(Some(loaded)),
            Some(Err(e)) => Err(unreadable(e, raw, found.from_local).await),
            None => Ok(None),
        })
    }
}

/// Where an unreadable workspace is kept: beside where it was found.
pub const UNREADABLE_IN_IDB: &str = "IndexedDB keystone › workspace › unreadable";

/// Keeps the unreadable text under its own name before anything else runs.
async fn unreadable(problem: Described, raw: String, from_local: bool) -> LoadFailure {
    let backed_up = if from_local {
        match storage::read(storage::KEY_UNREADABLE) {
            Ok(Some(existing)) if existing == raw => true,
            _ => storage::write(storage::KEY_UNREADABLE, &raw).is_ok(),
        }
    } else {
        let value = wasm_bindgen::JsValue::from_str(&raw);
        match idb::write(&[(layout::UNREADABLE, value)], &[]) {
            Ok(tx) => idb::finished(tx).await.is_ok(),
            Err(_) => false,
        }
    };
    LoadFailure {
        problem,
        raw,
        backed_up,
        kept_under: if from_local {
            storage::KEY_UNREADABLE
        } else {
            UNREADABLE_IN_IDB
        },
    }
}
