//! The editor's source pane (marks over the text, the offsets a browser's text field counts,
//! text files), a new draft's proposed date, and what the browser keeps of a draft.

use briefing_explorer::model::dataset::{BriefingDate, Note};
use briefing_explorer::model::editor::{
    byte_at_utf16, bytes_of_chars, check_source_text, current_ranges, quoted_ranges,
    read_source_text, record_quotes, saved_briefing_key, source_segments, utf16_at_byte,
    with_line_feeds, CharIndex, Edit, EditError, Editor, EditorAction, MarkKind, Place, Record,
    RecordKind, RecordRef, SavedDraft, Segment, SourceTextError, TabKept, Typing, TypingKept,
    MAX_SOURCE_TEXT_BYTES,
};
use briefing_explorer::model::text::normalise_whitespace;

use std::fs;
use std::ops::Range;

use proptest::prelude::*;

use crate::support::bundled;

/// A stretch and its one mark, as most are.
fn segment(range: Range<usize>, mark: Option<MarkKind>) -> Segment {
    Segment { range, mark, suggested_inside: false }
}

#[test]
fn segments_cover_the_text_and_the_stronger_mark_wins_where_marks_overlap() {
    let text = "BYD makes 840,000 sets a year.";
    let segments = source_segments(
        text,
        &[(0..17, MarkKind::Suggested), (10..21, MarkKind::Current), (40..50, MarkKind::Quoted)],
    );
    assert_eq!(
        segments,
        vec![
            segment(0..10, Some(MarkKind::Suggested)),
            Segment { range: 10..17, mark: Some(MarkKind::Current), suggested_inside: true },
            segment(17..21, Some(MarkKind::Current)),
            segment(21..text.len(), None),
        ]
    );
    assert_eq!(
        source_segments(text, &[]),
        vec![segment(0..text.len(), None)],
        "no marks: one plain stretch"
    );
    // Touching marks of one kind read as one stretch.
    assert_eq!(
        source_segments(text, &[(0..3, MarkKind::Quoted), (3..9, MarkKind::Quoted)])[0],
        segment(0..9, Some(MarkKind::Quoted))
    );
}

/// The record in hand (here the whole text, as a one-paragraph text's header quote is) and a
/// quote keep the suggestions under them marked, inside their own mark: the record in hand hid
/// every suggestion of the header's sentence.
#[test]
fn suggestions_stay_marked_inside_the_record_in_hand_and_the_quotes() {
    let text = "Mayor Li visited the BYD project, which makes 840,000 sets a year.";
    let byd = text.find("BYD project").unwrap()..text.find(", which").unwrap();
    let sets = text.find("840,000").unwrap()..text.find(" a year").unwrap();
    let marks = [
        (byd.clone(), MarkKind::Suggested),
        (sets.clone(), MarkKind::Suggested),
        (0..text.len(), MarkKind::Current),
    ];
    let inside = |segments: &[Segment]| -> Vec<Range<usize>> {
        segments
            .iter()
            .filter(|segment| segment.suggested_inside)
            .map(|segment| segment.range.clone())
            .collect()
    };
    let segments = source_segments(text, &marks);
    assert!(segments.iter().all(|segment| segment.mark == Some(MarkKind::Current)));
    assert_eq!(inside(&segments), [byd.clone(), sets.clone()]);
    // Under a quote as well.
    let quoted =
        source_segments(text, &[(byd.clone(), MarkKind::Suggested), (0..40, MarkKind::Quoted)]);
    assert_eq!(
        quoted,
        vec![
            segment(0..byd.start, Some(MarkKind::Quoted)),
            Segment { range: byd.clone(), mark: Some(MarkKind::Quoted), suggested_inside: true },
            segment(byd.end..40, Some(MarkKind::Quoted)),
            segment(40..text.len(), None),
        ]
    );
}

/// What `source_segments` must give, found the slow way: the strongest mark covering each
/// byte, and whether a suggestion covers it under a stronger one, runs of the same joined.
fn segments_byte_by_byte(text: &str, marks: &[(Range<usize>, MarkKind)]) -> Vec<Segment> {
    let mut segments: Vec<Segment> = Vec::new();
    for byte in 0..text.len() {
        let covering: Vec<MarkKind> = marks
            .iter()
            .filter(|(range, _)| range.end <= text.len() && range.contains(&byte))
            .map(|(_, kind)| *kind)
            .collect();
        let mark = covering.iter().copied().max();
        let suggested_inside =
            covering.contains(&MarkKind::Suggested) && mark != Some(MarkKind::Suggested);
        match segments.last_mut() {
            Some(last) if (last.mark, last.suggested_inside) == (mark, suggested_inside) => {
                last.range.end = byte + 1
            }
            _ => segments.push(Segment { range: byte..byte + 1, mark, suggested_inside }),
        }
    }
    segments
}

fn mark_kind() -> impl Strategy<Value = MarkKind> {
    prop_oneof![Just(MarkKind::Suggested), Just(MarkKind::Quoted), Just(MarkKind::Current)]
}

