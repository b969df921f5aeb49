//! The source text cut into paragraphs and runs, with the sentences behind a selection marked and
//! the glossary's readings attached beside the source's own wording.

use std::cell::{OnceCell, RefCell};
use std::collections::BTreeMap;
use std::ops::Range;
use std::rc::Rc;

use super::dataset::{Briefing, GlossaryEntry, Project};
use super::language::Language;
use super::needles::{Needles, NeedlesInProgress};
use super::order::sort_by_rank;
use super::query::BriefingFact;
use super::strings::{fill, fill_pieces, pieces_text, Piece, Strings};
use super::text::{
    fold_words, is_blank, normalise_whitespace, overlaps, pieces_of_at_most, term_starts,
    width_units, LocatedText, QuoteFinder,
};

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
    /// Whether the source's paragraph goes on in the next one: a paragraph longer than
    /// [`PIECE_BYTES`] is cut into pieces, shown without a gap between them.
    pub runs_on: bool,
}

impl Paragraph {
    /// How wide the paragraph is set on one line ([`width_units`]), each glossary reading shown
    /// after its term ("→ in Nanjing") included, with its original wording where the reader of
    /// the `interface` language is shown it (`GlossaryEntry::original_for_reader`).
    pub fn width_units(
        &self,
        glossary: &[GlossaryEntry],
        interface: Language,
        original_language: Option<&str>,
    ) -> usize {
        self.runs
            .iter()
            .map(|run| {
                let reading = run.gloss_after.and_then(|entry| glossary.get(entry));
                width_units(&run.text)
                    + reading.map_or(0, |entry| {
                        let original = entry.original_for_reader(interface, original_language);
                        GLOSS_MARK_UNITS
                            + width_units(&entry.reading)
                            + original.map_or(0, |original| {
                                ORIGINAL_BRACKETS_UNITS + width_units(original)
                            })
                    })
            })
            .sum()
    }
}

/// The arrow and spaces a reading is shown with, in [`width_units`].
const GLOSS_MARK_UNITS: usize = 3;

/// The two full-width brackets around a reading shown after its original wording
/// ("数实融合（integrating …）"), in [`width_units`].
const ORIGINAL_BRACKETS_UNITS: usize = 4;

/// The longest piece of a paragraph the Source view shows as one: its pages count paragraphs,
/// and a crafted source of one 9 MB paragraph with 110,000 glossary readings made one page of
/// 400,000 elements, seventeen seconds of work. A paragraph longer than this is cut after a
/// sentence's end, else after a space, else between two characters.
pub const PIECE_BYTES: usize = 4096;

/// A briefing's source cut into paragraphs (at line breaks), with the quotes to mark found in
/// it. The Source view annotates only the paragraphs it shows, and looks for the glossary's
/// terms only there: a source may hold hundreds of thousands of paragraphs, and runs for all of
/// them, or every occurrence of every term, would take seconds to make and to render.
pub struct SourceParagraphs<'b> {
    briefing: &'b Briefing,
    spans: Vec<Range<usize>>,
    /// Per span, whether its paragraph goes on in the next span.
    runs_on: Vec<bool>,
    highlights: Vec<Range<usize>>,
    marks: Marks,
    /// Kept for each page asked for, so that a long glossary's one-pass search is built once;
    /// `None` while it is being built, when the paragraphs come without their readings.
    glossary: Option<GlossaryFinder<'b>>,
}

impl<'b> SourceParagraphs<'b> {
    /// The briefing's paragraphs, blank lines left out, with the first occurrence of each of
    /// `quotes` marked; its glossary's terms are found with `search` (see [`GlossarySearch`]),
    /// or not yet looked for when it is `None`.
    pub fn new(briefing: &'b Briefing, quotes: &[&str], search: Option<GlossarySearch>) -> Self {
        let text = briefing.source.text.as_str();
        let mut finder = QuoteFinder::new(text);
        let highlights: Vec<Range<usize>> =
            quotes.iter().filter_map(|quote| finder.first(quote)).collect();
        let mut spans = Vec::new();
        let mut runs_on = Vec::new();
        let mut offset = 0;
        for line in text.split('\n') {
            let span = offset..offset + line.len();
            offset = span.end + 1;
            if !line.trim().is_empty() {
                let pieces = pieces(text, span);
                runs_on.extend((0..pieces.len()).map(|index| index + 1 < pieces.len()));
                spans.extend(pieces);
            }
        }
        let glossary = search.map(|search| GlossaryFinder::with_search(&briefing.glossary, search));
        let marks = Marks::new(&highlights);
        SourceParagraphs { briefing, spans, runs_on, highlights, marks, glossary }
    }

