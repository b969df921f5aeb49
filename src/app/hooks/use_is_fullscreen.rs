//! Whether the page is fullscreen now, for the slides' control that goes (back) into it.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::app::fullscreen;

/// Whether some element of the page is fullscreen, kept up to date as the browser enters and
/// leaves it.
#[hook]
pub fn use_is_fullscreen() -> bool {
    let active = use_state(fullscreen::is_active);
    {
        let active = active.clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let listeners: Vec<EventListener> = fullscreen::CHANGE_EVENTS
                .iter()
                .map(|&name| {
                    let active = active.clone();
                    EventListener::new(&document, name, move |_| {
                        active.set(fullscreen::is_active())
                    })
                })
                .collect();
            move || drop(listeners)
        });
    }
    *active
}
