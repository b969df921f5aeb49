//! Whether an element's content is wider than its box, which then scrolls sideways.

use web_sys::Element;
use yew::prelude::*;

use super::use_measure::use_measure;

/// Observes the element behind `node` (a box with `overflow-x: auto`) and its first child, and
/// returns whether the child is wider than the box: false until it has been laid out.
///
/// ```ignore
/// let frame = use_node_ref();
/// let scrolls = use_scrolls_sideways(&frame);
/// html! { <div ref={frame} tabindex={scrolls.then_some("0")}><table>…</table></div> }
/// ```
#[hook]
pub fn use_scrolls_sideways(node: &NodeRef) -> bool {
    use_measure(node, scrolls_sideways)
}

/// A hidden box measures zero and scrolls nothing: it keeps what it had.
fn scrolls_sideways(element: &Element) -> Option<bool> {
    (element.client_width() > 0).then(|| element.scroll_width() > element.client_width())
}
