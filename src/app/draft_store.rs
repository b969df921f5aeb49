//! The browser's IndexedDB as a small text store: the editor keeps its draft there as it changes
//! (a draft may be megabytes, more than `localStorage` holds), and the explorer leaves an opened
//! file's dataset there for the editor when a reader chooses "Edit this data".
//!
//! The fingerprint of the editor's last download is kept apart, in `localStorage`
//! ([`remember_download`]).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

use crate::app::download::js_error;

const DATABASE: &str = "briefing-editor";
const STORE: &str = "texts";

/// The key of the draft being edited.
pub const DRAFT_KEY: &str = "draft";
/// The key of a dataset handed from the explorer to the editor.
pub const HANDOFF_KEY: &str = "handoff";
/// The key of the name of the file the dataset handed over came from.
pub const HANDOFF_NAME_KEY: &str = "handoff-name";

/// The `localStorage` key of the fingerprint of the dataset file last downloaded from the editor
/// (`model::editor::file_fingerprint`).
const DOWNLOADED_KEY: &str = "briefing-editor-downloaded";

/// Keeps the fingerprint of the file just downloaded. `localStorage` rather than the draft's
/// record: it is written before the page can be left, while the draft's save after the download,
/// which says it was downloaded, is written to IndexedDB a moment later, and not at all if the
/// author leaves first (back to the explorer). A browser that refuses `localStorage` has that
/// save only.
pub fn remember_download(fingerprint: &str) {
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        let _ = storage.set_item(DOWNLOADED_KEY, fingerprint);
    }
}

/// The fingerprint of the file last downloaded from the editor, if the browser kept it.
pub fn last_download() -> Option<String> {
    let storage = gloo::utils::window().local_storage().ok().flatten()?;
    storage.get_item(DOWNLOADED_KEY).ok().flatten()
}

/// Waits for an IndexedDB request to succeed, giving its result.
async fn finished(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let succeeded = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &succeeded.result().unwrap_or(JsValue::NULL));
        });
        let failed = request.clone();
        let on_error = Closure::once_into_js(move || {
            let error = failed.error().ok().flatten().map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(js_error)
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = gloo::utils::window()
        .indexed_db()
        .map_err(js_error)?
        .ok_or_else(|| "IndexedDB".to_string())?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(js_error)?;
    // The first visit creates the store; later versions would add to it here.
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(database) = upgrading.result().and_then(|result| result.dyn_into::<IdbDatabase>())
        {
            let _ = database.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    finished(&request).await?.dyn_into::<IdbDatabase>().map_err(js_error)
}

/// Keeps `text` under `key`, replacing what was there.
pub async fn put_text(key: &str, text: &str) -> Result<(), String> {
    put_texts(&[(key.to_string(), text.to_string())]).await
}

/// Keeps each text under its key, in one transaction: all are kept, or none.
pub async fn put_texts(entries: &[(String, String)]) -> Result<(), String> {
    let database = open().await?;
    let store = database
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .and_then(|transaction| transaction.object_store(STORE))
        .map_err(js_error)?;
    let mut last = None;
    for (key, text) in entries {
        let request = store
            .put_with_key(&JsValue::from_str(text), &JsValue::from_str(key))
            .map_err(js_error)?;
        last = Some(request);
    }
    // Requests of a transaction succeed in order: the last one's success means all of them.
    let outcome = match last {
        Some(request) => finished(&request).await.map(|_| ()),
        None => Ok(()),
    };
    database.close();
    outcome
}

/// What [`put_texts_unless`] did.
#[derive(Debug, PartialEq)]
pub enum Guarded {
    Written,
    /// Nothing was written: the text kept under the guard's key (if any) was refused.
    Refused(Option<String>),
}

/// Keeps each text under its key, in one transaction, unless `refuse` refuses the text kept
/// under `guard` now: read and written in the same transaction, so no other tab's write can
/// come between the check and the write.
pub async fn put_texts_unless(
    entries: Vec<(String, String)>,
    guard: &str,
    refuse: impl FnOnce(Option<&str>) -> bool + 'static,
) -> Result<Guarded, String> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(js_error)?;
    let store = transaction.object_store(STORE).map_err(js_error)?;
    let read = store.get(&JsValue::from_str(guard)).map_err(js_error)?;
    let refused = Rc::new(RefCell::new(None::<Option<String>>));
    let mut writing = Some((entries, refuse, refused.clone()));
    let done = Promise::new(&mut |resolve, reject| {
        let Some((entries, refuse, refused)) = writing.take() else { return };
        let (reading, store, transaction_here) = (read.clone(), store.clone(), transaction.clone());
        // The puts are made in the read's success event, while the transaction is active.
        let on_read = Closure::once_into_js(move || {
            let kept = reading.result().ok().and_then(|value| value.as_string());
            if refuse(kept.as_deref()) {
                *refused.borrow_mut() = Some(kept);
                return;
            }
            for (key, text) in entries {
                let put = store.put_with_key(&JsValue::from_str(&text), &JsValue::from_str(&key));
                if put.is_err() {
                    let _ = transaction_here.abort();
                    return;
                }
            }
        });
        read.set_onsuccess(Some(on_read.unchecked_ref()));
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        let failed = transaction.clone();
        let on_failure = Closure::once_into_js(move || {
            let error = failed.error().map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        transaction.set_onabort(Some(on_failure.unchecked_ref()));
    });
    let outcome = JsFuture::from(done).await.map_err(js_error);
    database.close();
    outcome?;
    let refused = refused.borrow_mut().take();
    Ok(refused.map_or(Guarded::Written, Guarded::Refused))
}

/// The text kept under `key`, if any.
pub async fn get_text(key: &str) -> Result<Option<String>, String> {
    let database = open().await?;
    let store = database
        .transaction_with_str(STORE)
        .and_then(|transaction| transaction.object_store(STORE))
        .map_err(js_error)?;
    let request = store.get(&JsValue::from_str(key)).map_err(js_error)?;
    let outcome = finished(&request).await.map(|value| value.as_string());
    database.close();
    outcome
}

/// The texts kept under `keys`, in order, read in one transaction.
pub async fn get_texts(keys: &[String]) -> Result<Vec<Option<String>>, String> {
    let database = open().await?;
    let store = database
        .transaction_with_str(STORE)
        .and_then(|transaction| transaction.object_store(STORE))
        .map_err(js_error)?;
    let requests: Vec<IdbRequest> = keys
        .iter()
        .map(|key| store.get(&JsValue::from_str(key)).map_err(js_error))
        .collect::<Result<_, _>>()?;
    let mut texts = Vec::with_capacity(requests.len());
    for request in &requests {
        match finished(request).await {
            Ok(value) => texts.push(value.as_string()),
            Err(error) => {
                database.close();
                return Err(error);
            }
        }
    }
    database.close();
    Ok(texts)
}

/// Forgets what is kept under `key`.
pub async fn delete(key: &str) -> Result<(), String> {
    let database = open().await?;
    let store = database
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .and_then(|transaction| transaction.object_store(STORE))
        .map_err(js_error)?;
    let request = store.delete(&JsValue::from_str(key)).map_err(js_error)?;
    let outcome = finished(&request).await.map(|_| ());
    database.close();
    outcome
}