proptest! {
    #[test]
    fn segments_are_the_strongest_mark_at_every_byte(
        marks in proptest::collection::vec((0usize..60, 0usize..60, mark_kind()), 0..12),
    ) {
        let text = "x".repeat(50);
        let marks: Vec<(Range<usize>, MarkKind)> =
            marks.into_iter().map(|(start, end, kind)| (start..end, kind)).collect();
        prop_assert_eq!(source_segments(&text, &marks), segments_byte_by_byte(&text, &marks));
    }

    #[test]
    fn the_character_index_finds_what_one_walk_finds(
        text in "[a-z 比较𝄞，]{0,300}",
        offsets in proptest::collection::vec((0usize..320, 0usize..320), 1..20),
    ) {
        let index = CharIndex::of(&text);
        for (start, end) in offsets {
            prop_assert_eq!(index.range(&text, start, end), bytes_of_chars(&text, start, end));
        }
    }
}

#[test]
fn utf16_offsets_convert_to_bytes_and_back_across_chinese_emoji_and_windows_line_breaks() {
    // "比" is 3 bytes and 1 UTF-16 unit; "𝄞" is 4 bytes and 2 units.
    let text = "a比𝄞b";
    assert_eq!(byte_at_utf16(text, 0), 0);
    assert_eq!(byte_at_utf16(text, 1), 1);
    assert_eq!(byte_at_utf16(text, 2), 4);
    assert_eq!(byte_at_utf16(text, 4), 8);
    assert_eq!(byte_at_utf16(text, 99), text.len());
    for unit in [0, 1, 2, 4, 5] {
        assert_eq!(utf16_at_byte(text, byte_at_utf16(text, unit)), unit);
    }
    // A text field holds a CRLF as one LF, and a lone CR as an LF: one unit each.
    let windows = "a\r\n比\r𝄞\r\nb";
    let field_value = "a\n比\n𝄞\nb";
    for (unit, expected) in
        [(0, "a"), (1, "\r\n"), (2, "比"), (3, "\r"), (4, "𝄞"), (6, "\r\n"), (7, "b")]
    {
        let byte = byte_at_utf16(windows, unit);
        assert!(windows[byte..].starts_with(expected), "unit {unit}: {:?}", &windows[byte..]);
        assert_eq!(utf16_at_byte(windows, byte), unit);
    }
    assert_eq!(byte_at_utf16(windows, field_value.encode_utf16().count()), windows.len());
    assert_eq!(bytes_of_chars(text, 1, 3), 1..8);
    assert_eq!(&text[bytes_of_chars(text, 2, 4)], "𝄞b");
    // An empty stretch of characters is an empty range where it starts.
    assert_eq!(bytes_of_chars(text, 2, 2), 4..4);
}

#[test]
fn every_quote_of_the_bundled_briefing_is_found_and_marked() {
    let briefing = &bundled().briefings[0];
    let ranges = quoted_ranges(briefing);
    let quotes = briefing.quotes.len()
        + briefing
            .projects
            .iter()
            .map(|project| {
                project.quotes.len()
                    + usize::from(project.industry_inferred.is_some())
                    + usize::from(project.capacity.is_some())
                    + usize::from(project.status.is_some())
                    + project.requests.len()
                    + project.notes.len()
            })
            .sum::<usize>()
        + briefing.directives.iter().map(|directive| directive.quotes.len()).sum::<usize>()
        + briefing.glossary.len();
    assert_eq!(ranges.len(), quotes, "each quote found once");
    let text = &briefing.source.text;
    let byd = ranges
        .iter()
        .find(|range| text[(*range).clone()].contains("840,000 sets"))
        .expect("BYD's capacity sentence is marked");
    assert!(text[byd.clone()].starts_with("Learning that BYD"));
}

/// The record in hand is marked where its quotes stand: a project's own quotes and those of its
/// capacity, status, requests and notes; a directive's; a glossary entry's term; the header's.
/// Industries and statuses quote nothing, and a record that is not there marks nothing.
#[test]
fn a_record_in_hand_marks_where_its_quotes_stand_in_the_text() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let text = &briefing.source.text;
    let marked = |record: RecordRef| -> Vec<String> {
        current_ranges(briefing, record)
            .into_iter()
            .map(|range| normalise_whitespace(&text[range]))
            .collect()
    };
    let byd = &briefing.projects[2];
    let byd_quotes = byd.every_quote();
    let mut expected: Vec<&str> = byd.quotes.iter().map(String::as_str).collect();
    expected.push(&byd.status.as_ref().expect("BYD's status").quote);
    expected.push(&byd.capacity.as_ref().expect("BYD's capacity").quote);
    expected.extend(byd.requests.iter().map(|request| request.quote.as_str()));
    expected.extend(byd.notes.iter().map(|note| note.quote.as_str()));
    assert_eq!(byd_quotes, expected);
    assert_eq!(record_quotes(briefing, RecordRef::Project(2)), byd_quotes);
    assert_eq!(marked(RecordRef::Project(2)), byd_quotes);
    assert_eq!(marked(RecordRef::Header), briefing.quotes);
    assert_eq!(marked(RecordRef::Directive(1)), briefing.directives[1].quotes);
    let term = &briefing.glossary[0].term;
    assert_eq!(record_quotes(briefing, RecordRef::Glossary(0)), [term.as_str()]);
    assert_eq!(marked(RecordRef::Glossary(0)), std::slice::from_ref(term));
    for nothing in [RecordRef::Industry(0), RecordRef::Status(0), RecordRef::Project(99)] {
        assert!(record_quotes(briefing, nothing).is_empty(), "{nothing:?}");
    }
}

