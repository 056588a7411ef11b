//! Browser tests (wasm-bindgen-test, headless Chromium): the chart component, the store
//! and its storage rules. Run with `make test-web`.
#![cfg(target_arch = "wasm32")]

use keystone::charts::Chart;
use keystone::domain::{Account, Workspace};
use keystone::persist::storage::{self, StorageFailure};
use keystone::persist::{idb, layout};
use keystone::state::{AppState, SaveStatus, Section};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ECHARTS: &str = include_str!("../public/vendor/echarts.min.js");

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn container() -> web_sys::HtmlElement {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// Empties local storage and the workspace's IndexedDB records. IndexedDB runs
/// transactions in order, so writes a test left under way land before the clear.
async fn clear_storage() {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    idb::open().await.expect("IndexedDB opens");
    idb::clear().await.expect("IndexedDB clears");
}

/// The stored workspace in the file format, as the next start reads it.
async fn stored_now() -> Option<String> {
    keystone::state::stored::stored_text().await
}

/// One IndexedDB record, as stored.
async fn record(name: &str) -> Option<String> {
    idb::get(&[name]).await.unwrap().pop().flatten()
}

/// What another tab's save does: the workspace's records, then the counter.
async fn other_tab_writes(ws: &Workspace, revision: u64) -> String {
    let meta = layout::meta_text(&Default::default(), "x", "2026-11-21T00:00:00Z", revision);
    let mut puts: Vec<(String, wasm_bindgen::JsValue)> = layout::workspace_records_of(ws)
        .into_iter()
        .map(|(name, text)| (name, text.into()))
        .collect();
    puts.push((layout::META.to_string(), meta.into()));
    idb::finished(idb::write(&puts, &[]).unwrap())
        .await
        .unwrap();
    storage::write_revision(revision).unwrap();
    stored_now().await.unwrap()
}

/// Makes IndexedDB refuse puts (`when` is a JS condition on the call's number `n`,
/// counted from 1, and the record's name `k`) with a quota error; returns the undo.
fn refuse_puts(when: &str) -> impl Drop {
    js_sys::eval(&format!(
        "window.__put = IDBObjectStore.prototype.put; window.__puts = 0; \
         IDBObjectStore.prototype.put = function (v, k) {{ const n = ++window.__puts; \
           if ({when}) throw new DOMException('full', 'QuotaExceededError'); \
           return window.__put.call(this, v, k); }};"
    ))
    .unwrap();
    struct Restore;
    impl Drop for Restore {
        fn drop(&mut self) {
            js_sys::eval("IDBObjectStore.prototype.put = window.__put;").unwrap();
        }
    }
    Restore
}

/// Runs `f` inside a fresh reactive owner, as the app root would.
fn with_owner<T>(f: impl FnOnce() -> T) -> (Owner, T) {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let value = owner.with(f);
    (owner, value)
}

/// The app state as `ui::start` builds it: storage read and decoded first.
async fn app_state() -> (Owner, AppState) {
    let stored = keystone::state::Stored::read()
        .await
        .expect("the decoder is compiled in");
    with_owner(move || AppState::init(stored))
}

/// The vendored ECharts, as the first chart on a page would load it.
fn ensure_echarts() {
    if js_sys::Reflect::get(&js_sys::global(), &"echarts".into())
        .unwrap()
        .is_undefined()
    {
        js_sys::eval(ECHARTS).unwrap();
    }
}

#[wasm_bindgen_test]
async fn chart_renders_into_a_canvas() {
    ensure_echarts();
    let root = container();
    let ws = keystone::domain::sample::sample_workspace();
    let result =
        keystone::domain::abc_analysis(&ws.accounts, Default::default(), Default::default());
    let texts = keystone::charts::pareto::ParetoTexts {
        measure: "Revenue".into(),
        cumulative: "Cumulative".into(),
        threshold_a: "A".into(),
        threshold_b: "B".into(),
        percent: Box::new(|v| format!("{v}")),
    };
    let (chart, _) = keystone::charts::pareto::pareto_option(&result, &|_| "x".into(), &texts, 300);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Chart
                option=Signal::derive(move || chart.clone())
                label="Test chart"
                table=keystone::charts::ChartTable::default()
            />
        }
    });
    leptos::task::tick().await;
    sleep(50).await;
    let chart_div = root
        .query_selector("[role=img][aria-label='Test chart']")
        .unwrap()
        .expect("chart element");
    let canvas = chart_div
        .query_selector("canvas")
        .unwrap()
        .expect("ECharts drew a canvas");
    let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
    assert!(canvas.width() > 0 && canvas.height() > 0);
    drop(handle);
}

#[wasm_bindgen_test]
async fn the_store_saves_and_reloads() {
    clear_storage().await;
    let (_owner, app) = app_state().await;
    assert!(app.store.accounts.with_untracked(|a| a.is_empty()));
    app.store.accounts.update(|ws| {
        ws.add_account(Account::new(0, "Gespeichert GmbH", 1234.5));
    });
    // The debounced autosave writes without being asked.
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(app.save_status.get_untracked(), SaveStatus::Saved);
    let stored = stored_now().await.expect("saved");
    assert!(stored.contains("Gespeichert GmbH"));
    assert_eq!(storage::stored_revision(), 1);
    // In IndexedDB, a record per section; nothing in local storage but the counter.
    assert!(record("accounts.00000")
        .await
        .unwrap()
        .contains("Gespeichert GmbH"));
    assert!(storage::read(storage::KEY_WORKSPACE).unwrap().is_none());
    // A new store (a reload) finds it.
    let (_owner2, again) = app_state().await;
    let names: Vec<String> = again
        .store
        .accounts
        .with_untracked(|a| a.iter().map(|a| a.name.clone()).collect());
    assert_eq!(names, vec!["Gespeichert GmbH"]);
}

#[wasm_bindgen_test]
async fn unknown_fields_survive_autosave_a_reload_and_an_edit() {
    const FIXTURE: &str = include_str!("fixtures/workspace-unknown-fields.json");
    let unknown = |text: &str| text.matches("\"x_future").count();
    let envelope = |text: &str| {
        serde_json::from_str::<serde_json::Value>(text).unwrap()["x_future"]["at"].clone()
    };
    clear_storage().await;
    let (_owner, app) = app_state().await;
    let ws = keystone::persist::from_json(FIXTURE).unwrap().workspace;
    app.replace_workspace(ws);
    sleep(700).await;
    app.writes_done().await;
    let stored = stored_now().await.expect("saved");
    assert_eq!(unknown(&stored), unknown(FIXTURE));
    assert_eq!(envelope(&stored), serde_json::json!("envelope"));
    // A reload, then an edit of one key account through its typed data.
    let (_owner2, again) = app_state().await;
    again.store.key_accounts.update(|k| {
        let mut data = keystone::domain::key_account::key_account(k, 1);
        data.plan.actions[0].text = "Visit both plants".into();
        keystone::domain::key_account::set_key_account(k, 1, &data);
    });
    sleep(700).await;
    again.writes_done().await;
    let stored = stored_now().await.expect("saved");
    assert!(stored.contains("Visit both plants"));
    assert_eq!(unknown(&stored), unknown(FIXTURE));
    let export = keystone::persist::to_pretty_json(&again.store.snapshot(), "t", "x");
    assert_eq!(unknown(&export), unknown(FIXTURE));
    assert_eq!(envelope(&export), serde_json::json!("envelope"));
}

