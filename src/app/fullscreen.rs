//! The Fullscreen API, used as a bonus: the presentation is a full-window overlay either way.
//!
//! The calls go through `Reflect` so that the promise `requestFullscreen` returns can be given a
//! rejection handler (web-sys drops it, and a refusal would become an uncaught error), and so that
//! WebKit's prefixed names work too.

use std::cell::Cell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The events that report entering or leaving fullscreen.
const CHANGE_EVENTS: [&str; 2] = ["fullscreenchange", "webkitfullscreenchange"];

/// Calls `onchange` whenever the page enters or leaves fullscreen (either event name); the
/// listeners last as long as the returned handles.
pub fn on_change(onchange: impl Fn() + Clone + 'static) -> Vec<gloo::events::EventListener> {
    let document = gloo::utils::document();
    CHANGE_EVENTS
        .iter()
        .map(|&name| {
            let onchange = onchange.clone();
            gloo::events::EventListener::new(&document, name, move |_| onchange())
        })
        .collect()
}

/// Asks for the whole page to go fullscreen as the slides start. Must run inside a user gesture
/// (a click or key handler). A refusal (not allowed, or not supported) is ignored: the overlay
/// fills the window. Leaving this fullscreen ends the slides ([`left_to_the_slides`]).
pub fn request() {
    ASKED_FROM_THE_SLIDES.with(|asked| asked.set(false));
    ask();
}

/// Asks for fullscreen from slides already shown without it (their Full screen control, `f`):
/// leaving it goes back to those slides in the window, as they were before it was asked for.
pub fn request_from_the_slides() {
    ask();
    ASKED_FROM_THE_SLIDES.with(|asked| asked.set(true));
}

/// Whether the fullscreen the page has left was asked for from slides already shown, so that
/// leaving it returns to them rather than ending them. (Not cleared when read: WebKit may
/// report one exit under both of its event names; the next request sets it.)
pub fn left_to_the_slides() -> bool {
    ASKED_FROM_THE_SLIDES.with(Cell::get)
}

fn ask() {
    let document = gloo::utils::document();
    if is_active() || !enabled(&document) {
        return;
    }
    let Some(root) = document.document_element() else { return };
    call_ignoring_rejection(&root, &["requestFullscreen", "webkitRequestFullscreen"]);
}

/// Whether this page may go fullscreen at all: the browser has the API and, in a frame, the
/// frame is allowed it. Where it is not, no control offers it.
pub fn available() -> bool {
    let document = gloo::utils::document();
    let Some(root) = document.document_element() else { return false };
    fullscreen_enabled_is_known(&document)
        && ["requestFullscreen", "webkitRequestFullscreen"].iter().any(|name| {
            Reflect::get(&root, &JsValue::from_str(name)).is_ok_and(|m| m.is_function())
        })
}

/// Leaves fullscreen when the page is in it.
pub fn exit() {
    if is_active() {
        call_ignoring_rejection(
            &gloo::utils::document(),
            &["exitFullscreen", "webkitExitFullscreen"],
        );
    }
}

/// How long after another window is opened a fullscreen left is that window's doing.
const WINDOW_OPENED_GRACE_MS: f64 = 2000.0;

thread_local! {
    /// Whether the fullscreen last asked for was asked for from slides already on screen.
    static ASKED_FROM_THE_SLIDES: Cell<bool> = const { Cell::new(false) };
    /// When this page last opened a window of its own (the presenter view), in the page's
    /// clock: Firefox and WebKit leave fullscreen as the new window takes the focus.
    static WINDOW_OPENED_AT: Cell<Option<f64>> = const { Cell::new(None) };
}

/// Notes that the page is opening a window of its own, so that the fullscreen the browser
/// leaves for it is not taken for the presenter leaving the slides.
pub fn opening_window() {
    WINDOW_OPENED_AT.with(|opened| opened.set(Some(now())));
}

/// Whether fullscreen was just left because the page opened a window. (Not cleared when read:
/// WebKit may report one exit under both of its event names.)
pub fn left_for_a_window() -> bool {
    WINDOW_OPENED_AT.with(Cell::get).is_some_and(|opened| now() - opened < WINDOW_OPENED_GRACE_MS)
}

fn now() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |performance| performance.now())
}

/// Whether some element of the page is fullscreen.
pub fn is_active() -> bool {
    let document = gloo::utils::document();
    ["fullscreenElement", "webkitFullscreenElement"].iter().any(|name| {
        Reflect::get(&document, &JsValue::from_str(name))
            .is_ok_and(|element| !element.is_null() && !element.is_undefined())
    })
}

/// `document.fullscreenEnabled`: false in frames that do not allow it; true when unknown.
fn enabled(document: &web_sys::Document) -> bool {
    fullscreen_enabled(document).unwrap_or(true)
}

/// `document.fullscreenEnabled` where the browser says, and says yes: a control is offered only
/// then, never in a frame that was not given permission.
fn fullscreen_enabled_is_known(document: &web_sys::Document) -> bool {
    fullscreen_enabled(document).unwrap_or(false)
}

fn fullscreen_enabled(document: &web_sys::Document) -> Option<bool> {
    ["fullscreenEnabled", "webkitFullscreenEnabled"].iter().find_map(|name| {
        Reflect::get(document, &JsValue::from_str(name)).ok().and_then(|value| value.as_bool())
    })
}

/// Calls the first method of `target` that exists; if it returns a promise, its rejection is
/// caught so that it never reaches the console as an uncaught error.
fn call_ignoring_rejection(target: &JsValue, names: &[&str]) {
    let method = names.iter().find_map(|name| {
        Reflect::get(target, &JsValue::from_str(name)).ok()?.dyn_into::<Function>().ok()
    });
    let Some(method) = method else { return };
    let Ok(result) = method.call0(target) else { return };
    if let Ok(promise) = result.dyn_into::<Promise>() {
        // A one-shot handler, freed when it runs; `Promise::catch` would need a closure kept
        // alive (leaked) for every call.
        let ignore = wasm_bindgen::closure::Closure::once_into_js(|_reason: JsValue| {});
        if let Ok(catch) = Reflect::get(&promise, &JsValue::from_str("catch"))
            .and_then(|catch| catch.dyn_into::<Function>())
        {
            let _ = catch.call1(&promise, &ignore);
        }
    }
}
