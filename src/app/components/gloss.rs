//! A glossary reading shown right after the source's own wording: "→ a themed inspection
//! visit", read aloud and copied as "(reads as: a themed inspection visit)"; for a reader of the original's
//! language, after the original wording: "→ 数实融合（integrating the digital economy with the
//! real economy）".

use yew::prelude::*;

use super::around::pieces_html;
use crate::app::hooks::use_strings::use_strings;
use crate::model::dataset::GlossaryEntry;
use crate::model::strings::{fill_pieces, Piece};

#[derive(Properties, PartialEq)]
pub struct GlossProps {
    pub entry: GlossaryEntry,
    /// The language of the reading: the source text's.
    pub lang: String,
    /// The language of the entry's original wording: the source's `original_language`.
    pub original_lang: Option<String>,
}

#[function_component]
pub fn Gloss(props: &GlossProps) -> Html {
    let strings = use_strings();
    let entry = &props.entry;
    let original = entry.original_for_reader(strings.language, props.original_lang.as_deref());
    let reading = match original {
        Some(original) => fill_pieces(
            strings.gloss_with_original,
            &[("reading", &entry.reading), ("original", original)],
        ),
        None => vec![Piece::Value { slot: 0, text: entry.reading.clone() }],
    };
    html! {
        // The gloss is in the interface's language, whatever the text around it: its spoken
        // words and brackets are the interface's; only the reading and the original wording are
        // the data's, each in a span of its own language.
        //
        // The words read aloud around the reading are text of the page, so that a copy of the
        // source holds them: "(reads as: a themed inspection visit)". They are in line, drawn
        // too small to see (`.spoken-inline`), the closing ones right after the reading with
        // nothing between: a hidden box of their own (`.visually-hidden`) made the browser put
        // a space before them in what is read, "(reads as: a themed inspection visit )", and
        // dropped the spaces around them from a copy, "investigation(reads as:a themed"; words
        // the style sheet generates (`::after`) were read but never copied.
        <span class="gloss" lang={strings.language.tag()}>
            // No line may break between the words read before the reading, the arrow and the
            // reading: a line broken at the start of the reading's box left an empty piece of
            // the box, or the arrow alone, at the end of the line. The box's margin makes the gap
            // before it. Nor may one break between the term and the note (a word joiner, not
            // seen): a line may break before a Chinese bracket, and a Chinese note's
            // "（应理解为：" began a line apart from its term on a phone. The joiner and the arrow
            // are neither read nor copied (`.shown-only`): the words read aloud say what the
            // arrow shows. The space that begins the words read, " (reads as: ", is a plain one,
            // not a no-break space: a reader who pastes the note into a search box or a document
            // gets the character they would have typed. The lead's `white-space: nowrap` keeps a
            // line from ending after it, which is all the no-break space did.
            <span class="gloss-lead">
                <span class="shown-only" aria-hidden="true">{ "\u{2060}" }</span>
                <span class="spoken-inline">{ strings.gloss_spoken_before }</span>
                <span class="shown-only gloss-arrow" aria-hidden="true">{ "→\u{a0}" }</span>
            </span>
            { pieces_html(&reading, &[Some(props.lang.clone()), props.original_lang.clone()]) }
            <span class="spoken-inline">{ strings.gloss_spoken_after }</span>
        </span>
    }
}
