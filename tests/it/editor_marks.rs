//! The editor's source pane: marks over the text, and the offsets a browser's text field counts.

use briefing_explorer::model::editor::{
    byte_at_utf16, bytes_of_chars, quoted_ranges, source_segments, utf16_at_byte, MarkKind, Segment,
};

use crate::support::bundled;

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
            Segment { range: 0..10, mark: Some(MarkKind::Suggested) },
            Segment { range: 10..21, mark: Some(MarkKind::Current) },
            Segment { range: 21..text.len(), mark: None },
        ]
    );
    assert_eq!(
        source_segments(text, &[]),
        vec![Segment { range: 0..text.len(), mark: None }],
        "no marks: one plain stretch"
    );
    // Touching marks of one kind read as one stretch.
    assert_eq!(
        source_segments(text, &[(0..3, MarkKind::Quoted), (3..9, MarkKind::Quoted)])[0],
        Segment { range: 0..9, mark: Some(MarkKind::Quoted) }
    );
}

#[test]
fn utf16_offsets_convert_to_bytes_and_back_across_chinese_and_emoji() {
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
    assert_eq!(bytes_of_chars(text, 1, 3), 1..8);
    assert_eq!(&text[bytes_of_chars(text, 2, 4)], "𝄞b");
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
