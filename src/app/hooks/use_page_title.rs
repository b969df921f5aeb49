//! The document title follows the briefing in view: "{title} — Briefing Explorer".

use yew::prelude::*;

use crate::app::hooks::use_strings::use_strings;
use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::site::page_title;

/// Sets `document.title` for the briefings in view whenever they change.
///
/// # Example
/// ```ignore
/// use_page_title(&dataset, &view.briefings);
/// ```
#[hook]
pub fn use_page_title(dataset: &Shared<Dataset>, briefings: &[usize]) {
    let language = use_strings().language;
    use_effect_with(
        (dataset.clone(), briefings.to_vec(), language),
        |(dataset, briefings, language)| {
            gloo::utils::document().set_title(&page_title(dataset, briefings, language.strings()));
        },
    );
}
