//! The source text cut into paragraphs and runs, with the sentences behind a selection marked and
//! the glossary's readings attached beside the source's own wording.

use std::ops::Range;

use super::dataset::{Briefing, GlossaryEntry, Project};
use super::order::sort_by_rank;
use super::text::{normalise_whitespace, overlaps, LocatedText};

/// A stretch of source text that is uniformly highlighted or not, and may end a glossary term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    /// Part of a sentence behind the current selection.
    pub highlighted: bool,
    /// When this run ends an occurrence of a glossary term, that entry's index: the reading is
    /// shown right after it.
    pub gloss_after: Option<usize>,
    /// Part of a glossary term's occurrence.
    pub in_term: bool,
}

/// One paragraph of the source, as runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub runs: Vec<Run>,
    /// Whether any run of it is highlighted; the view scrolls to the first such paragraph.
    pub has_highlight: bool,
}

/// Splits the briefing's source into paragraphs (at line breaks), marks every occurrence of the
/// given quotes, and attaches glossary readings after each occurrence of their terms.
pub fn annotate_source(briefing: &Briefing, quotes: &[&str]) -> Vec<Paragraph> {
    let text = briefing.source.text.as_str();
    // A source may be megabytes long: it is collapsed once for the quotes and the glossary
    // together, and not at all when there is nothing to find in it.
    let (highlights, terms) = if quotes.is_empty() && briefing.glossary.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        let located = LocatedText::new(text);
        let highlights = quotes.iter().filter_map(|quote| located.first(quote)).collect();
        (highlights, located_glossary_occurrences(&located, &briefing.glossary))
    };
    let mut paragraphs = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let range = offset..offset + line.len();
        offset = range.end + 1;
        if line.trim().is_empty() {
            continue;
        }
        paragraphs.push(paragraph(text, range, &highlights, &terms));
    }
    paragraphs
}

/// The passages of the source behind a project, for paper, the presenter view and the CSV, as
/// the source view marks them: every quote of the project, its status, capacity, requests and
/// notes, each once, in the order the source has them. A quote another holds is left out (the
/// capacity's words within the sentence the project quotes), as is a repeat; one the source
/// does not hold (a dataset with problems) follows the rest, as written.
///
/// Every card computes this for its printed copy, so it compares the quotes with each other and
/// looks each up as written (a plain search); only a quote whose spacing differs from the
/// source's collapses the source's whitespace, which over a 10 MB source costs tens of ms.
pub fn project_passages<'p>(briefing: &Briefing, project: &'p Project) -> Vec<&'p str> {
    let quotes = project.every_quote();
    let collapsed: Vec<String> = quotes.iter().map(|quote| normalise_whitespace(quote)).collect();
    let held_by_another = |index: usize| {
        let quote = &collapsed[index];
        collapsed.iter().enumerate().any(|(other_index, other)| {
            other_index != index
                && (other.len() > quote.len() && other.contains(quote.as_str())
                    || other == quote && other_index < index)
        })
    };
    let text = &briefing.source.text;
    let mut spaced: Option<LocatedText> = None;
    let mut kept: Vec<(usize, &str)> = (0..quotes.len())
        .filter(|&index| !held_by_another(index))
        .map(|index| {
            let quote = quotes[index];
            let at = text.find(quote.trim()).or_else(|| {
                let located = spaced.get_or_insert_with(|| LocatedText::new(text));
                located.first(quote).map(|range| range.start)
            });
            // A stable sort below: the quotes not found keep their order, after the rest.
            (at.unwrap_or(usize::MAX), quote)
        })
        .collect();
    kept.sort_by_key(|&(at, _)| at);
    kept.into_iter().map(|(_, quote)| quote).collect()
}

/// A quote alone (as a slide shows it), as runs with the glossary's readings attached after
/// each of its terms, exactly as in the whole source; nothing is highlighted.
pub fn annotate_quote(briefing: &Briefing, quote: &str) -> Vec<Run> {
    let terms = glossary_occurrences(quote, &briefing.glossary);
    paragraph(quote, 0..quote.len(), &[], &terms).runs
}

/// Where the glossary's terms occur in `text`, each with its entry's index, in glossary order.
fn glossary_occurrences(text: &str, glossary: &[GlossaryEntry]) -> Vec<(Range<usize>, usize)> {
    if glossary.is_empty() {
        return Vec::new();
    }
    located_glossary_occurrences(&LocatedText::new(text), glossary)
}

/// [`glossary_occurrences`] in a text already collapsed.
fn located_glossary_occurrences(
    located: &LocatedText,
    glossary: &[GlossaryEntry],
) -> Vec<(Range<usize>, usize)> {
    let mut terms: Vec<(Range<usize>, usize)> = Vec::new();
    for (entry_index, entry) in glossary.iter().enumerate() {
        for range in located.all(&entry.term) {
            // An occurrence overlapping one already found (e.g. "industrial city" inside
            // "industrial power city" is not one) is skipped so that readings do not stack.
            if !terms.iter().any(|(existing, _)| overlaps(existing, &range)) {
                terms.push((range, entry_index));
            }
        }
    }
    terms
}

/// The glossary entries whose terms occur in the briefing's title, in the order they occur
/// there: a machine-translated headline needs its reading beside it as much as the text does.
pub fn title_glosses(briefing: &Briefing) -> Vec<&GlossaryEntry> {
    let mut terms = glossary_occurrences(&briefing.title, &briefing.glossary);
    sort_by_rank(&mut terms, |(range, _)| range.start as u64);
    let mut entries: Vec<&GlossaryEntry> = Vec::new();
    for (_, entry_index) in terms {
        let entry = &briefing.glossary[entry_index];
        if !entries.iter().any(|shown| std::ptr::eq(*shown, entry)) {
            entries.push(entry);
        }
    }
    entries
}

fn paragraph(
    text: &str,
    span: Range<usize>,
    highlights: &[Range<usize>],
    terms: &[(Range<usize>, usize)],
) -> Paragraph {
    let mut cuts = vec![span.start, span.end];
    for range in highlights.iter().chain(terms.iter().map(|(range, _)| range)) {
        // Points outside the paragraph belong to others; its own ends are cuts already.
        cuts.extend([range.start, range.end].into_iter().filter(|point| span.contains(point)));
    }
    sort_by_rank(&mut cuts, |&cut| cut as u64);
    cuts.dedup();
    let mut runs = Vec::new();
    for window in cuts.windows(2) {
        let (start, end) = (window[0], window[1]);
        let highlighted = highlights.iter().any(|range| range.start <= start && end <= range.end);
        let term = terms.iter().find(|(range, _)| range.start <= start && end <= range.end);
        runs.push(Run {
            text: text[start..end].to_string(),
            highlighted,
            in_term: term.is_some(),
            gloss_after: term.filter(|(range, _)| range.end == end).map(|(_, entry)| *entry),
        });
    }
    let has_highlight = runs.iter().any(|run| run.highlighted);
    Paragraph { runs, has_highlight }
}