#[wasm_bindgen_test]
async fn a_corrupt_stored_value_is_kept_not_overwritten() {
    clear_storage().await;
    let corrupt = "{\"format\":\"keystone-workspace\",\"schema_version\":1,\"data\":{\"accounts\":[{\"id\":1}]}";
    storage::write(storage::KEY_WORKSPACE, corrupt).unwrap();
    let (_owner, app) = app_state().await;
    let failure = app
        .load_failure
        .get_untracked()
        .expect("the load failure is reported");
    // Shown in the UI language, naming the problem.
    let detail = failure.problem.text(keystone::i18n::Lang::En);
    assert!(detail.contains("not valid JSON"), "{detail}");
    let german = failure.problem.text(keystone::i18n::Lang::De);
    assert!(!german.is_empty() && german != detail, "{german}");
    assert!(failure.backed_up);
    assert_eq!(
        storage::read(storage::KEY_UNREADABLE).unwrap().as_deref(),
        Some(corrupt)
    );
    // Working on does not touch the stored text, neither by autosave nor on request.
    app.store.accounts.update(|ws| {
        ws.add_account(Account::new(0, "Neu", 1.0));
    });
    sleep(700).await;
    app.save_now();
    assert_eq!(
        storage::read(storage::KEY_WORKSPACE).unwrap().as_deref(),
        Some(corrupt)
    );
    // Only the user's explicit choice starts over; the unreadable copy stays.
    app.start_fresh();
    assert!(app.load_failure.get_untracked().is_none());
    assert_eq!(
        storage::read(storage::KEY_UNREADABLE).unwrap().as_deref(),
        Some(corrupt)
    );
}

#[wasm_bindgen_test]
async fn a_full_storage_is_reported_and_the_data_stays_in_memory() {
    clear_storage().await;
    let (_owner, app) = app_state().await;
    let refused = refuse_puts("true");
    app.store.accounts.update(|ws| {
        ws.add_account(Account::new(0, "Ungespeichert", 1.0));
    });
    app.save_now();
    app.writes_done().await;
    drop(refused);
    assert_eq!(
        app.save_status.get_untracked(),
        SaveStatus::Failed(StorageFailure::Quota)
    );
    assert_eq!(app.store.accounts.with_untracked(|a| a.len()), 1);
    assert!(stored_now().await.is_none());
    // Once there is room again, a retry saves.
    app.save_now();
    app.writes_done().await;
    assert_eq!(app.save_status.get_untracked(), SaveStatus::Saved);
    assert!(stored_now().await.unwrap().contains("Ungespeichert"));
    sleep(10).await;
}

/// A workspace in IndexedDB that cannot be read is kept beside it and never
/// overwritten, as one in local storage is.
#[wasm_bindgen_test]
async fn an_unreadable_workspace_in_indexeddb_is_kept_not_overwritten() {
    clear_storage().await;
    let mut ws = Workspace::default();
    ws.accounts.add_account(Account::new(0, "Lesbar", 1.0));
    other_tab_writes(&ws, 1).await;
    let broken = "{\"id\":1,\"name\":\"Kaputt\",\"revenue\":\"viel\"}";
    idb::finished(idb::write(&[("accounts.00000", broken.into())], &[]).unwrap())
        .await
        .unwrap();
    let before = stored_now().await.unwrap();
    let (_owner, app) = app_state().await;
    let failure = app.load_failure.get_untracked().expect("reported");
    assert!(failure.backed_up);
    assert!(
        failure.kept_under.contains("IndexedDB"),
        "{}",
        failure.kept_under
    );
    assert_eq!(
        record(layout::UNREADABLE).await.as_deref(),
        Some(before.as_str())
    );
    app.store.accounts.update(|a| {
        a.add_account(Account::new(0, "Neu", 1.0));
    });
    sleep(700).await;
    app.save_now();
    app.writes_done().await;
    assert_eq!(stored_now().await.as_deref(), Some(before.as_str()));
}

#[wasm_bindgen_test]
async fn a_tab_that_is_behind_does_not_overwrite_newer_data() {
    clear_storage().await;
    let (_owner, app) = app_state().await;
    app.store.accounts.update(|ws| {
        ws.add_account(Account::new(0, "Tab 1", 1.0));
    });
    app.save_now();
    app.writes_done().await;
    // Another tab writes a newer workspace meanwhile.
    let newer = other_tab_writes(&Workspace::default(), 2).await;
    app.store.accounts.update(|ws| {
        ws.add_account(Account::new(0, "Tab 1 again", 1.0));
    });
    // Let the autosave schedule its (delayed) save, as it would while the user works.
    sleep(10).await;
    app.save_now();
    app.writes_done().await;
    assert!(app.conflict.get_untracked(), "the conflict is shown");
    assert_eq!(stored_now().await.as_deref(), Some(newer.as_str()));
    // Choice 1: take the other tab's data.
    app.take_other_tab();
    // The stored workspace is read and decoded asynchronously.
    for _ in 0..100 {
        if app.store.accounts.with_untracked(|a| a.is_empty()) {
            break;
        }
        sleep(10).await;
    }
    assert!(!app.conflict.get_untracked());
    assert!(app.store.accounts.with_untracked(|a| a.is_empty()));
    // The save that was pending for the discarded edits does not write afterwards.
    sleep(600).await;
    assert_eq!(storage::stored_revision(), 2);
    // A new conflict (the other tab saves revision 3), and choice 2: keep this tab's.
    other_tab_writes(&Workspace::default(), 3).await;
    app.store.accounts.update(|ws| {
        ws.add_account(Account::new(0, "Tab 1 again", 1.0));
    });
    app.save_now();
    assert!(app.conflict.get_untracked());
    app.keep_this_tab();
    app.writes_done().await;
    assert!(!app.conflict.get_untracked());
    assert!(stored_now().await.unwrap().contains("Tab 1 again"));
    assert_eq!(storage::stored_revision(), 4);
    sleep(600).await;
}

