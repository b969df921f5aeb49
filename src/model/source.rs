//! The source text cut into paragraphs and runs, with the sentences behind a selection marked and
//! the glossary's readings attached beside the source's own wording.

use std::collections::BTreeMap;
use std::ops::Range;

use super::dataset::{Briefing, GlossaryEntry, Project};
use super::order::sort_by_rank;
use super::text::{normalise_whitespace, overlaps, LocatedText, QuoteFinder};

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

/// A briefing's source cut into paragraphs (at line breaks), with the quotes to mark found in
/// it. The Source view annotates only the paragraphs it shows, and looks for the glossary's
/// terms only there: a source may hold hundreds of thousands of paragraphs, and runs for all of
/// them, or every occurrence of every term, would take seconds to make and to render.
pub struct SourceParagraphs<'b> {
    briefing: &'b Briefing,
    spans: Vec<Range<usize>>,
    highlights: Vec<Range<usize>>,
}

impl<'b> SourceParagraphs<'b> {
    /// The briefing's paragraphs, blank lines left out, with the first occurrence of each of
    /// `quotes` marked.
    pub fn new(briefing: &'b Briefing, quotes: &[&str]) -> Self {
        let text = briefing.source.text.as_str();
        let mut finder = QuoteFinder::new(text);
        let highlights = quotes.iter().filter_map(|quote| finder.first(quote)).collect();
        let mut spans = Vec::new();
        let mut offset = 0;
        for line in text.split('\n') {
            let span = offset..offset + line.len();
            offset = span.end + 1;
            if !line.trim().is_empty() {
                spans.push(span);
            }
        }
        SourceParagraphs { briefing, spans, highlights }
    }

    /// How many paragraphs the source has.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The first and the last paragraph holding a marked quote, if any is marked.
    pub fn marked(&self) -> Option<(usize, usize)> {
        let paragraph_of = |at: usize| self.spans.partition_point(|span| span.end <= at);
        let mut found = self.highlights.iter().map(|range| paragraph_of(range.start));
        let first = found.next()?;
        Some(found.fold((first, first), |(low, high), index| (low.min(index), high.max(index))))
    }

    /// The paragraphs in `range` (clamped to the source's), as runs, with the glossary's
    /// readings after the terms found within them.
    pub fn annotate(&self, range: Range<usize>) -> Vec<Paragraph> {
        let end = range.end.min(self.spans.len());
        let start = range.start.min(end);
        let shown = &self.spans[start..end];
        let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
            return Vec::new();
        };
        let text = self.briefing.source.text.as_str();
        let stretch = first.start..last.end;
        let terms: Vec<(Range<usize>, usize)> =
            glossary_occurrences(&text[stretch.clone()], &self.briefing.glossary)
                .into_iter()
                .map(|(range, entry)| {
                    (range.start + stretch.start..range.end + stretch.start, entry)
                })
                .collect();
        shown
            .iter()
            .map(|span| {
                // The terms that reach into this paragraph, found by where they start and end.
                let from = terms.partition_point(|(term, _)| term.end <= span.start);
                let to = terms.partition_point(|(term, _)| term.start < span.end);
                paragraph(text, span.clone(), &self.highlights, &terms[from..to.max(from)])
            })
            .collect()
    }
}

/// How many paragraphs the Source view shows at first, and adds per "Show more".
pub const SOURCE_PAGE: usize = 200;

/// The paragraphs kept before the first marked one, so that it is read in its context.
const CONTEXT_BEFORE_MARK: usize = SOURCE_PAGE / 4;

/// At most this many paragraphs are shown at first to reach a selection's last marked quote.
const MARKED_SPAN_SHOWN: usize = 5 * SOURCE_PAGE;

