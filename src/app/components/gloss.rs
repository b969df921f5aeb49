//! A glossary reading shown right after the source's own wording: "→ a themed inspection
//! visit", read aloud as "(reads as: a themed inspection visit)".

use yew::prelude::*;

use crate::app::hooks::use_strings::use_strings;

#[derive(Properties, PartialEq)]
pub struct GlossProps {
    pub reading: String,
    /// The language of the reading: the source text's.
    pub lang: String,
}

#[function_component]
pub fn Gloss(props: &GlossProps) -> Html {
    let strings = use_strings();
    html! {
        <span class="gloss" lang={props.lang.clone()}>
            <span class="visually-hidden">{ strings.gloss_spoken_before }</span>
            // No space before the arrow, and none a line may break at after it: a line broken at
            // the start of the reading's box left an empty piece of the box, or the arrow alone,
            // at the end of the line. The box's margin makes the gap before it.
            <span aria-hidden="true">{ "→\u{a0}" }</span>
            { &props.reading }
            <span class="visually-hidden">{ strings.gloss_spoken_after }</span>
        </span>
    }
}
