//! The source view marks the selection's sentences and glosses the translation's wording.

use briefing_explorer::model::dataset::{Briefing, GlossaryEntry};
use briefing_explorer::model::language::Language;
use briefing_explorer::model::query::{BriefingFact, FactKey, Selection};
use briefing_explorer::model::source::{
    annotate_quote, fact_backings, page_after, page_before, partly_pieces, source_window,
    unbacked_pieces, unbacked_text, FactBacking, GlossaryFinder, GlossarySearch, Paragraph,
    SourceParagraphs, PIECE_BYTES, SOURCE_PAGE,
};
use briefing_explorer::model::strings::{Piece, Strings, EN, ZH};
use briefing_explorer::model::text::{normalise_whitespace, width_units, LocatedText, QuoteFinder};
use briefing_explorer::model::url::{encode_hash, parse_hash, UrlField, UrlNotice};
use proptest::prelude::*;

use crate::support::bundled;

/// What backs one fact of a briefing, of all four found together.
fn fact_backing(briefing: &Briefing, fact: BriefingFact) -> FactBacking {
    fact_backings(briefing).of(fact).clone()
}

/// Every paragraph of the briefing's source, as runs.
fn annotate_all(briefing: &Briefing, quotes: &[&str]) -> Vec<Paragraph> {
    let source = SourceParagraphs::new(briefing, quotes, Some(GlossarySearch::default()));
    source.annotate(0..source.len())
}

/// A paragraph's width counts the readings shown after its terms, as the page sets them.
#[test]
fn a_paragraphs_width_counts_its_readings() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let paragraphs = annotate_all(briefing, &[]);
    let glossary = &briefing.glossary;
    let with_reading = paragraphs
        .iter()
        .find(|paragraph| paragraph.runs.iter().any(|run| run.gloss_after.is_some()))
        .expect("the bundled source has a glossary term");
    let text_alone: usize = with_reading.runs.iter().map(|run| width_units(&run.text)).sum();
    let original = briefing.source.original_language.as_deref();
    let english = with_reading.width_units(glossary, Language::English, original);
    assert!(english > text_alone);
    assert_eq!(with_reading.width_units(&[], Language::English, original), text_alone);
    // The Chinese interface shows the original wording beside each reading that has one.
    let originals: usize = with_reading
        .runs
        .iter()
        .filter_map(|run| glossary.get(run.gloss_after?)?.original_to_show())
        .map(|original| width_units(original) + 4)
        .sum();
    assert!(originals > 0);
    assert_eq!(
        with_reading.width_units(glossary, Language::Chinese, original),
        english + originals
    );
}

#[test]
fn finding_quotes_maps_back_to_the_original_text() {
    let text = "One  two\nthree. Four ē five.";
    let cases: &[(&str, Option<&str>)] = &[
        ("two three.", Some("two\nthree.")),
        ("One two", Some("One  two")),
        ("ē five", Some("ē five")),
        ("five.", Some("five.")),
        ("   ", None),
        ("six", None),
    ];
    for &(needle, expected) in cases {
        let found = LocatedText::new(text).first(needle).map(|range| &text[range]);
        assert_eq!(found, expected, "{needle:?}");
    }
    assert_eq!(normalise_whitespace("  a \n\t b  "), "a b");
    // A needle ending in a character of several bytes ends just after it, not inside the next.
    let chinese = "年产84万套。\n其他项目";
    assert_eq!(
        LocatedText::new(chinese).first("84万套。").map(|range| &chinese[range]),
        Some("84万套。")
    );
    assert_eq!(LocatedText::new(chinese).first("年产"), Some(0..6));
}

#[test]
fn the_selected_projects_sentences_are_highlighted() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let byd = briefing.project("byd").unwrap();
    let paragraphs = annotate_all(briefing, &byd.every_quote());
    let highlighted: String = paragraphs
        .iter()
        .flat_map(|paragraph| &paragraph.runs)
        .filter(|run| run.highlighted)
        .map(|run| run.text.as_str())
        .collect();
    assert!(highlighted.contains("840,000 sets"), "{highlighted}");
    assert!(!highlighted.contains("60,000 tons"));
    assert_eq!(paragraphs.iter().filter(|paragraph| paragraph.has_highlight).count(), 1);
    // Runs put back together are the source text, paragraph by paragraph.
    let rebuilt: Vec<String> = paragraphs
        .iter()
        .map(|paragraph| paragraph.runs.iter().map(|run| run.text.as_str()).collect())
        .collect();
    let original: Vec<&str> =
        briefing.source.text.split('\n').filter(|line| !line.trim().is_empty()).collect();
    assert_eq!(rebuilt, original);
}

