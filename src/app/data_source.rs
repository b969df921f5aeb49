//! Where the site's data comes from at run time: the inline data block of the one-file build
//! (`<script type="application/json" id="briefing-data">`), or a fetch of `data/NAME.json`
//! relative to the page (`document.baseURI`), so that a hosted copy shows whatever dataset files
//! its `data/` folder holds, with no rebuild.

use wasm_bindgen::JsCast;

use crate::app::download::js_error;
use crate::model::checked_at_build::{hex_digits, CheckedAtBuild, CHECKED_AT_BUILD_ID};
use crate::model::site::INLINE_DATA_ID;

/// The text of the inline data block, when the page carries one (the one-file offline build).
pub fn inline_data() -> Option<String> {
    gloo::utils::document().get_element_by_id(INLINE_DATA_ID)?.text_content()
}

/// Removes what follows the inline data block. The block is last in the body, so what stands
/// after it is only the rest of a block cut short by a `</script>` in its data: the data's
/// remaining text and any markup in it, shown as the page's own (`<b>bold</b>` in bold, a
/// `<textarea>` holding the rest of the JSON), which the page's message about the cut explains
/// and which would only confuse beside it.
pub fn remove_after_inline_data() {
    let Some(block) = gloo::utils::document().get_element_by_id(INLINE_DATA_ID) else { return };
    while let Some(stray) = block.next_sibling() {
        let Some(parent) = stray.parent_node() else { return };
        if parent.remove_child(&stray).is_err() {
            return;
        }
    }
}

/// The record of the site's dataset files that its build checked whole
/// (`scripts/record-checked.mjs`): empty when the page carries none.
pub fn checked_at_build() -> CheckedAtBuild {
    gloo::utils::document()
        .get_element_by_id(CHECKED_AT_BUILD_ID)
        .and_then(|block| block.text_content())
        .map_or_else(CheckedAtBuild::default, |text| CheckedAtBuild::from_json(&text))
}

/// Whether this page is the one-file offline build, which carries its data inline and ships no
/// other file (no worker, say).
pub fn is_one_file_build() -> bool {
    gloo::utils::document().get_element_by_id(INLINE_DATA_ID).is_some()
}

/// The global names the page's early script (index.html) uses: a promise of the default
/// dataset's bytes, started before the app's code arrives, and the bytes themselves once they are
/// there.
const EARLY_PROMISE: &str = "briefingEarlyFetch";
const EARLY_BYTES: &str = "briefingEarlyBytes";

/// The default dataset's bytes if the page's early fetch has already brought them: the app then
/// renders the data in its first render, with no wait. Taken once (see [`forget_early_data`]).
pub fn take_early_data() -> Option<PageBytes> {
    let bytes = js_sys::Reflect::get(&gloo::utils::window(), &EARLY_BYTES.into()).ok()?;
    let bytes = page_bytes(bytes)?;
    forget_early_data();
    Some(bytes)
}

/// What the page's early fetch of the default dataset gave, waiting for it if it is still on its
/// way: the bytes, or the HTTP status the server refused them with (so a missing file is asked
/// for once, not twice); `None` when the page started none or the network failed (the caller
/// then fetches as usual, which reports the browser's error). Taken once, like
/// [`take_early_data`].
pub async fn take_early_data_when_ready() -> Option<Fetched> {
    let promise = js_sys::Reflect::get(&gloo::utils::window(), &EARLY_PROMISE.into()).ok()?;
    let promise = promise.dyn_into::<js_sys::Promise>().ok()?;
    forget_early_data();
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    match answer.as_f64() {
        Some(status) => Some(Fetched::Status(status as u16)),
        None => page_bytes(answer).map(Fetched::Bytes),
    }
}

/// Drops the page's references to the early fetch, so that the bytes taken are the app's alone:
/// they can go to the checking worker without a copy (which leaves them empty), and they are not
/// kept for the life of the page (12.8 MB at 10,000 projects). A later load of the default
/// dataset (Back, say) fetches it again, from the browser's cache.
fn forget_early_data() {
    let window = gloo::utils::window();
    for name in [EARLY_PROMISE, EARLY_BYTES] {
        // Failing leaves the globals in place, which only keeps their memory.
        let _ = js_sys::Reflect::set(&window, &name.into(), &wasm_bindgen::JsValue::UNDEFINED);
    }
}

