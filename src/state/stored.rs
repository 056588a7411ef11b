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
use crate::persist::batched::{self, StoredRecords};
use crate::persist::{self as files, ImportError, Loaded};
use crate::persist::{idb, layout, storage};
use std::sync::Arc;

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

/// A stored workspace as it was found: IndexedDB's records (decoded in batches) or a
/// text in the file format (local storage, where earlier versions kept it; a backup).
/// Shared, not copied: the decoder gets one handle and the start keeps another for an
/// unreadable workspace (a copy of 600,000 history rows' text was 45 ms, issue 27).
#[derive(Debug, Clone)]
pub enum Found {
    Records(Arc<StoredRecords>),
    Text(Arc<String>),
}

impl Found {
    /// In the file format: what is kept when it cannot be read.
    pub fn text(&self) -> String {
        match self {
            Found::Records(records) => records.text(),
            Found::Text(text) => text.to_string(),
        }
    }
}

/// What decoding gives, one result per workspace.
type Decoded = Vec<Result<Loaded, Described>>;
/// The decoding, run from the `decode` chunk; it pauses between batches.
type Decoding = std::pin::Pin<Box<dyn std::future::Future<Output = Decoded>>>;

fn decode_all(found: Vec<Found>) -> Decoding {
    // Storage holds a workspace: ask the browser to keep it for good. Done here, in the
    // chunk a returning visit fetches anyway, to keep the main module small; the data
    // page asks too and shows the answer.
    wasm_bindgen_futures::spawn_local(async {
        let _ = super::storage_info::request_persistence().await;
    });
    Box::pin(async move {
        let mut decoded = Vec::with_capacity(found.len());
        for f in found {
            let result = match f {
                Found::Records(records) => {
                    let pacer = super::browser::Pacer::new();
                    batched::decode_in_batches(&records, |_| pacer.step()).await
                }
                Found::Text(text) => files::from_json(&text),
            };
            decoded.push(result.map_err(|e| Described::of(&e)));
            // The backup is decoded in a task of its own.
            super::browser::pause().await;
        }
        decoded
    })
}

#[cfg(not(feature = "eager-pages"))]
#[leptos::wasm_split::wasm_split(decode, wasm_split_path = ::leptos::wasm_split, fallible)]
fn decode_in_chunk(found: Vec<Found>) -> Result<Decoding, ChunkFailed> {
    Ok(decode_all(found))
}

#[cfg(feature = "eager-pages")]
async fn decode_in_chunk(found: Vec<Found>) -> Result<Decoding, ChunkFailed> {
    Ok(decode_all(found))
}

/// Decodes stored workspaces in the `decode` chunk; with none, fetches nothing.
pub async fn decode(found: Vec<Found>) -> Result<Decoded, ChunkFailed> {
    if found.is_empty() {
        return Ok(Vec::new());
    }
    Ok(decode_in_chunk(found).await?.await)
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
    /// IndexedDB holds a chunked section as one record (the history before its chunks):
    /// the first save writes it in chunks.
    pub old_layout: bool,
}

impl Default for Stored {
    /// Nothing stored: a first visit.
    fn default() -> Self {
        Stored {
            workspace: Ok(None),
            backup: None,
            from_local: false,
            backup_text: None,
            old_layout: false,
        }
    }
}

/// The stored workspace and backup, and where they were found.
struct Texts {
    workspace: Option<Found>,
    backup: Option<String>,
    from_local: bool,
}

