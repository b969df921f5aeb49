//! Waiting for the browser to paint, so that work which can wait does not delay what a person
//! sees first.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Resolves once the browser has painted the next frame: a frame callback runs just before the
/// paint, and a zero timeout set from it runs after. (A hidden page paints nothing and so waits
/// until it is shown.)
pub async fn after_next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let resolve_now = resolve.clone();
        let after_frame = Closure::once_into_js(move || resolve_in_next_task(&resolve));
        if gloo::utils::window().request_animation_frame(after_frame.unchecked_ref()).is_err() {
            let _ = resolve_now.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves in a task of its own, after whatever the browser has waiting (input, a frame), so
/// that a long piece of work split by it never holds the page for all its parts at once.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| resolve_in_next_task(&resolve));
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Calls `resolve` in a task of its own (a zero timeout).
fn resolve_in_next_task(resolve: &js_sys::Function) {
    // Without timers the wait would never end; going on at once is the lesser harm.
    if gloo::utils::window().set_timeout_with_callback(resolve).is_err() {
        let _ = resolve.call0(&JsValue::UNDEFINED);
    }
}
