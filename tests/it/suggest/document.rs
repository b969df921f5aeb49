//! The text the suggestions read: sentences, clauses inside them, questions, and windows of a
//! few bytes cut at whole characters. Byte offsets, since the rules work in them.

use briefing_explorer::model::suggest::document::{head, tail, Document, MAX_SENTENCE_BYTES};

/// The byte where `word` starts in `text`.
fn at(text: &str, word: &str) -> usize {
    text.find(word).unwrap_or_else(|| panic!("{word:?} is in the text"))
}

#[test]
fn sentences_are_trimmed_and_numbered_by_paragraph() {
    let text = "Title\n  First one. Second?\n\n新的一句。";
    let document = Document::new(text);
    let sentences: Vec<(&str, usize)> = document
        .sentences
        .iter()
        .map(|sentence| (&text[sentence.range.clone()], sentence.paragraph))
        .collect();
    assert_eq!(sentences, [("Title", 0), ("First one.", 1), ("Second?", 1), ("新的一句。", 2)]);
    assert_eq!(document.sentence_at(at(text, "Second")), Some(2));
    assert_eq!(document.sentence_at(0), Some(0));
    assert_eq!(document.sentence_at(text.len()), None);
}

/// A clause runs from just after the separator before it (a Chinese one is three bytes long) to
/// the separator after it, or to its sentence's ends.
#[test]
fn clauses_end_at_separators_of_either_script() {
    let text = "He came, saw the mill; and left. 他来了，看了工厂：然后走了。";
    let document = Document::new(text);
    let saw = at(text, "saw");
    assert_eq!(&text[document.clause_start(saw)..document.clause_end(saw)], " saw the mill");
    let looked = at(text, "看了");
    assert_eq!(&text[document.clause_start(looked)..document.clause_end(looked)], "看了工厂");
    let came = at(text, "came");
    assert_eq!(&text[document.clause_start(came)..document.clause_end(came)], "He came");
    let left = at(text, "left");
    assert_eq!(&text[document.clause_start(left)..document.clause_end(left)], " and left.");
    // Outside every sentence (the space between two), a clause is empty where it is asked for.
    let between = at(text, " 他");
    assert_eq!((document.clause_start(between), document.clause_end(between)), (between, between));
}

#[test]
fn the_sentence_before_a_place_starts_at_its_sentence() {
    let text = "One. The mayor asked to speed up.";
    let document = Document::new(text);
    assert_eq!(document.sentence_before(at(text, "speed")), "The mayor asked to ");
    assert_eq!(document.sentence_before(text.len()), "", "past the end, no sentence");
}

/// A question ends in a question mark of either script, perhaps inside closing quotes.
#[test]
fn questions_are_known_by_their_mark() {
    let text = "It is built. \"How is the progress?\" 进展如何？ Done.";
    let document = Document::new(text);
    let asked: Vec<bool> = ["built", "progress", "进展", "Done"]
        .into_iter()
        .map(|word| document.in_question(at(text, word)))
        .collect();
    assert_eq!(asked, [false, true, true, false]);
    assert!(!document.in_question(text.len()));
}

/// Windows of a few bytes widen to whole characters rather than cut one.
#[test]
fn heads_and_tails_keep_whole_characters() {
    // 年 and 产 are three bytes each, 8 and 4 one each, 万 and 套 three each: 14 bytes.
    let text = "年产84万套";
    assert_eq!(tail(text, 4), "万套");
    assert_eq!(tail(text, 6), "万套");
    assert_eq!(tail(text, 99), text);
    assert_eq!(head(text, 4), "年产");
    assert_eq!(head(text, 7), "年产8");
    assert_eq!(head(text, 99), text);
}

/// A line with no full stop is read in pieces of at most MAX_SENTENCE_BYTES, cut after a space
/// or a comma near each piece's end, so that what a rule reads around a figure stays short.
#[test]
fn a_line_with_no_full_stop_is_read_in_pieces_cut_at_spaces() {
    let text = "1 ".repeat(3 * MAX_SENTENCE_BYTES);
    let document = Document::new(&text);
    let pieces: Vec<&str> =
        document.sentences.iter().map(|sentence| &text[sentence.range.clone()]).collect();
    assert!(pieces.len() >= 3, "{} pieces", pieces.len());
    for piece in &pieces {
        assert!(
            piece.len() <= MAX_SENTENCE_BYTES && piece.starts_with('1') && piece.ends_with('1')
        );
    }
    // Nothing is left out: the pieces are the line's words in order.
    assert_eq!(pieces.join(" "), text.trim_end());
    // Chinese, with no space: cut after a comma, or at a character's edge.
    let chinese = "年产5套，".repeat(MAX_SENTENCE_BYTES / 4) + &"年".repeat(MAX_SENTENCE_BYTES);
    let document = Document::new(&chinese);
    let pieces: Vec<&str> =
        document.sentences.iter().map(|sentence| &chinese[sentence.range.clone()]).collect();
    assert!(pieces[0].ends_with('，') && pieces[0].len() <= MAX_SENTENCE_BYTES, "{}", pieces[0]);
    assert!(pieces.iter().all(|piece| piece.len() <= MAX_SENTENCE_BYTES));
    assert_eq!(pieces.concat(), chinese);
    // A sentence as long as briefings write them is one.
    let sentence = format!("{}.", "word ".repeat(100).trim_end());
    assert_eq!(Document::new(&sentence).sentences.len(), 1);
}