    /// How many paragraphs the source has.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Each paragraph's length in bytes, which a page of them is measured by ([`page_after`]).
    pub fn sizes(&self) -> Vec<usize> {
        self.spans.iter().map(|span| span.len()).collect()
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
    /// readings after the terms found within them (none while its search is being built).
    pub fn annotate(&self, range: Range<usize>) -> Vec<Paragraph> {
        let end = range.end.min(self.spans.len());
        let start = range.start.min(end);
        let shown = &self.spans[start..end];
        let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
            return Vec::new();
        };
        let text = self.briefing.source.text.as_str();
        let stretch = first.start..last.end;
        let terms: Vec<(Range<usize>, usize)> = self
            .glossary
            .as_ref()
            .map(|glossary| glossary.occurrences(&text[stretch.clone()]))
            .unwrap_or_default()
            .into_iter()
            .map(|(range, entry)| (range.start + stretch.start..range.end + stretch.start, entry))
            .collect();
        shown
            .iter()
            .zip(&self.runs_on[start..end])
            .map(|(span, &runs_on)| {
                // The terms that reach into this paragraph, found by where they start and end.
                let from = terms.partition_point(|(term, _)| term.end <= span.start);
                let to = terms.partition_point(|(term, _)| term.start < span.end);
                let terms = &terms[from..to.max(from)];
                Paragraph { runs_on, ..paragraph(text, span.clone(), &self.marks, terms) }
            })
            .collect()
    }
}

/// `span` of `text`, a paragraph, as pieces of at most [`PIECE_BYTES`] (one piece when it is no
/// longer), each cut after the last sentence's end in it (`.`, `!` or `?` and a space, `。`,
/// `！`, `？`, `；`), else after its last space, else at the last character that fits.
fn pieces(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    pieces_of_at_most(text, span, PIECE_BYTES, |piece| {
        let sentence_end = piece
            .rfind(['。', '！', '？', '；'])
            .map(|at| at + '。'.len_utf8())
            .into_iter()
            .chain([". ", "! ", "? "].iter().filter_map(|end| piece.rfind(end).map(|at| at + 2)))
            .max();
        sentence_end.or_else(|| {
            let (at, space) = piece.char_indices().rev().find(|(_, c)| c.is_whitespace())?;
            Some(at + space.len_utf8())
        })
    })
}

/// How many paragraphs the Source view shows at first, and adds per "Show more".
pub const SOURCE_PAGE: usize = 200;

/// How much text a page of the Source view holds at most (one paragraph at least): 200 pieces
/// of a long paragraph, each dense with glossary terms (a crafted file's), made 126,000 elements
/// and held the page for 1.3 s as it opened; 32 KB is some 5,000 English words.
pub const SOURCE_PAGE_BYTES: usize = 32 * 1024;

/// The paragraphs kept before the first marked one, so that it is read in its context: a
/// quarter of a page.
const CONTEXT_BEFORE_MARK: usize = SOURCE_PAGE / 4;

/// At most this many pages are shown at first to reach a selection's last marked quote.
const MARKED_PAGES_SHOWN: usize = 5;

/// Where a page of the Source view that starts at paragraph `start` ends: after [`SOURCE_PAGE`]
/// paragraphs, or before the paragraph that would take it past [`SOURCE_PAGE_BYTES`], or at the
/// end (`sizes` are the paragraphs' lengths in bytes); one paragraph at least.
pub fn page_after(sizes: &[usize], start: usize) -> usize {
    page_end(sizes.iter().skip(start), SOURCE_PAGE, SOURCE_PAGE_BYTES)
        .map_or(sizes.len(), |taken| start + taken)
}

/// Where a page of the Source view that ends before paragraph `end` starts, read backwards as
/// [`page_after`] reads forwards.
pub fn page_before(sizes: &[usize], end: usize) -> usize {
    let end = end.min(sizes.len());
    page_end(sizes[..end].iter().rev(), SOURCE_PAGE, SOURCE_PAGE_BYTES)
        .map_or(0, |taken| end - taken)
}

