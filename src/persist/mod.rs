//! Files and storage: the versioned envelope shared by local storage and exported
//! files, its validation and migrations, the IndexedDB layout and adapter (the
//! workspace) and the local-storage adapter (settings of this browser, tab bookkeeping).

pub mod assessment_file;
pub mod batched;
pub mod client_file;
pub mod csv;
pub mod envelope;
pub mod file_records;
pub mod idb;
pub mod js;
pub mod layout;
mod migrations;
mod sections;
pub mod shape;
pub mod share_link;
pub mod storable;
pub mod storage;
pub mod storage_use;
pub mod xlsx;
mod xlsx_errors;
mod xlsx_write;

pub use envelope::{
    from_json, to_json, to_json_from_parts, to_json_from_parts_with, to_pretty_json, ImportError,
    Loaded, FORMAT_NAME, SCHEMA_VERSION,
};

/// Runs work whose pauses never wait (tests, small files) to its end: a file read or
/// written in batches, a workspace file cut into records.
pub fn at_once<T>(future: impl std::future::Future<Output = T>) -> T {
    use std::task::{Context, Poll, Waker};
    let mut future = std::pin::pin!(future);
    // Nothing in it waits: the first poll finishes it.
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(result) => result,
        Poll::Pending => unreachable!("a read or write whose pauses are ready never waits"),
    }
}
