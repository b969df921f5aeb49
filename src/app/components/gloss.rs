//! A glossary reading shown right after the source's own wording: "→ a themed inspection
//! visit", read aloud as "(reads as: a themed inspection visit)"; for a reader of the original's
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
        // The closing words are read after the reading, not seen (`data-spoken-after`, text the
        // style sheet generates): a hidden box of their own made the browser put a space before
        // them in what is read, "(reads as: a themed inspection visit )", and hidden text in line
        // ran on, in the page's text, into the source's next word.
        <span class="gloss" lang={strings.language.tag()} data-spoken-after={strings.gloss_spoken_after}>
            <span class="visually-hidden">{ strings.gloss_spoken_before }</span>
            // No space before the arrow, and none a line may break at after it: a line broken at
            // the start of the reading's box left an empty piece of the box, or the arrow alone,
            // at the end of the line. The box's margin makes the gap before it.
            <span aria-hidden="true">{ "→\u{a0}" }</span>
            { pieces_html(&reading, &[Some(props.lang.clone()), props.original_lang.clone()]) }
        </span>
    }
}