/// The paragraphs the Source view renders of `len`: the first page, or, with marked quotes
/// (`marked`, the first and last paragraph holding one), a page from a little before the first
/// of them, stretched to the last when it is near; then `earlier_pages` more pages before and
/// `later_pages` more after, as the reader asks for them (`usize::MAX` for every one, as for
/// printing).
pub fn source_window(
    len: usize,
    marked: Option<(usize, usize)>,
    earlier_pages: usize,
    later_pages: usize,
) -> Range<usize> {
    let (start, end) = match marked {
        Some((first, last)) => {
            let start = first.saturating_sub(CONTEXT_BEFORE_MARK);
            let to_last = last.saturating_add(1).min(start.saturating_add(MARKED_SPAN_SHOWN));
            (start, start.saturating_add(SOURCE_PAGE).max(to_last))
        }
        None => (0, SOURCE_PAGE),
    };
    let start = start.saturating_sub(earlier_pages.saturating_mul(SOURCE_PAGE)).min(len);
    let end = end.saturating_add(later_pages.saturating_mul(SOURCE_PAGE)).min(len);
    start..end.max(start)
}

/// The passages of the source behind a project, for paper, the presenter view and the CSV, as
/// the source view marks them: every quote of the project, its status, capacity, requests and
/// notes, each once, in the order the source has them. A quote another holds is left out (the
/// capacity's words within the sentence the project quotes), as is a repeat; one the source
/// does not hold (a dataset with problems) follows the rest, as written.
///
/// Every card in view computes this as the page is printed, so it compares the quotes with
/// each other and looks each up as written (a plain search); only a quote whose spacing differs
/// from the source's collapses the source's whitespace, which over a 10 MB source costs tens of
/// ms.
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
    let mut finder = QuoteFinder::new(&briefing.source.text);
    let mut kept: Vec<(usize, &str)> = (0..quotes.len())
        .filter(|&index| !held_by_another(index))
        .map(|index| {
            let quote = quotes[index];
            // A stable sort below: the quotes not found keep their order, after the rest.
            (finder.first(quote).map_or(usize::MAX, |range| range.start), quote)
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

/// Where the glossary's terms occur in `text`, each with its entry's index, in the order they
/// occur. An occurrence overlapping one of an earlier entry's (e.g. "industrial city" inside
/// "industrial power city") is skipped so that readings do not stack; the occurrences kept are
/// looked up by where they start, since a term may occur a hundred thousand times in a long
/// source.
fn glossary_occurrences(text: &str, glossary: &[GlossaryEntry]) -> Vec<(Range<usize>, usize)> {
    if glossary.is_empty() {
        return Vec::new();
    }
    let located = LocatedText::new(text);
    let mut kept: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for (entry_index, entry) in glossary.iter().enumerate() {
        for range in located.all(&entry.term) {
            // Kept occurrences never overlap, so the one starting last before this one ends is
            // the only one that can reach into it.
            let clashes = kept
                .range(..range.end)
                .next_back()
                .is_some_and(|(&start, &(end, _))| overlaps(&(start..end), &range));
            if !clashes {
                kept.insert(range.start, (range.end, entry_index));
            }
        }
    }
    kept.into_iter().map(|(start, (end, entry_index))| (start..end, entry_index)).collect()
}

/// The original wordings (`original`, in the source's original language: "数实融合") of the
/// glossary entries whose terms occur in `quotes`, as their reading notes attach to them: a
/// reader who searches for a wording the notes show finds the project or directive whose own
/// sentences they gloss. Each once, in the glossary's order.
pub fn glossed_originals<'g>(glossary: &'g [GlossaryEntry], quotes: &[&str]) -> Vec<&'g str> {
    if glossary.iter().all(|entry| entry.original.is_none()) {
        return Vec::new();
    }
    let mut glossed = vec![false; glossary.len()];
    for quote in quotes {
        for (_, entry_index) in glossary_occurrences(quote, glossary) {
            glossed[entry_index] = true;
        }
    }
    glossary
        .iter()
        .zip(glossed)
        .filter(|(_, glossed)| *glossed)
        .filter_map(|(entry, _)| entry.original.as_deref())
        .collect()
}

/// The glossary entries whose terms occur in the briefing's title, in the order they occur
/// there: a machine-translated headline needs its reading beside it as much as the text does.
pub fn title_glosses(briefing: &Briefing) -> Vec<&GlossaryEntry> {
    let terms = glossary_occurrences(&briefing.title, &briefing.glossary);
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