/// How many of `sizes` a page takes: at most `paragraphs`, and at most `bytes` of them together
/// (the first whatever its size); `None` when it takes them all.
fn page_end<'s>(
    sizes: impl Iterator<Item = &'s usize>,
    paragraphs: usize,
    bytes: usize,
) -> Option<usize> {
    let mut total = 0;
    for (taken, &size) in sizes.enumerate() {
        total += size;
        if taken == paragraphs || (taken > 0 && total > bytes) {
            return Some(taken);
        }
    }
    None
}

/// The paragraphs the Source view renders of those whose lengths are `sizes`: the first page,
/// or, with marked quotes (`marked`, the first and last paragraph holding one), a page from a
/// little before the first of them (a quarter of a page), stretched to the last when it is
/// near; then `earlier_pages` more pages before and `later_pages` more after, as the reader
/// asks for them (`usize::MAX` for every one, as for printing).
pub fn source_window(
    sizes: &[usize],
    marked: Option<(usize, usize)>,
    earlier_pages: usize,
    later_pages: usize,
) -> Range<usize> {
    let len = sizes.len();
    let pages_after = |mut end: usize, pages: usize| {
        for _ in 0..pages {
            if end >= len {
                break;
            }
            end = page_after(sizes, end);
        }
        end
    };
    let (start, end) = match marked {
        Some((first, last)) => {
            let first = first.min(len);
            let context =
                page_end(sizes[..first].iter().rev(), CONTEXT_BEFORE_MARK, SOURCE_PAGE_BYTES / 4);
            let start = context.map_or(0, |taken| first - taken);
            let to_last = last.saturating_add(1).min(pages_after(start, MARKED_PAGES_SHOWN));
            (start, pages_after(start, 1).max(to_last))
        }
        None => (0, pages_after(0, 1)),
    };
    let mut start = start;
    for _ in 0..earlier_pages {
        if start == 0 {
            break;
        }
        start = page_before(sizes, start);
    }
    let end = pages_after(end, later_pages).min(len);
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
    passages(briefing, project.every_quote())
}

/// `quotes` as passages of the briefing's source, as [`project_passages`] gives a project's:
/// each once, a quote another holds left out, in the order the source has them.
pub fn passages<'q>(briefing: &Briefing, quotes: Vec<&'q str>) -> Vec<&'q str> {
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
    sort_by_rank(&mut kept, |&(at, _)| at as u64);
    kept.into_iter().map(|(_, quote)| quote).collect()
}

/// What backs a fact of a briefing's header ([`fact_backings`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FactBacking {
    /// The briefing's quotes that state it, by their index in its `quotes`, in the order the
    /// source has them. (Indices, not the quotes, so that the header keeps its facts' backing
    /// from one render to the next: finding the quotes reads the whole source.)
    Sentences(Vec<usize>),
    /// Quotes state some of its words (one official of two named) and none the rest: the
    /// `sentences` of those stated, as [`Sentences`](Self::Sentences) gives them, and the words
    /// no quote holds, as the data writes them: those nothing names (`unbacked`) and those only
    /// the note on the source names (`noted`). The fact must name them wherever those sentences
    /// are shown, so that they never pass as the source of all of it, and must not say that
    /// nothing names a word the note does.
    Partly { sentences: Vec<usize>, unbacked: Vec<String>, noted: Vec<String> },
    /// No quote states it, but the note on the source does: the data's words about the
    /// source, not the source's own.
    SourceNote,
    /// Neither a quote nor the note states it.
    NotFound,
    /// The briefing states nothing for it (no date, no officials): nothing to back.
    Nothing,
}

impl FactBacking {
    /// The quotes that state it, all of it or part of it, by their index in the briefing's
    /// `quotes`; `None` when no sentence of the source does.
    pub fn sentences(&self) -> Option<&[usize]> {
        match self {
            FactBacking::Sentences(sentences) | FactBacking::Partly { sentences, .. } => {
                Some(sentences)
            }
            FactBacking::SourceNote | FactBacking::NotFound | FactBacking::Nothing => None,
        }
    }

    /// The words of a fact partly backed that neither a quote nor the note holds; none for
    /// any other.
    pub fn unbacked(&self) -> &[String] {
        match self {
            FactBacking::Partly { unbacked, .. } => unbacked,
            _ => &[],
        }
    }

    /// The words of a fact partly backed that no quote holds and the note on the source does;
    /// none for any other.
    pub fn noted(&self) -> &[String] {
        match self {
            FactBacking::Partly { noted, .. } => noted,
            _ => &[],
        }
    }

