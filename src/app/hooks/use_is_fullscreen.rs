//! Whether the page is fullscreen now, for the slides' control that goes (back) into it.

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
            let listeners = fullscreen::on_change(move || active.set(fullscreen::is_active()));
            move || drop(listeners)
        });
    }
    *active
}