#[wasm_bindgen_test]
async fn the_app_offers_the_sample_and_lists_it() {
    clear_storage().await;
    let root = container();
    let stored = keystone::state::Stored::read().await.unwrap();
    let handle = leptos::mount::mount_to(
        root.clone(),
        move || view! { <keystone::ui::App stored=stored/> },
    );
    leptos::task::tick().await;
    let button = root.query_selector_all("button").unwrap();
    let mut sample = None;
    for i in 0..button.length() {
        let b: web_sys::HtmlElement = button.get(i).unwrap().unchecked_into();
        if b.text_content()
            .unwrap_or_default()
            .contains("Load sample workspace")
        {
            sample = Some(b);
        }
    }
    sample.expect("the empty state offers the sample").click();
    leptos::task::tick().await;
    // The register follows the accounts one effect behind (it gives way to the empty
    // page only after its own effects have run).
    leptos::task::tick().await;
    let rows = root.query_selector_all("table.accounts tbody tr").unwrap();
    assert_eq!(rows.length(), 50, "the first page of 200 accounts");
    let count = root
        .query_selector(".filters .count")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(count.contains("200 of 200"), "{count}");
    drop(handle);
    sleep(600).await;
}

#[wasm_bindgen_test]
async fn when_storage_is_full_the_stored_backup_makes_room_for_the_workspace() {
    clear_storage().await;
    idb::finished(idb::write(&[(layout::PREVIOUS, "{\"old\": \"backup\"}".into())], &[]).unwrap())
        .await
        .unwrap();
    let (_owner, app) = app_state().await;
    // Full while the backup is there: deleting it makes room.
    js_sys::eval(
        "window.__backup = true; window.__delete = IDBObjectStore.prototype.delete; \
         IDBObjectStore.prototype.delete = function (k) { \
           if (k === 'previous') window.__backup = false; return window.__delete.call(this, k); };",
    )
    .unwrap();
    let refused = refuse_puts("window.__backup");
    app.store.accounts.update(|ws| {
        ws.add_account(Account::new(0, "Wichtiger", 1.0));
    });
    app.save_now();
    app.writes_done().await;
    drop(refused);
    js_sys::eval("IDBObjectStore.prototype.delete = window.__delete;").unwrap();
    // The edit's own (delayed) save comes after the immediate one.
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(app.save_status.get_untracked(), SaveStatus::Saved);
    assert!(stored_now().await.unwrap().contains("Wichtiger"));
    assert!(record(layout::PREVIOUS).await.is_none());
    sleep(600).await;
}

#[wasm_bindgen_test]
async fn an_edit_in_one_section_reserializes_only_that_section() {
    clear_storage().await;
    let (_owner, app) = app_state().await;
    app.store.accounts.update(|a| {
        a.add_account(Account::new(0, "Sektion GmbH", 10.0));
    });
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(app.save_status.get_untracked(), SaveStatus::Saved);
    // Every section was serialized once, but the accounts, which are written chunk by
    // chunk (the whole section is serialized only for an export or a linked file).
    let mut cached = app.cached_sections();
    cached.sort_by_key(|s| format!("{s:?}"));
    assert_eq!(
        cached.len(),
        Section::ALL.len() - 2,
        "every section was serialized once: {cached:?}"
    );
    assert!(!cached.contains(&Section::Accounts));
    assert!(!cached.contains(&Section::History));
    // The ABC analysis does not run again for a change outside what it reads.
    let runs = std::rc::Rc::new(std::cell::Cell::new(0));
    let counter = runs.clone();
    _owner.with(|| {
        Effect::new(move |_| {
            app.abc.track();
            counter.set(counter.get() + 1);
        })
    });
    leptos::task::tick().await;
    let before = runs.get();
    app.store.settings.update(|s| s.name = "Kunde Nord".into());
    leptos::task::tick().await;
    assert!(!app.cached_sections().contains(&Section::Settings));
    assert!(app.cached_sections().contains(&Section::ValueModel));
    // The save writes the settings and the envelope, not the accounts.
    js_sys::eval(
        "window.__written = []; window.__put2 = IDBObjectStore.prototype.put; \
         IDBObjectStore.prototype.put = function (v, k) { window.__written.push(k); \
           return window.__put2.call(this, v, k); };",
    )
    .unwrap();
    sleep(700).await;
    app.writes_done().await;
    let written =
        js_sys::eval("IDBObjectStore.prototype.put = window.__put2; window.__written.join(',')")
            .unwrap()
            .as_string()
            .unwrap();
    assert_eq!(written, "settings,meta");
    assert_eq!(runs.get(), before, "ABC recomputed for a settings change");
    // Nor for ticking a key account (the flag is not what it ranks by).
    let id = app.store.accounts.with_untracked(|a| a[0].id);
    app.store.accounts.update(|a| {
        a.set_key_account(id, true);
    });
    leptos::task::tick().await;
    let after_tick = runs.get();
    // The tick's save lands before this test ends (a later test counts revisions).
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(after_tick, before, "ABC recomputed for a key-account tick");
    let stored = stored_now().await.unwrap();
    let loaded = keystone::persist::from_json(&stored).unwrap();
    assert_eq!(loaded.workspace.settings.name, "Kunde Nord");
    assert_eq!(loaded.workspace.accounts.len(), 1);
}

/// With 5,000 accounts (three chunks), an edit of one account writes its chunk and the
/// count, a delete rewrites the chunks after it and removes the one left over, and the
/// next start reads them all back.
#[wasm_bindgen_test]
async fn an_edit_of_one_account_writes_only_its_chunk() {
    clear_storage().await;
    let (_owner, app) = app_state().await;
    app.store.accounts.update(|a| {
        for i in 0..4001 {
            a.add_account(Account::new(0, format!("Kunde {i:04}"), 1.0));
        }
    });
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(record("accounts").await.as_deref(), Some("3"));
    let log = || {
        js_sys::eval(
            "window.__written = []; window.__put3 = IDBObjectStore.prototype.put; \
             window.__del3 = IDBObjectStore.prototype.delete; \
             IDBObjectStore.prototype.put = function (v, k) { window.__written.push(k); \
               return window.__put3.call(this, v, k); }; \
             IDBObjectStore.prototype.delete = function (k) { window.__written.push('-' + k); \
               return window.__del3.call(this, k); };",
        )
        .unwrap();
    };
    let written = || {
        js_sys::eval(
            "IDBObjectStore.prototype.put = window.__put3; \
             IDBObjectStore.prototype.delete = window.__del3; window.__written.join(',')",
        )
        .unwrap()
        .as_string()
        .unwrap()
    };
    log();
    app.store
        .accounts
        .update(|a| a[2500].name = "Geändert GmbH".into());
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(written(), "accounts,accounts.00001,meta");
    // Deleting the first account moves every later one: all three chunks change, and
    // 4,000 accounts need two, so the third record goes.
    log();
    app.store.accounts.update(|a| {
        a.remove(0);
    });
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(
        written(),
        "-accounts.00002,accounts,accounts.00000,accounts.00001,meta"
    );
    let (_owner2, again) = app_state().await;
    let names = again
        .store
        .accounts
        .with_untracked(|a| (a.len(), a[2499].name.clone()));
    assert_eq!(names, (4000, "Geändert GmbH".to_string()));
    // After that start, what IndexedDB holds is known from the load: an edit writes
    // only its chunk again.
    sleep(10).await;
    log();
    again
        .store
        .accounts
        .update(|a| a[100].name = "Nach dem Laden GmbH".into());
    sleep(700).await;
    again.writes_done().await;
    assert_eq!(written(), "accounts,accounts.00000,meta");
}

