//! What the page and the checking worker say to each other (`model::checking`): the stages a
//! check goes through, the replies as the text they travel as, and a checked dataset sent in
//! pieces and put together again.

use briefing_explorer::model::checking::{
    dataset_pieces, reading_text, shows_bytes_read, stage_text, Assembled, CheckerReply,
    DatasetAssembly, PieceError, BYTES_READ_SHOWN_FROM, PIECE_BYTES,
};
use briefing_explorer::model::dataset::{Briefing, Dataset, GlossaryEntry};
use briefing_explorer::model::language::Language;
use briefing_explorer::model::strings::validation::EN;
use briefing_explorer::model::validate::{
    parse_dataset_bytes, parse_dataset_bytes_in_stages, CheckStage,
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
        CheckerReply::Valid { pieces: 3 },
        CheckerReply::Piece,
        CheckerReply::Passed,
        CheckerReply::Invalid(invalid),
    ];
    for reply in replies {
        assert_eq!(CheckerReply::from_json(&reply.to_json()), Some(reply));
    }
    assert_eq!(CheckerReply::from_json("{\"Stage\": \"Nowhere\"}"), None);
    assert_eq!(CheckerReply::from_json("not json"), None);
}

/// Sends `dataset` through the pieces and puts it together again, as the page does.
fn sent_and_assembled(dataset: &Dataset, piece_bytes: usize) -> (Dataset, usize) {
    let (header, pieces) = dataset_pieces(dataset, piece_bytes);
    let mut state = DatasetAssembly::start(&header, pieces.len()).expect("the header reads");
    for piece in &pieces {
        state = match state {
            Assembled::Waiting(assembly) => assembly.add_piece(piece).expect("a piece reads"),
            Assembled::Done(_) => panic!("done before the last piece"),
        };
    }
    match state {
        Assembled::Done(assembled) => (assembled, pieces.len()),
        Assembled::Waiting(_) => panic!("still waiting after the last piece"),
    }
}

fn generated(projects: usize) -> Dataset {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/generate-dataset.mjs");
    let output = std::process::Command::new("node")
        .args([script, "--projects", &projects.to_string()])
        .output()
        .expect("node runs the generator");
    parse_dataset_bytes(&output.stdout, &EN).expect("the generated dataset is valid")
}

#[test]
fn a_checked_dataset_sent_in_pieces_is_the_same_dataset() {
    // With a byte-order mark, as Windows editors write it: the worker accepts it.
    let bytes = [b"\xEF\xBB\xBF".as_slice(), bundled_text().as_bytes()].concat();
    let bundled = parse_dataset_bytes(&bytes, &EN).expect("the bundled data is valid");
    assert_eq!(sent_and_assembled(&bundled, PIECE_BYTES), (bundled.clone(), 1));

    let large = generated(2_000);
    let (assembled, pieces) = sent_and_assembled(&large, 64 * 1024);
    assert_eq!(assembled, large);
    let json_bytes = serde_json::to_string(&large).unwrap().len();
    assert!(pieces >= json_bytes / (64 * 1024), "{pieces} pieces for {json_bytes} bytes");
}

/// How many bytes of JSON a briefing takes in a piece.
fn json_length(briefing: &Briefing) -> usize {
    serde_json::to_string(briefing).unwrap().len()
}

/// What a piece holds: its kind and how many items.
fn kind_and_items(piece: &str) -> (String, usize) {
    let value: serde_json::Value = serde_json::from_str(piece).unwrap();
    let (kind, items) = value.as_object().unwrap().iter().next().unwrap();
    (kind.clone(), items.as_array().unwrap().len())
}

#[test]
fn every_piece_stays_near_its_size_and_holds_whole_briefings() {
    let large = generated(1_000);
    let (_, pieces) = dataset_pieces(&large, 32 * 1024);
    let largest_briefing = large.briefings.iter().map(json_length).max().unwrap();
    for piece in &pieces {
        assert!(piece.len() <= 32 * 1024 + largest_briefing, "a piece of {} bytes", piece.len());
        assert_eq!(kind_and_items(piece).0, "briefings");
    }
}

/// One briefing of `projects` projects and as many reading notes, each a term of its own
/// source, which is long: a briefing several pieces long.
fn one_long_briefing(projects: usize) -> Dataset {
    let mut dataset = generated(projects);
    let mut briefing = dataset.briefings.remove(0);
    for other in dataset.briefings.drain(..) {
        briefing.projects.extend(other.projects);
    }
    let terms: Vec<String> = (0..projects).map(|number| format!("term {number} 术语")).collect();
    briefing.source.text = format!("{}\n{}", briefing.source.text, terms.join("。"));
    briefing.glossary = terms
        .into_iter()
        .map(|term| GlossaryEntry { term, reading: "a reading".into(), original: None })
        .collect();
    dataset.briefings = vec![briefing];
    dataset
}

