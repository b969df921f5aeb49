//! A shown text with the search words marked where the search found them.

use yew::prelude::*;

use crate::model::text::{highlight_segments, Segment};

/// The text, with each stretch matching a search term in a `<mark>`; plain text without terms.
pub fn marked_text(text: &str, terms: &[String]) -> Html {
    if terms.is_empty() {
        return html! { { text } };
    }
    marked_segments(highlight_segments(text, terms))
}

/// Stretches of a text, each matching one in a `<mark>`.
pub fn marked_segments(segments: Vec<Segment<'_>>) -> Html {
    html! {
        { for segments.into_iter().map(|segment| if segment.matched {
            html! { <mark class="search-match">{ segment.text }</mark> }
        } else {
            html! { { segment.text } }
        }) }
    }
}
