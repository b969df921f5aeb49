//! Brings the highlighted source sentences into view when the selection changes, or when the
//! one shown is asked for again.

use web_sys::{FocusOptions, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

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
#[hook]
pub fn use_scroll_to_highlight(container: NodeRef, selection: Option<Selection>, reveals: u32) {
    use_effect_with((selection, reveals), move |(selection, _)| {
        if selection.is_none() {
            return;
        }
        let Some(element) = container.cast::<web_sys::HtmlElement>() else {
            return;
        };
        let focus_options = FocusOptions::new();
        focus_options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&focus_options);
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute(LAID_OUT_ATTRIBUTE, "");
        }
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

fn prefers_reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}
