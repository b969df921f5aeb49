//! A panic anywhere shows a visible "Something went wrong — reload" panel instead of a page that
//! silently stops responding.
//!
//! The panel is built with plain DOM calls, not Yew: after a panic the component tree cannot be
//! trusted to render again.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::app::hooks::use_strings::page_strings;

/// The id of the panel element, so that a second panic does not add a second panel.
pub const PANEL_ID: &str = "panic-panel";

/// Installs the panic hook; call once, before rendering.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(format!("Briefing Explorer stopped: {info}"));
        show_panel(&info.to_string());
    }));
}

/// Shows the panel with the technical details folded away. Does nothing if it is already shown
/// or if there is no document to show it in.
pub fn show_panel(details: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if document.get_element_by_id(PANEL_ID).is_some() {
        return;
    }
    let (Some(body), Ok(panel)) = (document.body(), document.create_element("div")) else {
        return;
    };
    panel.set_id(PANEL_ID);
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "panic-panel");
    let add = |parent: &web_sys::Element, tag: &str, text: &str| -> Option<web_sys::Element> {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        parent.append_child(&element).ok()?;
        Some(element)
    };
    add(&panel, "h2", page_strings().crash_heading);
    add(&panel, "p", page_strings().crash_message);
    if let Some(button) = add(&panel, "button", page_strings().crash_reload) {
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("class", "button primary");
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        // The panel lives until the page reloads, so its one listener may too.
        reload.forget();
    }
    if let Some(disclosure) = add(&panel, "details", "") {
        add(&disclosure, "summary", page_strings().crash_details);
        add(&disclosure, "pre", details);
    }
    let _ = body.append_child(&panel);
}
