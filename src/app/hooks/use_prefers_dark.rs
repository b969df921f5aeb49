//! Whether the system asks for a dark colour scheme, following changes while the page is open.

use gloo::events::EventListener;
use web_sys::MediaQueryList;
use yew::prelude::*;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// `true` while `prefers-color-scheme: dark` matches; the change listener is removed on unmount.
///
/// ```ignore
/// let dark = use_prefers_dark();
/// use_effect_with((series, dark), |(series, dark)| draw(series, *dark));
/// ```
#[hook]
pub fn use_prefers_dark() -> bool {
    let dark = use_state_eq(|| media_query().is_some_and(|query| query.matches()));
    {
        let dark = dark.clone();
        use_effect_with((), move |_| {
            let listener = media_query().map(|query| {
                let watched = query.clone();
                EventListener::new(&query, "change", move |_| dark.set(watched.matches()))
            });
            move || drop(listener)
        });
    }
    *dark
}

fn media_query() -> Option<MediaQueryList> {
    gloo::utils::window().match_media(DARK_QUERY).ok().flatten()
}
