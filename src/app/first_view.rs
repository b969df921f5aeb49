//! The first view: markup the build rendered for the site's default dataset
//! (`scripts/first-view.mjs`), which the page's early script shows in `#app` before the app has
//! started (index.html). The app renders beside it and removes it in the same task, so the
//! reader sees one view, then the same view working.

use web_sys::Element;

/// The class of the element the early script puts the first view in.
const CLASS: &str = "first-view";

/// The attribute on `#app` that tells the early script the app has started, so that a first
/// view arriving late is not shown over it.
pub const LIVE_ATTRIBUTE: &str = "data-live";

/// The first view, if the page shows one: the early script puts it in `#app` in place of
/// everything else (the loading message), and it stays until the app's render replaces it.
fn shown() -> Option<Element> {
    gloo::utils::document().query_selector(&format!("#app>.{CLASS}")).ok().flatten()
}

/// Whether the page shows a first view now: the app's render then replaces it whole, with
/// nothing left for later.
pub fn is_on_page() -> bool {
    shown().is_some()
}

/// Removes the first view, if the page shows one.
pub fn remove() {
    if let Some(view) = shown() {
        view.remove();
    }
}
