//! The first view: markup the build rendered for the site's default dataset
//! (`scripts/first-view.mjs`), which the page's early script shows in `#app` before the app has
//! started (index.html). The app renders its own page beside it, hidden, in several tasks (the
//! parse of the data, the project list, the sections below it), and removes it once that page is
//! whole: the reader sees one view, then the same view working, and the page is never blocked
//! for the whole start at once.

use web_sys::{Document, Element};

/// The class of the element the early script puts the first view in.
pub const CLASS: &str = "first-view";

/// The attribute on `#app` that tells the early script the app has started, so that a first
/// view arriving late is not shown over it.
pub const LIVE_ATTRIBUTE: &str = "data-live";

/// The class of the element the app mounts into beside a first view; `style/main.css` hides it
/// while a first view precedes it.
const APP_HOST_CLASS: &str = "app-host";

/// The first view, if the page shows one: the early script puts it in `#app` in place of
/// everything else (the loading message), and it stays until the app's page is whole.
fn shown() -> Option<Element> {
    gloo::utils::document().query_selector(&format!("#app>.{CLASS}")).ok().flatten()
}

/// Whether the page shows a first view now.
pub fn is_on_page() -> bool {
    shown().is_some()
}

/// An element for the app to mount into, after the first view in `root`, when the page shows
/// one; `None` otherwise (the app mounts into `root` itself).
pub fn app_host(document: &Document, root: &Element) -> Option<Element> {
    shown()?;
    let host = document.create_element("div").ok()?;
    host.set_class_name(APP_HOST_CLASS);
    root.append_child(&host).ok()?;
    Some(host)
}

/// Removes the first view, if the page shows one.
pub fn remove() {
    if let Some(view) = shown() {
        view.remove();
    }
}
