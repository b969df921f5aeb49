//! The source text cut into paragraphs and runs, with the sentences behind a selection marked and
//! the glossary's readings attached beside the source's own wording.

use std::ops::Range;

use super::dataset::{Briefing, GlossaryEntry};
use super::order::sort_by_rank;
use super::text::{overlaps, ranges_found_normalised, LocatedText};

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
    let highlights = ranges_found_normalised(text, quotes);
    let terms = glossary_occurrences(text, &briefing.glossary);
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

/// A quote alone (as a slide shows it), as runs with the glossary's readings attached after
/// each of its terms, exactly as in the whole source; nothing is highlighted.
pub fn annotate_quote(briefing: &Briefing, quote: &str) -> Vec<Run> {
    let terms = glossary_occurrences(quote, &briefing.glossary);
    paragraph(quote, 0..quote.len(), &[], &terms).runs
}

/// Where the glossary's terms occur in `text`, each with its entry's index, in glossary order.
fn glossary_occurrences(text: &str, glossary: &[GlossaryEntry]) -> Vec<(Range<usize>, usize)> {
    let located = LocatedText::new(text);
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