    /// Every word of a fact partly backed that no quote holds, those nothing names first, then
    /// those only the note names: what its sentences leave out, which their "Source" control
    /// names.
    pub fn left_out(&self) -> Vec<String> {
        [self.unbacked(), self.noted()].concat()
    }
}

/// What backs each fact of a briefing's header, found together ([`fact_backings`]): the
/// header, the title slide, the presenter view, the Source view and an address naming a fact
/// all ask it of the same briefing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactBackings([FactBacking; 4]);

impl FactBackings {
    /// What backs `fact`.
    pub fn of(&self, fact: BriefingFact) -> &FactBacking {
        let index = BriefingFact::ALL.iter().position(|each| *each == fact).unwrap_or_default();
        &self.0[index]
    }

    /// What backs each fact, in the order of `BriefingFact::ALL`.
    pub fn each(&self) -> &[FactBacking; 4] {
        &self.0
    }
}

/// What backs each fact of `briefing`: the briefing's quotes (those the source holds) that hold
/// its words, as whole words and ignoring case — the date's month and day ("February 20",
/// "20 February", "2月20日", "二月二十日"), the place's name, each official's and each other person's name.
/// A fact some of whose words no quote holds (one official of two named) is backed only
/// [`Partly`](FactBacking::Partly), naming the words no quote holds, apart from those the note
/// on the source holds: marking the sentence of the one as the source of both would pass it off as
/// such. When the note holds all its words, it is the note's instead.
///
/// Only the quotes holding some fact's words are looked for in the source, each once for all
/// four facts: every look reads the whole source, which may be 20 MB.
pub fn fact_backings(briefing: &Briefing) -> FactBackings {
    let words = BriefingFact::ALL.map(|fact| fact_words(briefing, fact));
    let holds_one = |text: &str, forms: &[String]| forms.iter().any(|form| holds_words(text, form));
    let mut finder = QuoteFinder::new(&briefing.source.text);
    let mut held: Vec<(usize, usize, &str)> = briefing
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, quote)| words.iter().flatten().any(|forms| holds_one(quote, forms)))
        .filter_map(|(index, quote)| Some((finder.first(quote)?.start, index, quote.as_str())))
        .collect();
    sort_by_rank(&mut held, |&(at, _, _)| at as u64);
    FactBackings(words.map(|words| {
        if words.is_empty() {
            return FactBacking::Nothing;
        }
        // Each word is backed by the first sentence holding one of its forms.
        let mut backing: Vec<(usize, usize)> = Vec::new();
        let (mut unbacked, mut noted): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        let note = briefing.source.note.as_str();
        for forms in &words {
            match held.iter().find(|(_, _, quote)| holds_one(quote, forms)) {
                Some(&(at, index, _)) if !backing.contains(&(at, index)) => {
                    backing.push((at, index))
                }
                Some(_) => {}
                // The word as the data writes it: its first form.
                None if holds_one(note, forms) => noted.extend(forms.first().cloned()),
                None => unbacked.extend(forms.first().cloned()),
            }
        }
        sort_by_rank(&mut backing, |&(at, _)| at as u64);
        let sentences: Vec<usize> = backing.into_iter().map(|(_, index)| index).collect();
        if unbacked.is_empty() && noted.is_empty() {
            FactBacking::Sentences(sentences)
        } else if words.iter().all(|forms| holds_one(note, forms)) {
            FactBacking::SourceNote
        } else if sentences.is_empty() {
            FactBacking::NotFound
        } else {
            FactBacking::Partly { sentences, unbacked, noted }
        }
    }))
}

/// Names to list in a template, as a sentence lists them: its placeholder (`names` for
/// `{names}`), the names, and the interface's words before the last (`names_or`, `names_and`).
pub type NameList<'n> = (&'n str, &'n [String], &'n str);

/// `template` (`fact_partly`, `show_source_for_partly`) with each of `lists` filled in at its
/// placeholder, as a sentence lists its names: the interface's list separator between them,
/// its `last` words before the last ("Wu Wei, Li Ming or Huang Hui"). Each name is a
/// [`Piece::Value`] of its own slot, numbered from 0 across the lists, as the data's words; the
/// rest, the interface's.
pub fn unbacked_pieces(template: &str, lists: &[NameList], strings: &Strings) -> Vec<Piece> {
    unbacked_lines(&[(template, lists)], "", strings)
}