/// Logs the names IndexedDB is asked to put (and, with a `-`, to delete) until
/// [`logged_writes`].
fn log_writes() {
    js_sys::eval(
        "window.__written = []; window.__put4 = IDBObjectStore.prototype.put; \
         window.__del4 = IDBObjectStore.prototype.delete; \
         IDBObjectStore.prototype.put = function (v, k) { window.__written.push(k); \
           return window.__put4.call(this, v, k); }; \
         IDBObjectStore.prototype.delete = function (k) { window.__written.push('-' + k); \
           return window.__del4.call(this, k); };",
    )
    .unwrap();
}

fn logged_writes() -> String {
    js_sys::eval(
        "IDBObjectStore.prototype.put = window.__put4; \
         IDBObjectStore.prototype.delete = window.__del4; window.__written.join(',')",
    )
    .unwrap()
    .as_string()
    .unwrap()
}

/// 45,000 history rows of one customer (three chunks of 20,000, the last one short).
fn rows(account: u64) -> Vec<keystone::domain::history::SalesRecord> {
    (0..45_000)
        .map(|i| keystone::domain::history::SalesRecord {
            account,
            period: keystone::domain::history::Period::Year(2000 + i % 25),
            offering: None,
            unit: None,
            revenue: f64::from(i),
            margin: None,
        })
        .collect()
}

/// The history lies in chunks of 20,000 rows: an edit of one row writes its chunk and
/// the count, a shorter history deletes the chunks left over, and the next start reads
/// them back.
#[wasm_bindgen_test]
async fn the_history_is_stored_in_chunks_and_an_edit_writes_only_its_chunk() {
    clear_storage().await;
    let (_owner, app) = app_state().await;
    app.store.accounts.update(|a| {
        a.add_account(Account::new(0, "Historie GmbH", 1.0));
    });
    let id = app.store.accounts.with_untracked(|a| a[0].id);
    app.store.history.update(|h| h.0 = rows(id));
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(app.save_status.get_untracked(), SaveStatus::Saved);
    assert_eq!(record("history").await.as_deref(), Some("3"));
    assert!(record("history.00002")
        .await
        .unwrap()
        .starts_with("[1,\"2000\",null,null,40000.0"));
    // Read back whole: 1.4 M characters, handed to wasm in pieces with a pause between.
    let (_owner1, read) = app_state().await;
    assert_eq!(
        read.store.history.with_untracked(|h| h.clone()),
        app.store.history.with_untracked(|h| h.clone())
    );
    log_writes();
    app.store.history.update(|h| h[44_999].revenue = 0.5);
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(logged_writes(), "history,history.00002,meta");
    log_writes();
    app.store.history.update(|h| h.truncate(20_000));
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(
        logged_writes(),
        "-history.00001,-history.00002,history,meta"
    );
    let (_owner2, again) = app_state().await;
    assert_eq!(again.store.history.with_untracked(|h| h.len()), 20_000);
    assert_eq!(
        again.store.history.with_untracked(|h| h.clone()),
        app.store.history.with_untracked(|h| h.clone())
    );
    sleep(700).await;
}

/// A history stored as one record (the layout before its chunks; fixture of that
/// layout) loads, is rewritten in chunks on the first start, and the next start reads
/// the chunks and writes nothing.
#[wasm_bindgen_test]
async fn a_history_stored_in_one_record_moves_to_chunks_once() {
    const FIXTURE: &str = include_str!("fixtures/indexeddb-v8-history-whole.json");
    clear_storage().await;
    let records: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(FIXTURE).unwrap();
    let puts: Vec<(String, wasm_bindgen::JsValue)> = records
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().into()))
        .collect();
    idb::finished(idb::write(&puts, &[]).unwrap())
        .await
        .unwrap();
    storage::write_revision(5).unwrap();
    let (_owner, app) = app_state().await;
    let history = app.store.history.with_untracked(|h| h.clone());
    assert_eq!(history.len(), 4);
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(app.save_status.get_untracked(), SaveStatus::Saved);
    assert_eq!(record("history").await.as_deref(), Some("1"));
    assert!(record("history.00000").await.unwrap().contains("2025-Q3"));
    assert_eq!(storage::stored_revision(), 6);
    drop(_owner);
    let (_owner2, again) = app_state().await;
    assert_eq!(again.store.history.with_untracked(|h| h.clone()), history);
    sleep(700).await;
    again.writes_done().await;
    assert_eq!(storage::stored_revision(), 6);
}

#[wasm_bindgen_test]
async fn a_failed_write_during_a_replace_leaves_the_stored_workspace_whole() {
    clear_storage().await;
    let (_owner, app) = app_state().await;
    app.store.accounts.update(|a| {
        a.add_account(Account::new(0, "Alt GmbH", 1.0));
    });
    app.save_now();
    app.writes_done().await;
    let before = stored_now().await.unwrap();
    // The second write of the replacement (and every one after it) fails.
    let refused = refuse_puts("n >= 2");
    app.replace_workspace(keystone::domain::sample::sample_workspace());
    app.store.settings.update(|s| s.name = "Neu".into());
    app.save_now();
    app.writes_done().await;
    drop(refused);
    assert_eq!(
        app.save_status.get_untracked(),
        SaveStatus::Failed(StorageFailure::Quota)
    );
    // Neither the new accounts nor the new settings nor the backup reached storage: no
    // mixed workspace.
    assert_eq!(stored_now().await.as_deref(), Some(before.as_str()));
    assert!(record(layout::PREVIOUS).await.is_none());
    // A reload finds the old workspace whole.
    let (_owner2, again) = app_state().await;
    assert_eq!(again.store.accounts.with_untracked(|a| a.len()), 1);
    drop(_owner2);
    // Once writing works again, an immediate save (same tick as the edits, before any
    // effect ran) writes the new sections, and the backup with them.
    app.save_now();
    app.writes_done().await;
    let loaded = keystone::persist::from_json(&stored_now().await.unwrap())
        .unwrap()
        .workspace;
    assert_eq!(loaded.accounts.len(), 200);
    assert_eq!(loaded.settings.name, "Neu");
    assert!(record(layout::PREVIOUS).await.unwrap().contains("Alt GmbH"));
    sleep(700).await;
}

