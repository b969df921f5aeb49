//! The source view marks the selection's sentences and glosses the translation's wording.

use briefing_explorer::model::dataset::{Briefing, GlossaryEntry};
use briefing_explorer::model::source::{annotate_quote, annotate_source};
use briefing_explorer::model::text::{normalise_whitespace, LocatedText};

use crate::support::bundled;

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
    let paragraphs = annotate_source(briefing, &byd.every_quote());
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
    let paragraphs = annotate_source(briefing, &[]);
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
