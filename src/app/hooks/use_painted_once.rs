//! Whether the browser has painted since the component mounted: what can wait for the first
//! paint renders only after it, so that what a reader sees first comes sooner.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::app::frames::after_next_paint;

/// `true` once the browser has painted the component's first render; `true` from the start
/// when `at_once` says so on the first render (when nothing is gained by waiting). It is asked
/// only then, not on every render.
#[hook]
pub fn use_painted_once(at_once: fn() -> bool) -> bool {
    let painted = use_state_eq(at_once);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            if !*painted {
                spawn_local(async move {
                    after_next_paint().await;
                    painted.set(true);
                });
            }
        });
    }
    *painted
}
