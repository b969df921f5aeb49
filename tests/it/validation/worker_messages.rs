//! What the page and the checking worker say to each other (`model::checking`): the stages a
//! check goes through, the replies as the text they travel as, and reading a file the worker
//! has already accepted.

use briefing_explorer::model::checking::{stage_text, CheckerReply};
use briefing_explorer::model::language::Language;
use briefing_explorer::model::strings::validation::{EN, ZH};
use briefing_explorer::model::validate::{
    parse_dataset_bytes, parse_dataset_bytes_in_stages, read_checked_dataset, CheckStage,
};

use super::{edited, report_for};
use crate::support::bundled_text;

fn stages_for(bytes: &[u8]) -> Vec<CheckStage> {
    let mut stages = Vec::new();
    let _ = parse_dataset_bytes_in_stages(bytes, &EN, |stage| stages.push(stage));
    stages
}

#[test]
fn a_valid_file_goes_through_every_stage_in_order() {
    let stages = stages_for(bundled_text().as_bytes());
    assert_eq!(stages, [CheckStage::Syntax, CheckStage::Records, CheckStage::Meaning]);
    let numbers: Vec<usize> = stages.iter().map(|stage| stage.number()).collect();
    assert_eq!(numbers, (1..=CheckStage::COUNT).collect::<Vec<_>>());
}

#[test]
fn a_file_that_is_not_json_stops_after_the_first_stage() {
    assert_eq!(stages_for(b"\x89PNG\r\n\x1a\n...."), [CheckStage::Syntax]);
    assert_eq!(stages_for(b"{\"briefings\": [}"), [CheckStage::Syntax]);
}

#[test]
fn a_file_of_the_wrong_shape_is_not_checked_for_meaning() {
    let bytes = edited(|value| value["briefings"] = serde_json::json!("none"));
    assert_eq!(stages_for(&bytes), [CheckStage::Syntax, CheckStage::Records]);
}

#[test]
fn checking_in_stages_reports_the_same_problems_as_checking_at_once() {
    let bytes = edited(|value| value["briefings"][0]["projects"][0]["industry"] = "nope".into());
    let in_stages = parse_dataset_bytes_in_stages(&bytes, &EN, |_| ()).unwrap_err();
    assert_eq!(in_stages, report_for(&bytes));
    assert_eq!(in_stages.total, 1);
}

#[test]
fn every_reply_survives_the_trip_as_text() {
    let invalid = report_for(b"");
    assert_eq!(invalid.total, 1);
    let replies = [
        CheckerReply::Ready,
        CheckerReply::Stage(CheckStage::Records),
        CheckerReply::Valid,
        CheckerReply::Invalid(invalid),
    ];
    for reply in replies {
        assert_eq!(CheckerReply::from_json(&reply.to_json()), Some(reply));
    }
    assert_eq!(CheckerReply::from_json("{\"Stage\": \"Nowhere\"}"), None);
    assert_eq!(CheckerReply::from_json("not json"), None);
}

#[test]
fn a_file_the_worker_accepted_reads_into_the_same_dataset() {
    // With a byte-order mark, as Windows editors write it: the worker accepts it, so the page must.
    let bytes = [b"\xEF\xBB\xBF".as_slice(), bundled_text().as_bytes()].concat();
    let checked = parse_dataset_bytes(&bytes, &EN).expect("the bundled data is valid");
    assert_eq!(read_checked_dataset(&bytes, &EN), Ok(checked));
}

#[test]
fn bytes_that_were_never_checked_give_a_problem_not_a_panic() {
    let report = read_checked_dataset(b"{\"briefings\": 5", &ZH).unwrap_err();
    assert_eq!(report.total, 1);
    assert!(read_checked_dataset(b"", &EN).is_err());
}

#[test]
fn the_progress_line_names_the_file_the_step_and_the_pass() {
    let english = stage_text(Language::English.strings(), "big.json", CheckStage::Records);
    assert!(english.starts_with("Checking “big.json”: step 2 of 3, the records…"), "{english}");
    let chinese = stage_text(Language::Chinese.strings(), "big.json", CheckStage::Meaning);
    assert!(chinese.contains("第 3 步（共 3 步），标识、引用和引文"), "{chinese}");
}