#[test]
fn glossary_readings_follow_the_source_wording() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let paragraphs = annotate_all(briefing, &[]);
    let glossed: Vec<(String, String)> = paragraphs
        .iter()
        .flat_map(|paragraph| &paragraph.runs)
        .filter_map(|run| {
            run.gloss_after
                .map(|entry| (run.text.clone(), briefing.glossary[entry].reading.clone()))
        })
        .collect();
    let ningbo = glossed.iter().filter(|(text, _)| text.contains("Ningbo")).count();
    assert_eq!(ningbo, 2, "both Ningbo artefacts are glossed: {glossed:#?}");
    assert!(glossed
        .iter()
        .any(|(text, reading)| text.contains("Ningbo") && reading.contains("Nanjing")));
    assert!(paragraphs.iter().all(|paragraph| !paragraph.has_highlight));
}

/// Terms that touch both get their readings; a term overlapping one found earlier (in glossary
/// order) gets none, so that readings never stack.
#[test]
fn touching_terms_are_both_glossed_and_overlapping_ones_once() {
    let dataset = bundled();
    let mut briefing = dataset.briefings[0].clone();
    let entry = |term: &str, reading: &str| GlossaryEntry {
        term: term.into(),
        reading: reading.into(),
        original: None,
    };
    let glossed = |briefing: &Briefing, quote: &str| -> Vec<(String, usize)> {
        annotate_quote(briefing, quote)
            .into_iter()
            .filter_map(|run| run.gloss_after.map(|entry| (run.text, entry)))
            .collect()
    };
    briefing.glossary = vec![entry("宁波", "Ningbo"), entry("南京", "Nanjing")];
    assert_eq!(glossed(&briefing, "宁波南京"), [("宁波".to_string(), 0), ("南京".to_string(), 1)]);
    briefing.glossary.reverse();
    assert_eq!(glossed(&briefing, "宁波南京"), [("宁波".to_string(), 1), ("南京".to_string(), 0)]);
    briefing.glossary = vec![entry("宁波南", "a"), entry("南京", "b")];
    assert_eq!(glossed(&briefing, "宁波南京"), [("宁波南".to_string(), 0)]);
    briefing.glossary = vec![entry("波南", "a"), entry("宁波南京", "b")];
    assert_eq!(glossed(&briefing, "宁波南京"), [("波南".to_string(), 0)]);
}

#[test]
fn a_quote_alone_carries_the_readings_of_its_terms() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let north = briefing.project("north-metallurgy").unwrap();
    let runs = annotate_quote(briefing, &north.quotes[0]);
    let text: String = runs.iter().map(|run| run.text.as_str()).collect();
    assert_eq!(text, north.quotes[0], "the runs put together are the quote");
    let glossed: Vec<(&str, &str)> = runs
        .iter()
        .filter_map(|run| {
            run.gloss_after
                .map(|entry| (run.text.as_str(), briefing.glossary[entry].reading.as_str()))
        })
        .collect();
    assert_eq!(glossed.len(), 1, "{glossed:#?}");
    assert_eq!(glossed[0].0, "transformation of Ningbo");
    assert!(glossed[0].1.starts_with("in Nanjing"));
    assert!(runs.iter().all(|run| !run.highlighted));
    // A quote without terms is one plain run.
    let plain =
        "Baowu magnesium industry is the city's key cultivation of headquarters enterprises";
    let runs = annotate_quote(briefing, plain);
    assert_eq!(runs.len(), 1);
    assert_eq!((runs[0].text.as_str(), runs[0].in_term, runs[0].gloss_after), (plain, false, None));
    assert!(annotate_quote(briefing, "").is_empty());
}

/// A quote spaced otherwise than the source (a line break for a space) is still found and put
/// in the source's order; a quote another holds, and a repeat, are left out.
#[test]
fn a_projects_passages_follow_the_source_however_a_quote_is_spaced() {
    use briefing_explorer::model::source::project_passages;
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let mut byd = briefing.project("byd").unwrap().clone();
    let sentence = byd.quotes[0].clone();
    let words: Vec<&str> = sentence.split(' ').collect();
    let respaced = format!("{}\n  {}", words[..3].join(" "), words[3..].join(" "));
    // The directive sentence that opens the source, quoted as a note with its spacing changed.
    let first_paragraph =
        briefing.source.text.lines().find(|line| !line.trim().is_empty()).unwrap();
    let opening = first_paragraph.split_inclusive('.').next().unwrap().trim().to_string();
    byd.notes[0].quote = opening.replacen(' ', "   ", 1);
    byd.quotes = vec![respaced.clone(), sentence.clone()];
    let passages = project_passages(briefing, &byd);
    assert_eq!(passages.len(), 2, "{passages:?}");
    assert_eq!(passages[0], byd.notes[0].quote, "the opening sentence comes first");
    assert_eq!(passages[1], respaced, "the repeat of the same sentence is left out");
}

