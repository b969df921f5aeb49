//! The CSS size of an element and the device pixel ratio, kept current with a `ResizeObserver`.

use web_sys::Element;
use yew::prelude::*;

use super::use_measure::use_measure;

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
/// been); re-renders only when the size or ratio changes.
///
/// ```ignore
/// let canvas = use_node_ref();
/// let size = use_element_size(&canvas);
/// use_effect_with((series, size), |(series, size)| draw(series, size));
/// html! { <canvas ref={canvas} /> }
/// ```
#[hook]
pub fn use_element_size(node: &NodeRef) -> ElementSize {
    use_measure(node, element_size)
}

/// A hidden element measures zero: it keeps the size it was drawn at, so showing it again at
/// that size neither re-renders nor redraws it.
fn element_size(element: &Element) -> Option<ElementSize> {
    let rect = element.get_bounding_client_rect();
    let pixel_ratio = gloo::utils::window().device_pixel_ratio();
    let size = ElementSize { width: rect.width(), height: rect.height(), pixel_ratio };
    (!size.is_empty()).then_some(size)
}
