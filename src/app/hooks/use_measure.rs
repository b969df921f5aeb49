//! A measure of an element (its size, whether its content overflows), kept current with a
//! `ResizeObserver` on the element and on its first child.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// Observes the element behind `node` and its first child, and returns what `measure` last read
/// of the element: the default until it has been laid out. `measure` returns `None` for an
/// element that is hidden, which then keeps what it had, so showing it again neither re-renders
/// nor redraws it. Either element may change size, the box with the window and the child with
/// its text (another language, larger text); the observer is disconnected when the component
/// unmounts. Re-renders only when the measure changes.
#[hook]
pub fn use_measure<T>(node: &NodeRef, measure: fn(&Element) -> Option<T>) -> T
where
    T: Clone + Default + PartialEq + 'static,
{
    let measured = use_state_eq(T::default);
    {
        let measured = measured.clone();
        use_effect_with(node.clone(), move |node| {
            let observer =
                node.cast::<Element>().and_then(|element| observe(element, measure, measured));
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    (*measured).clone()
}

type ResizeCallback = Closure<dyn FnMut(js_sys::Array, ResizeObserver)>;

fn observe<T: PartialEq + 'static>(
    element: Element,
    measure: fn(&Element) -> Option<T>,
    measured: UseStateHandle<T>,
) -> Option<(ResizeObserver, ResizeCallback)> {
    let observed = element.clone();
    let callback: ResizeCallback =
        Closure::new(move |_entries: js_sys::Array, _observer: ResizeObserver| {
            if let Some(value) = measure(&observed) {
                measured.set(value);
            }
        });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    // The observer reports each element's size once observation starts.
    observer.observe(&element);
    if let Some(content) = element.first_element_child() {
        observer.observe(&content);
    }
    Some((observer, callback))
}
