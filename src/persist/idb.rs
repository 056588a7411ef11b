//! The IndexedDB adapter: where the workspace's bulk lives (docs/storage.md). One
//! database, `keystone`, with one object store, `workspace`, of text records under
//! names ([`crate::persist::layout`] says which). Raw strings only, as in
//! [`super::storage`]: parsing and validation live in `envelope`.
//!
//! A write is one transaction: every record it puts or deletes lands, or none does (a
//! quota error or a crash halfway leaves the records as they were). Transactions are
//! created synchronously, in the order of the calls, and the browser runs them in that
//! order — across tabs too, and a read created after a write sees it.

use std::cell::RefCell;

use js_sys::{Function, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::storage::{classify_error, error_name_and_message, StorageFailure};

pub const DB_NAME: &str = "keystone";
pub const STORE: &str = "workspace";
const DB_VERSION: u32 = 1;

thread_local! {
    /// The open connection, once [`open`] succeeded.
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

fn failure_of(error: Option<web_sys::DomException>) -> StorageFailure {
    match error {
        Some(e) => classify_error(&e.name(), &e.message()),
        None => StorageFailure::Other("IndexedDB: the operation was aborted".into()),
    }
}

fn thrown(err: JsValue) -> StorageFailure {
    let (name, message) = error_name_and_message(&err);
    classify_error(&name, &message)
}

/// Waits for the first of `events` on `target`: `Ok` for the first event name, `Err`
/// for the others. The handlers are removed before this returns.
async fn first_event(target: &web_sys::EventTarget, ok: &str, fail: &[&str]) -> bool {
    let mut resolve_fn: Option<Function> = None;
    let promise = Promise::new(&mut |resolve, _| resolve_fn = Some(resolve));
    let resolve = resolve_fn.expect("the executor runs at once");
    let on = |value: bool| {
        let resolve = resolve.clone();
        Closure::<dyn FnMut()>::new(move || {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::from_bool(value));
        })
    };
    let (yes, no) = (on(true), on(false));
    let _ = target.add_event_listener_with_callback(ok, yes.as_ref().unchecked_ref());
    for name in fail {
        let _ = target.add_event_listener_with_callback(name, no.as_ref().unchecked_ref());
    }
    let result = JsFuture::from(promise).await.ok().and_then(|v| v.as_bool());
    let _ = target.remove_event_listener_with_callback(ok, yes.as_ref().unchecked_ref());
    for name in fail {
        let _ = target.remove_event_listener_with_callback(name, no.as_ref().unchecked_ref());
    }
    result == Some(true)
}

/// Opens the database (creating its store on the first visit) and keeps the
/// connection. Called once at start-up, before anything is read.
pub async fn open() -> Result<(), StorageFailure> {
    if DB.with(|db| db.borrow().is_some()) {
        return Ok(());
    }
    let window = web_sys::window().ok_or(StorageFailure::Blocked)?;
    let factory = window
        .indexed_db()
        .map_err(thrown)?
        .ok_or(StorageFailure::Blocked)?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DB_NAME, DB_VERSION).map_err(thrown)?;
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Some(db) = request
                .result()
                .ok()
                .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
            {
                if !db.object_store_names().contains(STORE) {
                    let _ = db.create_object_store(STORE);
                }
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let opened = first_event(&request, "success", &["error", "blocked"]).await;
    request.set_onupgradeneeded(None);
    if !opened {
        return Err(failure_of(request.error().ok().flatten()));
    }
    let db: IdbDatabase = request.result().map_err(thrown)?.unchecked_into();
    // A later version opened in another tab asks this one to step aside; it reloads
    // its data from there anyway.
    let close = {
        let db = db.clone();
        Closure::<dyn FnMut()>::new(move || db.close())
    };
    db.set_onversionchange(Some(close.as_ref().unchecked_ref()));
    close.forget();
    DB.with(|d| *d.borrow_mut() = Some(db));
    Ok(())
}

/// Whether the database is open (false: IndexedDB is blocked or missing here).
pub fn is_open() -> bool {
    DB.with(|db| db.borrow().is_some())
}

fn transaction(mode: IdbTransactionMode) -> Result<IdbTransaction, StorageFailure> {
    DB.with(|db| {
        let db = db.borrow();
        let db = db.as_ref().ok_or(StorageFailure::Blocked)?;
        db.transaction_with_str_and_mode(STORE, mode)
            .map_err(thrown)
    })
}

/// Waits until `tx` is committed; its error if it was not.
pub async fn finished(tx: IdbTransaction) -> Result<(), StorageFailure> {
    if first_event(&tx, "complete", &["abort", "error"]).await {
        Ok(())
    } else {
        Err(failure_of(tx.error()))
    }
}

/// The records under `names`, in one transaction (`None` where there is none).
pub async fn get(names: &[&str]) -> Result<Vec<Option<String>>, StorageFailure> {
    Ok(get_with_prefixes(names, &[]).await?.0)
}

/// The records under `names` and, in the same transaction (so no other tab's write
/// comes between), for each of `prefixes` every record whose name starts with it, in
/// name order. Those are left as the browser's values: the caller turns the strings
/// into text (many megabytes of history) over several tasks and skips anything else.
#[allow(clippy::type_complexity)]
pub async fn get_with_prefixes(
    names: &[&str],
    prefixes: &[&str],
) -> Result<(Vec<Option<String>>, Vec<Vec<(String, JsValue)>>), StorageFailure> {
    let tx = transaction(IdbTransactionMode::Readonly)?;
    let store = tx.object_store(STORE).map_err(thrown)?;
    let requests: Vec<IdbRequest> = names
        .iter()
        .map(|n| store.get(&JsValue::from_str(n)).map_err(thrown))
        .collect::<Result<_, _>>()?;
    let ranged = prefixes
        .iter()
        .map(|p| {
            let range = web_sys::IdbKeyRange::bound(
                &JsValue::from_str(p),
                &JsValue::from_str(&format!("{p}\u{ffff}")),
            )
            .map_err(thrown)?;
            let keys = store.get_all_keys_with_key(&range).map_err(thrown)?;
            let values = store.get_all_with_key(&range).map_err(thrown)?;
            Ok((keys, values))
        })
        .collect::<Result<Vec<_>, StorageFailure>>()?;
    finished(tx).await?;
    let text = |v: JsValue| v.as_string();
    let fixed = requests
        .iter()
        .map(|r| r.result().ok().and_then(text))
        .collect();
    let array = |r: &IdbRequest| js_sys::Array::from(&r.result().unwrap_or(JsValue::UNDEFINED));
    let prefixed = ranged
        .iter()
        .map(|(keys, values)| {
            let (keys, values) = (array(keys), array(values));
            keys.iter()
                .zip(values.iter())
                .filter_map(|(k, v)| Some((k.as_string()?, v)))
                .collect()
        })
        .collect();
    Ok((fixed, prefixed))
}

/// Starts one transaction that deletes `deletes` and puts `puts` (name, text); await
/// [`finished`] for the outcome. If a put is refused at once (a quota already used
/// up), the transaction is aborted, so nothing of it lands.
pub fn write<N: AsRef<str>>(
    puts: &[(N, JsValue)],
    deletes: &[&str],
) -> Result<IdbTransaction, StorageFailure> {
    let tx = transaction(IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(STORE).map_err(thrown)?;
    let attempt = || -> Result<(), JsValue> {
        for name in deletes {
            store.delete(&JsValue::from_str(name))?;
        }
        for (name, value) in puts {
            store.put_with_key(value, &JsValue::from_str(name.as_ref()))?;
        }
        Ok(())
    };
    if let Err(e) = attempt() {
        let _ = tx.abort();
        return Err(thrown(e));
    }
    Ok(tx)
}

/// Deletes every record (tests, and a user who clears the site's data from the app).
pub async fn clear() -> Result<(), StorageFailure> {
    let tx = transaction(IdbTransactionMode::Readwrite)?;
    tx.object_store(STORE)
        .map_err(thrown)?
        .clear()
        .map_err(thrown)?;
    finished(tx).await
}