/// A replacement saved by autosave: the backup and the accounts are serialized in
/// batches (with pauses) first, then written in one transaction; failing its second
/// write leaves the stored workspace whole, and the next save writes all of it.
#[wasm_bindgen_test]
async fn a_large_replacement_saved_in_batches_is_one_transaction() {
    clear_storage().await;
    let (_owner, app) = app_state().await;
    app.store.accounts.update(|a| {
        for i in 0..3000 {
            a.add_account(Account::new(0, format!("Alt {i:04}"), 1.0));
        }
    });
    sleep(700).await;
    app.writes_done().await;
    let before = stored_now().await.unwrap();
    let mut new = Workspace::default();
    for i in 0..5000 {
        new.accounts
            .add_account(Account::new(0, format!("Neu {i:04}"), 2.0));
    }
    let refused = refuse_puts("n >= 2");
    app.replace_workspace(new);
    sleep(700).await;
    app.writes_done().await;
    drop(refused);
    assert_eq!(
        app.save_status.get_untracked(),
        SaveStatus::Failed(StorageFailure::Quota)
    );
    assert_eq!(stored_now().await.as_deref(), Some(before.as_str()));
    assert!(record(layout::PREVIOUS).await.is_none());
    // The next autosave (after an edit) writes the new workspace and the backup.
    app.store.settings.update(|s| s.name = "Neu".into());
    sleep(700).await;
    app.writes_done().await;
    assert_eq!(app.save_status.get_untracked(), SaveStatus::Saved);
    let loaded = keystone::persist::from_json(&stored_now().await.unwrap())
        .unwrap()
        .workspace;
    assert_eq!(loaded.accounts.len(), 5000);
    assert_eq!(loaded.accounts[4999].name, "Neu 4999");
    assert_eq!(loaded.settings.name, "Neu");
    let backup = keystone::persist::from_json(&record(layout::PREVIOUS).await.unwrap())
        .unwrap()
        .workspace;
    assert_eq!(backup.accounts.len(), 3000);
    assert_eq!(backup.accounts[2999].name, "Alt 2999");
    assert_eq!(record("accounts").await.as_deref(), Some("3"));
    sleep(700).await;
}

/// A workspace stored by the version before IndexedDB (one local-storage key, its
/// backup and the counter; fixture of that layout) moves on the first start, once.
#[wasm_bindgen_test]
async fn a_workspace_in_local_storage_moves_to_indexeddb_once() {
    const FIXTURE: &str = include_str!("fixtures/local-storage-v7.json");
    clear_storage().await;
    let keys: serde_json::Map<String, serde_json::Value> = serde_json::from_str(FIXTURE).unwrap();
    for (k, v) in &keys {
        storage::write(k, v.as_str().unwrap()).unwrap();
    }
    let (_owner, app) = app_state().await;
    app.writes_done().await;
    assert_eq!(app.save_status.get_untracked(), SaveStatus::Saved);
    let names = |app: &AppState| {
        app.store
            .accounts
            .with_untracked(|a| a.iter().map(|a| a.name.clone()).collect::<Vec<_>>())
    };
    assert_eq!(names(&app), ["Bestand Nord GmbH", "Bestand Süd AG"]);
    assert!(app.backup.get_untracked().is_some());
    // In IndexedDB now, with the backup; the old keys are gone, the counter moved on.
    assert!(storage::read(storage::KEY_WORKSPACE).unwrap().is_none());
    assert!(storage::read(storage::KEY_PREVIOUS).unwrap().is_none());
    assert!(record("accounts.00000")
        .await
        .unwrap()
        .contains("Bestand Nord GmbH"));
    assert!(record(layout::PREVIOUS)
        .await
        .unwrap()
        .contains("Vorher GmbH"));
    assert_eq!(storage::stored_revision(), 4);
    drop(_owner);
    // The next start reads IndexedDB and writes nothing.
    let (_owner2, again) = app_state().await;
    again.writes_done().await;
    assert_eq!(names(&again), ["Bestand Nord GmbH", "Bestand Süd AG"]);
    assert!(again.backup.get_untracked().is_some());
    assert_eq!(storage::stored_revision(), 4);
}

#[wasm_bindgen_test]
async fn undo_runs_the_closure_the_toast_was_given() {
    clear_storage().await;
    let (_owner, app) = app_state().await;
    let id = app
        .store
        .accounts
        .try_update(|a| a.add_account(Account::new(0, "Weg AG", 5.0)))
        .unwrap();
    app.delete_account(id);
    assert!(app.store.accounts.with_untracked(|a| a.is_empty()));
    assert!(app
        .toasts
        .current
        .with_untracked(|t| t.as_ref().is_some_and(|t| t.undo.is_some())));
    app.toasts.undo("Undone.");
    assert_eq!(
        app.store
            .accounts
            .with_untracked(|a| a.account(id).map(|a| a.name.clone())),
        Some("Weg AG".into())
    );
    // The Undo says that it did, with no Undo of its own.
    assert_eq!(
        app.toasts
            .current
            .with_untracked(|t| t.as_ref().map(|t| (t.text.clone(), t.undo.is_some()))),
        Some(("Undone.".to_string(), false))
    );
    sleep(700).await;
}

fn key(target: &web_sys::Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn the_rating_input_works_with_the_keyboard_alone() {
    use keystone::ui::widgets::RatingInput;
    clear_storage().await;
    let root = container();
    let value = RwSignal::new(None::<u8>);
    let (_owner, _app) = app_state().await;
    let handle = _owner.with(|| {
        leptos::mount::mount_to(root.clone(), move || {
            view! {
                <RatingInput
                    label="Innovation: Alpentec"
                    value=value.into()
                    on_change=Callback::new(move |v| value.set(v))
                />
            }
        })
    });
    leptos::task::tick().await;
    let slider = root
        .query_selector("[role=slider][aria-label='Innovation: Alpentec']")
        .unwrap()
        .expect("a slider with its name");
    assert_eq!(
        slider.get_attribute("aria-valuetext").as_deref(),
        Some("not rated")
    );
    key(&slider, "7");
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), Some(7));
    assert_eq!(slider.get_attribute("aria-valuenow").as_deref(), Some("7"));
    key(&slider, "ArrowUp");
    key(&slider, "ArrowUp");
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), Some(9));
    key(&slider, "1");
    key(&slider, "0");
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), Some(10));
    key(&slider, "Delete");
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), None);
    assert_eq!(slider.text_content().as_deref(), Some("–"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn the_weight_editor_warns_off_100_and_normalises() {
    use keystone::ui::widgets::{WeightEditor, WeightRow};
    clear_storage().await;
    let root = container();
    let weights = RwSignal::new(vec![30.0, 30.0]);
    let (_owner, _app) = app_state().await;
    let handle = _owner.with(|| {
        leptos::mount::mount_to(root.clone(), move || {
            let rows = Signal::derive(move || {
                weights
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, w)| WeightRow {
                        key: i.to_string(),
                        name: format!("Kriterium {i}"),
                        weight: w,
                    })
                    .collect()
            });
            view! {
                <WeightEditor label="Gewichte" rows=rows on_change=Callback::new(move |w| weights.set(w))/>
            }
        })
    });
    leptos::task::tick().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Sum of weights: 60.0"), "{text}");
    assert!(text.contains("not 100 %"), "{text}");
    let button: web_sys::HtmlElement = root
        .query_selector("fieldset button")
        .unwrap()
        .expect("normalise button")
        .unchecked_into();
    button.click();
    leptos::task::tick().await;
    assert_eq!(weights.get_untracked(), vec![50.0, 50.0]);
    leptos::task::tick().await;
    assert!(!root.text_content().unwrap().contains("not 100 %"));
    // Typing a weight in the field commits it on change.
    let input: web_sys::HtmlInputElement = root
        .query_selector("#w-0")
        .unwrap()
        .expect("labelled input")
        .unchecked_into();
    input.set_value("70");
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(weights.get_untracked(), vec![70.0, 50.0]);
    drop(handle);
}

