//! A modal dialog: while it is mounted, focus is in it and the rest of the page is inert. One
//! may open inside another (the key help over the slides): the outer one's page stays inert
//! and its own content becomes so, until the inner one goes.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::model::focus_trap::wrapped_focus;

/// While mounted: focus is in the dialog, Tab goes round its controls, everything else on the
/// page is inert and does not scroll. On unmount all of that is undone and focus returns to
/// `return_focus`, or (`None`) to where it was when the dialog opened.
#[hook]
pub fn use_modal(dialog_ref: &NodeRef, return_focus: Option<&NodeRef>) {
    let dialog_ref = dialog_ref.clone();
    let return_focus = return_focus.cloned();
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        let focused_before =
            document.active_element().and_then(|element| element.dyn_into::<HtmlElement>().ok());
        let return_focus =
            return_focus.map_or(focused_before, |element| element.cast::<HtmlElement>());
        let made_inert = dialog_ref
            .cast::<Element>()
            .map(|dialog| make_others_inert(&dialog))
            .unwrap_or_default();
        // Set by the outermost dialog only, and so left for it to remove.
        let root =
            document.document_element().filter(|root| !root.has_attribute("data-presenting"));
        if let Some(root) = &root {
            let _ = root.set_attribute("data-presenting", "");
        }
        if let Some(dialog) = dialog_ref.cast::<HtmlElement>() {
            let _ = dialog.focus();
        }
        let trap = dialog_ref.cast::<HtmlElement>().map(|dialog| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&dialog.clone(), "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                if event.key() == "Tab" && !event.ctrl_key() && !event.alt_key() {
                    keep_tab_inside(&dialog, event);
                }
            })
        });
        move || {
            drop(trap);
            for element in made_inert {
                let _ = element.remove_attribute("inert");
            }
            if let Some(root) = root {
                let _ = root.remove_attribute("data-presenting");
            }
            if let Some(element) = return_focus {
                let _ = element.focus();
            }
        }
    });
}

/// What Tab reaches in a dialog: its enabled controls and links, in document order (no control
/// here sets a positive `tabindex`), but for those inside an inert part of it (behind a dialog
/// opened inside it), which cannot take focus.
const TAB_STOPS: &str = "button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// Moves focus round the dialog's controls where Tab (or Shift+Tab) would leave it: the page
/// behind is inert, so the browser would leave focus on `<body>`, outside the dialog.
fn keep_tab_inside(dialog: &HtmlElement, event: &KeyboardEvent) {
    let Ok(stops) = dialog.query_selector_all(TAB_STOPS) else { return };
    let stops: Vec<HtmlElement> = (0..stops.length())
        .filter_map(|index| stops.item(index)?.dyn_into::<HtmlElement>().ok())
        .filter(|stop| {
            stop.offset_parent().is_some() && stop.closest("[inert]").ok().flatten().is_none()
        })
        .collect();
    let active = gloo::utils::document().active_element();
    let focused = stops.iter().position(|stop| active.as_ref() == Some(stop.as_ref()));
    let target = wrapped_focus(focused, stops.len(), event.shift_key());
    if let Some(stop) = target.and_then(|target| stops.get(target)) {
        event.prevent_default();
        let _ = stop.focus();
    }
}

/// Sets `inert` on every sibling of the dialog and of each of its ancestors up to `<body>`, and
/// returns the elements it changed (those already inert are left alone).
fn make_others_inert(dialog: &Element) -> Vec<Element> {
    let mut changed = Vec::new();
    let mut node = dialog.clone();
    while let Some(parent) = node.parent_element() {
        let children = parent.children();
        for index in 0..children.length() {
            let Some(child) = children.item(index) else { continue };
            if child != node
                && !child.has_attribute("inert")
                && !matches!(child.tag_name().as_str(), "SCRIPT" | "STYLE" | "LINK")
            {
                let _ = child.set_attribute("inert", "");
                changed.push(child);
            }
        }
        if parent.tag_name() == "BODY" {
            break;
        }
        node = parent;
    }
    changed
}
