//! Ends the presentation (or closes the key help over it) when the browser leaves fullscreen.

use yew::prelude::*;

use crate::app::fullscreen;

/// Leaving fullscreen through the browser (Esc in real fullscreen never reaches the page) calls
/// `onleave`, which ends the presentation (or closes the key help, `Presentation`); not when
/// the browser left it for the presenter view's window opening (Firefox and WebKit do, and the
/// slides the presenter then drove were gone), and not when it was asked for from slides
/// already shown without it (a link to a slide, then Full screen): leaving it then goes back
/// to those slides, at the same one.
#[hook]
pub fn use_fullscreen_exit(onleave: &Callback<()>) {
    use_effect_with(onleave.clone(), |onleave| {
        let onleave = onleave.clone();
        let listeners = fullscreen::on_change(move || {
            if !fullscreen::is_active()
                && !fullscreen::left_for_a_window()
                && !fullscreen::left_to_the_slides()
            {
                onleave.emit(());
            }
        });
        move || drop(listeners)
    });
}