/// Only the parts of a project need a project to go to when made from a selection.
#[test]
fn a_record_made_from_a_selection_holds_the_quotes_it_will_bring() {
    let dataset = bundled();
    let briefing = &dataset.briefings[0];
    let byd = &briefing.projects[2];
    let capacity = byd.capacity.clone().expect("BYD's capacity");
    let status = byd.status.clone().expect("BYD's status");
    let request = byd.requests[0].clone();
    let directive = briefing.directives[1].clone();
    let entry = briefing.glossary[0].clone();
    let cases: Vec<(Record, Vec<String>)> = vec![
        (
            Record::Project(Box::new(byd.clone())),
            byd.every_quote().into_iter().map(String::from).collect(),
        ),
        (Record::Capacity(capacity.clone()), vec![capacity.quote]),
        (Record::ProjectStatus(status.clone()), vec![status.quote]),
        (Record::Request(request.clone()), vec![request.quote]),
        (Record::Directive(Box::new(directive.clone())), directive.quotes.clone()),
        (Record::Glossary(entry.clone()), vec![entry.term]),
        (Record::Quote("A sentence.".into()), vec!["A sentence.".into()]),
        (Record::Industry(dataset.industries[0].clone()), vec![]),
        (Record::Status(dataset.statuses[0].clone()), vec![]),
    ];
    for (record, expected) in cases {
        assert_eq!(record.quotes(), expected, "{record:?}");
    }
    let note = Note { text: "A note.".into(), quote: "A note's sentence.".into() };
    assert_eq!(Record::Note(note).quotes(), ["A note's sentence."]);
}

#[test]
fn capacities_statuses_requests_and_notes_belong_to_a_project() {
    let belonging: Vec<RecordKind> =
        RecordKind::ALL.into_iter().filter(|kind| kind.belongs_to_project()).collect();
    assert_eq!(
        belonging,
        [RecordKind::Capacity, RecordKind::Status, RecordKind::Request, RecordKind::Note]
    );
}

#[test]
fn a_new_briefing_proposes_its_date_and_place_with_their_sentences_as_one_undoable_step() {
    let text = bundled().briefings[0].source.text.clone();
    let mut editor = Editor::new_briefing_proposed(&text);
    let briefing = &editor.draft.briefings[0];
    assert_eq!(briefing.date, Some(BriefingDate { year: None, month: 2, day: 20 }));
    assert_eq!(briefing.place, "Nanjing");
    assert_eq!(briefing.source.language, "en", "the language is guessed from the text");
    assert_eq!(briefing.quotes.len(), 2, "{:?}", briefing.quotes);
    assert_eq!(
        briefing.quotes[0],
        "February 20, mayor Chen Zhichang special research key industrial project construction."
    );
    // The shortest sentence naming it, not the long one with "the transformation of Ningbo".
    assert!(
        briefing.quotes[1].starts_with("Nanjing is accelerating to build a new energy industry"),
        "{:?}",
        briefing.quotes[1]
    );
    assert_eq!(editor.history_depth(), (1, 0));
    editor.apply(EditorAction::Undo).expect("the proposal can be undone");
    let undone = &editor.draft.briefings[0];
    assert_eq!(undone.date, None);
    assert_eq!((undone.place.as_str(), undone.quotes.len()), ("", 0));

    // The date's sentence names the place too: it is quoted once, for both.
    let hefei = fs::read_to_string("tests/suggest/en-hefei-solar.txt").expect("the Hefei text");
    let briefing = &Editor::new_briefing_proposed(&hefei).draft.briefings[0];
    assert_eq!(briefing.place, "Hefei");
    assert_eq!(
        briefing.quotes,
        ["On March 14, 2025, Governor Li Ming inspected new energy projects in Hefei."]
    );
    // In Chinese, the place a verb of going names.
    let chinese = Editor::new_briefing_proposed("标题\n市长周强赴江北新区调研。");
    assert_eq!(chinese.draft.briefings[0].place, "江北新区");
    assert_eq!(chinese.draft.briefings[0].quotes, ["市长周强赴江北新区调研。"]);

    // A text without a date or a place gives no date (never one of the editor's own) and an
    // empty place for the author.
    let undated = Editor::new_briefing_proposed("A title\n\nThe mayor visited a plant.");
    assert_eq!(undated.draft.briefings[0].date, None);
    assert_eq!(undated.draft.briefings[0].place, "");
    assert_eq!(undated.history_depth(), (0, 0));
}

