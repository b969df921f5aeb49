//! The first view: markup the build rendered for the site's default dataset
//! (`scripts/first-view.mjs`), which the page's early script shows in `#app` before the app has
//! started (index.html). The app renders its own page beside it, hidden, in several tasks (the
//! parse of the data, the page down to its project list), and hands over once that page holds
//! what any first screen shows: the reader sees one view, then the same view working, and the
//! page is never blocked for the whole start at once. The sections below the list (charts,
//! directives, source) follow a frame apart each, below the first screen, in the height the
//! first view kept for them.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// The class of the element the early script puts the first view in.
pub const CLASS: &str = "first-view";

/// The attribute on `#app` that tells the early script the app has started, so that a first
/// view arriving late is not shown over it.
pub const LIVE_ATTRIBUTE: &str = "data-live";

/// The class of the element the app mounts into beside a first view; `style/main.css` hides it
/// while a first view precedes it.
const APP_HOST_CLASS: &str = "app-host";

/// The first view, if the page shows one: the early script puts it in `#app` in place of
/// everything else (the loading message), and it stays until the app's page has its project
/// list ([`hand_over`]).
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

/// Removes the first view, if the page shows one, once the app's page has what the first screen
/// shows, and keeps the page as tall as the first view was until [`release_height`]: the
/// sections below the project list are still to come, and a page suddenly shorter would move a
/// reader who had scrolled down (the browser clamps the scroll position) and shrink its scroll
/// bar.
pub fn hand_over() {
    let Some(view) = shown() else { return };
    if let Some(root) = app_root() {
        let height = view.get_bounding_client_rect().height();
        // Failing leaves the page its own height: at worst it is shorter for a few frames.
        let _ = root.style().set_property(HELD_HEIGHT, &format!("{height}px"));
    }
    view.remove();
}

/// The property [`hand_over`] sets on `#app`, through the CSSOM (the page's
/// Content-Security-Policy refuses `style` attributes in markup, not style set by script).
const HELD_HEIGHT: &str = "min-height";

/// Lets the page take its own height again, once the app's page is whole.
pub fn release_height() {
    if let Some(root) = app_root() {
        let _ = root.style().remove_property(HELD_HEIGHT);
    }
}

/// `#app`, which holds the first view and the app, and whose height [`hand_over`] holds.
fn app_root() -> Option<HtmlElement> {
    gloo::utils::document().get_element_by_id("app")?.dyn_into::<HtmlElement>().ok()
}
