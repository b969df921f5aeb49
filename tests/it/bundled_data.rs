//! The bundled briefing says what the source says, and nothing it does not.

use briefing_explorer::model::dataset::Scope;
use briefing_explorer::model::text::contains_normalised;

use crate::support::bundled;

#[test]
fn bundled_data_validates_and_source_copy_matches() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let copy = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/source/000_e3b84b1c175dd032.txt"
    ))
    .unwrap();
    assert_eq!(
        briefing.source.text.trim(),
        copy.trim(),
        "data/source holds the same text as the JSON"
    );
}

#[test]
fn every_quote_is_found_in_the_source() {
    let dataset = bundled();
    for briefing in &dataset.briefings {
        let text = &briefing.source.text;
        let mut quotes: Vec<&str> = briefing.quotes.iter().map(String::as_str).collect();
        for project in &briefing.projects {
            quotes.extend(project.every_quote());
        }
        for directive in &briefing.directives {
            quotes.extend(directive.quotes.iter().map(String::as_str));
        }
        assert!(quotes.len() > 20, "the briefing quotes its source throughout");
        for quote in quotes {
            assert!(contains_normalised(text, quote), "not in the source: {quote}");
        }
    }
}

#[test]
fn projects_are_encoded_as_the_source_states_them() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let date = briefing.date.expect("the source states the day");
    assert_eq!(date.year, None, "the source does not state the year");
    assert_eq!((date.month, date.day), (2, 20));
    let ids: Vec<&str> = briefing.projects.iter().map(|project| project.id.as_str()).collect();
    assert_eq!(ids, ["north-metallurgy", "longdian-huaxin", "byd", "baowu-magnesium"]);

    let byd = briefing.project("byd").unwrap();
    let capacity = byd.capacity.as_ref().unwrap();
    assert_eq!(
        (capacity.value, capacity.unit.as_str(), capacity.period.as_str()),
        (840_000.0, "sets", "year")
    );
    assert_eq!(byd.status_id(), Some("full-production"));
    assert_eq!(byd.industry, "new-energy");

    let baowu = briefing.project("baowu-magnesium").unwrap();
    let capacity = baowu.capacity.as_ref().unwrap();
    assert_eq!(
        (capacity.value, capacity.unit.as_str(), capacity.period.as_str()),
        (60_000.0, "tons", "year")
    );
    assert_eq!(baowu.industry, "magnesium-alloys");
    assert_eq!(baowu.status_id(), None, "progress was asked about, not stated");
    let notes: String = baowu.notes.iter().map(|note| note.text.to_lowercase()).collect();
    assert!(notes.contains("headquarters") && notes.contains("listed"));

    let north = briefing.project("north-metallurgy").unwrap();
    assert_eq!(
        (north.industry.as_str(), north.status_id(), north.capacity.is_none()),
        ("new-materials", Some("under-construction"), true)
    );

    let longdian = briefing.project("longdian-huaxin").unwrap();
    assert_eq!(
        (longdian.industry.as_str(), longdian.status_id(), longdian.capacity.is_none()),
        ("new-energy", None, true)
    );
}

#[test]
fn requests_and_directives_are_all_there() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    for project in &briefing.projects {
        assert!(!project.requests.is_empty(), "{} has the mayor's requests", project.id);
    }
    let city_wide = briefing
        .directives
        .iter()
        .filter(|directive| directive.scope == Scope::CityWide("city-wide".into()))
        .count();
    assert!((8..=16).contains(&city_wide), "about ten city-wide directives, found {city_wide}");
}

#[test]
fn translation_artefacts_are_glossed_not_replaced() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let ningbo = briefing
        .glossary
        .iter()
        .find(|entry| entry.term.contains("Ningbo"))
        .expect("Ningbo is glossed");
    assert!(ningbo.reading.contains("Nanjing"));
    assert!(
        briefing.source.text.contains("landing in Ningbo"),
        "the source wording stays as it is"
    );
}
