//! Per-element styles under a strict Content-Security-Policy.
//!
//! Data colours and measured positions differ per element (an industry's colour, a bar's place),
//! so they cannot live in the stylesheets. A `style` attribute would need `'unsafe-inline'` in
//! `style-src`; setting the same declarations through the CSSOM (`element.style.cssText`) is
//! allowed by the policy. Components therefore write `data-css="--badge-color: #0072B2"` (the
//! same syntax as a `style` attribute), and two `MutationObserver`s, installed before the first
//! render, copy every such attribute into the element's `style.cssText` as soon as Yew inserts
//! or changes it: before the browser paints, so nothing flashes unstyled. (The browser parses the
//! declarations; the page's early script does the same for the first view.)

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    CssStyleDeclaration, Element, HtmlElement, MutationObserver, MutationObserverInit,
    MutationRecord,
};

use crate::app::first_view;

/// The attribute components use instead of `style`.
pub const ATTRIBUTE: &str = "data-css";

/// How many insertion records a batch may bring before the whole page is searched instead.
const WHOLE_PAGE_ABOVE: usize = 64;

/// The elements that carry [`ATTRIBUTE`].
const SELECTOR: &str = "[data-css]";

// The attribute's value and the declarations pass between the page and the styles as the
// browser's own strings: a Rust `String` would be copied and re-encoded each way for every
// styled element, at every refill of the cards (most of the observer's time at 10,000 projects).
#[wasm_bindgen]
extern "C" {
    /// An element, read for its attribute as the browser's string.
    #[wasm_bindgen(extends = Element)]
    type StyledElement;

    #[wasm_bindgen(method, js_name = getAttribute)]
    fn attribute_value(this: &StyledElement, name: &JsValue) -> JsValue;

    /// An element's inline style, set from the browser's string.
    #[wasm_bindgen(extends = CssStyleDeclaration)]
    type InlineStyle;

    #[wasm_bindgen(method, setter = cssText)]
    fn set_css_text_value(this: &InlineStyle, declarations: &JsValue);
}

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
    let styles = Rc::new(AppliedStyles::new());
    let whole_page = outside_a_first_view();
    // What the page holds already (nothing changes it before the observers start: the page
    // runs one task at a time).
    styles.apply_matching(&root, &whole_page);
    // Two observers, one per kind of change, so that no record's kind has to be read.
    let changed = {
        let styles = styles.clone();
        move |records: js_sys::Array| {
            for record in
                records.iter().filter_map(|record| record.dyn_into::<MutationRecord>().ok())
            {
                if let Some(element) = record.target().and_then(|node| node.dyn_into().ok()) {
                    styles.apply(&element);
                }
            }
        }
    };
    let changes = MutationObserverInit::new();
    changes.set_subtree(true);
    changes.set_attributes(true);
    changes.set_attribute_filter(&js_sys::Array::of1(&ATTRIBUTE.into()));
    observe(&root, &changes, changed);

    let page = root.clone();
    let inserted = move |records: js_sys::Array| {
        // A render that adds many elements (the first one, another dataset, a page of cards
        // refilled) brings one record per element, since Yew inserts an element before its
        // children, and each record's subtree would be searched again inside its parent's:
        // finding the page's styled elements once, and styling those whose value is new, costs
        // less.
        if records.length() as usize > WHOLE_PAGE_ABOVE {
            styles.apply_matching(&page, &whole_page);
            return;
        }
        for record in records.iter().filter_map(|record| record.dyn_into::<MutationRecord>().ok()) {
            let added = record.added_nodes();
            for index in 0..added.length() {
                if let Some(element) = added.item(index).and_then(|node| node.dyn_into().ok()) {
                    styles.apply_within(&element);
                }
            }
        }
    };
    let insertions = MutationObserverInit::new();
    insertions.set_subtree(true);
    insertions.set_child_list(true);
    observe(&root, &insertions, inserted);
}

/// Calls `on_records` with each batch of the changes `options` asks for under `root`, for the
/// life of the page.
fn observe(
    root: &Element,
    options: &MutationObserverInit,
    on_records: impl FnMut(js_sys::Array) + 'static,
) {
    let on_records = Closure::<dyn FnMut(js_sys::Array)>::new(on_records);
    let Ok(observer) = MutationObserver::new(on_records.as_ref().unchecked_ref()) else { return };
    if observer.observe_with_options(root, options).is_ok() {
        // The observer lives as long as the page; so must its callback.
        on_records.forget();
    }
}

/// The `data-css` each element was last styled with. An element keeps its inline style wherever
/// it is moved, so a search of the page sets (and the browser restyles) only the elements whose
/// attribute reads otherwise: new ones, and any changed where no record reported it.
struct AppliedStyles {
    applied: js_sys::WeakMap,
    /// [`ATTRIBUTE`] and the empty declarations, made once as the browser's strings.
    attribute: JsValue,
    none: JsValue,
}

impl AppliedStyles {
    fn new() -> AppliedStyles {
        AppliedStyles {
            applied: js_sys::WeakMap::new(),
            attribute: JsValue::from_str(ATTRIBUTE),
            none: JsValue::from_str(""),
        }
    }

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
            let mut declarations =
                element.unchecked_ref::<StyledElement>().attribute_value(&self.attribute);
            if declarations.is_null() {
                declarations = self.none.clone();
            }
            if self.applied.get(element) != declarations {
                styled.style().unchecked_into::<InlineStyle>().set_css_text_value(&declarations);
                self.applied.set(element, &declarations);
            }
        }
    }
}