#[wasm_bindgen_test]
async fn a_rating_reaches_the_rated_points_and_the_score() {
    use keystone::domain::value_model::{directions, model_weights, scores};
    use keystone::state::analyses::rated_accounts;
    clear_storage().await;
    let (owner, app) = app_state().await;
    owner.with(|| app.load_sample());
    leptos::task::tick().await;
    owner.with(|| {
        let rated = rated_accounts(app);
        let score = move || {
            let (w, d) = app
                .store
                .value_model
                .with_untracked(|m| (model_weights(m), directions(m)));
            rated.with_untracked(|r| scores(&r.points, &w, &d)[0].value)
        };
        let id = rated.with_untracked(|r| r.ids[0]);
        let barriers = app.store.value_model.with_untracked(|m| {
            m.criteria
                .iter()
                .position(|c| c.id == "barriers")
                .expect("a barriers criterion")
        });
        let before = score().expect("the first sample candidate is fully rated");
        app.store
            .value_model
            .update(|m| m.set_rating(id, "barriers", Some(0)));
        assert_eq!(
            rated.with_untracked(|r| r.points[0][barriers]),
            Some(0.0),
            "the memo sees the new rating"
        );
        let low_barriers = score().unwrap();
        app.store
            .value_model
            .update(|m| m.set_rating(id, "barriers", Some(10)));
        let high_barriers = score().unwrap();
        assert!(
            low_barriers > high_barriers,
            "barriers count against the score: {low_barriers} vs {high_barriers}"
        );
        assert!(low_barriers >= before && before >= high_barriers);
    });
    sleep(700).await;
}

#[wasm_bindgen_test]
async fn a_chart_tooltip_from_the_page_is_escaped() {
    use keystone::charts::ChartClick;
    ensure_echarts();
    let root = container();
    let hostile = "<img src=x onerror=\"window.__xss=1\"> & Co";
    let chart = keystone::charts::OptionBuilder::new()
        .push("xAxis", charming::component::Axis::new())
        .push("yAxis", charming::component::Axis::new())
        .set("tooltip", charming::element::Tooltip::new())
        .push(
            "series",
            charming::series::Scatter::new().data(vec![vec![1.0, 2.0, 10.0]]),
        )
        .build();
    let asked = RwSignal::new(None::<(usize, usize)>);
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Chart
                option=Signal::derive(move || chart.clone())
                label="Tooltip chart"
                table=keystone::charts::ChartTable::default()
                tooltip=Callback::new(move |c: ChartClick| {
                    asked.set(Some((c.series, c.item)));
                    vec![hostile.to_string(), "42".to_string()]
                })
            />
        }
    });
    leptos::task::tick().await;
    sleep(50).await;
    let div = root
        .query_selector("[role=img][aria-label='Tooltip chart']")
        .unwrap()
        .expect("chart element");
    // The formatter ECharts was given, called as ECharts would call it.
    let echarts = js_sys::Reflect::get(&js_sys::global(), &"echarts".into()).unwrap();
    let by_dom: js_sys::Function = js_sys::Reflect::get(&echarts, &"getInstanceByDom".into())
        .unwrap()
        .unchecked_into();
    let instance = by_dom.call1(&echarts, &div).unwrap();
    let get_option: js_sys::Function = js_sys::Reflect::get(&instance, &"getOption".into())
        .unwrap()
        .unchecked_into();
    let option = get_option.call0(&instance).unwrap();
    let tooltip =
        js_sys::Array::from(&js_sys::Reflect::get(&option, &"tooltip".into()).unwrap()).get(0);
    let formatter: js_sys::Function = js_sys::Reflect::get(&tooltip, &"formatter".into())
        .unwrap()
        .unchecked_into();
    let params = js_sys::Object::new();
    js_sys::Reflect::set(&params, &"seriesIndex".into(), &0.into()).unwrap();
    js_sys::Reflect::set(&params, &"dataIndex".into(), &0.into()).unwrap();
    let html = formatter
        .call1(&wasm_bindgen::JsValue::NULL, &params)
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(asked.get_untracked(), Some((0, 0)));
    assert_eq!(
        html,
        "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt; &amp; Co<br>42"
    );
    drop(handle);
}

#[wasm_bindgen_test]
fn the_browser_parses_typed_numbers_exactly_as_rust_does() {
    use keystone::domain::number::{parse_number, DecimalSeparator};
    use keystone::ui::widgets::parse_typed;
    let inputs = [
        "1.234,56",
        "1,234.56",
        "0,1",
        "0.30000000000000004",
        "123456789012345678901234567890",
        "9.007.199.254.740.993",
        "2,2250738585072014e-308",
        "-0",
        "1.234,56-",
        "",
        "abc",
        "1e400",
        &"9".repeat(400),
    ];
    for sep in [DecimalSeparator::Comma, DecimalSeparator::Point] {
        for input in inputs {
            let browser = parse_typed(input, sep);
            let rust = parse_number(input, sep);
            assert_eq!(
                browser.as_ref().map(|v| v.to_bits()),
                rust.as_ref().map(|v| v.to_bits()),
                "{input:?} ({sep:?})"
            );
        }
    }
}

