//! An embedded view tells the page around it how tall it is, so that an article can size its
//! `<iframe>`: a `postMessage` to `window.parent` whenever the content's height changes.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

use crate::model::embed::{Embed, HeightMessage};

/// Posts `{"type": "briefing-explorer:height", "embed": "charts", "height": N}` (see
/// `model::embed::HeightMessage`) to the parent page when the element behind `node` is laid out
/// and whenever its height changes; nothing when the page is not in a frame.
///
/// # Example
/// ```ignore
/// let root = use_node_ref();
/// use_embed_height(&root, Embed::Charts);
/// html! { <main ref={root}>{ … }</main> }
/// ```
#[hook]
pub fn use_embed_height(node: &NodeRef, embed: Embed) {
    use_effect_with((node.clone(), embed), move |(node, embed)| {
        let observer = node.cast::<Element>().and_then(|element| observe(element, *embed));
        move || {
            if let Some((observer, _callback)) = observer {
                observer.disconnect();
            }
        }
    });
}

type ResizeCallback = Closure<dyn FnMut(js_sys::Array, ResizeObserver)>;

fn observe(element: Element, embed: Embed) -> Option<(ResizeObserver, ResizeCallback)> {
    let measured = element.clone();
    let mut last_height = -1.0;
    let callback: ResizeCallback =
        Closure::new(move |_entries: js_sys::Array, _observer: ResizeObserver| {
            let window = gloo::utils::window();
            // The document's height down to the bottom of the embedded view.
            let rect = measured.get_bounding_client_rect();
            let height = (rect.bottom() + window.scroll_y().unwrap_or(0.0)).ceil();
            if height != last_height {
                last_height = height;
                post_height(&window, embed, height);
            }
        });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    Some((observer, callback))
}

fn post_height(window: &web_sys::Window, embed: Embed, height: f64) {
    let Ok(Some(parent)) = window.parent() else { return };
    if js_sys::Object::is(&parent, window) {
        return;
    }
    let Ok(message) = js_sys::JSON::parse(&HeightMessage::new(embed, height).to_json()) else {
        return;
    };
    // The height is no secret: any page may embed the view.
    let _ = parent.post_message(&message, "*");
}