/// The early script's bytes (a `Uint8Array` over the whole of its fetch's buffer, as index.html
/// makes it); `None` for anything else, such as the `null` of a failed fetch.
fn page_bytes(value: wasm_bindgen::JsValue) -> Option<PageBytes> {
    Some(PageBytes(value.dyn_into::<js_sys::Uint8Array>().ok()?.buffer()))
}

/// A file's bytes as the browser holds them, outside the wasm's memory: copied into the wasm to
/// be read, and handed on to the checking worker as they are, with no copy back out (about 12 ms
/// of the page's time at 12.8 MB).
pub struct PageBytes(js_sys::ArrayBuffer);

impl PageBytes {
    /// A copy of the bytes in the wasm's memory.
    pub fn to_vec(&self) -> Vec<u8> {
        js_sys::Uint8Array::new(&self.0).to_vec()
    }

    /// The browser's buffer holding the bytes, to transfer to a worker.
    pub fn into_buffer(self) -> js_sys::ArrayBuffer {
        self.0
    }
}

/// The SHA-256 of the bytes of `data` (an `ArrayBuffer` or a typed array), as lowercase hex,
/// computed by the browser (WebCrypto, which works off the page's thread). `None` where the
/// browser offers no WebCrypto, as on a page served over plain HTTP from another machine.
pub async fn sha256_hex(data: &js_sys::Object) -> Option<String> {
    let subtle = gloo::utils::window().crypto().ok()?.subtle();
    // Undefined outside a secure context: the call below then throws, which is caught here.
    let promise = subtle.digest_with_str_and_buffer_source("SHA-256", data).ok()?;
    let digest = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    Some(hex_digits(&js_sys::Uint8Array::new(&digest).to_vec()))
}

/// What a fetch of a file in the site's folder gave.
pub enum Fetched {
    /// The file's bytes, as served: the checks read its encoding themselves (a byte-order mark,
    /// UTF-16, invalid UTF-8), and the bytes go into the wasm without a round trip through text.
    Bytes(PageBytes),
    /// The server answered with this HTTP status instead of the file.
    Status(u16),
}

/// `url` (relative to the page) made absolute against the page's base.
fn absolute_url(url: &str) -> Result<String, String> {
    let base = gloo::utils::document().base_uri().map_err(js_error)?;
    Ok(match base {
        Some(base) => web_sys::Url::new_with_base(url, &base).map_err(js_error)?.href(),
        None => url.to_string(),
    })
}

/// The response to a fetch of `url` with `init`, or the browser's error as text.
async fn respond(url: &str, init: &web_sys::RequestInit) -> Result<web_sys::Response, String> {
    // The browser's own fetch, not a wrapper crate: less code for every reader to download.
    let request = gloo::utils::window().fetch_with_str_and_init(&absolute_url(url)?, init);
    wasm_bindgen_futures::JsFuture::from(request)
        .await
        .map_err(js_error)?
        .dyn_into::<web_sys::Response>()
        .map_err(js_error)
}

/// The HTTP status of a `HEAD` request for `url` (relative to the page): whether a file is
/// there, without downloading it.
pub async fn head_status(url: &str) -> Result<u16, String> {
    let init = web_sys::RequestInit::new();
    init.set_method("HEAD");
    Ok(respond(url, &init).await?.status())
}

/// Fetches `url` (relative to the page), asking the server whether its copy is newer than the
/// browser's (`cache: "no-cache"`). A publisher replaces data files in place, and a host that
/// sends no `Cache-Control` (Python's server, nginx's and Apache's defaults) would otherwise
/// have the browser show its old copy for days, reloads included. Errors are the browser's, as
/// text.
pub async fn fetch_bytes(url: &str) -> Result<Fetched, String> {
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = respond(url, &init).await?;
    if !response.ok() {
        return Ok(Fetched::Status(response.status()));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(js_error)?)
        .await
        .map_err(js_error)?;
    Ok(Fetched::Bytes(PageBytes(buffer.dyn_into().map_err(js_error)?)))
}
