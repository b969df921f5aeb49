//! The elements a selector matches, as a list to walk: `querySelectorAll`'s `NodeList` holds
//! nodes, which each caller would otherwise cast one by one.

use wasm_bindgen::JsCast;
use web_sys::Element;

/// The elements under `root` that `selector` matches, in document order (none when the
/// selector is not valid).
pub fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|index| list.get(index)?.dyn_into::<Element>().ok()).collect()
}

/// The page's elements that `selector` matches.
pub fn page_elements(selector: &str) -> Vec<Element> {
    gloo::utils::document()
        .document_element()
        .map_or_else(Vec::new, |root| elements(&root, selector))
}