#[test]
fn a_proposed_place_is_the_name_written_most_often_as_a_word_and_quoted_with_its_sentence() {
    let proposed = |text: &str| {
        let briefing = Editor::new_briefing_proposed(text).draft.briefings.remove(0);
        (briefing.place, briefing.quotes)
    };
    // Letters of more than one byte before the name: the quote is still its sentence.
    assert_eq!(
        proposed("The “green” plan — praised by all — went ahead.\nThe mayor met them in Hefei."),
        ("Hefei".to_string(), vec!["The mayor met them in Hefei.".to_string()])
    );
    // "Nan" inside "Nanjing" is not a mention of Nan.
    assert_eq!(
        proposed("They met in Nan. Nanjing grew. Firms came to Nanjing. Work began in Nanjing.").0,
        "Nanjing"
    );
    // The shortest sentence as a reader counts it, in characters: the first is 30 characters
    // and 42 bytes, the second 36 of each.
    assert_eq!(
        proposed("Title\nMet in Hefei — “fast” — “now”. The mayor stayed in Hefei with them.").1,
        ["Met in Hefei — “fast” — “now”."]
    );
    // Of places named as often, the first named.
    assert_eq!(proposed("He was in Hefei. She was in Wuhu.").0, "Hefei");
}

#[test]
fn a_new_briefing_from_the_longest_text_of_one_place_named_over_and_over_is_proposed_at_once() {
    // Before the names were counted in one pass, this text took half a minute: each of its
    // 30,000 mentions was counted over the whole text.
    let sentence = "He was in Hefei. ";
    let text = sentence.repeat(MAX_SOURCE_TEXT_BYTES / sentence.len());
    let editor = Editor::new_briefing_proposed(&text);
    let briefing = &editor.draft.briefings[0];
    assert_eq!(
        (briefing.place.as_str(), briefing.quotes.as_slice()),
        ("Hefei", &["He was in Hefei.".to_string()][..])
    );
}

#[test]
fn a_saved_draft_restores_the_draft_the_briefing_and_the_dismissed_suggestions() {
    let mut editor = Editor::new_briefing_proposed(&bundled().briefings[0].source.text);
    editor.apply(EditorAction::Dismiss(vec![(3, 9), (20, 31)])).expect("dismissing");
    let saved = editor.to_saved(1_700_000_000_000.0);
    assert_eq!(saved.edited_title, editor.draft.briefings[0].title);
    let text = serde_json::to_string(&saved).expect("a saved draft serialises");
    let briefing = serde_json::to_string(&editor.draft.briefings[0]).expect("and its briefing");
    let read = || serde_json::from_str::<SavedDraft>(&text).expect("and reads");
    assert_eq!(Editor::restore(read(), Vec::new()), None, "its briefing is missing");
    let restored = Editor::restore(read(), vec![serde_json::from_str(&briefing).expect("reads")])
        .expect("the draft and its briefing");
    assert_eq!(restored.draft, editor.draft);
    assert_eq!(restored.dismissed, editor.dismissed);
    assert!(restored.unexported);
    assert_eq!(restored.history_depth(), (0, 0), "the history is not kept");
    assert_eq!(saved_briefing_key(3), "draft-briefing-3");
    editor.apply(EditorAction::RestoreDismissed).expect("restoring");
    assert!(editor.dismissed.is_empty());
}

/// A draft of two briefings, saved while the second was being edited, comes back at the second;
/// a saved record naming a briefing past the end (a damaged store) comes back at the last one,
/// and one whose briefings are not all there does not come back at all.
#[test]
fn a_saved_draft_of_two_briefings_restores_the_one_being_edited() {
    let mut dataset = (*bundled()).clone();
    let mut second = dataset.briefings[0].clone();
    second.id = "second".into();
    second.title = "The second briefing".into();
    dataset.briefings.push(second);
    let mut editor = Editor::open(dataset.clone());
    editor.apply(EditorAction::ChooseBriefing(1)).expect("choosing the second briefing");
    let saved = editor.to_saved(1_700_000_000_000.0);
    assert_eq!((saved.briefings, saved.briefing), (2, 1));
    assert_eq!(saved.edited_title, "The second briefing");

    let restored = Editor::restore(saved.clone(), dataset.briefings.clone()).expect("both there");
    assert_eq!(restored.briefing, 1);
    assert_eq!(restored.draft.briefings, dataset.briefings);

    let past_the_end = SavedDraft { briefing: 7, ..saved.clone() };
    assert_eq!(
        Editor::restore(past_the_end, dataset.briefings.clone()).map(|e| e.briefing),
        Some(1)
    );

    let one_missing = vec![dataset.briefings[0].clone()];
    assert_eq!(Editor::restore(saved, one_missing), None, "the second briefing is missing");
}

