//! The CSS size of an element and the device pixel ratio, kept current with a `ResizeObserver`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// An element's size in CSS pixels and the screen's device pixels per CSS pixel.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ElementSize {
    pub width: f64,
    pub height: f64,
    pub pixel_ratio: f64,
}

impl ElementSize {
    /// Whether there is nothing to draw into yet: the element has not been shown.
    pub fn is_empty(&self) -> bool {
        self.width <= 0.0 || self.height <= 0.0
    }

    /// The backing-store size for a canvas of this CSS size: CSS pixels × pixel ratio.
    pub fn device_pixels(&self) -> (u32, u32) {
        let ratio = self.pixel_ratio.max(1.0);
        ((self.width * ratio).round() as u32, (self.height * ratio).round() as u32)
    }
}

/// Observes the element behind `node` and returns its size when last shown (empty until it has
/// been); the observer is disconnected when the component unmounts. Re-renders only when the
/// size or ratio changes.
///
/// ```ignore
/// let canvas = use_node_ref();
/// let size = use_element_size(&canvas);
/// use_effect_with((series, size), |(series, size)| draw(series, size));
/// html! { <canvas ref={canvas} /> }
/// ```
#[hook]
pub fn use_element_size(node: &NodeRef) -> ElementSize {
    let size = use_state_eq(ElementSize::default);
    {
        let size = size.clone();
        use_effect_with(node.clone(), move |node| {
            let observer = node.cast::<Element>().and_then(|element| observe(element, size));
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    *size
}

type ResizeCallback = Closure<dyn FnMut(js_sys::Array, ResizeObserver)>;

fn observe(
    element: Element,
    size: UseStateHandle<ElementSize>,
) -> Option<(ResizeObserver, ResizeCallback)> {
    let measured = element.clone();
    let callback: ResizeCallback =
        Closure::new(move |_entries: js_sys::Array, _observer: ResizeObserver| {
            let rect = measured.get_bounding_client_rect();
            let pixel_ratio = gloo::utils::window().device_pixel_ratio();
            let measured_size =
                ElementSize { width: rect.width(), height: rect.height(), pixel_ratio };
            // A hidden element measures zero: it keeps the size it was drawn at, so showing it
            // again at that size neither re-renders nor redraws it.
            if !measured_size.is_empty() {
                size.set(measured_size);
            }
        });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    // The observer reports the initial size once observation starts.
    observer.observe(&element);
    Some((observer, callback))
}
