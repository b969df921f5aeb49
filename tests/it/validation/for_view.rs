//! The checks a dataset passes before it is shown (`parse_dataset_bytes_for_view`), which leave
//! the file's faithfulness (verbatim quotes, control characters) to the whole check that follows,
//! and keep everything showing it relies on.

use briefing_explorer::model::strings::validation::EN;
use briefing_explorer::model::validate::{parse_dataset_bytes_for_view, ProblemKind};
use serde_json::json;

use super::{edited, edited_text, report_for};
use crate::support::bundled_text;

fn kinds_for_view(bytes: &[u8]) -> Vec<ProblemKind> {
    match parse_dataset_bytes_for_view(bytes, &EN) {
        Ok(_) => Vec::new(),
        Err(report) => report.groups.iter().map(|group| group.kind).collect(),
    }
}

#[test]
fn a_valid_file_reads_the_same_as_with_the_whole_check() {
    let bytes = bundled_text().into_bytes();
    let for_view = parse_dataset_bytes_for_view(&bytes, &EN).expect("the bundled data is valid");
    let whole = briefing_explorer::model::validate::parse_dataset_bytes(&bytes, &EN).unwrap();
    assert_eq!(for_view, whole);
}

#[test]
fn what_only_the_whole_check_finds_is_left_to_it() {
    let changed_quote = edited(|value| {
        value["briefings"][0]["projects"][0]["quotes"][0] = json!("A sentence the source lacks.");
    });
    let control_character = edited(|value| {
        value["briefings"][0]["projects"][0]["name"] = json!("BYD\u{7}");
    });
    for (bytes, kind) in [
        (changed_quote, ProblemKind::QuoteNotVerbatim),
        (control_character, ProblemKind::ControlCharacter),
    ] {
        assert!(report_for(&bytes).groups.iter().any(|group| group.kind == kind), "{kind:?}");
        assert_eq!(kinds_for_view(&bytes), [], "{kind:?} is left to the whole check");
    }
}

#[test]
fn what_showing_the_data_relies_on_is_checked_before_it_is_shown() {
    let cases = [
        (edited(|value| value["briefings"][0]["date"]["month"] = json!(13)), ProblemKind::BadDate),
        (
            edited(|value| value["briefings"][0]["projects"][0]["industry"] = json!("mining")),
            ProblemKind::UnknownIndustry,
        ),
        (
            edited(|value| value["briefings"][0]["projects"][1]["id"] = json!("byd")),
            ProblemKind::DuplicateId,
        ),
        (
            edited(|value| value["briefings"][0]["projects"][0]["quotes"][0] = json!(" ")),
            ProblemKind::EmptyField,
        ),
        (edited(|value| value["briefings"] = json!("none")), ProblemKind::WrongType),
        // A field given twice fails the typed reading, and a file that does not fit the types
        // gets the whole check.
        (edited_text("\"label\":", "\"label\":\"Old\",\"label\":"), ProblemKind::DuplicateKey),
    ];
    for (bytes, kind) in cases {
        assert!(kinds_for_view(&bytes).contains(&kind), "{kind:?}: {:?}", kinds_for_view(&bytes));
    }
}

#[test]
fn without_the_file_text_a_large_figure_is_quoted_as_about_the_number_read() {
    let bytes = edited_text("\"value\":840000", "\"value\":123456789012345678901234567890");
    let report = parse_dataset_bytes_for_view(&bytes, &EN).unwrap_err();
    let message = &report.shown().next().unwrap().message;
    assert!(message.ends_with("found about 123456789012345680000000000000"), "{message}");
}
