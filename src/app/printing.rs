//! Work to do as printing begins, before the browser lays the page out for paper.

use std::rc::Rc;

use gloo::events::EventListener;

/// Calls `before` as printing begins: on `beforeprint` (the print dialog, "Save as PDF"), and
/// when print media comes into effect without it (print media emulated in DevTools or a test).
/// A real print sends both, so `before` must do the same work twice. The listeners stop when
/// the returned list is dropped.
pub fn when_printing(before: impl Fn() + 'static) -> Vec<EventListener> {
    let before = Rc::new(before);
    let window = gloo::utils::window();
    let mut listeners = vec![{
        let before = Rc::clone(&before);
        EventListener::new(&window, "beforeprint", move |_| before())
    }];
    if let Ok(Some(query)) = window.match_media("print") {
        let target = query.clone();
        listeners.push(EventListener::new(&target, "change", move |_| {
            if query.matches() {
                before();
            }
        }));
    }
    listeners
}
