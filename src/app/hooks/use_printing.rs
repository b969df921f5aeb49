//! Whether the page is being printed, for what only paper shows.

use yew::prelude::*;

use crate::app::printing::{when_printing, when_printing_ends};

/// `true` from printing's start until its end (`beforeprint` or print media in effect, until
/// `afterprint` or screen media again). What only paper shows can then stay out of the page on
/// screen, where every filter click would otherwise update it. The render this asks for runs
/// as the `beforeprint` listener returns, before the browser lays the page out for paper.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let starts = {
                let printing = printing.clone();
                when_printing(move || printing.set(true))
            };
            let ends = when_printing_ends(move || printing.set(false));
            move || drop((starts, ends))
        });
    }
    *printing
}
