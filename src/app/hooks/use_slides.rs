//! The slides of a view, built once per view, and the slide to show.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::slides::{build_slides, clamp_slide, Slide};
use crate::model::view::View;

/// The slides of `view` (rebuilt only when the dataset or the view changes) and `requested`
/// moved into their range: the slides and the presenter view show the same deck.
///
/// # Example
/// ```ignore
/// let (slides, current) = use_slides(&props.dataset, &props.view, props.slide);
/// ```
#[hook]
pub fn use_slides(
    dataset: &Shared<Dataset>,
    view: &Rc<View>,
    requested: usize,
) -> (Rc<Vec<Slide>>, usize) {
    let slides =
        use_memo((dataset.rc(), Rc::clone(view)), |(dataset, view)| build_slides(dataset, view));
    let current = clamp_slide(requested, slides.len());
    (slides, current)
}
