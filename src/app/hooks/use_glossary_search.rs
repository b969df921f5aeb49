//! The one-pass search of a briefing's reading notes for the Source view, built a slice per task
//! when the glossary is long: a crafted glossary of 100,000 terms took 90 ms to build in one task,
//! which held the page as the file opened.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::app::frames::next_task;
use crate::app::shared::Shared;
use crate::model::dataset::{Dataset, GlossaryEntry};
use crate::model::dataset_index::DatasetIndex;
use crate::model::source::GlossarySearch;

/// The search of briefing `briefing`'s reading notes (the index's, which the search texts share),
/// once it is built: at once when one slice builds it (any glossary of a usual size), else `None`
/// until the slices that follow, a task each, have built it, when the component renders again.
#[hook]
pub fn use_glossary_search(
    dataset: &Shared<Dataset>,
    index: &Shared<DatasetIndex>,
    briefing: Option<usize>,
) -> Option<GlossarySearch> {
    let rerender = use_force_update();
    let search = briefing.map(|briefing| index.glossary_search(briefing));
    let built = match (&search, briefing.and_then(|briefing| glossary_of(dataset, briefing))) {
        (Some(search), Some(glossary)) => search.clone().build_a_slice(glossary),
        _ => true,
    };
    use_effect_with(
        (dataset.clone(), index.clone(), briefing, built),
        move |(dataset, index, briefing, built)| {
            // Another dataset or briefing stops the slices of this one's.
            let stopped = Rc::new(Cell::new(false));
            if let (false, Some(briefing)) = (*built, *briefing) {
                let (dataset, mut search) = (dataset.rc(), index.glossary_search(briefing));
                let stopped = stopped.clone();
                spawn_local(async move {
                    let glossary = glossary_of(&dataset, briefing).unwrap_or_default();
                    loop {
                        next_task().await;
                        if stopped.get() {
                            return;
                        }
                        if search.build_a_slice(glossary) {
                            break;
                        }
                    }
                    rerender.force_update();
                });
            }
            move || stopped.set(true)
        },
    );
    search.filter(|_| built)
}

/// The reading notes of briefing `briefing`, if the dataset has it.
fn glossary_of(dataset: &Dataset, briefing: usize) -> Option<&[GlossaryEntry]> {
    dataset.briefings.get(briefing).map(|briefing| briefing.glossary.as_slice())
}