/// Lines of [`unbacked_pieces`], each a template and its lists, as one, `separator` between
/// them ("No sentence of the source names Li Ming. · Only the source's note names Zhou
/// Qiang."): each name a [`Piece::Value`] of its own slot, numbered from 0 across every line,
/// so that the page tells all of them apart from the interface's words.
pub fn unbacked_lines(
    lines: &[(&str, &[NameList])],
    separator: &str,
    strings: &Strings,
) -> Vec<Piece> {
    let mut values: Vec<(String, &str)> = Vec::new();
    let mut templates: Vec<String> = Vec::new();
    for &(template, lists) in lines {
        let mut template = template.to_string();
        for &(placeholder, names, last) in lists {
            let first = values.len();
            let slots: Vec<String> =
                (first..first + names.len()).map(|slot| format!("{{{slot}}}")).collect();
            let listed = match slots.split_last() {
                Some((final_slot, [])) => final_slot.clone(),
                Some((final_slot, earlier)) => {
                    earlier.join(strings.list_separator) + last + final_slot
                }
                None => String::new(),
            };
            template = template.replace(&format!("{{{placeholder}}}"), &listed);
            let numbered = names.iter().enumerate();
            values.extend(numbered.map(|(at, name)| ((first + at).to_string(), name.as_str())));
        }
        templates.push(template);
    }
    let values: Vec<(&str, &str)> =
        values.iter().map(|(slot, name)| (slot.as_str(), *name)).collect();
    fill_pieces(&templates.join(separator), &values)
}

/// [`unbacked_pieces`] as one text, for an accessible name, with `values` filled too, as
/// [`fill`] fills them ("Source for {name}, except {names}").
pub fn unbacked_text(
    template: &str,
    values: &[(&str, &str)],
    lists: &[NameList],
    strings: &Strings,
) -> String {
    pieces_text(&unbacked_pieces(&fill(template, values), lists, strings))
}

/// What a fact partly backed says after it, in the header and the Source view's notice: which
/// of its names nothing names, and which only the note on the source does ("(no sentence of
/// the source names Wu Wei; only the source's note names Zhou Qiang)"), each name a value
/// ([`unbacked_pieces`]); nothing for a fact backed otherwise.
pub fn partly_pieces(backing: &FactBacking, strings: &Strings) -> Vec<Piece> {
    let (unbacked, noted) = (backing.unbacked(), backing.noted());
    let template = match (unbacked.is_empty(), noted.is_empty()) {
        (false, true) => strings.fact_partly,
        (true, false) => strings.fact_noted,
        (false, false) => strings.fact_partly_noted,
        (true, true) => return Vec::new(),
    };
    let lists = [("names", unbacked, strings.names_or), ("noted", noted, strings.names_and)];
    unbacked_pieces(template, &lists, strings)
}

/// The words a sentence must hold to state `fact`: per word, the forms it may take.
fn fact_words(briefing: &Briefing, fact: BriefingFact) -> Vec<Vec<String>> {
    match fact {
        BriefingFact::Date => briefing
            .date
            .iter()
            .map(|date| {
                let month = Language::English
                    .strings()
                    .month_names
                    .get(usize::from(date.month).wrapping_sub(1))
                    .copied()
                    .unwrap_or_default();
                vec![
                    format!("{month} {}", date.day),
                    format!("{} {month}", date.day),
                    format!("{}月{}日", date.month, date.day),
                    format!("{}月{}日", chinese_numerals(date.month), chinese_numerals(date.day)),
                ]
            })
            .collect(),
        BriefingFact::Place => single_forms([briefing.place.as_str()]),
        BriefingFact::Officials => {
            single_forms(briefing.officials.iter().map(|official| official.name.as_str()))
        }
        BriefingFact::Participants => {
            single_forms(briefing.participants.iter().map(String::as_str))
        }
    }
}

/// The Chinese digits from one to nine.
const CHINESE_DIGITS: [char; 9] = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// A month's or a day's number (up to 99) as Chinese writes it in a date: 二, 十, 十二, 二十,
/// 三十一.
fn chinese_numerals(number: u8) -> String {
    let digit = |value: u8| CHINESE_DIGITS.get(usize::from(value).wrapping_sub(1)).copied();
    let (tens, units) = (number / 10, number % 10);
    let tens = match tens {
        0 => String::new(),
        1 => "十".to_string(),
        _ => digit(tens).into_iter().chain(['十']).collect(),
    };
    let units = digit(units).map(String::from).unwrap_or_default();
    match (tens.is_empty(), units.is_empty()) {
        (true, true) => "〇".to_string(),
        _ => tens + &units,
    }
}

