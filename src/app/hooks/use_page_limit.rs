//! "Show more" paging: how many items to render, reset whenever the result changes.

use yew::prelude::*;

use crate::app::printing::{print_media_in_effect, when_printing, when_printing_ends};
use crate::model::handout::PRINTED_AT_MOST;

/// The handle: the current limit and a callback that raises it by one page.
pub struct PageLimit {
    pub limit: usize,
    pub onmore: Callback<MouseEvent>,
    /// The page is being printed: what only paper shows can be rendered (see [`use_page_limit`]).
    pub printing: bool,
}

/// Starts at `page_size` items and grows by `page_size` per "Show more"; a new `shown` (the
/// view of the project list and the directives, the source and its selection in the Source
/// view) starts again from the first page, so a filter change never renders thousands of items
/// at once. While the page is printed (`when_printing`, until `when_printing_ends`), everything
/// up to [`PRINTED_AT_MOST`] is rendered (or the screen's limit, if higher) and `printing` is
/// `true`: the project cards add the
/// passages behind their facts only then, which on screen a filter click at 10,000 projects
/// spent a sixth of its work finding and refilling. The render this asks for runs as the
/// `beforeprint` listener returns, before the browser lays the page out for paper.
///
/// # Example
/// ```ignore
/// let PageLimit { limit, onmore, .. } = use_page_limit(Rc::clone(&props.view), 24);
/// ```
#[hook]
pub fn use_page_limit<K: PartialEq + 'static>(shown: K, page_size: usize) -> PageLimit {
    let limit = use_state_eq(|| page_size);
    {
        let limit = limit.clone();
        use_effect_with(shown, move |_| limit.set(page_size));
    }
    // A printed handout holds everything in view (up to a bound), not just the pages shown on screen; the
    // screen's own limit is kept, so after printing it has the pages it had. A list made while
    // the page is printing (after an empty result, in an embed) starts printing.
    let printing = use_state_eq(print_media_in_effect);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let starts = {
                let printing = printing.clone();
                when_printing(move || printing.set(true))
            };
            // After a print, unless print media is still emulated (DevTools, a test).
            let ends = when_printing_ends(move || printing.set(print_media_in_effect()));
            move || drop((starts, ends))
        });
    }
    let onmore = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(limit.saturating_add(page_size)))
    };
    let shown_limit = if *printing { (*limit).max(PRINTED_AT_MOST) } else { *limit };
    PageLimit { limit: shown_limit, onmore, printing: *printing }
}
