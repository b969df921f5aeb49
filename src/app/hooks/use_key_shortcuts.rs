//! Page-wide keyboard shortcuts.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// What a shortcut does; each is a callback so the hook knows nothing of the state.
#[derive(Clone, PartialEq)]
pub struct Shortcuts {
    /// `/`: bring the search box out (it may be in folded filters) and focus it.
    pub onsearch: Callback<()>,
    /// `p`: start presenting.
    pub onpresent: Callback<()>,
}

/// Listens for `/` (focus search) and `p` (present) anywhere except while typing in a field;
/// not at all when `enabled` is false (the editor's preview, where keys are the editor's).
#[hook]
pub fn use_key_shortcuts(shortcuts: Shortcuts, enabled: bool) {
    use_effect_with((shortcuts, enabled), |(shortcuts, enabled)| {
        let shortcuts = shortcuts.clone();
        // Not passive: `/` must not also type itself into the search box it focuses.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = enabled.then(|| {
            EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if event.ctrl_key() || event.meta_key() || event.alt_key() || is_typing(event) {
                        return;
                    }
                    match event.key().as_str() {
                        "/" => {
                            event.prevent_default();
                            shortcuts.onsearch.emit(());
                        }
                        "p" | "P" => {
                            event.prevent_default();
                            shortcuts.onpresent.emit(());
                        }
                        _ => {}
                    }
                },
            )
        });
        move || drop(listener)
    });
}

/// Whether the key went to a text field, where `/` and `p` are just characters.
fn is_typing(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|target| target.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || target.is_content_editable()
}