/// Words of one form each, blank ones left out (a place the data leaves empty states nothing).
fn single_forms<'w>(words: impl IntoIterator<Item = &'w str>) -> Vec<Vec<String>> {
    words.into_iter().filter(|word| !is_blank(word)).map(|word| vec![word.to_string()]).collect()
}

/// Whether `text` holds `words` as whole words, case and spacing aside: "Wu Wei" is not in
/// "Wu Weiming", nor "February 2" in "February 20", nor "2月20日" in "12月20日".
fn holds_words(text: &str, words: &str) -> bool {
    let (text, words) = (fold_words(text), fold_words(words));
    let ends_a_word = words.chars().last().is_some_and(|last| last.is_alphanumeric());
    // A number is whole too: "2月20日" is not in "12月20日", nor 二月二十日 in 十二月二十日.
    let is_numeral = |character: char| {
        character.is_ascii_digit() || character == '十' || CHINESE_DIGITS.contains(&character)
    };
    let starts_a_numeral = words.chars().next().is_some_and(is_numeral);
    let whole = term_starts(&text, &words).any(|start| {
        let after = text[start + words.len()..].chars().next();
        let before = text[..start].chars().next_back();
        let word_goes_on = ends_a_word && after.is_some_and(|after| after.is_ascii_alphanumeric());
        let numeral_goes_on = starts_a_numeral && before.is_some_and(is_numeral);
        !word_goes_on && !numeral_goes_on
    });
    whole
}

/// A quote alone (as a slide shows it), as runs with the glossary's readings attached after
/// each of its terms, exactly as in the whole source; nothing is highlighted.
pub fn annotate_quote(briefing: &Briefing, quote: &str) -> Vec<Run> {
    let terms = GlossaryFinder::new(&briefing.glossary).occurrences(quote);
    paragraph(quote, 0..quote.len(), &Marks::new(&[]), &terms).runs
}

/// A glossary's terms, found in a long text or in many without reading the text once per term:
/// a crafted file's 100,000 terms over a 9 MB source took 53 s to annotate one page of the
/// Source view, and two minutes to make the search texts of its 10,000 projects. A short text
/// is still read once per term: for a slide's quote that is quicker than building the one-pass
/// search of a long glossary.
pub struct GlossaryFinder<'g> {
    glossary: &'g [GlossaryEntry],
    /// Whether any entry has an original wording, asked once per record made searchable.
    any_original: bool,
    /// The terms' bytes, what building the one-pass search costs.
    term_bytes: usize,
    /// Whether the finder is for many texts, when the one-pass search is built at the first.
    many_texts: bool,
    search: GlossarySearch,
}

/// A glossary's one-pass search, its terms as needles numbered as the entries (a later entry
/// with an earlier one's term is never found: each of its occurrences would overlap one the
/// first kept or one that clashed with it), built when first needed and kept, so that a finder
/// of the same glossary can take it up again ([`GlossaryFinder::for_many_texts`]).
///
/// A clone shares the search with the original, built or not: the dataset's index keeps one per
/// briefing, which the search texts and the Source view share (a crafted glossary's took 90 ms
/// to build, each time).
#[derive(Clone, Debug, Default)]
pub struct GlossarySearch {
    built: Rc<OnceCell<Needles>>,
    /// What [`build_some`](Self::build_some) has built so far.
    building: Rc<RefCell<NeedlesInProgress>>,
}

/// Of a long glossary's one-pass search built a slice per task, one slice's steps
/// ([`NeedlesInProgress::advance`]): a glossary of 100,000 terms, 1.8 million steps, took 90 ms to
/// build in the page in one task, so a slice takes about 6 ms.
pub const GLOSSARY_STEPS_PER_TASK: usize = 128 * 1024;

impl GlossarySearch {
    /// Builds one task's slice more of the search of `glossary` ([`GLOSSARY_STEPS_PER_TASK`]);
    /// `true` once it is built.
    pub fn build_a_slice(&mut self, glossary: &[GlossaryEntry]) -> bool {
        self.build_some(glossary, &mut GLOSSARY_STEPS_PER_TASK.clone())
    }

    /// Builds more of the search of `glossary` while `steps` last ([`NeedlesInProgress::advance`]),
    /// for a page that builds a long glossary's a slice per task; `true` once it is built.
    pub fn build_some(&mut self, glossary: &[GlossaryEntry], steps: &mut usize) -> bool {
        if self.built.get().is_some() {
            return true;
        }
        let mut building = self.building.borrow_mut();
        if !building.advance(|index| glossary_term(glossary, index), steps) {
            return false;
        }
        let _ = self.built.set(std::mem::take(&mut *building).finish(|_| None));
        true
    }
}

