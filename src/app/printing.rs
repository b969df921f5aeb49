//! Work to do as printing begins, before the browser lays the page out for paper, and as it
//! ends.

use std::rc::Rc;

use gloo::events::EventListener;
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::CssStyleDeclaration;

use crate::app::elements::page_elements;
use crate::model::chart::paper::PaperLengths;

/// Calls `before` as printing begins: on `beforeprint` (the print dialog, "Save as PDF"), and
/// when print media comes into effect without it (print media emulated in DevTools or a test).
/// A real print sends both, so `before` must do the same work twice. The listeners stop when
/// the returned list is dropped.
pub fn when_printing(before: impl Fn() + 'static) -> Vec<EventListener> {
    print_listeners("beforeprint", true, before)
}

/// Whether print media is in effect now (a print under way, or print media emulated).
pub fn print_media_in_effect() -> bool {
    let query = gloo::utils::window().match_media("print").ok().flatten();
    query.is_some_and(|query| query.matches())
}

/// Calls `after` as printing ends: on `afterprint`, and when print media goes out of effect
/// (the counterpart of [`when_printing`]; a real print sends both). The listeners stop when the
/// returned list is dropped.
pub fn when_printing_ends(after: impl Fn() + 'static) -> Vec<EventListener> {
    print_listeners("afterprint", false, after)
}

/// Calls `call` on the window's `event`, and when print media comes into effect (`print_media`)
/// or goes out of it.
fn print_listeners(
    event: &'static str,
    print_media: bool,
    call: impl Fn() + 'static,
) -> Vec<EventListener> {
    let call = Rc::new(call);
    let window = gloo::utils::window();
    let mut listeners = vec![{
        let call = Rc::clone(&call);
        EventListener::new(&window, event, move |_| call())
    }];
    if let Ok(Some(query)) = window.match_media("print") {
        let target = query.clone();
        listeners.push(EventListener::new(&target, "change", move |_| {
            if query.matches() == print_media {
                call();
            }
        }));
    }
    listeners
}

/// The mark on a `<details>` that [`open_while_printing`] opened, to close it again after.
const OPENED_FOR_PRINT: &str = "data-opened-for-print";

/// Opens each closed `<details>` that `selector` matches as printing begins, and closes those
/// again when it ends. Chromium and WebKit print a closed one's content through print.css's
/// `::details-content`; Firefox has no such selector and printed the reading notes' heading
/// alone. The listeners stop when the returned list is dropped.
pub fn open_while_printing(selector: &'static str) -> Vec<EventListener> {
    let mut listeners = when_printing(move || {
        for details in page_elements(&format!("{selector}:not([open])")) {
            let _ = details.set_attribute(OPENED_FOR_PRINT, "");
            let _ = details.set_attribute("open", "");
        }
    });
    listeners.push(EventListener::new(&gloo::utils::window(), "afterprint", |_| {
        for details in page_elements(&format!("[{OPENED_FOR_PRINT}]")) {
            let _ = details.remove_attribute(OPENED_FOR_PRINT);
            let _ = details.remove_attribute("open");
        }
    }));
    listeners
}

/// The custom properties `style/print.css` sets on the root outside `@media print`, so that they
/// can be read before print media is in effect, and uses in its print rules: a chart card's
/// padding on each side and its border, and the charts' grid gap.
const CARD_PADDING: &str = "--paper-chart-padding-inline";
const CARD_BORDER: &str = "--paper-card-border";
const GRID_GAP: &str = "--paper-chart-gap";

/// The lengths that set a chart's width on paper (`model::chart::paper::paper_width`), read from
/// the style sheets as printing begins, when the print rules are not yet in effect: the `@page`
/// rule's side margins from the rule itself (its page context takes no custom property from
/// the root in Firefox or Safari), the rest from the root's custom properties. A length not
/// found is empty, which `paper_width` does not read.
pub fn paper_lengths() -> PaperLengths {
    let document = gloo::utils::document();
    let page_rule = page_rule_style(&document);
    let margin = |side: &str| {
        page_rule.as_ref().and_then(|style| style.get_property_value(side).ok()).unwrap_or_default()
    };
    let root = document.document_element();
    let root_style = root.and_then(|root| gloo::utils::window().get_computed_style(&root).ok()?);
    let property = |name: &str| {
        root_style
            .as_ref()
            .and_then(|style| style.get_property_value(name).ok())
            .unwrap_or_default()
    };
    PaperLengths {
        page_margins: [margin("margin-left"), margin("margin-right")],
        card_padding: property(CARD_PADDING),
        card_border: property(CARD_BORDER),
        grid_gap: property(GRID_GAP),
    }
}

/// The declarations of a `@page` rule (print.css has one), in any style sheet the page may read,
/// at any depth of `@media` rules.
fn page_rule_style(document: &web_sys::Document) -> Option<CssStyleDeclaration> {
    /// `CSSRule.PAGE_RULE`.
    const PAGE_RULE: f64 = 6.0;
    let field = |object: &JsValue, name: &str| Reflect::get(object, &JsValue::from_str(name)).ok();
    // A style sheet of another origin throws on `cssRules`; it is left out.
    let mut rules: Vec<JsValue> = Array::from(&field(document.as_ref(), "styleSheets")?)
        .iter()
        .filter_map(|sheet| field(&sheet, "cssRules").filter(|rules| !rules.is_undefined()))
        .flat_map(|rules| Array::from(&rules).iter().collect::<Vec<_>>())
        .collect();
    while let Some(rule) = rules.pop() {
        if field(&rule, "type").and_then(|kind| kind.as_f64()) == Some(PAGE_RULE) {
            return field(&rule, "style")?.dyn_into().ok();
        }
        if let Some(inner) = field(&rule, "cssRules").filter(|inner| !inner.is_undefined()) {
            rules.extend(Array::from(&inner).iter());
        }
    }
    None
}
