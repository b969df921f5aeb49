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
            <span aria-hidden="true">{ " → " }</span>
            { &props.reading }
            <span class="visually-hidden">{ strings.gloss_spoken_after }</span>
        </span>
    }
}
