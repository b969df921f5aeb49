//! What a record's "Source" control does, a project card's or a directive's, and a chart bar's.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::shared::Shared;
use crate::model::dataset::Dataset;
use crate::model::query::{Query, Selection};
use crate::model::url::source_in_full_view_hash;

/// The id of the description of a link that opens the full view in a new tab, which an
/// embedded view holds once for all its links (`embed_view`).
pub const OPENS_FULL_VIEW_ID: &str = "opens-full-view";

/// What pressing a "Source" control, or a chart bar that stands for a project, does.
#[derive(Clone, PartialEq)]
pub enum SourceAction {
    /// Selects the record: the full view marks its sentences in the source below, and goes
    /// there.
    Select(Callback<Selection>),
    /// Opens the full view at the record's sentences, in a new tab, as an embed's footer link
    /// opens the full view: an embed shows no source, and a control that selected there showed
    /// and said nothing.
    OpenFullView(FullView),
}

/// The full view an embedded view links to: its own view, whole.
#[derive(Clone, PartialEq)]
pub struct FullView {
    /// The embedded view's query: its filters and language.
    pub query: Rc<Query>,
    pub dataset: Shared<Dataset>,
}

impl FullView {
    /// The full view's address at `selection`'s sentences.
    pub fn href(&self, selection: Selection) -> String {
        format!("#{}", source_in_full_view_hash(&self.query, &self.dataset, selection))
    }
}