/// A source of many paragraphs, each naming a glossary term, with one sentence far down that a
/// project quotes.
fn long_briefing(paragraphs: usize, quoted: usize) -> Briefing {
    let mut briefing = bundled().briefings[0].clone();
    briefing.source.text = (0..paragraphs)
        .map(|index| {
            if index == quoted {
                "The quoted sentence stands alone here.".to_string()
            } else {
                format!("Paragraph {index} tells of the Ningbo plant.\n")
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    briefing.glossary =
        vec![GlossaryEntry { term: "Ningbo".into(), reading: "in Nanjing".into(), original: None }];
    briefing
}

/// The Source view annotates only the paragraphs it shows; they are the very runs annotating
/// the whole source gives, found where the marked quote is.
#[test]
fn a_long_source_is_annotated_a_page_at_a_time() {
    let briefing = long_briefing(3_000, 2_400);
    let quote = "The quoted sentence stands alone here.";
    let source = SourceParagraphs::new(&briefing, &[quote], Some(GlossarySearch::default()));
    assert_eq!(source.len(), 3_000, "blank lines are no paragraphs");
    assert_eq!(source.marked(), Some((2_400, 2_400)));
    let whole = source.annotate(0..source.len());
    assert_eq!(source.annotate(2_390..2_410), whole[2_390..2_410]);
    assert_eq!(source.annotate(2_990..5_000), whole[2_990..], "a range past the end is clamped");
    assert!(source.annotate(4_000..5_000).is_empty());
    assert!(whole[2_400].has_highlight && whole.iter().filter(|p| p.has_highlight).count() == 1);
    // Every other paragraph glosses its one "Ningbo".
    let glossed = whole
        .iter()
        .filter(|paragraph| paragraph.runs.iter().any(|run| run.gloss_after == Some(0)))
        .count();
    assert_eq!(glossed, 2_999);
    assert_eq!(
        SourceParagraphs::new(&briefing, &[], Some(GlossarySearch::default())).marked(),
        None
    );
    assert_eq!(
        SourceParagraphs::new(&briefing, &["not in the text"], Some(GlossarySearch::default()))
            .marked(),
        None
    );
}

#[test]
fn the_source_view_shows_a_page_around_the_marked_quotes() {
    let page = SOURCE_PAGE;
    // Paragraphs of 100 bytes: a page of them is 200 paragraphs.
    let short = |count: usize| vec![100; count];
    // A short source is shown whole, marked or not, and a long one from its start.
    assert_eq!(source_window(&short(30), None, 0, 0), 0..30);
    assert_eq!(source_window(&short(30), Some((20, 25)), 0, 0), 0..30);
    assert_eq!(source_window(&short(10_000), None, 0, 0), 0..page);
    // A quote far down: a page from a little before it, then a page more each way per ask.
    let window = source_window(&short(10_000), Some((5_000, 5_000)), 0, 0);
    assert!(window.start < 5_000 && 5_000 - window.start <= page / 2, "{window:?}");
    assert_eq!(window.len(), page);
    assert_eq!(
        source_window(&short(10_000), Some((5_000, 5_000)), 1, 0),
        window.start - page..window.end
    );
    assert_eq!(
        source_window(&short(10_000), Some((5_000, 5_000)), 0, 2),
        window.start..window.end + 2 * page
    );
    // Quotes a few pages apart are all shown; the last of quotes far apart is one "more" away.
    let near = source_window(&short(10_000), Some((5_000, 5_600)), 0, 0);
    assert!(near.contains(&5_000) && near.contains(&5_600), "{near:?}");
    let far = source_window(&short(10_000), Some((100, 9_000)), 0, 0);
    assert!(far.contains(&100) && !far.contains(&9_000) && far.len() <= 5 * page, "{far:?}");
    // Printing shows everything, and asking for more than there is stops at the ends.
    assert_eq!(
        source_window(&short(10_000), Some((5_000, 5_000)), usize::MAX, usize::MAX),
        0..10_000
    );
    assert_eq!(source_window(&short(10_000), Some((9_990, 9_999)), 0, 3).end, 10_000);
    assert_eq!(source_window(&short(0), None, 0, 0), 0..0);
}

#[test]
fn a_page_of_long_paragraphs_holds_at_most_32_kb_and_at_least_one_paragraph() {
    // Pieces of 4 KB: eight to a page, where 200 of them held the page for over a second.
    let pieces = vec![4096; 1_000];
    assert_eq!(source_window(&pieces, None, 0, 0), 0..8);
    assert_eq!(page_after(&pieces, 8), 16);
    assert_eq!(source_window(&pieces, None, 0, 2), 0..24);
    let around = source_window(&pieces, Some((500, 500)), 0, 0);
    assert_eq!(around, 498..506, "two pieces of context (8 KB) before the marked one");
    assert_eq!(source_window(&pieces, Some((500, 500)), 1, 0), 490..506);
    assert_eq!(page_before(&pieces, 490), 482);
    // A paragraph longer than a page is a page of its own; short ones fill a page to 32 KB.
    let mixed = [40_000, 100, 100, 32_700, 100];
    assert_eq!(page_after(&mixed, 0), 1);
    assert_eq!(page_after(&mixed, 1), 3);
    assert_eq!(page_after(&mixed, 3), 4);
    assert_eq!(page_before(&mixed, 3), 1);
    assert_eq!(source_window(&mixed, None, 0, usize::MAX), 0..5);
    // A quote in the long paragraph: the short ones before it as context, not the longer one.
    assert_eq!(source_window(&mixed, Some((3, 3)), 0, 0), 1..4);
}

fn glossary_of(terms: &[String]) -> Vec<GlossaryEntry> {
    terms
        .iter()
        .map(|term| GlossaryEntry { term: term.clone(), reading: "r".into(), original: None })
        .collect()
}

/// Nested terms over a repetitive text are reported at every byte: past its budget the one-pass
/// search gives way to reading the text once per term, and finds the same.
#[test]
fn nested_terms_over_a_repetitive_text_are_found_as_one_by_one() {
    let terms: Vec<String> = (1..=12).map(|length| "a".repeat(length)).collect();
    let glossary = glossary_of(&terms);
    let text = format!("{} b {}", "a".repeat(5_000), "a a  a\naaa");
    let one_pass = GlossaryFinder::for_many_texts(&glossary, GlossarySearch::default());
    let found = one_pass.occurrences(&text);
    assert_eq!(found, GlossaryFinder::new(&glossary).occurrences(&text));
    // The first entry, "a", takes every byte, so no longer term keeps one.
    assert_eq!(found.len(), 5_000 + 6);
    assert!(found.iter().all(|(range, entry)| *entry == 0 && range.len() == 1));
}

proptest! {
    /// Whichever way the terms are found, one pass for all of them or the text read once per
    /// term, the occurrences kept are the same: spacing collapsed, a term repeated in two
    /// entries, terms inside, overlapping and touching others.
    #[test]
    fn the_one_pass_search_finds_what_reading_per_term_does(
        text in "[ab\n ]{0,60}",
        terms in proptest::collection::vec("[ab ]{1,4}", 1..8),
    ) {
        let glossary = glossary_of(&terms);
        let one_pass = GlossaryFinder::for_many_texts(&glossary, GlossarySearch::default());
        let found = one_pass.occurrences(&text);
        prop_assert_eq!(&found, &GlossaryFinder::new(&glossary).occurrences(&text));
        // The occurrences kept are in order, do not overlap, and are their terms' wording.
        for pair in found.windows(2) {
            prop_assert!(pair[0].0.end <= pair[1].0.start);
        }
        for (range, entry) in &found {
            prop_assert_eq!(normalise_whitespace(&text[range.clone()]), normalise_whitespace(&terms[*entry]));
        }
    }

    /// A run of the Source view is marked exactly when a quote found in the source covers it,
    /// quotes overlapping, nested and repeated alike.
    #[test]
    fn a_run_is_marked_when_a_quote_covers_it(
        text in "[abc .]{1,80}",
        quotes in proptest::collection::vec((0usize..80, 1usize..12), 0..6),
    ) {
        let mut briefing = bundled().briefings[0].clone();
        briefing.source.text = text.clone();
        briefing.glossary = Vec::new();
        let quotes: Vec<&str> = quotes
            .iter()
            .filter_map(|&(start, length)| text.get(start..(start + length).min(text.len())))
            .filter(|quote| !quote.trim().is_empty())
            .collect();
        let mut finder = QuoteFinder::new(&text);
        let marked: Vec<std::ops::Range<usize>> =
            quotes.iter().filter_map(|quote| finder.first(quote)).collect();
        let paragraphs = annotate_all(&briefing, &quotes);
        let mut at = 0;
        for run in paragraphs.iter().flat_map(|paragraph| &paragraph.runs) {
            at = text[at..].find(&run.text).map(|offset| at + offset).unwrap();
            let covered = marked.iter().any(|range| range.start <= at && at + run.text.len() <= range.end);
            prop_assert_eq!(run.highlighted, covered, "run {:?} at {}", run.text, at);
            at += run.text.len();
        }
    }
}

/// A reading note that already quotes its original wording does not repeat it after the reading.
#[test]
fn a_note_quoting_its_original_wording_does_not_repeat_it() {
    let dataset = bundled();
    let glossary = &dataset.briefings[0].glossary;
    let nanjing = glossary.iter().find(|entry| entry.original.as_deref() == Some("宁")).unwrap();
    assert!(nanjing.reading.contains("宁"), "{}", nanjing.reading);
    assert_eq!(nanjing.original_to_show(), None);
    let themed =
        glossary.iter().find(|entry| entry.original.as_deref() == Some("专题调研")).unwrap();
    assert_eq!(themed.original_to_show(), Some("专题调研"));
    let without = GlossaryEntry { term: "t".into(), reading: "r".into(), original: None };
    assert_eq!(without.original_to_show(), None);
}

/// Where the reading stands in the text, its original wording is shown beside it to a reader of
/// the original's language only, and only where the reading does not quote it already.
#[test]
fn a_reader_of_the_originals_language_is_shown_the_original_wording_beside_the_reading() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let original = briefing.source.original_language.as_deref();
    assert_eq!(original, Some("zh"));
    let entry = |wording: &str| {
        briefing.glossary.iter().find(|entry| entry.original.as_deref() == Some(wording)).unwrap()
    };
    assert_eq!(
        entry("数实融合").original_for_reader(Language::Chinese, original),
        Some("数实融合")
    );
    assert_eq!(entry("数实融合").original_for_reader(Language::English, original), None);
    assert_eq!(entry("宁").original_for_reader(Language::Chinese, original), None);
    assert_eq!(entry("数实融合").original_for_reader(Language::Chinese, None), None);
    for tag in ["zh-CN", "zh_CN", "ZH-Hans"] {
        assert!(
            entry("数实融合").original_for_reader(Language::Chinese, Some(tag)).is_some(),
            "{tag}"
        );
    }
}

/// The source's text of each shown piece, and whether its paragraph runs on.
fn pieces_of(text: &str) -> Vec<(String, bool)> {
    let mut briefing = bundled().briefings[0].clone();
    briefing.source.text = text.to_string();
    briefing.glossary = Vec::new();
    annotate_all(&briefing, &[])
        .into_iter()
        .map(|paragraph| {
            (paragraph.runs.iter().map(|run| run.text.as_str()).collect(), paragraph.runs_on)
        })
        .collect()
}

/// A paragraph longer than the Source view shows as one comes in pieces that put together are
/// the paragraph: cut after a sentence's end where there is one, else after a space, else
/// between two characters, never inside one.
#[test]
fn a_long_paragraph_is_shown_in_pieces_cut_where_a_sentence_ends() {
    let sentences: String =
        (0..600).map(|number| format!("Sentence number {number} stands here. ")).collect();
    let text = format!("A short paragraph.\n{sentences}\nThe last one.");
    let pieces = pieces_of(&text);
    assert!(pieces.len() > 4, "{}", pieces.len());
    assert_eq!(pieces[0], ("A short paragraph.".to_string(), false));
    assert_eq!(pieces.last().unwrap(), &("The last one.".to_string(), false));
    let long = &pieces[1..pieces.len() - 1];
    let joined: String = long.iter().map(|(piece, _)| piece.as_str()).collect();
    assert_eq!(joined, sentences);
    for (index, (piece, runs_on)) in long.iter().enumerate() {
        assert!(piece.len() <= PIECE_BYTES, "{}", piece.len());
        assert_eq!(*runs_on, index + 1 < long.len());
        assert!(piece.ends_with(". "), "{:?}", &piece[piece.len() - 20..]);
    }
    // Chinese without spaces: after 。 where there is one, else between characters.
    let chinese = "项目建设进展顺利。".repeat(700);
    let pieces = pieces_of(&chinese);
    assert!(pieces.len() > 3);
    assert!(pieces.iter().all(|(piece, _)| piece.ends_with('。') && piece.len() <= PIECE_BYTES));
    let unbroken = "中".repeat(5_000);
    let pieces = pieces_of(&unbroken);
    assert_eq!(pieces.iter().map(|(piece, _)| piece.as_str()).collect::<String>(), unbroken);
    // Ideographic spaces are cut after, whole; spaces left at the end stay with the last piece.
    let spaced = format!("{}{}", "中文\u{3000}".repeat(1_500), " ".repeat(5_000));
    let pieces = pieces_of(&spaced);
    assert!(pieces[0].0.ends_with('\u{3000}'));
    assert_eq!(
        pieces.iter().map(|(piece, _)| piece.as_str()).collect::<String>(),
        spaced.trim_end_matches(' ').to_string() + &" ".repeat(5_000)
    );
    assert!(!pieces.last().unwrap().0.trim().is_empty());
}

/// The bundled briefing's header facts: the date and the mayor are in its first quote, those
/// also present in its second; no sentence says where the visit was, only the note on the
/// source ("a Chinese city-government news item from Nanjing").
#[test]
fn each_header_fact_is_backed_by_the_quote_holding_its_words() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    assert_eq!(
        briefing.quotes,
        [
            "February 20, mayor Chen Zhichang special research key industrial project construction.",
            "City leaders Liu Wei, Wu Wei, Huang Hui respectively.",
        ]
    );
    assert_eq!(fact_backing(briefing, BriefingFact::Date), FactBacking::Sentences(vec![0]));
    assert_eq!(fact_backing(briefing, BriefingFact::Officials), FactBacking::Sentences(vec![0]));
    assert_eq!(fact_backing(briefing, BriefingFact::Participants), FactBacking::Sentences(vec![1]));
    assert_eq!(fact_backing(briefing, BriefingFact::Place), FactBacking::SourceNote);
}

/// A briefing like the bundled one, with `quotes` as its quotes, each put into its source.
fn with_quotes(quotes: &[&str]) -> Briefing {
    let mut briefing = bundled().briefings[0].clone();
    for quote in quotes {
        briefing.source.text.push_str(&format!("\n\n{quote}"));
    }
    briefing.quotes = quotes.iter().map(|quote| quote.to_string()).collect();
    briefing
}

/// A fact backed in part: by the quotes of these indices, and not in these words.
fn partly(sentences: Vec<usize>, unbacked: &[&str]) -> FactBacking {
    partly_noted(sentences, unbacked, &[])
}

/// A fact backed in part: by the quotes of these indices, not in the words `unbacked`, and in
/// the words `noted` only by the note on the source.
fn partly_noted(sentences: Vec<usize>, unbacked: &[&str], noted: &[&str]) -> FactBacking {
    let words = |words: &[&str]| words.iter().map(|word| word.to_string()).collect();
    FactBacking::Partly { sentences, unbacked: words(unbacked), noted: words(noted) }
}

/// Which quote backs a fact is decided by whole words, case aside, and a fact some of whose
/// words no quote holds is backed only in part, naming those words, rather than passing the
/// sentence of part of it off as the source of all of it.
#[test]
fn a_fact_is_backed_only_by_quotes_holding_all_its_words_whole() {
    use BriefingFact::*;
    let cases: &[(&[&str], BriefingFact, FactBacking)] = &[
        // "February 2" is not "February 20"; the order of day and month, and case, aside.
        (&["On February 2, the mayor came."], Date, FactBacking::NotFound),
        (&["On 20 february the mayor came."], Date, FactBacking::Sentences(vec![0])),
        (&["2月20日，市长调研。"], Date, FactBacking::Sentences(vec![0])),
        // Nor is 2月20日 in 12月20日: a number is whole too.
        (&["12月20日，市长调研。"], Date, FactBacking::NotFound),
        // "Wu Wei" is not in "Wu Weiming"; each name is looked for, and one no quote holds is
        // named as such, the sentence of the others backing only them.
        (&["Liu Wei, Wu Weiming, Huang Hui attended."], Participants, partly(vec![0], &["Wu Wei"])),
        (&["Liu Wei and Huang Hui attended."], Participants, partly(vec![0], &["Wu Wei"])),
        (&["The mayor chen zhichang spoke."], Officials, FactBacking::Sentences(vec![0])),
        (&["The visit was in Nanjing."], Place, FactBacking::Sentences(vec![0])),
    ];
    for (quotes, fact, expected) in cases {
        let briefing = with_quotes(quotes);
        assert_eq!(fact_backing(&briefing, *fact), *expected, "{fact:?} in {quotes:?}");
    }
}

/// A fact whose quotes hold some of its names is backed by those quotes, in the source's
/// order, and names the rest in the data's order; one whose quotes hold none of its names is
/// not found, and one the note on the source names whole is the note's.
#[test]
fn a_fact_partly_backed_names_the_words_no_quote_holds() {
    let mut briefing = with_quotes(&["Huang Hui came.", "Liu Wei came."]);
    briefing.participants =
        ["Liu Wei", "Wu Wei", "Huang Hui", "Li Ming"].map(String::from).to_vec();
    assert_eq!(
        fact_backing(&briefing, BriefingFact::Participants),
        partly(vec![0, 1], &["Wu Wei", "Li Ming"])
    );
    // An official of two named, the mayor's sentence backing only him.
    let mut officials = with_quotes(&["Mayor Chen Zhichang came."]);
    let mut deputy = officials.officials[0].clone();
    deputy.name = "Li Qiang".to_string();
    officials.officials.push(deputy);
    assert_eq!(fact_backing(&officials, BriefingFact::Officials), partly(vec![0], &["Li Qiang"]));
    // None of the names in a quote: not found, not a part of nothing.
    briefing.quotes = vec!["Huang Hui came.".to_string()];
    briefing.participants = ["Wu Wei", "Li Ming"].map(String::from).to_vec();
    assert_eq!(fact_backing(&briefing, BriefingFact::Participants), FactBacking::NotFound);
    // Every name in the note, some in no quote: the note states the fact whole.
    briefing.participants = ["Huang Hui", "Wu Wei"].map(String::from).to_vec();
    briefing.source.note = "Those present: Huang Hui and Wu Wei.".to_string();
    assert_eq!(fact_backing(&briefing, BriefingFact::Participants), FactBacking::SourceNote);
}

/// A name no quote holds that the note on the source does is told apart from one nothing
/// names: the fact is still backed only in part, but not as if nothing named it.
#[test]
fn a_name_only_the_note_holds_is_told_apart_from_one_nothing_names() {
    let mut briefing = with_quotes(&["Huang Hui came."]);
    briefing.participants = ["Huang Hui", "Zhou Qiang", "Li Ming"].map(String::from).to_vec();
    briefing.source.note = "Zhou Qiang's office supplied the text.".to_string();
    let backing = fact_backing(&briefing, BriefingFact::Participants);
    assert_eq!(backing, partly_noted(vec![0], &["Li Ming"], &["Zhou Qiang"]));
    assert_eq!(backing.left_out(), ["Li Ming", "Zhou Qiang"]);
    let said = |strings: &Strings, backing: &FactBacking| -> String {
        partly_pieces(backing, strings).into_iter().map(|piece| piece.text().to_string()).collect()
    };
    let cases: &[(&Strings, &str)] = &[
        (
            &EN,
            " (no sentence of the source names Li Ming; only the source's note names Zhou Qiang)",
        ),
        (&ZH, "（来源文本中没有提到Li Ming的句子，Zhou Qiang仅见于来源说明）"),
    ];
    for (strings, expected) in cases {
        assert_eq!(said(strings, &backing), *expected);
    }
    // Every name left out in the note: only the note names them, and nothing is said to name
    // nothing; each name is a value of its own.
    briefing.participants = ["Huang Hui", "Zhou Qiang", "Li Ming"].map(String::from).to_vec();
    briefing.source.note = "Zhou Qiang and Li Ming checked it.".to_string();
    let backing = fact_backing(&briefing, BriefingFact::Participants);
    assert_eq!(backing, partly_noted(vec![0], &[], &["Zhou Qiang", "Li Ming"]));
    assert_eq!(said(&EN, &backing), " (only the source's note names Zhou Qiang and Li Ming)");
    assert_eq!(said(&ZH, &backing), "（Zhou Qiang、Li Ming仅见于来源说明）");
    assert_eq!(
        partly_pieces(&backing, &EN),
        [
            Piece::Words(" (only the source's note names ".to_string()),
            Piece::Value { slot: 0, text: "Zhou Qiang".to_string() },
            Piece::Words(" and ".to_string()),
            Piece::Value { slot: 1, text: "Li Ming".to_string() },
            Piece::Words(")".to_string()),
        ]
    );
    // A fact backed whole says nothing after it.
    assert_eq!(partly_pieces(&FactBacking::Sentences(vec![0]), &EN), []);
}

/// What a fact partly backed says of the names no quote holds, with the interface's words
/// around them and between them, each name a value of its own (the page gives it the data's
/// language).
#[test]
fn the_names_no_quote_holds_are_listed_in_either_language() {
    let names = |words: &[&str]| words.iter().map(|word| word.to_string()).collect::<Vec<_>>();
    let cases: &[(&Strings, &[&str], &str)] = &[
        (&EN, &["Wu Wei"], " (no sentence of the source names Wu Wei)"),
        (&EN, &["Wu Wei", "Li Ming"], " (no sentence of the source names Wu Wei or Li Ming)"),
        (
            &EN,
            &["Liu Wei", "Wu Wei", "Li Ming"],
            " (no sentence of the source names Liu Wei, Wu Wei or Li Ming)",
        ),
        (&ZH, &["Wu Wei"], "（来源文本中没有提到Wu Wei的句子）"),
        (&ZH, &["Wu Wei", "Li Ming"], "（来源文本中没有提到Wu Wei、Li Ming的句子）"),
    ];
    for (strings, unbacked, expected) in cases {
        let unbacked = names(unbacked);
        let lists = [("names", unbacked.as_slice(), strings.names_or)];
        let text = unbacked_text(strings.fact_partly, &[], &lists, strings);
        assert_eq!(text, *expected);
    }
    let unbacked = names(&["Wu Wei", "Li Ming"]);
    let (or, and) = (
        [("names", unbacked.as_slice(), EN.names_or)],
        [("names", unbacked.as_slice(), EN.names_and)],
    );
    let participants = [("name", EN.fact_participants)];
    assert_eq!(
        unbacked_text(EN.show_source_for_partly, &participants, &and, &EN),
        "Source for the others attending, except Wu Wei and Li Ming"
    );
    let participants = [("name", ZH.fact_participants)];
    let zh_and = [("names", unbacked.as_slice(), ZH.names_and)];
    assert_eq!(
        unbacked_text(ZH.show_source_for_partly, &participants, &zh_and, &ZH),
        "“参加人员”的出处（Wu Wei、Li Ming除外）"
    );
    assert_eq!(
        unbacked_pieces(EN.fact_partly, &or, &EN),
        [
            Piece::Words(" (no sentence of the source names ".to_string()),
            Piece::Value { slot: 0, text: "Wu Wei".to_string() },
            Piece::Words(" or ".to_string()),
            Piece::Value { slot: 1, text: "Li Ming".to_string() },
            Piece::Words(")".to_string()),
        ]
    );
}

/// A date is found written in Chinese numerals too (二月二十日 for February 20, 十二月三日 for
/// December 3), and not inside another month's (十二月二十日 is not February's).
#[test]
fn a_date_in_chinese_numerals_is_found() {
    let cases: &[(&str, (u8, u8), bool)] = &[
        ("二月二十日，市长调研。", (2, 20), true),
        ("十二月二十日，市长调研。", (2, 20), false),
        ("2024年二月二十日上午，市长调研。", (2, 20), true),
        ("十二月三日，市长调研。", (12, 3), true),
        ("十二月三十日，市长调研。", (12, 3), false),
        ("十月三十一日，市长调研。", (10, 31), true),
        ("一月十一日，市长调研。", (1, 11), true),
        ("十一月十一日，市长调研。", (1, 11), false),
    ];
    for &(quote, (month, day), found) in cases {
        let mut briefing = with_quotes(&[quote]);
        let date = briefing.date.as_mut().expect("the bundled briefing has a date");
        (date.month, date.day) = (month, day);
        let expected = if found { FactBacking::Sentences(vec![0]) } else { FactBacking::NotFound };
        assert_eq!(
            fact_backing(&briefing, BriefingFact::Date),
            expected,
            "{month}-{day} in {quote}"
        );
    }
}

/// A fact whose words are spread over two quotes is backed by both, in the source's order; a
/// quote the source does not hold (a dataset with problems) backs nothing.
#[test]
fn a_fact_may_take_several_quotes_but_never_one_the_source_lacks() {
    let mut briefing = with_quotes(&["Huang Hui came.", "Liu Wei and Wu Wei came."]);
    briefing.quotes.reverse();
    assert_eq!(
        fact_backing(&briefing, BriefingFact::Participants),
        FactBacking::Sentences(vec![1, 0])
    );
    briefing.quotes.push("February 20, not in the source.".to_string());
    assert_eq!(fact_backing(&briefing, BriefingFact::Date), FactBacking::NotFound);
    // A place that neither a quote nor the note names is not found; no date is nothing to back.
    briefing.place = "Hefei".to_string();
    assert_eq!(fact_backing(&briefing, BriefingFact::Place), FactBacking::NotFound);
    briefing.date = None;
    assert_eq!(fact_backing(&briefing, BriefingFact::Date), FactBacking::Nothing);
}

/// An address names a header fact as `fact=date`, and keeps it; a fact no sentence backs (the
/// bundled place) names nothing the source view could mark, and is reported as unknown; one
/// sentences back in part names their sentences.
#[test]
fn an_address_names_a_backed_header_fact() {
    let dataset = bundled();
    let (query, notices) = parse_hash("fact=date", &dataset);
    let date = Selection::Fact(FactKey { briefing: 0, fact: BriefingFact::Date });
    assert_eq!((query.selected, notices), (Some(date), vec![]));
    assert_eq!(encode_hash(&query, &dataset), "fact=date");
    let (query, notices) = parse_hash("fact=place", &dataset);
    assert_eq!(query.selected, None);
    assert_eq!(
        notices,
        vec![UrlNotice::UnknownValue { what: UrlField::Fact, value: "place".to_string() }]
    );
    let mut partly = (*dataset).clone();
    partly.briefings[0].participants.push("Li Ming".to_string());
    let (query, notices) = parse_hash("fact=participants", &partly);
    let participants = Selection::Fact(FactKey { briefing: 0, fact: BriefingFact::Participants });
    assert_eq!((query.selected, notices), (Some(participants), vec![]));
}
