//! Drag-and-drop of a file anywhere on the page.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File};
use yew::prelude::*;

/// Where `index.html` keeps a file dropped before the app's listeners were in place.
const EARLY_DROP: &str = "briefingEarlyDrop";

/// Calls `onfile` with the first file dropped anywhere on the page (or dropped before the app
/// started), and returns whether a file is being dragged over the page right now (to show a
/// drop hint).
///
/// # Example
/// ```ignore
/// let dragging = use_file_drop(onfile);
/// html! { if dragging { <div class="drop-hint">{ "Drop to open" }</div> } }
/// ```
#[hook]
pub fn use_file_drop(onfile: Callback<File>) -> bool {
    let dragging = use_state_eq(|| false);
    {
        let dragging = dragging.clone();
        use_effect_with(onfile, move |onfile| {
            let document = gloo::utils::document();
            // `preventDefault` in dragover is what makes the page a drop target, so the
            // listeners must not be passive.
            let active = EventListenerOptions::enable_prevent_default();
            let over_state = dragging.clone();
            let on_over =
                EventListener::new_with_options(&document, "dragover", active, move |event| {
                    let Some(event) = event.dyn_ref::<DragEvent>() else { return };
                    if carries_files(event) {
                        event.prevent_default();
                        if let Some(transfer) = event.data_transfer() {
                            transfer.set_drop_effect("copy");
                        }
                        over_state.set(true);
                    }
                });
            let leave_state = dragging.clone();
            let on_leave = EventListener::new(&document, "dragleave", move |event| {
                // Leaving the window reports no related target; moving between children does.
                let Some(event) = event.dyn_ref::<DragEvent>() else { return };
                if event.related_target().is_none() {
                    leave_state.set(false);
                }
            });
            let drop_state = dragging.clone();
            let dropped = onfile.clone();
            let on_drop =
                EventListener::new_with_options(&document, "drop", active, move |event| {
                    let Some(event) = event.dyn_ref::<DragEvent>() else { return };
                    drop_state.set(false);
                    let file = event
                        .data_transfer()
                        .and_then(|transfer| transfer.files())
                        .and_then(|files| files.get(0));
                    if let Some(file) = file {
                        event.prevent_default();
                        dropped.emit(file);
                    }
                });
            // A file dropped before these listeners were in place, kept by the page
            // (`index.html`, "early-drop"), is opened now, once.
            let window = gloo::utils::window();
            let early = js_sys::Reflect::get(&window, &EARLY_DROP.into()).ok();
            if let Some(file) = early.and_then(|value| value.dyn_into::<File>().ok()) {
                let _ = js_sys::Reflect::delete_property(&window, &EARLY_DROP.into());
                onfile.emit(file);
            }
            move || drop((on_over, on_leave, on_drop))
        });
    }
    *dragging
}

fn carries_files(event: &DragEvent) -> bool {
    event.data_transfer().is_some_and(|transfer| {
        transfer.types().iter().any(|kind| kind.as_string().as_deref() == Some("Files"))
    })
}
