//! A value that follows another one paint behind, for a section whose update can wait: what a
//! click is about (the cards and their counts) then reaches the screen a frame sooner, and the
//! section's own update runs in a task after that frame instead of in the click's.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::app::frames::after_next_paint;

/// `value` on the first render. Afterwards, when `value` differs from what was last returned,
/// the value returned before, until the browser has painted; the component then renders again
/// with the newest `value` (one render however many came in before the paint). `at_once(shown,
/// value)` says when a change cannot wait, such as a new dataset that the view shown does not
/// belong to.
#[hook]
pub fn use_after_paint<T, F>(value: T, at_once: F) -> T
where
    T: Clone + PartialEq + 'static,
    F: FnOnce(&T, &T) -> bool,
{
    let shown = use_mut_ref(|| value.clone());
    let waiting = use_mut_ref(|| None::<T>);
    let rerender = use_force_update();
    let mut current = shown.borrow_mut();
    if *current == value {
        waiting.borrow_mut().take();
    } else if at_once(&current, &value) {
        *current = value;
        waiting.borrow_mut().take();
    } else if waiting.borrow_mut().replace(value).is_none() {
        // The first change since the last paint asks for the render after it; later ones only
        // replace the value it will take.
        let (shown, waiting) = (shown.clone(), waiting.clone());
        spawn_local(async move {
            after_next_paint().await;
            if let Some(newest) = waiting.borrow_mut().take() {
                *shown.borrow_mut() = newest;
                rerender.force_update();
            }
        });
    }
    current.clone()
}
