//! The presentation's keys (arrows, Page Up/Down, Home, End, Esc, S), handled before the page's
//! own shortcuts see them.

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::app::fullscreen;
use crate::model::slides::{navigate, Navigation};

/// Slide keys anywhere on the page, handled before the page's own shortcuts (`p`, `/`) see them.
/// `S` calls `onpresenter` (the audience's window opens the presenter view); without it (in the
/// presenter view itself) `S` does nothing.
#[hook]
pub fn use_slide_keys(
    current: usize,
    len: usize,
    onnavigate: &Callback<Option<usize>>,
    onpresenter: Option<&Callback<()>>,
) {
    let deps = (current, len, onnavigate.clone(), onpresenter.cloned());
    use_effect_with(deps, |(current, len, onnavigate, onpresenter)| {
        let (current, len, onnavigate) = (*current, *len, onnavigate.clone());
        let onpresenter = onpresenter.clone();
        let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: false };
        let listener = EventListener::new_with_options(
            &gloo::utils::window(),
            "keydown",
            options,
            move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                if event.ctrl_key() || event.meta_key() || event.alt_key() {
                    return;
                }
                let key = event.key();
                if activates_focused_control(event, &key) {
                    return;
                }
                match navigate(&key, event.shift_key(), current, len) {
                    Some(Navigation::Go(target)) => {
                        event.prevent_default();
                        event.stop_propagation();
                        if target != current {
                            onnavigate.emit(Some(target));
                        }
                    }
                    Some(Navigation::Exit) => {
                        event.prevent_default();
                        event.stop_propagation();
                        fullscreen::exit();
                        onnavigate.emit(None);
                    }
                    Some(Navigation::OpenPresenter) => {
                        event.stop_propagation();
                        if let Some(onpresenter) = &onpresenter {
                            event.prevent_default();
                            onpresenter.emit(());
                        }
                    }
                    // The page's shortcuts do not apply while presenting.
                    None if matches!(key.as_str(), "p" | "P" | "/") => event.stop_propagation(),
                    None => {}
                }
            },
        );
        move || drop(listener)
    });
}

/// Whether the key presses a focused button (Space or Enter), which then does its own thing.
fn activates_focused_control(event: &KeyboardEvent, key: &str) -> bool {
    if !matches!(key, " " | "Spacebar" | "Enter") {
        return false;
    }
    let target = event.target().and_then(|target| target.dyn_into::<Element>().ok());
    target.is_some_and(|target| {
        matches!(target.tag_name().as_str(), "BUTTON" | "A" | "INPUT" | "SELECT" | "TEXTAREA")
    })
}