#[test]
fn choosing_another_briefing_forgets_the_history_made_in_the_first() {
    let mut dataset = (*bundled()).clone();
    let mut second = dataset.briefings[0].clone();
    second.id = "second".into();
    dataset.briefings.push(second);
    let mut editor = Editor::open(dataset);
    editor
        .apply(EditorAction::Edit(Edit::Delete(Place::Glossary(0))))
        .expect("a glossary entry is deleted");
    editor.apply(EditorAction::ChooseBriefing(1)).expect("the second briefing");
    assert_eq!((editor.briefing, editor.history_depth()), (1, (0, 0)));
    assert_eq!(
        editor.apply(EditorAction::ChooseBriefing(2)),
        Err(EditError::NoSuchPlace),
        "no third briefing"
    );
}

#[test]
fn source_files_that_are_not_text_are_refused_with_where() {
    assert_eq!(read_source_text(b"\xEF\xBB\xBFFebruary 20"), Ok("February 20".to_string()));
    assert_eq!(read_source_text("陈之常".as_bytes()), Ok("陈之常".to_string()));
    assert_eq!(read_source_text(b"ab\xFFcd"), Err(SourceTextError::NotUtf8 { byte: 2 }));
    // The byte is the file's: a byte-order mark before it counts.
    assert_eq!(
        read_source_text(b"\xEF\xBB\xBFab\xFFcd"),
        Err(SourceTextError::NotUtf8 { byte: 5 })
    );
    assert_eq!(read_source_text(b"\x89PNG\r\n\x1a\n"), Err(SourceTextError::NotUtf8 { byte: 0 }));
    assert_eq!(read_source_text(b"GIF89a\x01\x00"), Err(SourceTextError::Binary { character: 6 }));
    assert_eq!(read_source_text(b" \n\t "), Err(SourceTextError::Empty));
    // A text saved as UTF-16, as some Windows editors do, is named so, not only "not UTF-8".
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain("Mayor".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    assert_eq!(read_source_text(&utf16), Err(SourceTextError::WideEncoding { encoding: "UTF-16" }));
}

/// A text whose lines end in a carriage return alone, or in the Unicode line or paragraph
/// separator, is read as lines (QA: the whole text became the title, and "\r" a problem); a
/// CRLF pair is read as before.
#[test]
fn every_kind_of_line_break_ends_a_line() {
    let lines = |text: &str| read_source_text(text.as_bytes()).map(|text| text.lines().count());
    assert_eq!(read_source_text(b"Title\rOn May 6.\r"), Ok("Title\nOn May 6.\n".to_string()));
    assert_eq!(lines("Title\u{2029}On May 6.\u{2028}More."), Ok(3));
    assert_eq!(read_source_text(b"Title\r\nOn May 6."), Ok("Title\r\nOn May 6.".to_string()));
    let proposed = Editor::new_briefing_proposed(&with_line_feeds(
        "Mayor visits\rOn May 6, 2025, Mayor Li Ming came.",
    ));
    assert_eq!(proposed.draft.briefings[0].title, "Mayor visits");
}

/// An invisible character that turns the text around is refused where the text comes in, pasted
/// or read, naming where it is; the marks right-to-left text uses stay allowed.
#[test]
fn a_text_holding_a_direction_control_is_refused_with_where() {
    let overridden = "Mayor Chen \u{202E}visited BYD";
    let refused = SourceTextError::DirectionControl { character: 11, code_point: '\u{202E}' };
    assert_eq!(check_source_text(overridden), Err(refused));
    assert_eq!(read_source_text(overridden.as_bytes()), Err(refused));
    assert_eq!(
        check_source_text("陈之常\u{2067}x"),
        Err(SourceTextError::DirectionControl { character: 3, code_point: '\u{2067}' })
    );
    // The first character refused is named, whichever kind it is.
    assert_eq!(check_source_text("a\u{1}\u{202A}"), Err(SourceTextError::Binary { character: 1 }));
    for allowed in ["\u{200E}", "\u{200F}", "\u{061C}"] {
        assert_eq!(check_source_text(&format!("text{allowed} more")), Ok(()), "{allowed:?}");
    }
}

#[test]
fn a_text_longer_than_the_editor_takes_is_refused_with_its_length_pasted_or_read() {
    let longest = "a".repeat(MAX_SOURCE_TEXT_BYTES);
    assert_eq!(check_source_text(&longest), Ok(()));
    assert_eq!(read_source_text(longest.as_bytes()).map(|text| text.len()), Ok(longest.len()));
    let longer = format!("{longest}b");
    let too_long = SourceTextError::TooLong { bytes: MAX_SOURCE_TEXT_BYTES + 1 };
    assert_eq!(check_source_text(&longer), Err(too_long));
    assert_eq!(read_source_text(longer.as_bytes()), Err(too_long));
}

#[test]
fn a_chinese_text_makes_a_draft_whose_marks_and_quotes_cut_at_characters() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/suggest/zh-nanjing-motors.txt"
    ))
    .expect("the corpus text");
    let editor = Editor::new_briefing_proposed(&text);
    let briefing = &editor.draft.briefings[0];
    let suggestions = briefing_explorer::model::suggest::suggest(&text, None).suggestions;
    let mut marks: Vec<_> = suggestions
        .iter()
        .map(|suggestion| {
            (bytes_of_chars(&text, suggestion.start, suggestion.end), MarkKind::Suggested)
        })
        .collect();
    marks.extend(quoted_ranges(briefing).into_iter().map(|range| (range, MarkKind::Quoted)));
    for segment in source_segments(&text, &marks) {
        assert!(text.get(segment.range.clone()).is_some(), "{:?} cuts a character", segment.range);
    }
}

