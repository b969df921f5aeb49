//! Where a record's quotes stand in the source text: the stretches to mark while the record is
//! in hand, and the project a selection belongs to.

use std::ops::Range;

use crate::model::dataset::{Briefing, Project};
use crate::model::text::{find_first_of_each_normalised, overlaps, ranges_found_normalised};

use super::{Record, RecordKind, RecordRef};

impl RecordKind {
    /// Whether a record of this kind is part of a project (and needs one to go to).
    pub fn belongs_to_project(self) -> bool {
        matches!(
            self,
            RecordKind::Capacity | RecordKind::Status | RecordKind::Request | RecordKind::Note
        )
    }
}

impl Record {
    /// The quotes the record holds: a record made from a selection, before it is in the draft.
    pub fn quotes(&self) -> Vec<&str> {
        match self {
            Record::Project(project) => project.every_quote(),
            Record::Capacity(capacity) => vec![capacity.quote.as_str()],
            Record::ProjectStatus(status) => vec![status.quote.as_str()],
            Record::Request(request) => vec![request.quote.as_str()],
            Record::Note(note) => vec![note.quote.as_str()],
            Record::Directive(directive) => directive.quotes.iter().map(String::as_str).collect(),
            Record::Glossary(entry) => vec![entry.term.as_str()],
            Record::Quote(quote) => vec![quote.as_str()],
            Record::Industry(_) | Record::Status(_) => Vec::new(),
        }
    }
}

/// The quotes of the record `record` of `briefing`; none for a record that is not there.
pub fn record_quotes(briefing: &Briefing, record: RecordRef) -> Vec<&str> {
    match record {
        RecordRef::Header => briefing.quotes.iter().map(String::as_str).collect(),
        RecordRef::Project(index) => {
            briefing.projects.get(index).map(Project::every_quote).unwrap_or_default()
        }
        RecordRef::Directive(index) => briefing
            .directives
            .get(index)
            .map(|directive| directive.quotes.iter().map(String::as_str).collect())
            .unwrap_or_default(),
        RecordRef::Glossary(index) => {
            briefing.glossary.get(index).map(|entry| vec![entry.term.as_str()]).unwrap_or_default()
        }
        RecordRef::Industry(_) | RecordRef::Status(_) => Vec::new(),
    }
}

/// Where the quotes of `record` first occur in the source text, as byte ranges.
pub fn current_ranges(briefing: &Briefing, record: RecordRef) -> Vec<Range<usize>> {
    ranges_found_normalised(&briefing.source.text, &record_quotes(briefing, record))
}

/// The project whose quotes cover or overlap the selected byte range, the first when several
/// do: a capacity selected inside BYD's sentence goes to BYD unless the author says otherwise.
/// The text is searched once for every project's quotes together.
pub fn project_for_selection(briefing: &Briefing, selection: Range<usize>) -> Option<usize> {
    let (owners, quotes): (Vec<usize>, Vec<&str>) = briefing
        .projects
        .iter()
        .enumerate()
        .flat_map(|(index, project)| {
            project.every_quote().into_iter().map(move |quote| (index, quote))
        })
        .unzip();
    find_first_of_each_normalised(&briefing.source.text, &quotes)
        .into_iter()
        .zip(owners)
        .filter_map(|(range, owner)| range.map(|range| (range, owner)))
        .filter(|(range, _)| overlaps(range, &selection))
        .map(|(_, owner)| owner)
        .min()
}
