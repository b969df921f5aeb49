//! Per-element styles under a strict Content-Security-Policy.
//!
//! Data colours and measured positions differ per element (an industry's colour, a bar's place),
//! so they cannot live in the stylesheets. A `style` attribute would need `'unsafe-inline'` in
//! `style-src`; setting the same declarations through the CSSOM (`element.style.cssText`) is
//! allowed by the policy. Components therefore write `data-css="--badge-color: #0072B2"` (the
//! same syntax as a `style` attribute), and one `MutationObserver`, installed before the first
//! render, copies every such attribute into the element's `style.cssText` as soon as Yew inserts
//! or changes it: before the browser paints, so nothing flashes unstyled. (The browser parses the
//! declarations; the page's early script does the same for the first view.)

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, MutationObserver, MutationObserverInit, MutationRecord};

use crate::app::first_view;

/// The attribute components use instead of `style`.
pub const ATTRIBUTE: &str = "data-css";

/// How many insertion records a batch may bring before the whole page is searched instead.
const WHOLE_PAGE_ABOVE: usize = 64;

/// The elements that carry [`ATTRIBUTE`].
const SELECTOR: &str = "[data-css]";

/// The elements that carry [`ATTRIBUTE`] outside a first view (`first_view.rs`), which the
/// page's early script styled when it showed it, and which is never changed, only removed: its
/// elements, not in [`AppliedStyles`], would otherwise be styled again (and the browser restyle
/// them) at the app's start and at each search of the whole page while it is on screen.
fn outside_a_first_view() -> String {
    format!("{SELECTOR}:not(.{} *)", first_view::CLASS)
}

/// Starts applying `data-css` attributes on the whole document, for the life of the page.
pub fn install() {
    let document = gloo::utils::document();
    let Some(root) = document.document_element() else { return };
    let page = root.clone();
    let styles = AppliedStyles::default();
    let whole_page = outside_a_first_view();
    // What the page holds already (nothing changes it before the observer starts: the page
    // runs one task at a time).
    styles.apply_matching(&root, &whole_page);
    let on_mutations = Closure::<dyn FnMut(js_sys::Array)>::new(move |records: js_sys::Array| {
        let mut insertions = Vec::new();
        for record in records.iter().filter_map(|record| record.dyn_into::<MutationRecord>().ok()) {
            if record.type_() == "attributes" {
                if let Some(element) = record.target().and_then(|node| node.dyn_into().ok()) {
                    styles.apply(&element);
                }
            } else {
                insertions.push(record);
            }
        }
        // A render that adds many elements (the first one, another dataset, a page of cards
        // refilled) brings one record per element, since Yew inserts an element before its
        // children, and each record's subtree would be searched again inside its parent's:
        // finding the page's styled elements once, and styling those whose value is new, costs
        // less.
        if insertions.len() > WHOLE_PAGE_ABOVE {
            styles.apply_matching(&page, &whole_page);
            return;
        }
        for record in insertions {
            let added = record.added_nodes();
            for index in 0..added.length() {
                if let Some(element) = added.item(index).and_then(|node| node.dyn_into().ok()) {
                    styles.apply_within(&element);
                }
            }
        }
    });
    let Ok(observer) = MutationObserver::new(on_mutations.as_ref().unchecked_ref()) else { return };
    let options = MutationObserverInit::new();
    options.set_subtree(true);
    options.set_child_list(true);
    options.set_attributes(true);
    options.set_attribute_filter(&js_sys::Array::of1(&ATTRIBUTE.into()));
    if observer.observe_with_options(&root, &options).is_ok() {
        // The observer lives as long as the page; so must its callback.
        on_mutations.forget();
    }
}

/// The `data-css` each element was last styled with. An element keeps its inline style wherever
/// it is moved, so a search of the page sets (and the browser restyles) only the elements whose
/// attribute reads otherwise: new ones, and any changed where no record reported it.
#[derive(Default)]
struct AppliedStyles {
    applied: js_sys::WeakMap,
}

impl AppliedStyles {
    /// Applies the `data-css` of `element` and of every element inside it.
    fn apply_within(&self, element: &Element) {
        if element.has_attribute(ATTRIBUTE) {
            self.apply(element);
        }
        self.apply_matching(element, SELECTOR);
    }

    /// Applies the `data-css` of every element inside `element` that `selector` matches.
    fn apply_matching(&self, element: &Element, selector: &str) {
        if let Ok(inner) = element.query_selector_all(selector) {
            for index in 0..inner.length() {
                if let Some(element) =
                    inner.item(index).and_then(|node| node.dyn_into::<Element>().ok())
                {
                    self.apply(&element);
                }
            }
        }
    }

    /// Sets the element's inline style to its `data-css`, replacing what an earlier value set
    /// (no element gets an inline style any other way); none when the attribute is gone. An
    /// element already styled with the same value is left alone.
    fn apply(&self, element: &Element) {
        if let Some(styled) = element.dyn_ref::<HtmlElement>() {
            let text = styled.get_attribute(ATTRIBUTE).unwrap_or_default();
            let declarations = JsValue::from_str(&text);
            if self.applied.get(element) != declarations {
                styled.style().set_css_text(&text);
                self.applied.set(element, &declarations);
            }
        }
    }
}
