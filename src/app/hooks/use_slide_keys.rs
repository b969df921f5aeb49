//! The presentation's keys (arrows, Page Up/Down, Home, End, Esc, S), handled before the page's
//! own shortcuts see them.

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::model::slides::{navigate, scroll_within_slide, Navigation};

/// Slide keys anywhere on the page, handled before the page's own shortcuts (`p`, `/`) see them.
/// `S` calls `onpresenter` (the audience's window opens the presenter view); without it (in the
/// presenter view itself) `S` does nothing. `slide`, the slide shown (not in the presenter view,
/// whose keys move the audience's slides), is scrolled first by the keys that read down a page
/// while there is more of it that way (`scroll_within_slide`).
#[hook]
pub fn use_slide_keys(
    current: usize,
    len: usize,
    onnavigate: &Callback<Option<usize>>,
    onpresenter: Option<&Callback<()>>,
    slide: Option<&NodeRef>,
) {
    let deps = (current, len, onnavigate.clone(), onpresenter.cloned(), slide.cloned());
    use_effect_with(deps, |(current, len, onnavigate, onpresenter, slide)| {
        let (current, len, onnavigate) = (*current, *len, onnavigate.clone());
        let (onpresenter, slide) = (onpresenter.clone(), slide.clone());
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
                if let Some(slide) = slide.as_ref().and_then(NodeRef::cast::<Element>) {
                    let (top, height) =
                        (f64::from(slide.scroll_top()), f64::from(slide.client_height()));
                    let below = f64::from(slide.scroll_height()) - height - top;
                    if let Some(delta) =
                        scroll_within_slide(&key, event.shift_key(), top, below, height)
                    {
                        event.prevent_default();
                        event.stop_propagation();
                        slide.scroll_by_with_x_and_y(0.0, delta);
                        return;
                    }
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
                        // Fullscreen ends with the slides themselves (`Presentation`).
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
