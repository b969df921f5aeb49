//! Swiping a slide sideways on a touch screen, read from pointer events.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};
use yew::prelude::*;

/// Calls `onswipe` with the sideways and vertical distance (CSS pixels) from where a touch or
/// pen pressed on `target` to where it lifted; `model::slides::swipe_key` says what that means.
/// A mouse drag is left alone: with a mouse it selects text.
#[hook]
pub fn use_swipe(target: &NodeRef, onswipe: &Callback<(f64, f64)>) {
    let target = target.clone();
    use_effect_with(onswipe.clone(), move |onswipe| {
        let start: Rc<Cell<Option<(i32, f64, f64)>>> = Rc::new(Cell::new(None));
        let listeners = target.cast::<Element>().map(|element| {
            let pressed = {
                let start = Rc::clone(&start);
                EventListener::new(&element, "pointerdown", move |event| {
                    let Some(event) = event.dyn_ref::<PointerEvent>() else { return };
                    if event.pointer_type() != "mouse" && event.is_primary() {
                        start.set(Some((
                            event.pointer_id(),
                            f64::from(event.client_x()),
                            f64::from(event.client_y()),
                        )));
                    }
                })
            };
            let lifted = {
                let start = Rc::clone(&start);
                let onswipe = onswipe.clone();
                EventListener::new(&element, "pointerup", move |event| {
                    let Some(event) = event.dyn_ref::<PointerEvent>() else { return };
                    if let Some((id, x, y)) = start.take() {
                        if id == event.pointer_id() {
                            onswipe.emit((
                                f64::from(event.client_x()) - x,
                                f64::from(event.client_y()) - y,
                            ));
                        }
                    }
                })
            };
            // A touch the browser takes over (for scrolling) is not a swipe.
            let cancelled = {
                let start = Rc::clone(&start);
                EventListener::new(&element, "pointercancel", move |_| start.set(None))
            };
            [pressed, lifted, cancelled]
        });
        move || drop(listeners)
    });
}