/// The term of entry `index`, as the search looks for it: with its white space collapsed, as
/// the texts it is looked for in are.
fn glossary_term(glossary: &[GlossaryEntry], index: usize) -> Option<String> {
    glossary.get(index).map(|entry| normalise_whitespace(&entry.term))
}

/// Reading a text once per term costs, per byte of text and term, about what building the
/// one-pass search costs per this many bytes of the terms, erring toward reading per term
/// (measured natively: 100,000 terms, 0.9 MB, took 13 ms to look for one by one in a sentence of
/// 70 bytes, and 34 ms to build into `Needles`; the `aho-corasick` crate's automaton took 100 ms).
const BUILD_COST_PER_READ: usize = 64;

impl<'g> GlossaryFinder<'g> {
    /// A finder for a text or a few.
    pub fn new(glossary: &'g [GlossaryEntry]) -> Self {
        GlossaryFinder {
            glossary,
            any_original: glossary.iter().any(|entry| entry.original.is_some()),
            term_bytes: glossary.iter().map(|entry| entry.term.len()).sum(),
            many_texts: false,
            search: GlossarySearch::default(),
        }
    }

    /// A finder for many texts (every project's quotes), which builds its one-pass search for
    /// the first: each short text alone would not pay for it, all of them together do. It
    /// takes up `search` when another user of the same glossary (the Source view) built it.
    pub fn for_many_texts(glossary: &'g [GlossaryEntry], search: GlossarySearch) -> Self {
        GlossaryFinder { many_texts: true, ..GlossaryFinder::with_search(glossary, search) }
    }

    /// A finder for a text or a few that takes up `search`, built or not, and leaves what it
    /// builds there for the next finder of the same glossary.
    pub fn with_search(glossary: &'g [GlossaryEntry], search: GlossarySearch) -> Self {
        GlossaryFinder { search, ..GlossaryFinder::new(glossary) }
    }

    /// Where the glossary's terms occur in `text`, each with its entry's index, in the order
    /// they occur. An occurrence overlapping one of an earlier entry's (e.g. "industrial city"
    /// inside "industrial power city") is skipped so that readings do not stack; the
    /// occurrences kept are looked up by where they start, since a term may occur a hundred
    /// thousand times in a long source.
    pub fn occurrences(&self, text: &str) -> Vec<(Range<usize>, usize)> {
        if self.glossary.is_empty() {
            return Vec::new();
        }
        let located = LocatedText::new(text);
        let one_pass =
            self.one_pass(text.len()).and_then(|needles| located.every_occurrence(needles));
        let found = match one_pass {
            Some(mut found) => {
                // A stable sort: each entry's occurrences stay in the order they end, which for
                // one term is the order they start. Keeping each that starts after the entry's
                // last one kept ends is then `LocatedText::all`'s search from left to right.
                sort_by_rank(&mut found, |&(entry, _)| entry as u64);
                let mut last_kept: Option<(usize, usize)> = None;
                found.retain(|&(entry, ref range)| {
                    let overlaps_last = last_kept
                        .is_some_and(|(kept_entry, end)| kept_entry == entry && range.start < end);
                    if !overlaps_last {
                        last_kept = Some((entry, range.end));
                    }
                    !overlaps_last
                });
                found
            }
            None => {
                let mut found = Vec::new();
                for (index, entry) in self.glossary.iter().enumerate() {
                    found.extend(located.all(&entry.term).into_iter().map(|range| (index, range)));
                }
                found
            }
        };
        let mut kept: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
        for (entry_index, range) in found {
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
        kept.into_iter().map(|(start, (end, entry_index))| (start..end, entry_index)).collect()
    }

    /// The original wordings (`original`, in the source's original language: "数实融合") of
    /// the entries whose terms occur in `quotes`, as their reading notes attach to them: a
    /// reader who searches for a wording the notes show finds the project or directive whose
    /// own sentences they gloss. Each once, in the glossary's order.
    pub fn originals_in(&self, quotes: &[&str]) -> Vec<&'g str> {
        if !self.any_original {
            return Vec::new();
        }
        // The entries glossed, not a flag per entry: a long glossary's few terms in a record's
        // quotes are found without a look at every entry.
        let mut glossed: Vec<usize> = Vec::new();
        for quote in quotes {
            glossed.extend(self.occurrences(quote).into_iter().map(|(_, entry_index)| entry_index));
        }
        sort_by_rank(&mut glossed, |&entry_index| entry_index as u64);
        glossed.dedup();
        glossed.into_iter().filter_map(|index| self.glossary[index].original.as_deref()).collect()
    }

