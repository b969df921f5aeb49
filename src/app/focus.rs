//! Moving keyboard focus to an element by its id.

use wasm_bindgen::JsCast;

/// Focuses the element with this id (which scrolls it into view), when there is one that can
/// take focus; otherwise focus stays where it is.
pub fn focus_by_id(id: &str) {
    let element = gloo::utils::document().get_element_by_id(id);
    if let Some(element) =
        element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Focuses the first field (input, select or text area) inside the element matching
/// `container`, when there is one.
pub fn focus_first_field(container: &str) {
    let selector =
        ["input", "select", "textarea"].map(|field| [container, field].join(" ")).join(", ");
    let field = gloo::utils::document().query_selector(&selector).ok().flatten();
    if let Some(field) = field.and_then(|field| field.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = field.focus();
    }
}