#[test]
fn the_live_check_of_one_briefing_names_it_where_it_stands_and_matches_the_whole_check() {
    use briefing_explorer::model::strings::validation::EN;
    use briefing_explorer::model::validate::{check_briefing, check_draft};
    let mut dataset = (*bundled()).clone();
    let mut second = dataset.briefings[0].clone();
    second.id = "second".into();
    second.place = String::new();
    second.projects[0].industry = "no-such-industry".into();
    dataset.briefings.push(second);
    let paths = |report: briefing_explorer::model::validate::Report| -> Vec<String> {
        report
            .into_shown()
            .iter()
            .filter_map(|problem| problem.location.path().map(str::to_string))
            .collect()
    };
    let whole = paths(check_draft(&dataset, &EN).expect_err("the second briefing has problems"));
    let alone = paths(check_briefing(&dataset, 1, &EN).expect_err("and they are its own"));
    assert_eq!(alone, whole);
    assert!(alone.contains(&"briefings[1].place".to_string()), "{alone:?}");
    assert_eq!(check_briefing(&dataset, 0, &EN), Ok(()), "the first briefing has none");
}

#[test]
fn a_capacity_proposed_in_a_chinese_briefing_names_its_period_in_chinese() {
    use briefing_explorer::model::dataset::Capacity;
    use briefing_explorer::model::editor::{period_in, propose, Record, RecordKind};
    let text = "陈之常来到比亚迪年产84万套驱动电机及电动总成核心零部件项目。";
    let editor = Editor::new_briefing(text);
    assert_eq!(editor.draft.briefings[0].source.language, "zh");
    let Record::Capacity(Capacity { value, unit, period, .. }) =
        propose(RecordKind::Capacity, "年产84万套", &editor.draft, 0)
    else {
        panic!("a capacity");
    };
    assert_eq!((value, unit.as_str(), period.as_str()), (840_000.0, "套", "年"));
    assert_eq!(period_in("year", "en"), "year");
    assert_eq!(period_in("month", "zh-Hans"), "月");
    assert_eq!(period_in("quarter", "zh"), "quarter");
}

#[test]
fn a_selection_inside_a_projects_quotes_goes_to_that_project() {
    use briefing_explorer::model::editor::project_for_selection;
    let briefing = &bundled().briefings[0];
    let text = &briefing.source.text;
    let at = |words: &str| {
        let start = text.find(words).expect("the words are in the source");
        start..start + words.len()
    };
    let byd = briefing.projects.iter().position(|project| project.id == "byd").expect("BYD");
    assert_eq!(project_for_selection(briefing, at("840,000 sets")), Some(byd));
    let baowu = briefing.projects.iter().position(|project| project.name.contains("Baowu"));
    assert_eq!(project_for_selection(briefing, at("60,000 tons")), baowu);
    assert_eq!(project_for_selection(briefing, 0..5), None, "the title is no project's");
    // The space between Longdian's last sentence and BYD's first touches both, and is neither's.
    let byd_start = text.find("Learning that BYD").expect("BYD's sentence");
    assert_eq!(&text[byd_start - 1..byd_start], " ");
    assert_eq!(project_for_selection(briefing, byd_start - 1..byd_start), None);
    assert_eq!(project_for_selection(briefing, byd_start - 1..byd_start + 1), Some(byd));
}

/// A briefing of `text` whose projects have these names, enterprises and quotes.
fn briefing_of(
    text: &str,
    projects: &[(&str, &str, &[&str])],
) -> briefing_explorer::model::dataset::Briefing {
    let mut briefing = bundled().briefings[0].clone();
    briefing.source.text = text.to_string();
    let model = briefing.projects[0].clone();
    briefing.projects = projects
        .iter()
        .map(|(name, enterprise, quotes)| briefing_explorer::model::dataset::Project {
            name: name.to_string(),
            short_name: String::new(),
            enterprise: enterprise.to_string(),
            quotes: quotes.iter().map(|quote| quote.to_string()).collect(),
            status: None,
            capacity: None,
            requests: Vec::new(),
            notes: Vec::new(),
            ..model.clone()
        })
        .collect();
    briefing
}