#[test]
fn a_briefing_larger_than_a_piece_comes_in_parts_that_make_it_whole_again() {
    let long = one_long_briefing(2_000);
    let piece_bytes = 16 * 1024;
    let briefing_bytes = json_length(&long.briefings[0]);
    assert!(briefing_bytes > 20 * piece_bytes, "the briefing takes {briefing_bytes} bytes");
    let (_, pieces) = dataset_pieces(&long, piece_bytes);
    // Its short fields first, then each long part, none a piece much over the size.
    let kinds: Vec<String> = pieces.iter().map(|piece| kind_and_items(piece).0).collect();
    assert_eq!(kinds.first().map(String::as_str), Some("briefings"));
    let mut order = kinds.clone();
    order.dedup();
    assert_eq!(order, ["briefings", "glossary", "projects", "directives", "source_text"]);
    let largest_project = long.briefings[0]
        .projects
        .iter()
        .map(|project| serde_json::to_string(project).unwrap().len())
        .max()
        .unwrap();
    for piece in &pieces {
        assert!(piece.len() <= piece_bytes + largest_project, "a piece of {} bytes", piece.len());
    }
    assert!(pieces.len() > briefing_bytes / piece_bytes, "{} pieces", pieces.len());
    assert_eq!(sent_and_assembled(&long, piece_bytes).0, long);
}

#[test]
fn a_long_source_text_is_cut_between_characters_at_any_size_of_piece() {
    let mut bundled = parse_dataset_bytes(bundled_text().as_bytes(), &EN).unwrap();
    // Characters of one to four bytes, with the bundled text after them so that its quotes
    // are still found.
    let briefing = &mut bundled.briefings[0];
    briefing.source.text = format!("{}\n{}", "a é 镁 🧲 ".repeat(40), briefing.source.text);
    for piece_bytes in [1, 2, 3, 5, 64] {
        let (assembled, pieces) = sent_and_assembled(&bundled, piece_bytes);
        assert_eq!(assembled, bundled, "pieces of {piece_bytes} bytes");
        assert!(pieces > bundled.briefings[0].source.text.len() / piece_bytes.max(4));
    }
}

#[test]
fn pieces_that_did_not_come_from_the_worker_give_an_error_not_a_panic() {
    assert!(DatasetAssembly::start("{\"briefings\": 5", 1).is_err());
    let (header, _) =
        dataset_pieces(&parse_dataset_bytes(bundled_text().as_bytes(), &EN).unwrap(), PIECE_BYTES);
    let Ok(Assembled::Waiting(assembly)) = DatasetAssembly::start(&header, 2) else {
        panic!("two pieces are awaited");
    };
    assert!(assembly.add_piece("[{\"id\": 1}]").is_err());
    // More of a briefing before any briefing came.
    let Ok(Assembled::Waiting(assembly)) = DatasetAssembly::start(&header, 2) else {
        panic!("two pieces are awaited");
    };
    assert_eq!(assembly.add_piece("{\"projects\": []}").unwrap_err(), PieceError::NoBriefingYet);
}

#[test]
fn the_progress_line_names_the_file_the_step_and_the_pass() {
    let english = stage_text(Language::English.strings(), "big.json", CheckStage::Records);
    assert!(english.starts_with("Checking “big.json”: step 2 of 3, the records…"), "{english}");
    let chinese = stage_text(Language::Chinese.strings(), "big.json", CheckStage::Meaning);
    assert!(chinese.contains("第 3 步（共 3 步），标识、引用和引文"), "{chinese}");
}

/// A file of a megabyte or more says how much of it is read; a smaller one, read in a moment,
/// only that it is read: "0.0 of 0.0 MB" said nothing.
#[test]
fn reading_says_the_megabytes_read_only_of_a_large_file() {
    let english = Language::English.strings();
    assert_eq!(reading_text(english, "bad.json", 0.0, 40.0), "Reading “bad.json”…");
    assert_eq!(reading_text(english, "bad.json", 999_999.0, 999_999.0), "Reading “bad.json”…");
    assert_eq!(
        reading_text(english, "big.json", 3_200_000.0, 15_000_000.0),
        "Reading “big.json”: 3.2 of 15.0 MB…"
    );
    assert_eq!(
        reading_text(Language::Chinese.strings(), "bad.json", 0.0, 40.0),
        "正在读取“bad.json”…"
    );
    assert!(!shows_bytes_read(BYTES_READ_SHOWN_FROM - 1.0));
    assert!(shows_bytes_read(BYTES_READ_SHOWN_FROM));
}

#[test]
fn a_piece_is_small_enough_for_a_frame_and_large_enough_to_keep_messages_few() {
    const { assert!(PIECE_BYTES >= 64 * 1024 && PIECE_BYTES <= 1024 * 1024) };
}

#[test]
fn pieces_fill_up_to_their_size_before_a_new_one_starts() {
    let large = generated(1_000);
    let piece_bytes = 32 * 1024;
    let (_, pieces) = dataset_pieces(&large, piece_bytes);
    let largest_briefing = large.briefings.iter().map(json_length).max().unwrap();
    // Every piece but the last was closed only because the next briefing did not fit.
    for piece in &pieces[..pieces.len() - 1] {
        assert!(
            piece.len() + largest_briefing > piece_bytes,
            "a piece of {} bytes closed early",
            piece.len()
        );
    }
    // Exactly at the size, two briefings share a piece; one byte less, they do not.
    let two = &large.briefings[..2];
    let lengths: Vec<usize> = two.iter().map(json_length).collect();
    let both = Dataset { briefings: two.to_vec(), ..large.clone() };
    // A piece opens with its kind: `{"briefings":[`.
    let exact = "{\"briefings\":[".len() + lengths[0] + lengths[1];
    assert_eq!(dataset_pieces(&both, exact).1.len(), 1);
    assert_eq!(dataset_pieces(&both, exact - 1).1.len(), 2);
}
