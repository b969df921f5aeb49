//! Where a record's quotes stand in the source text: the stretches to mark while the record is
//! in hand, and the project a selection belongs to (the one its sentence or paragraph names).

use std::ops::Range;

use crate::model::dataset::{Briefing, Project};
use unicode_segmentation::UnicodeSegmentation;

use crate::model::text::{
    find_first_of_each_normalised, fold_words, holds_term, overlaps, ranges_found_normalised,
};

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

/// The project a selection is about, for a new record's form to propose: the one the sentence
/// holding it names, else the one whose quotes hold it, else the one its paragraph names. When
/// none does, or several do, it is none, and the form asks ("Choose one…") rather than guess:
/// a request under the wrong project is a false fact the author may not notice.
pub fn project_for_selection(briefing: &Briefing, selection: Range<usize>) -> Option<usize> {
    let text = &briefing.source.text;
    let names: Vec<ProjectNames> = briefing.projects.iter().map(ProjectNames::of).collect();
    let paragraph = paragraph_around(text, &selection);
    if let Some(sentence) = sentences_around(text, paragraph.clone(), &selection) {
        match named_in(&names, &text[sentence]) {
            Naming::One(project) => return Some(project),
            Naming::Several => return None,
            Naming::Nobody => {}
        }
    }
    match quoting_projects(briefing, &selection).as_slice() {
        [project] => return Some(*project),
        [] => {}
        _ => return None,
    }
    match named_in(&names, &text[paragraph]) {
        Naming::One(project) => Some(project),
        Naming::Several | Naming::Nobody => None,
    }
}

/// The projects whose quotes cover or overlap the selected byte range, each once, in order. The
/// text is searched once for every project's quotes together.
fn quoting_projects(briefing: &Briefing, selection: &Range<usize>) -> Vec<usize> {
    let (owners, quotes): (Vec<usize>, Vec<&str>) = briefing
        .projects
        .iter()
        .enumerate()
        .flat_map(|(index, project)| {
            project.every_quote().into_iter().map(move |quote| (index, quote))
        })
        .unzip();
    let mut found: Vec<usize> = find_first_of_each_normalised(&briefing.source.text, &quotes)
        .into_iter()
        .zip(owners)
        .filter_map(|(range, owner)| {
            range.filter(|range| overlaps(range, selection)).map(|_| owner)
        })
        .collect();
    found.dedup();
    found
}

/// The stretch of `text` from the first to the last sentence the selection overlaps, or none
/// for a selection of only the space between sentences.
pub fn sentences_holding(text: &str, selection: Range<usize>) -> Option<Range<usize>> {
    sentences_around(text, paragraph_around(text, &selection), &selection)
}

/// The line holding the selection's start: a briefing puts each paragraph on a line of its own.
fn paragraph_around(text: &str, selection: &Range<usize>) -> Range<usize> {
    let start = text[..selection.start].rfind('\n').map_or(0, |newline| newline + 1);
    let end =
        text[selection.start..].find('\n').map_or(text.len(), |newline| selection.start + newline);
    start..end
}

/// The stretch from the first to the last sentence of `paragraph` that the selection overlaps
/// (Unicode sentence boundaries, whitespace around them left out); none for a selection of only
/// the space between two sentences.
fn sentences_around(
    text: &str,
    paragraph: Range<usize>,
    selection: &Range<usize>,
) -> Option<Range<usize>> {
    let sentences =
        text[paragraph.clone()].split_sentence_bound_indices().filter_map(|(offset, sentence)| {
            let start = paragraph.start + offset + (sentence.len() - sentence.trim_start().len());
            let range = start..start + sentence.trim().len();
            (!range.is_empty() && overlaps(&range, selection)).then_some(range)
        });
    sentences.reduce(|first, last| first.start..last.end)
}

/// The ways a text can name a project, folded for search, from the surest to the loosest: its
/// name and short name; its enterprise; and the words its name and enterprise begin with
/// together ("Meridian Biopharma" of "Meridian Biopharma vaccine filling line" by "Meridian
/// Biopharma Ltd.", 星海 of 星海储能电池项目 by 星海能源科技有限公司), which is what a text calls
/// the project for short.
struct ProjectNames {
    levels: [Vec<String>; 3],
}

impl ProjectNames {
    fn of(project: &Project) -> ProjectNames {
        let names = [&project.name, &project.short_name].map(|name| fold_words(name));
        let enterprise = fold_words(&project.enterprise);
        let shared = shared_beginning(&names[0], &enterprise);
        let keep = |terms: Vec<String>| {
            terms.into_iter().filter(|term| term.chars().count() >= 2).collect::<Vec<_>>()
        };
        ProjectNames { levels: [keep(names.to_vec()), keep(vec![enterprise]), keep(vec![shared])] }
    }
}

/// What two folded names begin with together: whole words where the name has spaces between
/// words, else characters (Chinese); none when that is a single character or shorter than four
/// letters ("the"), which would name too much.
fn shared_beginning(name: &str, enterprise: &str) -> String {
    if name.contains(' ') {
        let shared: Vec<&str> = name
            .split(' ')
            .zip(enterprise.split(' '))
            .take_while(|(from_name, from_enterprise)| from_name == from_enterprise)
            .map(|(word, _)| word)
            .collect();
        let shared = shared.join(" ");
        if shared.chars().count() >= 4 {
            shared
        } else {
            String::new()
        }
    } else {
        name.chars()
            .zip(enterprise.chars())
            .take_while(|(from_name, from_enterprise)| from_name == from_enterprise)
            .map(|(character, _)| character)
            .collect()
    }
}

enum Naming {
    Nobody,
    One(usize),
    Several,
}

/// Which project `text` names, at the surest level of [`ProjectNames`] that names any.
fn named_in(names: &[ProjectNames], text: &str) -> Naming {
    let folded = fold_words(text);
    for level in 0..3 {
        let mut named = names.iter().enumerate().filter(|(_, project)| {
            project.levels[level].iter().any(|term| holds_term(&folded, term))
        });
        match (named.next(), named.next()) {
            (Some((project, _)), None) => return Naming::One(project),
            (Some(_), Some(_)) => return Naming::Several,
            (None, _) => {}
        }
    }
    Naming::Nobody
}
