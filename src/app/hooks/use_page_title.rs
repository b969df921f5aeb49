//! The document title follows the briefing in view: "{title} — Briefing Explorer".

use yew::prelude::*;

use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::site::page_title;
use crate::model::strings::EN;

/// Sets `document.title` for the briefings in view whenever they change.
///
/// # Example
/// ```ignore
/// use_page_title(&dataset, &view.briefings);
/// ```
#[hook]
pub fn use_page_title(dataset: &Shared<Dataset>, briefings: &[usize]) {
    use_effect_with((dataset.clone(), briefings.to_vec()), |(dataset, briefings)| {
        gloo::utils::document().set_title(&page_title(dataset, briefings, &EN));
    });
}