#[test]
fn a_selection_goes_to_the_project_its_sentence_or_paragraph_names_and_only_one() {
    use briefing_explorer::model::editor::project_for_selection;
    let text = "Mayor Okafor inspects projects in Riverton\n\n\
        The Kestrel Robotics servo motor project produces 1.2 million sets a year. Okafor asked \
        Kestrel Robotics to raise the share of local parts.\n\n\
        Okafor then visited the Meridian Biopharma vaccine filling line. No production figures \
        were given. She encouraged Meridian to work with the city's universities.\n\n\
        She asked Kestrel Robotics and Meridian Biopharma to share a training centre. Both agreed.\n\n\
        At a meeting after the visits, Okafor stressed that manufacturing is the foundation.\n\n\
        随后，刘建国来到星海储能电池项目。\n\n\
        在星海电池工厂，刘建国得知首条产线已完成消防验收。他要求企业抓紧办理并网手续。";
    let briefing = briefing_of(
        text,
        &[
            (
                "Kestrel Robotics servo motor project",
                "Kestrel Robotics",
                &["The Kestrel Robotics servo motor project produces 1.2 million sets a year."],
            ),
            (
                "Meridian Biopharma vaccine filling line",
                "Meridian Biopharma",
                &["Meridian Biopharma vaccine filling line"],
            ),
            ("星海储能电池项目", "星海能源科技有限公司", &["随后，刘建国来到星海储能电池项目。"]),
        ],
    );
    let at = |words: &str| {
        let start = text.find(words).expect("the words are in the source");
        start..start + words.len()
    };
    let check = |words: &str, expected: Option<usize>| {
        assert_eq!(project_for_selection(&briefing, at(words)), expected, "{words}");
    };
    // The sentence names it by its enterprise.
    check("to raise the share of local parts", Some(0));
    // The sentence names none and no quote holds it: its paragraph names Meridian.
    check("work with the city's universities", Some(1));
    check("No production figures", Some(1));
    // A sentence that names two projects is for the author to settle, as is a paragraph that
    // names none.
    check("to share a training centre", None);
    check("Both agreed", None);
    check("manufacturing is the foundation", None);
    // Chinese: the paragraph calls the project by what its name and enterprise begin with (星海).
    check("抓紧办理并网手续", Some(2));
}

/// Text typed into a project's name and kept by the page until the draft's save holds it.
fn typing(record: RecordRef, left_at: Option<f64>) -> Typing {
    Typing {
        briefing: 0,
        record,
        field: "field-project-1-name".to_string(),
        text: "BYD drive motors, phase two".to_string(),
        left_at,
    }
}

#[test]
fn a_save_holds_the_text_only_once_the_field_was_left_before_it_began() {
    let typing_on = typing(RecordRef::Project(1), None);
    assert!(!typing_on.saved_by(2_000.0), "a field still being typed in is not saved");
    let left = typing(RecordRef::Project(1), Some(1_500.0));
    assert!(left.saved_by(1_500.0));
    assert!(left.saved_by(2_000.0));
    assert!(!left.saved_by(1_499.0), "a save begun before the field was left lacks it");
}

#[test]
fn the_kept_texts_survive_the_round_trip_and_a_foreign_text_is_nothing() {
    let mut kept = TypingKept::default();
    kept.typed(typing(RecordRef::Glossary(3), Some(12.5)));
    // Kept as the tab's record holds it.
    let record = TabKept { typing: kept.clone(), ..TabKept::default() };
    assert_eq!(TabKept::from_json(&record.to_json()).typing, kept);
    assert!(TabKept::from_json("{\"typing\": {\"field\":1}}").typing.is_empty());
    assert!(TabKept::from_json("not json").typing.is_empty());
}

#[test]
fn a_field_keeps_its_latest_text_and_a_save_forgets_only_what_it_holds() {
    let field = |name: &str, text: &str| Typing {
        field: format!("field-project-1-{name}"),
        text: text.to_string(),
        ..typing(RecordRef::Project(1), None)
    };
    let mut kept = TypingKept::default();
    kept.typed(field("name", "BYD"));
    kept.typed(field("name", "BYD drive"));
    assert_eq!(kept.0.len(), 1, "one text a field");
    assert_eq!(kept.0[0].text, "BYD drive");
    // Left at 1,000, then the next field typed into before the first one's save.
    kept.left("field-project-1-name", 1_000.0);
    assert_eq!(kept.0[0].left_at, Some(1_000.0));
    let before = kept.clone();
    kept.left("field-project-1-enterprise", 1_000.0);
    assert_eq!(kept, before, "no text kept for it");
    kept.typed(field("sector", "Drive mot"));
    // A save begun before the field was left holds neither; one begun after holds the name.
    kept.forget_saved_by(900.0);
    assert_eq!(kept.0.len(), 2);
    kept.forget_saved_by(1_400.0);
    assert_eq!(kept.0.len(), 1);
    assert_eq!(kept.0[0].field, "field-project-1-sector");
}

#[test]
fn a_restore_gives_back_the_last_typed_records_texts_and_keeps_no_other() {
    let draft = bundled();
    let at = |record: RecordRef, field: &str, text: &str| Typing {
        record,
        field: field.to_string(),
        text: text.to_string(),
        ..typing(record, None)
    };
    let mut kept = TypingKept::default();
    kept.typed(at(RecordRef::Project(0), "field-project-0-name", "Earlier"));
    kept.typed(at(RecordRef::Project(1), "field-project-1-name", "New name"));
    kept.typed(at(RecordRef::Project(1), "field-project-1-sector", "New sector"));
    let resumed = kept.take_resumable(&draft, 0);
    assert_eq!(
        resumed,
        Some((
            RecordRef::Project(1),
            vec![
                ("field-project-1-name".to_string(), "New name".to_string()),
                ("field-project-1-sector".to_string(), "New sector".to_string()),
            ]
        ))
    );
    assert_eq!(kept.0.len(), 2, "project 0's text is not kept to overwrite a later edit");
    // Nothing fits another briefing: nothing is given back, and nothing kept.
    let mut elsewhere = kept.clone();
    assert_eq!(elsewhere.take_resumable(&draft, 1), None);
    assert!(elsewhere.is_empty());
}

