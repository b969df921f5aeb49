//! Copying text with `navigator.clipboard.writeText`.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; `false` when the browser refused (no permission, an insecure page).
pub async fn copy_text(text: &str) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
