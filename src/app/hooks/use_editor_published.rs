//! Whether the briefing editor (`edit.html`) is published beside the explorer. HOSTING.md lets a
//! publisher leave it out; "Edit this data" would then lead to the host's "Not found".

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::data_source::head_status;

/// The editor's page, beside the explorer's.
const EDITOR_PAGE: &str = "edit.html";

/// True until the server says `edit.html` is not there: asked once, the first time `check` is
/// true (the app passes true once its dataset has settled, so the question never delays the
/// first render), with a `HEAD` request, which downloads nothing of the editor. Only "not found"
/// (404) and "gone" (410) count: a host that refuses `HEAD` or a network failure leaves the link.
///
/// # Example
/// ```ignore
/// let editor_published = use_editor_published(settled);
/// ```
#[hook]
pub fn use_editor_published(check: bool) -> bool {
    let published = use_state_eq(|| true);
    let asked = use_mut_ref(|| false);
    {
        let published = published.clone();
        use_effect_with(check, move |check| {
            if *check && !*asked.borrow() {
                *asked.borrow_mut() = true;
                spawn_local(async move {
                    if let Ok(404 | 410) = head_status(EDITOR_PAGE).await {
                        published.set(false);
                    }
                });
            }
        });
    }
    *published
}
