//! Ends the presentation when the browser leaves fullscreen.

use yew::prelude::*;

use crate::app::fullscreen;

/// Leaving fullscreen through the browser (Esc in real fullscreen never reaches the page) ends
/// the presentation too; not when the browser left it for the presenter view's window opening
/// (Firefox and WebKit do, and the slides the presenter then drove were gone), and not when it
/// was asked for from slides already shown without it (a link to a slide, then Full screen):
/// leaving it then goes back to those slides, at the same one.
#[hook]
pub fn use_fullscreen_exit(onnavigate: &Callback<Option<usize>>) {
    use_effect_with(onnavigate.clone(), |onnavigate| {
        let onnavigate = onnavigate.clone();
        let listeners = fullscreen::on_change(move || {
            if !fullscreen::is_active()
                && !fullscreen::left_for_a_window()
                && !fullscreen::left_to_the_slides()
            {
                onnavigate.emit(None);
            }
        });
        move || drop(listeners)
    });
}
