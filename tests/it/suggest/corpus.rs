//! The labelled corpus against its quality targets, drafts that validate, and property tests:
//! any text gives no panic and quotes exactly at their offsets.

use std::path::Path;

use briefing_explorer::model::suggest::draft::{draft_dataset, DraftError};
use briefing_explorer::model::suggest::evaluate::{load_corpus, table, total, KINDS, TARGETS};
use briefing_explorer::model::suggest::{suggest, Language};
use briefing_explorer::model::text::contains_normalised;
use briefing_explorer::model::validate::parse_dataset;
use proptest::prelude::*;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/suggest");

#[test]
fn the_corpus_meets_the_quality_targets() {
    let samples = load_corpus(Path::new(CORPUS)).expect("the corpus loads");
    assert!(samples.len() >= 7, "the corpus has the bundled briefing and at least six more");
    let totals = total(&samples);
    for ((kind, counts), (precision, recall)) in KINDS.iter().zip(&totals).zip(TARGETS) {
        let table = table(&totals);
        if let Some(precision) = precision {
            assert!(
                counts.precision() >= precision,
                "{kind} precision below {precision}:\n{table}"
            );
        }
        if let Some(recall) = recall {
            assert!(counts.recall() >= recall, "{kind} recall below {recall}:\n{table}");
        }
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|character| matches!(character, 'a'..='z' | '0'..='9' | '-'))
}

#[test]
fn every_corpus_draft_is_a_valid_dataset() {
    for sample in load_corpus(Path::new(CORPUS)).expect("the corpus loads") {
        let suggestions = suggest(&sample.text, sample.labels.language);
        let dataset =
            draft_dataset(&sample.text, &suggestions).expect("every corpus text has a date");
        let json = serde_json::to_string(&dataset).unwrap();
        let parsed = parse_dataset(&json)
            .unwrap_or_else(|problems| panic!("{}: {problems:#?}", sample.name));
        let briefing = &parsed.briefings[0];
        let ids = parsed
            .industries
            .iter()
            .map(|industry| &industry.id)
            .chain(parsed.statuses.iter().map(|status| &status.id))
            .chain(briefing.projects.iter().map(|project| &project.id))
            .chain([&briefing.id]);
        for id in ids {
            assert!(is_slug(id), "{}: id {id:?} is not a slug", sample.name);
        }
        assert!(
            !json.chars().any(|character| character.is_control()),
            "{}: a control character",
            sample.name
        );
        assert!(!briefing.projects.is_empty(), "{}: no project", sample.name);
    }
}

#[test]
fn a_text_without_a_date_or_text_gets_no_draft() {
    let no_date = "Mayor visits\n\nThe mayor visited the Foo plant.";
    assert_eq!(draft_dataset(no_date, &suggest(no_date, None)), Err(DraftError::NoDate));
    assert_eq!(draft_dataset(" \n\t", &suggest(" \n\t", None)), Err(DraftError::EmptyText));
}

/// Text made of the corpus's own phrases in any order, so the rules meet near-misses.
fn phrase_soup() -> impl Strategy<Value = String> {
    let phrases = prop::sample::select(vec![
        "annual output of ",
        "840,000 ",
        "1.2 million ",
        "sets of ",
        "tonnes a year",
        "yuan",
        "RMB ",
        "project",
        "plant, ",
        "the ",
        "came to ",
        "Baowu ",
        "has reached full production",
        "under construction",
        "?",
        ". ",
        ", ",
        "\n",
        "February 20",
        "2025",
        "mayor Chen Zhichang ",
        "City leaders Liu Wei, ",
        "年产",
        "84万套",
        "1.2亿剂",
        "亿元",
        "项目",
        "在",
        "来到",
        "已投产",
        "预计",
        "2月20日",
        "市长陈之常",
        "市领导刘伟、",
        "，",
        "。",
        "？",
        "厂",
        "GWh",
        "万千瓦",
        "١٢",
        "é",
        "\u{0}",
        "\u{200b}",
    ]);
    prop::collection::vec(phrases, 0..40).prop_map(|pieces| pieces.concat())
}

fn check_spans(text: &str) {
    for language in [None, Some(Language::English), Some(Language::Chinese)] {
        for suggestion in suggest(text, language).suggestions {
            let at_offsets: String = text
                .chars()
                .skip(suggestion.start)
                .take(suggestion.end - suggestion.start)
                .collect();
            assert_eq!(suggestion.quote, at_offsets);
            assert!(suggestion.start < suggestion.end);
            assert!(contains_normalised(text, &suggestion.quote), "{:?}", suggestion.quote);
        }
    }
}

fn check_draft(text: &str) {
    let suggestions = suggest(text, None);
    if let Ok(dataset) = draft_dataset(text, &suggestions) {
        let json = serde_json::to_string(&dataset).unwrap();
        assert!(parse_dataset(&json).is_ok(), "{:?}", parse_dataset(&json).err());
    }
}

proptest! {
    #[test]
    fn any_text_gives_quotes_exactly_at_their_offsets(text in ".*") {
        check_spans(&text);
    }

    #[test]
    fn phrase_soup_gives_quotes_exactly_at_their_offsets(text in phrase_soup()) {
        check_spans(&text);
        check_draft(&text);
    }
}

#[test]
fn a_draft_takes_its_industries_from_the_text() {
    let industries = |text: &str| {
        let dataset = draft_dataset(text, &suggest(text, None)).expect("the text has a date");
        let projects: Vec<String> =
            dataset.briefings[0].projects.iter().map(|project| project.industry.clone()).collect();
        let labels: Vec<String> =
            dataset.industries.into_iter().map(|industry| industry.label).collect();
        (labels, projects)
    };
    let visit = "2月20日，市长调研比亚迪年产84万套驱动电机项目，要求加快发展";
    let (labels, projects) = industries(&format!("{visit}新能源产业。"));
    assert_eq!(labels, ["新能源"]);
    assert_eq!(projects, ["industry-1"]);
    // An industry's chain (产业链) or park (产业园) is not an industry of its own.
    let (labels, projects) = industries(&format!("{visit}新能源产业链。"));
    assert_eq!(labels, ["Not yet classified"]);
    assert_eq!(projects, ["not-yet-classified"]);
}