/// The workspace and its backup as stored: in IndexedDB, or where earlier versions
/// kept them (local storage) if IndexedDB holds none yet.
async fn stored_texts() -> Texts {
    let mut names = layout::workspace_records();
    names.push(layout::PREVIOUS);
    let records = match idb::open().await {
        Ok(()) => {
            let prefixes: Vec<&str> = layout::CHUNKED.iter().map(|c| c.prefix).collect();
            idb::get_with_prefixes(&names, &prefixes).await.ok()
        }
        Err(_) => None,
    };
    if let Some((mut records, chunks)) =
        records.filter(|(r, _)| r.first().is_some_and(Option::is_some))
    {
        // A move from local storage that was cut short after IndexedDB had it all.
        storage::remove_old_layout();
        let backup = records.pop().flatten();
        let meta = records[0].take().unwrap_or_default();
        // Section records follow `meta` in `Section::ALL`'s order.
        let sections = records.drain(1..).take(Section::ALL.len()).collect();
        let chunks = chunk_texts(chunks).await;
        return Texts {
            workspace: Some(Found::Records(Arc::new(StoredRecords {
                meta,
                sections,
                chunks,
            }))),
            backup,
            from_local: false,
        };
    }
    let workspace = storage::read(storage::KEY_WORKSPACE).ok().flatten();
    Texts {
        from_local: workspace.is_some(),
        workspace: workspace.map(|t| Found::Text(Arc::new(t))),
        backup: storage::read(storage::KEY_PREVIOUS).ok().flatten(),
    }
}

/// Characters turned from the browser's strings into text between two pauses: 600,000
/// history rows were one task of 128 ms.
const TEXT_PER_TASK: usize = 1 << 20;

/// The chunk records' texts, in order, with a pause after each megabyte or so.
async fn chunk_texts(chunks: Vec<Vec<(String, wasm_bindgen::JsValue)>>) -> Vec<Vec<String>> {
    let mut since_pause = 0;
    let mut texts = Vec::with_capacity(chunks.len());
    for records in chunks {
        let mut list = Vec::with_capacity(records.len());
        for (_, value) in records {
            if since_pause >= TEXT_PER_TASK {
                crate::state::browser::pause().await;
                since_pause = 0;
            }
            let Some(text) = value.as_string() else {
                continue;
            };
            since_pause += text.len();
            list.push(text);
        }
        texts.push(list);
    }
    texts
}

/// The stored workspace in the file format, as the next start would read it (tests,
/// and the bench).
pub async fn stored_text() -> Option<String> {
    stored_texts().await.workspace.map(|w| w.text())
}

impl Stored {
    /// Reads the workspace and the backup from storage and decodes them.
    pub async fn read() -> Result<Stored, ChunkFailed> {
        Self::read_and(|| ()).await
    }

    /// [`Stored::read`], calling `on_workspace` as soon as storage is found to hold a
    /// workspace, before it is decoded: the start fetches the register's chunk then,
    /// beside the decoder's.
    pub async fn read_and(on_workspace: impl FnOnce()) -> Result<Stored, ChunkFailed> {
        let found = stored_texts().await;
        if found.workspace.is_some() {
            on_workspace();
        }
        let old_layout = matches!(&found.workspace, Some(Found::Records(r)) if r.old_layout());
        let backup_text = found.backup.map(Arc::new);
        let sources: Vec<Found> = found
            .workspace
            .iter()
            .cloned()
            .chain(backup_text.clone().map(Found::Text))
            .collect();
        let mut decoded = decode(sources).await?.into_iter();
        let workspace = match found.workspace {
            None => Ok(None),
            Some(raw) => match decoded.next() {
                Some(Ok(loaded)) => Ok(Some(loaded)),
                Some(Err(e)) => Err(unreadable(e, raw.text(), found.from_local).await),
                None => Ok(None),
            },
        };
        let backup = backup_text
            .as_ref()
            .and_then(|_| decoded.next())
            .and_then(Result::ok)
            .map(|l| l.workspace);
        Ok(Stored {
            workspace,
            backup,
            from_local: found.from_local,
            // The decoder's handle is gone by now: the text itself, not a copy.
            backup_text: backup_text.map(|b| Arc::try_unwrap(b).unwrap_or_else(|b| (*b).clone())),
            old_layout,
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
            Some(Err(e)) => Err(unreadable(e, raw.text(), found.from_local).await),
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