#[wasm_bindgen_test]
async fn deleting_a_key_account_takes_its_ratings_and_histories_and_undo_brings_them_back() {
    clear_storage().await;
    let (owner, app) = app_state().await;
    owner.with(|| app.load_sample());
    leptos::task::tick().await;
    let (id, histories) = app.store.key_accounts.with_untracked(|k| {
        let (id, data) = k.iter().next().expect("the sample has histories");
        (id.parse::<u64>().unwrap(), data.clone())
    });
    let ratings = app
        .store
        .value_model
        .with_untracked(|m| m.ratings.get(&id).cloned());
    assert!(ratings.is_some());
    app.delete_account(id);
    assert!(app
        .store
        .key_accounts
        .with_untracked(|k| !k.contains_key(&id.to_string())));
    assert!(app
        .store
        .value_model
        .with_untracked(|m| !m.ratings.contains_key(&id)));
    app.toasts.undo("Undone.");
    assert_eq!(
        app.store
            .key_accounts
            .with_untracked(|k| k.get(&id.to_string()).cloned()),
        Some(histories)
    );
    assert_eq!(
        app.store
            .value_model
            .with_untracked(|m| m.ratings.get(&id).cloned()),
        ratings
    );
    sleep(700).await;
}

#[wasm_bindgen_test]
async fn the_first_answer_creates_an_assessment_that_is_saved_and_read_back() {
    use keystone::domain::assessment::{read_assessments, Area};
    use keystone::ui::assessment::AssessmentPage;
    clear_storage().await;
    let root = container();
    let (_owner, app) = app_state().await;
    let handle = _owner.with(|| {
        leptos::mount::mount_to(root.clone(), move || view! { <AssessmentPage id=None/> })
    });
    leptos::task::tick().await;
    let progress = || {
        root.query_selector("#as-progress")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(progress(), "0 of 12 answered");
    assert!(app.store.assessments.with_untracked(Vec::is_empty));
    let radio: web_sys::HtmlElement = root
        .query_selector("#rate-process-3")
        .unwrap()
        .expect("level 3 of “Process”")
        .unchecked_into();
    radio.click();
    leptos::task::tick().await;
    assert_eq!(progress(), "1 of 12 answered");
    let list = app
        .store
        .assessments
        .with_untracked(|j| read_assessments(j));
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].rating(Area::Process), Some(3));
    // A second answer edits the same assessment.
    let radio: web_sys::HtmlElement = root
        .query_selector("#rate-vision-5")
        .unwrap()
        .unwrap()
        .unchecked_into();
    radio.click();
    leptos::task::tick().await;
    let list = app
        .store
        .assessments
        .with_untracked(|j| read_assessments(j));
    assert_eq!((list.len(), list[0].answered()), (1, 2));
    // The result names the maturity and the weakest area.
    let text = root.text_content().unwrap();
    assert!(text.contains("Overall maturity: 4.0 of 5"), "{text}");
    assert!(text.contains("Process: 3 of 5"), "{text}");
    sleep(700).await;
    app.writes_done().await;
    let stored = stored_now().await.unwrap();
    let loaded = keystone::persist::from_json(&stored).unwrap();
    assert_eq!(read_assessments(&loaded.workspace.assessments), list);
    drop(handle);
}

/// The spreadsheet import's adapters: the browser's TextDecoder reads German Excel's
/// Windows-1252 (and UTF-8 with its BOM), and the column mapping the user chose is
/// remembered in local storage for the next import.
#[wasm_bindgen_test]
async fn spreadsheet_files_decode_and_the_mapping_is_remembered() {
    use keystone::domain::spreadsheet::Field;
    use keystone::persist::csv::TextEncoding;
    use keystone::ui::data::sheet_import::{decode, remember, remembered};
    let german = include_bytes!("fixtures/kunden-excel-de.csv");
    let (text, encoding) = decode(german).unwrap();
    assert_eq!(encoding, TextEncoding::Windows1252);
    assert!(text.starts_with("Kundennr.;Kunde;Branche;Region;Umsatz 2025 (€);"));
    assert!(text.contains("Müller Maschinenbau GmbH;Maschinenbau;Süd;1.234.567,89 €"));
    assert!(text.contains("Größenwahn AG") && text.contains("Straße & Weg e.K."));
    let english = include_bytes!("fixtures/customers-en.csv");
    let (text, encoding) = decode(english).unwrap();
    assert_eq!(encoding, TextEncoding::Utf8);
    assert!(
        text.starts_with("Customer No,"),
        "the BOM is not part of the text"
    );
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Kunde;Umsatz".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    assert_eq!(decode(&utf16).unwrap().0, "Kunde;Umsatz");

    clear_storage().await;
    assert!(remembered().is_empty());
    let headers = vec!["Kunde".to_string(), "Region".to_string(), "".to_string()];
    remember(&headers, &vec![Some(Field::Name), None, Some(Field::Notes)]);
    let back = remembered();
    assert_eq!(back.get("kunde"), Some(&Some(Field::Name)));
    assert_eq!(
        back.get("region"),
        Some(&None),
        "an ignored column is remembered as ignored"
    );
    assert_eq!(back.len(), 2, "a column without a header is not remembered");
    clear_storage().await;
}

/// A fake `FileSystemFileHandle` whose writable logs what is done to it; `fail` names
/// the DOMException `createWritable` rejects with (empty: none).
fn fake_handle(fail: &str) -> (wasm_bindgen::JsValue, js_sys::Array) {
    let make = js_sys::Function::new_with_args(
        "fail",
        "const log = [];
         const handle = { name: 'client.json', createWritable: async () => {
             if (fail) throw new DOMException('no', fail);
             return { write: async (t) => { log.push('write:' + t.length); handle.text = t; },
                      close: async () => log.push('close'), abort: async () => log.push('abort') };
         } };
         return [handle, log];",
    );
    let pair: js_sys::Array = make.call1(&JSON_NULL(), &fail.into()).unwrap().into();
    (pair.get(0), pair.get(1).into())
}

#[allow(non_snake_case)]
fn JSON_NULL() -> wasm_bindgen::JsValue {
    wasm_bindgen::JsValue::NULL
}

fn log_of(log: &js_sys::Array) -> Vec<String> {
    log.iter().filter_map(|v| v.as_string()).collect()
}

/// Runs `body` with the File System Access API's pickers removed from the window, as
/// in Firefox and Safari, and puts them back after.
fn without_file_pickers() -> impl Drop {
    struct Restore(Vec<(&'static str, wasm_bindgen::JsValue)>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let w = js_sys::global();
            for (name, value) in &self.0 {
                if !value.is_undefined() {
                    js_sys::Reflect::set(&w, &(*name).into(), value).unwrap();
                }
            }
        }
    }
    let w = js_sys::global();
    let saved = ["showOpenFilePicker", "showSaveFilePicker"]
        .into_iter()
        .map(|name| {
            let value = js_sys::Reflect::get(&w, &name.into()).unwrap();
            js_sys::Reflect::delete_property(w.unchecked_ref::<js_sys::Object>(), &name.into())
                .unwrap();
            (name, value)
        })
        .collect();
    Restore(saved)
}

