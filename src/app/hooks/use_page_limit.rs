//! "Show more" paging: how many items to render, reset whenever the result changes.

use gloo::events::EventListener;
use yew::prelude::*;

/// The handle: the current limit and a callback that raises it by one page.
pub struct PageLimit {
    pub limit: usize,
    pub onmore: Callback<MouseEvent>,
}

/// Starts at `page_size` items and grows by `page_size` per "Show more"; a new `shown` (the
/// view of the project list and the directives, the source and its selection in the Source
/// view) starts again from the first page, so a filter change never renders thousands of items
/// at once. Before printing, everything is rendered (the limit is `usize::MAX`).
///
/// # Example
/// ```ignore
/// let PageLimit { limit, onmore } = use_page_limit(Rc::clone(&props.view), 24);
/// ```
#[hook]
pub fn use_page_limit<K: PartialEq + 'static>(shown: K, page_size: usize) -> PageLimit {
    let limit = use_state_eq(|| page_size);
    {
        let limit = limit.clone();
        use_effect_with(shown, move |_| limit.set(page_size));
    }
    {
        // A printed handout holds everything in view, not just the pages shown on screen; after
        // printing, the screen goes back to the pages it had.
        let limit = limit.clone();
        let before_print = use_mut_ref(|| None::<usize>);
        // The listeners outlive this render, so they read the limit through a cell kept current.
        let latest_limit = use_mut_ref(|| *limit);
        *latest_limit.borrow_mut() = *limit;
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_before = {
                let (limit, before_print) = (limit.clone(), before_print.clone());
                EventListener::new(&window, "beforeprint", move |_| {
                    before_print.borrow_mut().get_or_insert(*latest_limit.borrow());
                    limit.set(usize::MAX)
                })
            };
            let on_after = EventListener::new(&window, "afterprint", move |_| {
                if let Some(previous) = before_print.borrow_mut().take() {
                    limit.set(previous);
                }
            });
            move || drop((on_before, on_after))
        });
    }
    let onmore = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(limit.saturating_add(page_size)))
    };
    PageLimit { limit: *limit, onmore }
}
