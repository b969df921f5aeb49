//! A modal dialog: while it is mounted, focus is in it and the rest of the page is inert.

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// While mounted: focus is in the dialog, everything else on the page is inert and does not
/// scroll. On unmount all of that is undone and focus returns to `return_focus`.
#[hook]
pub fn use_modal(dialog_ref: &NodeRef, return_focus: &NodeRef) {
    let dialog_ref = dialog_ref.clone();
    let return_focus = return_focus.clone();
    use_effect_with((), move |_| {
        let made_inert = dialog_ref
            .cast::<Element>()
            .map(|dialog| make_others_inert(&dialog))
            .unwrap_or_default();
        let root = gloo::utils::document().document_element();
        if let Some(root) = &root {
            let _ = root.set_attribute("data-presenting", "");
        }
        if let Some(dialog) = dialog_ref.cast::<HtmlElement>() {
            let _ = dialog.focus();
        }
        move || {
            for element in made_inert {
                let _ = element.remove_attribute("inert");
            }
            if let Some(root) = root {
                let _ = root.remove_attribute("data-presenting");
            }
            if let Some(button) = return_focus.cast::<HtmlElement>() {
                let _ = button.focus();
            }
        }
    });
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
