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

/// Whether the page shows a first view in `root`, where the early script puts it in place of
/// everything else (the loading message), so that it stays until the app replaces it.
pub fn is_shown(root: &Element) -> bool {
    matches!(root.query_selector(&format!(":scope>.{CLASS}")), Ok(Some(_)))
}

/// Removes the first view, if the page shows one.
pub fn remove() {
    let document = gloo::utils::document();
    if let Ok(Some(view)) = document.query_selector(&format!("#app>.{CLASS}")) {
        view.remove();
    }
}
