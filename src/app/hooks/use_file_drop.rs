//! Drag-and-drop of a file anywhere on the page.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File};
use yew::prelude::*;

use super::use_file_loader::LoadStatus;

/// Where `index.html` keeps a file dropped before the app's listeners were in place.
const EARLY_DROP: &str = "briefingEarlyDrop";

/// Calls `onfile` with a file dropped anywhere on the page (or dropped before the app started),
/// says through `onstatus` that several dropped at once are not opened, and returns whether a
/// file is being dragged over the page right now (to show a drop hint). While the slides are
/// shown a drop is refused (the cursor says so): what it would say would be behind them.
///
/// # Example
/// ```ignore
/// let dragging = use_file_drop(onfile, onstatus);
/// html! { if dragging { <div class="drop-hint">{ "Drop to open" }</div> } }
/// ```
#[hook]
pub fn use_file_drop(onfile: Callback<File>, onstatus: Callback<LoadStatus>) -> bool {
    let dragging = use_state_eq(|| false);
    {
        let dragging = dragging.clone();
        use_effect_with((onfile, onstatus), move |(onfile, onstatus)| {
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
                        let refused = presenting();
                        if let Some(transfer) = event.data_transfer() {
                            transfer.set_drop_effect(if refused { "none" } else { "copy" });
                        }
                        over_state.set(!refused);
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
            let several = onstatus.clone();
            let on_drop =
                EventListener::new_with_options(&document, "drop", active, move |event| {
                    let Some(event) = event.dyn_ref::<DragEvent>() else { return };
                    drop_state.set(false);
                    let Some(files) = event.data_transfer().and_then(|transfer| transfer.files())
                    else {
                        return;
                    };
                    if files.length() == 0 {
                        return;
                    }
                    // Taken by the page either way: a file left to the browser replaces it.
                    event.prevent_default();
                    if presenting() {
                        return;
                    }
                    match files.get(0) {
                        Some(file) if files.length() == 1 => dropped.emit(file),
                        _ => several.emit(LoadStatus::SeveralFiles { count: files.length() }),
                    }
                });
            // A drop before these listeners were in place, kept by the page (`index.html`,
            // "early-drop"): its file is opened now, once, or its count of files said.
            let window = gloo::utils::window();
            if let Ok(early) = js_sys::Reflect::get(&window, &EARLY_DROP.into()) {
                let _ = js_sys::Reflect::delete_property(&window, &EARLY_DROP.into());
                if let Some(count) = early.as_f64() {
                    onstatus.emit(LoadStatus::SeveralFiles { count: count as u32 });
                } else if let Ok(file) = early.dyn_into::<File>() {
                    onfile.emit(file);
                }
            }
            move || drop((on_over, on_leave, on_drop))
        });
    }
    *dragging
}

/// Whether the slides are shown (`Presentation`'s dialog is on the page).
fn presenting() -> bool {
    gloo::utils::document().query_selector(".presentation").ok().flatten().is_some()
}

fn carries_files(event: &DragEvent) -> bool {
    event.data_transfer().is_some_and(|transfer| {
        transfer.types().iter().any(|kind| kind.as_string().as_deref() == Some("Files"))
    })
}
