//! Work to do as printing begins, before the browser lays the page out for paper, and as it
//! ends.

use std::rc::Rc;

use gloo::events::EventListener;

use crate::app::elements::page_elements;

/// Calls `before` as printing begins: on `beforeprint` (the print dialog, "Save as PDF"), and
/// when print media comes into effect without it (print media emulated in DevTools or a test).
/// A real print sends both, so `before` must do the same work twice. The listeners stop when
/// the returned list is dropped.
pub fn when_printing(before: impl Fn() + 'static) -> Vec<EventListener> {
    print_listeners("beforeprint", true, before)
}

/// Whether print media is in effect now (a print under way, or print media emulated).
pub fn print_media_in_effect() -> bool {
    let query = gloo::utils::window().match_media("print").ok().flatten();
    query.is_some_and(|query| query.matches())
}

/// Calls `after` as printing ends: on `afterprint`, and when print media goes out of effect
/// (the counterpart of [`when_printing`]; a real print sends both). The listeners stop when the
/// returned list is dropped.
pub fn when_printing_ends(after: impl Fn() + 'static) -> Vec<EventListener> {
    print_listeners("afterprint", false, after)
}

/// Calls `call` on the window's `event`, and when print media comes into effect (`print_media`)
/// or goes out of it.
fn print_listeners(
    event: &'static str,
    print_media: bool,
    call: impl Fn() + 'static,
) -> Vec<EventListener> {
    let call = Rc::new(call);
    let window = gloo::utils::window();
    let mut listeners = vec![{
        let call = Rc::clone(&call);
        EventListener::new(&window, event, move |_| call())
    }];
    if let Ok(Some(query)) = window.match_media("print") {
        let target = query.clone();
        listeners.push(EventListener::new(&target, "change", move |_| {
            if query.matches() == print_media {
                call();
            }
        }));
    }
    listeners
}

/// The mark on a `<details>` that [`open_while_printing`] opened, to close it again after.
const OPENED_FOR_PRINT: &str = "data-opened-for-print";

/// Opens each closed `<details>` that `selector` matches as printing begins, and closes those
/// again when it ends. Chromium and WebKit print a closed one's content through print.css's
/// `::details-content`; Firefox has no such selector and printed the reading notes' heading
/// alone. The listeners stop when the returned list is dropped.
pub fn open_while_printing(selector: &'static str) -> Vec<EventListener> {
    let mut listeners = when_printing(move || {
        for details in page_elements(&format!("{selector}:not([open])")) {
            let _ = details.set_attribute(OPENED_FOR_PRINT, "");
            let _ = details.set_attribute("open", "");
        }
    });
    listeners.push(EventListener::new(&gloo::utils::window(), "afterprint", |_| {
        for details in page_elements(&format!("[{OPENED_FOR_PRINT}]")) {
            let _ = details.remove_attribute(OPENED_FOR_PRINT);
            let _ = details.remove_attribute("open");
        }
    }));
    listeners
}
