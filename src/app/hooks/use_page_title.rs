//! The document title follows the briefing in view: "{title} — Briefing Explorer".

use yew::prelude::*;

use crate::app::hooks::use_strings::use_strings;
use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::site::page_title;

/// Sets `document.title` for the briefings in view whenever they change, unless `enabled` is
/// false (the editor's preview, where the page is the editor's).
///
/// # Example
/// ```ignore
/// use_page_title(&dataset, &view.briefings, true);
/// ```
#[hook]
pub fn use_page_title(dataset: &Shared<Dataset>, briefings: &[usize], enabled: bool) {
    let language = use_strings().language;
    use_effect_with(
        (dataset.clone(), briefings.to_vec(), language, enabled),
        |(dataset, briefings, language, enabled)| {
            if *enabled {
                gloo::utils::document().set_title(&page_title(
                    dataset,
                    briefings,
                    language.strings(),
                ));
            }
        },
    );
}