#[test]
fn it_fits_only_the_same_briefing_and_a_record_that_is_still_there() {
    let draft = bundled();
    let projects = draft.briefings[0].projects.len();
    assert!(projects > 1);
    assert!(typing(RecordRef::Project(projects - 1), None).fits(&draft, 0));
    assert!(!typing(RecordRef::Project(projects), None).fits(&draft, 0), "no such project");
    assert!(!typing(RecordRef::Project(0), None).fits(&draft, 1), "no such briefing");
    let mut other = typing(RecordRef::Header, None);
    assert!(other.fits(&draft, 0));
    other.briefing = 1;
    assert!(!other.fits(&draft, 0), "typed in another briefing");
    assert!(typing(RecordRef::Industry(0), None).fits(&draft, 0));
    assert!(!typing(RecordRef::Status(draft.statuses.len()), None).fits(&draft, 0));
}

#[test]
fn the_editor_opens_on_the_briefing_the_address_names_or_else_the_first() {
    let mut dataset = (*bundled()).clone();
    let mut second = dataset.briefings[0].clone();
    second.id = "harbor-2025".into();
    dataset.briefings.push(second);
    let on = |id: Option<&str>| Editor::open_on(dataset.clone(), id).briefing;
    assert_eq!(on(Some("harbor-2025")), 1);
    assert_eq!(on(Some(&dataset.briefings[0].id.clone())), 0);
    assert_eq!(on(Some("no-such-briefing")), 0);
    assert_eq!(on(None), 0);
}

#[test]
fn a_selection_is_said_with_its_size_one_character_in_the_singular_in_english_and_chinese() {
    use briefing_explorer::model::editor::{selection_words, SelectionWords};
    use briefing_explorer::model::strings::editor::{EN, ZH};
    let check = |count, words, expected: [&str; 2]| {
        assert_eq!([EN, ZH].map(|strings| selection_words(count, words, &strings)), expected);
    };
    check(16, SelectionWords::Announced, ["16 characters selected.", "已选中 16 个字符。"]);
    check(1, SelectionWords::Announced, ["1 character selected.", "已选中 1 个字符。"]);
    check(
        1,
        SelectionWords::Hint,
        [
            "1 character selected: choose what it is, or press its letter.",
            "已选中 1 个字符：请选择类型，或按对应字母。",
        ],
    );
    check(
        2,
        SelectionWords::TouchHint,
        ["2 characters selected: choose what they are.", "已选中 2 个字符：请选择类型。"],
    );
}

#[test]
fn a_record_added_or_deleted_is_said_with_the_problems_left_and_a_delete_with_its_undo() {
    use briefing_explorer::model::editor::RecordChange;
    use briefing_explorer::model::strings::editor::{EditorStrings, EN, ZH};
    // The change as each language's form names it: its kind in the interface's words.
    let check = |change: fn(&EditorStrings) -> RecordChange, problems, expected: [&str; 2]| {
        assert_eq!([EN, ZH].map(|strings| change(&strings).words(problems, &strings)), expected);
    };
    check(
        |strings| RecordChange::Added { kind: strings.kind_project },
        1,
        ["Project added. 1 problem to fix.", "已添加项目。1 个问题待解决。"],
    );
    check(
        |strings| RecordChange::Added { kind: strings.kind_capacity },
        3,
        ["Capacity added. 3 problems to fix.", "已添加产能。3 个问题待解决。"],
    );
    check(
        |strings| RecordChange::Added { kind: strings.kind_note },
        0,
        ["Note added.", "已添加备注。"],
    );
    check(
        |strings| RecordChange::Deleted {
            kind: strings.kind_project,
            name: "North Metallurgy".into(),
        },
        0,
        [
            "Project “North Metallurgy” deleted. Ctrl+Z undoes it.",
            "已删除项目“North Metallurgy”。按 Ctrl+Z 可撤销。",
        ],
    );
    check(
        |strings| RecordChange::Deleted { kind: strings.industry_heading, name: "钢铁".into() },
        2,
        [
            "Industry “钢铁” deleted. Ctrl+Z undoes it. 2 problems to fix.",
            "已删除产业“钢铁”。按 Ctrl+Z 可撤销。2 个问题待解决。",
        ],
    );
    // A record with no name yet is deleted without an empty pair of quotation marks.
    check(
        |strings| RecordChange::Deleted { kind: strings.kind_directive, name: " ".into() },
        0,
        ["Directive deleted. Ctrl+Z undoes it.", "已删除部署。按 Ctrl+Z 可撤销。"],
    );
}