    /// Whether any entry's reading note shows an original wording.
    pub fn has_originals(&self) -> bool {
        self.any_original
    }

    /// The one-pass search, for a text of `length` bytes: built when the finder is for many
    /// texts or when reading this one once per term would cost more, kept once built.
    fn one_pass(&self, length: usize) -> Option<&Needles> {
        let worth_building = self.many_texts
            || length.saturating_mul(self.glossary.len())
                > self.term_bytes.saturating_mul(BUILD_COST_PER_READ);
        if self.search.built.get().is_none() && !worth_building {
            return None;
        }
        Some(self.search.built.get_or_init(|| {
            self.search.building.take().finish(|index| glossary_term(self.glossary, index))
        }))
    }
}

/// The glossary entries whose terms occur in the briefing's title, in the order they occur
/// there: a machine-translated headline needs its reading beside it as much as the text does.
pub fn title_glosses(briefing: &Briefing) -> Vec<&GlossaryEntry> {
    let terms = GlossaryFinder::new(&briefing.glossary).occurrences(&briefing.title);
    let mut entries: Vec<&GlossaryEntry> = Vec::new();
    for (_, entry_index) in terms {
        let entry = &briefing.glossary[entry_index];
        if !entries.iter().any(|shown| std::ptr::eq(*shown, entry)) {
            entries.push(entry);
        }
    }
    entries
}

/// The sentences a view marks, as their starts and their ends each in order: whether a stretch
/// between two cuts is marked is then two binary searches, not a look at every sentence (a
/// source of one long paragraph with a marked sentence per project made a page's runs
/// quadratic).
struct Marks {
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Marks {
    fn new(ranges: &[Range<usize>]) -> Marks {
        let mut starts: Vec<usize> = ranges.iter().map(|range| range.start).collect();
        let mut ends: Vec<usize> = ranges.iter().map(|range| range.end).collect();
        sort_by_rank(&mut starts, |&start| start as u64);
        sort_by_rank(&mut ends, |&end| end as u64);
        Marks { starts, ends }
    }

    /// The marks' starts and ends inside `span`.
    fn cuts_within(&self, span: &Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let within = |points: &[usize]| {
            let from = points.partition_point(|&point| point < span.start);
            let to = points.partition_point(|&point| point < span.end);
            points[from..to].to_vec()
        };
        within(&self.starts).into_iter().chain(within(&self.ends))
    }

    /// Whether the stretch starting at `at`, up to the next cut, is inside a mark: more marks
    /// start at or before it than end there.
    fn covers(&self, at: usize) -> bool {
        self.starts.partition_point(|&start| start <= at)
            > self.ends.partition_point(|&end| end <= at)
    }
}

fn paragraph(
    text: &str,
    span: Range<usize>,
    marks: &Marks,
    terms: &[(Range<usize>, usize)],
) -> Paragraph {
    let mut cuts = vec![span.start, span.end];
    cuts.extend(marks.cuts_within(&span));
    for (range, _) in terms {
        // Points outside the paragraph belong to others; its own ends are cuts already.
        cuts.extend([range.start, range.end].into_iter().filter(|point| span.contains(point)));
    }
    sort_by_rank(&mut cuts, |&cut| cut as u64);
    cuts.dedup();
    let mut runs = Vec::new();
    for window in cuts.windows(2) {
        let (start, end) = (window[0], window[1]);
        // The terms do not overlap and are in order, so only the last one starting at or
        // before the stretch can hold it.
        let before = terms.partition_point(|(range, _)| range.start <= start);
        let term =
            before.checked_sub(1).map(|last| &terms[last]).filter(|(range, _)| end <= range.end);
        runs.push(Run {
            text: text[start..end].to_string(),
            highlighted: marks.covers(start),
            in_term: term.is_some(),
            gloss_after: term.filter(|(range, _)| range.end == end).map(|(_, entry)| *entry),
        });
    }
    let has_highlight = runs.iter().any(|run| run.highlighted);
    Paragraph { runs, has_highlight, runs_on: false }
}
