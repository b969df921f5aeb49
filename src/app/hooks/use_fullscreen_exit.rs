//! Ends the presentation when the browser leaves fullscreen.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::app::fullscreen;

/// Leaving fullscreen through the browser (Esc in real fullscreen never reaches the page) ends
/// the presentation too.
#[hook]
pub fn use_fullscreen_exit(onnavigate: &Callback<Option<usize>>) {
    use_effect_with(onnavigate.clone(), |onnavigate| {
        let document = gloo::utils::document();
        let listeners: Vec<EventListener> = fullscreen::CHANGE_EVENTS
            .iter()
            .map(|&name| {
                let onnavigate = onnavigate.clone();
                EventListener::new(&document, name, move |_| {
                    if !fullscreen::is_active() {
                        onnavigate.emit(None);
                    }
                })
            })
            .collect();
        move || drop(listeners)
    });
}
