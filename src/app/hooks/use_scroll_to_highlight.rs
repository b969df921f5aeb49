//! Brings the highlighted source sentences into view when the selection changes, or when the
//! one shown is asked for again; and keeps a control focused in the sections laid out only near
//! the viewport on screen.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{FocusOptions, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::app::focus::focus_by_id_once_shown;
use crate::model::query::Selection;

/// The attribute on `<html>` that lays out the sections below the first screen whether or not
/// they are near the viewport (`style/main.css`).
const LAID_OUT_ATTRIBUTE: &str = "data-laid-out";

/// After a new selection renders, or the same one is asked for again (`reveals` counts the
/// requests), scrolls the first `<mark>` inside `container` to the middle of the screen and
/// moves focus to the container so that screen readers follow.
///
/// The project cards, the directives and the source are laid out only near the viewport, and a
/// smooth scroll aims at where the mark is when it starts: the sections it passes would then be
/// laid out on the way, at their real heights instead of the estimates, and the scroll would
/// stop short of the mark. So the page is laid out whole first, and stays so.
///
/// When the highlight goes because the address went back (or forward) to a view without it
/// (`followed`), focus goes to the "Source" button it came from, as "Back to the card" does:
/// the page would stay at the source, since the explorer leaves scrolling on Back to itself
/// (`use_hash_sync` makes the browser's scroll restoration manual).
#[hook]
pub fn use_scroll_to_highlight(
    container: NodeRef,
    selection: Option<Selection>,
    reveals: u32,
    followed: bool,
) {
    let previous = use_mut_ref(|| None::<Selection>);
    use_effect_with((selection, reveals), move |(selection, _)| {
        let left = previous.replace(*selection);
        if selection.is_none() {
            if let (Some(left), true) = (left, followed) {
                // Once the render that takes the highlight away is done.
                focus_by_id_once_shown(left.source_button_id());
            }
            return;
        }
        let Some(element) = container.cast::<web_sys::HtmlElement>() else {
            return;
        };
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute(LAID_OUT_ATTRIBUTE, "");
        }
        let focus_options = FocusOptions::new();
        focus_options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&focus_options);
        if let Ok(Some(mark)) = element.query_selector("mark") {
            let options = ScrollIntoViewOptions::new();
            options.set_behavior(if prefers_reduced_motion() {
                ScrollBehavior::Auto
            } else {
                ScrollBehavior::Smooth
            });
            options.set_block(ScrollLogicalPosition::Center);
            mark.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}

/// The sections laid out only near the viewport whose controls Tab reaches from far above them.
const LAID_OUT_NEAR_VIEWPORT: &str = ".directives,.source";

/// Keeps a control that Tab (or a screen reader) focuses in the directives or the source on
/// screen. The browser scrolls to where the control is by those sections' estimated heights;
/// laid out at their real heights as they come near, they pushed it off the screen: the first
/// time Tab reached "Reading notes", below the source text, it was focused 1,300 px below the
/// bottom of a 1280×800 window. So focus entering them lays the page out whole, as going to a
/// sentence does, and brings the control into view by the real heights. Only a focus the page
/// shows (`:focus-visible`, as after Tab) and on a control in them: a click on the source's text
/// focuses the section itself, and must neither scroll the page nor lay it all out.
#[hook]
pub fn use_focus_lays_out() {
    use_effect_with((), |_| {
        let document = gloo::utils::document();
        let listener = EventListener::new(&document, "focusin", |event| {
            let Some(control) =
                event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let Some(root) = gloo::utils::document().document_element() else { return };
            let matches = |selectors: &str| control.matches(selectors).unwrap_or(false);
            let inside = control.closest(LAID_OUT_NEAR_VIEWPORT).ok().flatten().is_some();
            if !inside
                || matches(LAID_OUT_NEAR_VIEWPORT)
                || !matches(":focus-visible")
                || root.has_attribute(LAID_OUT_ATTRIBUTE)
            {
                return;
            }
            let _ = root.set_attribute(LAID_OUT_ATTRIBUTE, "");
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Nearest);
            control.scroll_into_view_with_scroll_into_view_options(&options);
        });
        move || drop(listener)
    });
}

fn prefers_reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}