#[wasm_bindgen_test]
async fn writing_to_a_file_replaces_its_content_and_errors_are_named() {
    use keystone::state::file_access::{handle_name, write_file, FileError};
    let (handle, log) = fake_handle("");
    write_file(&handle, "{\"a\":1}").await.unwrap();
    assert_eq!(log_of(&log), ["write:7", "close"]);
    assert_eq!(handle_name(&handle).as_deref(), Some("client.json"));
    let (denied, _) = fake_handle("NotAllowedError");
    assert_eq!(write_file(&denied, "x").await, Err(FileError::NotAllowed));
    let (cancelled, _) = fake_handle("AbortError");
    assert_eq!(write_file(&cancelled, "x").await, Err(FileError::Cancelled));
    let (broken, _) = fake_handle("InvalidStateError");
    assert!(
        matches!(write_file(&broken, "x").await, Err(FileError::Other(m)) if m.starts_with("InvalidStateError"))
    );
    // Something that is not a handle at all.
    assert!(matches!(
        write_file(&wasm_bindgen::JsValue::from(3), "x").await,
        Err(FileError::Other(_))
    ));
}

#[wasm_bindgen_test]
async fn save_writes_back_to_the_linked_file_and_tracks_changes() {
    use keystone::ui::data::file::{save, Target};
    clear_storage().await;
    let (owner, app) = app_state().await;
    let (handle, log) = fake_handle("");
    // A browser with the API (the picker is not reached while a handle is linked).
    let w = js_sys::global();
    let had_pickers = keystone::state::file_access::can_write_files();
    if !had_pickers {
        let picker = js_sys::Function::new_no_args("throw new Error('not reached')");
        js_sys::Reflect::set(&w, &"showOpenFilePicker".into(), &picker).unwrap();
        js_sys::Reflect::set(&w, &"showSaveFilePicker".into(), &picker).unwrap();
    }
    owner.with(|| {
        let content = app.current_content_hash();
        app.link_file("client.json".into(), Some(handle.clone()), content);
    });
    owner.with(|| {
        app.store.accounts.update(|a| {
            a.add_account(Account::new(0, "Dateikunde AG", 10.0));
        })
    });
    sleep(700).await;
    assert_eq!(
        app.file.with_untracked(|f| f.as_ref().map(|f| f.changed)),
        Some(true)
    );
    assert!(storage::read(keystone::state::file::KEY_FILE)
        .unwrap()
        .unwrap()
        .contains(" 1 client.json"));
    owner.with(|| leptos::task::spawn_local(save(app, Target::Linked)));
    sleep(200).await;
    assert_eq!(log_of(&log).last().map(String::as_str), Some("close"));
    let written = js_sys::Reflect::get(&handle, &"text".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(written.contains("Dateikunde AG") && written.contains("\"schema_version\""));
    assert_eq!(
        app.file.with_untracked(|f| f.as_ref().map(|f| f.changed)),
        Some(false)
    );
    // The next autosave agrees: nothing changed since.
    owner.with(|| app.store.settings.update(|s| s.name = s.name.clone()));
    sleep(700).await;
    assert_eq!(
        app.file.with_untracked(|f| f.as_ref().map(|f| f.changed)),
        Some(false)
    );
    let copy = storage::read(keystone::state::file::KEY_LAST_COPY)
        .unwrap()
        .unwrap();
    assert!(copy.ends_with("\tclient.json"));
    drop(owner);
    if !had_pickers {
        for name in ["showOpenFilePicker", "showSaveFilePicker"] {
            js_sys::Reflect::delete_property(w.unchecked_ref::<js_sys::Object>(), &name.into())
                .unwrap();
        }
    }
}

#[wasm_bindgen_test]
async fn without_the_file_system_access_api_save_downloads_under_the_files_name() {
    use keystone::ui::data::file::{save, Target};
    clear_storage().await;
    let _restore = without_file_pickers();
    assert!(!keystone::state::file_access::can_write_files());
    let (owner, app) = app_state().await;
    // Downloads are clicks on a link: record them instead.
    let clicks = js_sys::Array::new();
    let record = js_sys::Function::new_with_args(
        "clicks",
        "const orig = HTMLAnchorElement.prototype.click;
         HTMLAnchorElement.prototype.click = function () { clicks.push(this.download); };
         return orig;",
    );
    let original = record.call1(&JSON_NULL(), &clicks).unwrap();
    owner.with(|| app.link_file("client.json".into(), None, 0));
    owner.with(|| leptos::task::spawn_local(save(app, Target::Linked)));
    sleep(50).await;
    owner.with(|| leptos::task::spawn_local(save(app, Target::Named("Kunde Nord".into()))));
    sleep(50).await;
    let proto = js_sys::eval("HTMLAnchorElement.prototype").unwrap();
    js_sys::Reflect::set(&proto, &"click".into(), &original).unwrap();
    let names: Vec<String> = clicks.iter().filter_map(|v| v.as_string()).collect();
    assert_eq!(names, ["client.json", "Kunde Nord.json"]);
    // Linked to the name it was last saved under, with nothing left unsaved.
    let link = app.file.get_untracked().unwrap();
    assert_eq!(
        (link.name.as_str(), link.handle.is_none(), link.changed),
        ("Kunde Nord.json", true, false)
    );
    drop(owner);
}

#[wasm_bindgen_test]
async fn storage_adapters_answer_with_and_without_the_storage_api() {
    use keystone::state::storage_info::{estimate, request_persistence, Persistence};
    clear_storage().await;
    // Chromium answers: granted or not, and how much the site uses.
    assert_ne!(request_persistence().await, Persistence::Unsupported);
    assert!(estimate()
        .await
        .is_some_and(|(usage, quota)| usage >= 0.0 && quota > 0.0));
    // A browser without navigator.storage.
    js_sys::eval(
        "Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true })",
    )
    .unwrap();
    assert_eq!(request_persistence().await, Persistence::Unsupported);
    assert_eq!(estimate().await, None);
    js_sys::eval("delete navigator.storage").unwrap();
    assert_ne!(request_persistence().await, Persistence::Unsupported);
    clear_storage().await;
}

/// The register's search index: an ASCII name is lowered in wasm, any other by the
/// browser; both give what Unicode's lower case gives.
#[wasm_bindgen_test]
fn names_are_lowered_the_same_with_or_without_the_browser() {
    use keystone::state::browser::lower;
    for name in [
        "Kunde 00001",
        "ACME GmbH & Co. KG",
        "Ärzte-Verbund SÜD",
        "ΣΊΣΥΦΟΣ",
        "İstanbul A.Ş.",
        "",
    ] {
        assert_eq!(lower(name), name.to_lowercase(), "{name}");
    }
    assert_eq!(lower("Müller AG"), "müller ag");
}
